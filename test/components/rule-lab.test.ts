import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/rule-lab/define.js';
import type { EhRuleLab } from '../../src/components/rule-lab/rule-lab.js';
import { GoldenCaseSchema, runCase } from '../../src/engine/cases.js';
import { parsePack } from '../../src/engine/pack.js';
import type { EhPackEditEvent } from '../../src/events/pack-edit.js';
import { library } from '../../stories/support/packs.js';
import { buttonNamed, root, until } from './journey.js';

const text = (lab: EhRuleLab) => root(lab).textContent!.replace(/\s+/g, ' ');

async function openLab(
  attributes: { version?: string; tab?: string; lang?: string; generate?: number } = {},
): Promise<EhRuleLab> {
  const lab = await fixture<EhRuleLab>(html`<eh-rule-lab
    .library=${library}
    pack="continuum"
    version=${attributes.version ?? '1.1.0-draft.1'}
    baseline="1.0.0"
    tab=${attributes.tab ?? 'rules'}
    lang=${attributes.lang ?? 'en'}
    generate=${attributes.generate ?? 100}
  ></eh-rule-lab>`);
  await until(() => !!root(lab).querySelector('[role="tablist"]'), 'the lab');
  return lab;
}

function button(lab: EhRuleLab, label: string | RegExp): HTMLButtonElement {
  const found = buttonNamed(lab, label);
  if (!found) throw new Error(`No button ${label}`);
  return found;
}

async function tab(lab: EhRuleLab, name: string): Promise<void> {
  await userEvent.click(button(lab, name));
  await lab.updateComplete;
}

const editor = (lab: EhRuleLab) => root(lab).querySelector<HTMLTextAreaElement>('#editor')!;

/** Replaces the editor's text as a paste would, and waits for the check after the pause. */
async function edit(lab: EhRuleLab, change: (text: string) => string): Promise<EhPackEditEvent> {
  const field = editor(lab);
  const changed = oneEvent(lab, 'eh-pack-edit') as Promise<EhPackEditEvent>;
  field.value = change(field.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const event = await changed;
  await lab.updateComplete;
  return event;
}

const draftText = library.packs.find((file) => file.path === 'continuum/1.1.0-draft.1.json')!.text;

describe('<eh-rule-lab>', () => {
  describe('accessibility', () => {
    for (const lang of ['en', 'cy']) {
      it(`has no axe violations on any tab (${lang})`, async () => {
        const lab = await openLab({ lang });
        await expect(lab).to.be.accessible();
        for (const name of lang === 'en'
          ? ['Try answers', 'Golden cases', 'Compare versions']
          : ['Rhoi cynnig ar atebion', 'Achosion euraidd', 'Cymharu fersiynau']) {
          await tab(lab, name);
          await expect(lab).to.be.accessible();
        }
      });
    }

    it('has no axe violations with problems listed, with case results and with a comparison', async () => {
      const lab = await openLab();
      await edit(lab, (json) => json.replace('"level": "level-3"', '"level": "level-9"'));
      await expect(lab).to.be.accessible();
      await tab(lab, 'Golden cases');
      await userEvent.click(button(lab, 'Run all golden cases'));
      await until(() => !!root(lab).querySelector('table'), 'the case results', 15000);
      await expect(lab).to.be.accessible();
      await tab(lab, 'Compare versions');
      await userEvent.click(button(lab, 'Compare'));
      await until(() => !!root(lab).querySelector('.matrix'), 'the comparison', 15000);
      for (const details of root(lab).querySelectorAll('details')) details.open = true;
      await expect(lab).to.be.accessible();
    });
  });

  describe('choosing and editing a pack', () => {
    it('opens the chosen version and offers every pack and version in the library', async () => {
      const lab = await openLab();
      const options = [...root(lab).querySelectorAll<HTMLOptionElement>('#pack-choice option')].map(
        (option) => option.value,
      );
      expect(options).to.include.members([
        'continuum@1.0.0',
        'continuum@1.1.0-draft.1',
        'torfaen@1.0.0',
        'walsall@1.0.0',
      ]);
      expect(editor(lab).value).to.equal(draftText);
      expect(text(lab)).to.contain('No problems: continuum 1.1.0-draft.1');
      const select = root(lab).querySelector<HTMLSelectElement>('#pack-choice')!;
      select.value = 'torfaen@1.0.0';
      select.dispatchEvent(new Event('change'));
      await lab.updateComplete;
      expect(JSON.parse(editor(lab).value).id).to.equal('torfaen');
    });

    it('lists every problem with its path as the author types, keeps what they typed, and keeps the last valid version working', async () => {
      const lab = await openLab();
      const event = await edit(lab, (json) => {
        const pack = JSON.parse(json);
        const rules = pack.rules as Array<{ id: string; level: string; service: string }>;
        rules.find((rule) => rule.id === 'graded-level-3')!.level = 'level-9';
        rules.find((rule) => rule.id === 'graded-level-4')!.service = 'nowhere';
        return JSON.stringify(pack, null, 2);
      });
      const index = (id: string) =>
        (JSON.parse(draftText).rules as Array<{ id: string }>).findIndex((rule) => rule.id === id);
      expect(event.pack).to.equal(undefined);
      const problems = [...root(lab).querySelectorAll('[part="problems"] li')].map((item) =>
        item.textContent!.replace(/\s+/g, ' '),
      );
      expect(problems.length).to.be.greaterThanOrEqual(2);
      expect(
        problems.some(
          (line) => line.startsWith(`$.rules[${index('graded-level-3')}].level`) && line.includes('level-9'),
        ),
        problems.join('\n'),
      ).to.equal(true);
      expect(
        problems.some(
          (line) => line.startsWith(`$.rules[${index('graded-level-4')}].service`) && line.includes('nowhere'),
        ),
        problems.join('\n'),
      ).to.equal(true);
      expect(editor(lab).value).to.contain('"level-9"');
      expect(text(lab)).to.contain('Using the last version without problems: continuum 1.1.0-draft.1');
      // The other tabs keep using the last valid version.
      await tab(lab, 'Try answers');
      expect(root(lab).querySelector('[name="immediate-danger"]')).to.not.equal(null);
      await tab(lab, 'Rules (JSON)');
      expect(editor(lab).value).to.contain('"level-9"');
    });

    it('says where the JSON itself is broken', async () => {
      const lab = await openLab();
      const event = await edit(lab, (json) => json.slice(0, 200));
      expect(event.problems.length).to.equal(1);
      expect(event.problems[0]!.path).to.equal('$');
      expect(root(lab).querySelector('[part="problems"]')!.textContent).to.match(/JSON/);
    });

    it('puts the file back when the author undoes their changes', async () => {
      const lab = await openLab();
      await edit(lab, (json) => json.replace('"level": "level-3"', '"level": "level-9"'));
      await userEvent.click(button(lab, 'Undo my changes'));
      await lab.updateComplete;
      expect(editor(lab).value).to.equal(draftText);
      expect(root(lab).querySelector('[part="problems"]')).to.equal(null);
    });
  });

  describe('trying answers', () => {
    it('says what would change the result once the answers allow it, never for immediate danger', async () => {
      const lab = await openLab({ tab: 'try' });
      const danger = root(lab).querySelector<HTMLElement>('[name="immediate-danger"]')!;
      await userEvent.click(danger.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!);
      await lab.updateComplete;
      // Immediate danger is acted on, not weighed: nothing to open.
      expect(root(lab).querySelector('[part~="what-if"]')).to.equal(null);
      await userEvent.click(danger.shadowRoot!.querySelector<HTMLInputElement>('input[value="no"]')!);
      await lab.updateComplete;
      const details = root(lab).querySelector<HTMLDetailsElement>('[part~="what-if"]')!;
      await userEvent.click(details.querySelector('summary')!);
      await until(() => details.textContent!.includes('once every required question is answered'), 'the note', 20_000);
      await expect(lab).to.be.accessible();
    }, 60_000);

    it('shows the recommendation and every rule with its evaluation as answers change', async () => {
      const lab = await openLab({ tab: 'try' });
      const danger = root(lab).querySelector<HTMLElement>('[name="immediate-danger"]')!;
      await userEvent.click(danger.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!);
      await lab.updateComplete;
      expect(root(lab).querySelector('.level')!.textContent).to.contain('Immediate danger');
      const rule = [...root(lab).querySelectorAll('.rule')].find(
        (item) => item.querySelector('code')!.textContent === 'immediate-danger',
      )!;
      expect(rule.classList.contains('fired')).to.equal(true);
      const trace = rule.querySelector('[part="trace"]')!.textContent!.replace(/\s+/g, ' ');
      expect(trace).to.contain('var immediate-danger → "yes"');
      expect(trace).to.contain('== → true');
    });

    it('asks for a description, then downloads the answers as a golden case that passes against the pack', async () => {
      const lab = await openLab({ tab: 'try' });
      const danger = root(lab).querySelector<HTMLElement>('[name="immediate-danger"]')!;
      await userEvent.click(danger.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!);
      await lab.updateComplete;
      await userEvent.click(button(lab, 'Download the golden case'));
      await lab.updateComplete;
      expect(root(lab).querySelector('#case-description-error')!.textContent).to.contain(
        'Enter what the case is about',
      );
      expect(root(lab).activeElement?.id).to.equal('case-description');

      const blobs: Blob[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      const names: string[] = [];
      URL.createObjectURL = (blob: Blob) => (blobs.push(blob), create.call(URL, blob));
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        await userEvent.type(
          root(lab).querySelector<HTMLInputElement>('#case-description')!,
          'Danger now goes straight to 999',
        );
        await userEvent.click(button(lab, 'Download the golden case'));
        await lab.updateComplete;
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(names).to.deep.equal(['danger-now-goes-straight-to-999.json']);
      const golden = GoldenCaseSchema.parse(JSON.parse(await blobs[0]!.text()));
      expect(golden.expect.level).to.equal('immediate-danger');
      expect(golden.expect.fires).to.deep.equal(['immediate-danger']);
      expect(runCase(parsePack(draftText), 'saved', golden).passed).to.equal(true);
      expect(text(lab)).to.contain('Put it in rules/continuum/cases/');
    });
  });

  describe('golden cases', () => {
    it('runs every case of the pack in a worker and shows a pass/fail table', async () => {
      const lab = await openLab({ tab: 'cases' });
      await userEvent.click(button(lab, 'Run all golden cases'));
      await until(() => !!root(lab).querySelector('table'), 'the case results', 15000);
      const rows = root(lab).querySelectorAll('tbody tr.pass, tbody tr.fail');
      const files = library.cases.filter((file) => file.path.startsWith('continuum/cases/'));
      expect(rows.length).to.equal(files.length);
      expect(text(lab)).to.match(/\d+ passed, 0 failed, \d+ not for this version/);
      expect((lab as unknown as { runner: { inPage: boolean } }).runner.inPage).to.equal(false);
    });

    it('shows a failure with the expected and actual result and both rationales', async () => {
      const lab = await openLab({ tab: 'rules' });
      // Domestic abuse back to a single-agency response: the draft's own cases must now fail.
      await edit(lab, (json) => {
        const pack = JSON.parse(json);
        pack.rules.find((rule: { id: string }) => rule.id === 'domestic-abuse-emotional-harm').level = 'level-2';
        pack.rules.find((rule: { id: string }) => rule.id === 'domestic-abuse-emotional-harm').service =
          'single-agency-early-help';
        return JSON.stringify(pack, null, 2);
      });
      await tab(lab, 'Golden cases');
      await userEvent.click(button(lab, 'Run all golden cases'));
      await until(() => !!root(lab).querySelector('table'), 'the case results', 15000);
      const failed = root(lab).querySelector('tr.fail')!;
      expect(failed.textContent).to.contain('domestic-abuse-alone-is-emotional-harm');
      expect(failed.textContent).to.contain('Complex needs');
      expect(failed.textContent).to.contain('Additional needs');
      const detail = failed.nextElementSibling!;
      expect(detail.textContent).to.contain('level: expected level-3, got level-2');
      expect(detail.textContent).to.contain('Expected: the rules the case names');
      expect(detail.textContent).to.contain('Actual: the rules that decided');
      expect(detail.querySelectorAll('.side-by-side li').length).to.be.greaterThanOrEqual(2);
    });
  });

  describe('comparing versions', () => {
    it('shows the level-shift matrix, service changes and changed cases side by side', async () => {
      const lab = await openLab({ tab: 'compare', generate: 300 });
      await userEvent.click(button(lab, 'Compare'));
      await until(() => !!root(lab).querySelector('.matrix'), 'the comparison', 15000);
      expect(text(lab)).to.match(/continuum 1\.0\.0 compared with continuum 1\.1\.0-draft\.1 over \d+ cases/);
      expect(text(lab)).to.match(
        /\d+ of \d+ cases? moves? from "Additional needs – single agency" to "Complex needs – multi-agency early help"/,
      );
      const moved = root(lab).querySelectorAll('.matrix td.moved');
      expect(moved.length).to.be.greaterThan(0);
      const changed = root(lab).querySelector<HTMLDetailsElement>('[part="changed-case"]')!;
      expect(changed.querySelectorAll('.side-by-side > div').length).to.equal(2);
      expect(changed.textContent).to.contain('continuum 1.0.0');
      expect(changed.textContent).to.contain('continuum 1.1.0-draft.1');
    });

    it('reports progress and keeps the page responsive while the worker runs', async () => {
      const lab = await openLab({ tab: 'compare' });
      await userEvent.fill(root(lab).querySelector<HTMLInputElement>('#generate')!, '100000');
      await userEvent.click(button(lab, 'Compare'));
      await until(
        () =>
          Number(root(lab).querySelector('progress')?.getAttribute('value') ?? 0) > 0 ||
          !!root(lab).querySelector('.matrix'),
        'progress',
        15000,
      );
      // The page stays responsive because the run is in the worker, not on the page; asserted by
      // where it runs rather than by a wall-clock figure, which a busy machine would break.
      expect((lab as unknown as { runner: { inPage: boolean } }).runner.inPage).to.equal(false);
      expect(root(lab).querySelector('[role="alert"]')).to.equal(null);
      await until(() => !!root(lab).querySelector('.matrix'), 'the comparison', 60000);
    }, 90_000);

    it('stops at once on Cancel, keeping nothing of the run', async () => {
      const lab = await openLab({ tab: 'compare' });
      await userEvent.fill(root(lab).querySelector<HTMLInputElement>('#generate')!, '100000');
      // Cancel straight after starting (no wait for progress): a run of this size is then still going.
      await userEvent.click(button(lab, 'Compare'));
      await userEvent.click(button(lab, 'Cancel'));
      await until(() => !root(lab).querySelector('progress'), 'the run to stop');
      expect(root(lab).querySelector('.matrix')).to.equal(null);
      expect(root(lab).querySelector('[role="status"]')!.textContent).to.contain('Stopped');
    });

    it('refuses a count that is not a whole number, and says so at the field', async () => {
      const lab = await openLab({ tab: 'compare' });
      await userEvent.fill(root(lab).querySelector<HTMLInputElement>('#generate')!, 'lots');
      await userEvent.click(button(lab, 'Compare'));
      await lab.updateComplete;
      expect(root(lab).querySelector('#generate-error')!.textContent).to.contain(
        'Enter a whole number from 0 to 100,000',
      );
      expect(root(lab).activeElement?.id).to.equal('generate');
      expect(root(lab).querySelector<HTMLInputElement>('#generate')!.value).to.equal('lots');
    });

    it('speaks Welsh throughout in Welsh', async () => {
      const lab = await openLab({ tab: 'compare', lang: 'cy', generate: 50 });
      await userEvent.click(button(lab, 'Cymharu'));
      await until(() => !!root(lab).querySelector('.matrix'), 'the comparison', 15000);
      expect(text(lab)).to.contain('Labordy Rheolau');
      expect(text(lab)).to.match(/o'i gymharu â continuum 1\.1\.0-draft\.1/);
    });
  });

  describe('proofs', () => {
    it('proves each floor over every answer set and loads a counterexample into Try answers with one click', async () => {
      const lab = await openLab({ version: '1.0.0', tab: 'proofs' });
      await userEvent.click(button(lab, 'Prove'));
      await until(() => !!root(lab).querySelector('[part~="proofs"]'), 'the proofs', 60000);
      const rows = [...root(lab).querySelectorAll('[part~="proofs"] li')];
      const status = (id: string) =>
        rows
          .find((row) => row.querySelector('code')?.textContent === id)
          ?.querySelector('.badge')
          ?.textContent?.trim();
      // The released continuum pack: immediate danger and monotonicity hold; named harm is a known gap (its sidecar floors).
      expect(status('immediate-danger')).to.equal('Proved');
      expect(status('monotonicity')).to.equal('Proved');
      expect(status('abuse-or-exploitation')).to.equal('Violated');
      expect(root(lab).querySelector('[role="status"]')!.textContent).to.match(/\d+ proved, \d+ violated/);
      await expect(lab).to.be.accessible();
      // One click, with the pointer, puts the answers that break the floor into Try answers.
      const row = rows.find((candidate) => candidate.querySelector('code')?.textContent === 'abuse-or-exploitation')!;
      const shown = JSON.parse(row.querySelector('pre')!.textContent!);
      await userEvent.click(row.querySelector<HTMLButtonElement>('[part~="try-counterexample"]')!);
      await lab.updateComplete;
      expect(root(lab).querySelector('#tab-try')!.getAttribute('aria-selected')).to.equal('true');
      expect(root(lab).activeElement?.id).to.equal('tab-try');
      expect((lab as unknown as { tryTab: { answers: unknown } }).tryTab.answers).to.deep.equal(shown);
      // The result there is the one the proof reported: below the floor's level.
      const result = root(lab).querySelector('[part~="result"] .level')!.textContent!;
      expect(result).to.contain('Universal');
    }, 90_000);

    it('finds a counterexample when a floor is broken in the editor, and speaks Welsh', async () => {
      const lab = await openLab({ tab: 'rules', lang: 'cy' });
      // Removing the urgent rules breaks the immediate-danger floor.
      await edit(lab, (text) => {
        const pack = JSON.parse(text);
        pack.rules = pack.rules.filter((rule: { kind: string }) => rule.kind !== 'urgent');
        return JSON.stringify(pack);
      });
      await tab(lab, 'Profion');
      await userEvent.click(button(lab, 'Profi'));
      await until(() => !!root(lab).querySelector('[part~="proofs"]'), 'the proofs', 60000);
      const row = [...root(lab).querySelectorAll('[part~="proofs"] li')].find(
        (candidate) => candidate.querySelector('code')?.textContent === 'immediate-danger',
      )!;
      expect(row.querySelector('.badge')!.textContent!.trim()).to.equal('Wedi methu');
      expect(JSON.parse(row.querySelector('pre')!.textContent!)).to.have.property('immediate-danger', 'yes');
    }, 90_000);
  });

  describe('keyboard', () => {
    it('moves between tabs with the arrow keys, Home and End', async () => {
      const lab = await openLab();
      root(lab).querySelector<HTMLElement>('#tab-rules')!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await lab.updateComplete;
      expect(root(lab).activeElement?.id).to.equal('tab-try');
      expect(root(lab).querySelector('#tab-try')!.getAttribute('aria-selected')).to.equal('true');
      await userEvent.keyboard('{End}');
      await lab.updateComplete;
      expect(root(lab).activeElement?.id).to.equal('tab-proofs');
      await userEvent.keyboard('{ArrowRight}');
      await lab.updateComplete;
      expect(root(lab).activeElement?.id).to.equal('tab-rules');
      await userEvent.keyboard('{Home}');
      await lab.updateComplete;
      expect(root(lab).activeElement?.id).to.equal('tab-rules');
      expect(root(lab).querySelectorAll('[role="tab"][tabindex="0"]').length).to.equal(1);
    });
  });

  describe('library-src', () => {
    it('loads a library file, and says so when it cannot', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(library)], { type: 'application/json' }));
      const lab = await fixture<EhRuleLab>(html`<eh-rule-lab library-src=${url} pack="walsall"></eh-rule-lab>`);
      await until(() => !!root(lab).querySelector('#editor'), 'the lab');
      expect(JSON.parse(editor(lab).value).id).to.equal('walsall');
      const missing = await fixture<EhRuleLab>(html`<eh-rule-lab library-src="/no-such-library.json"></eh-rule-lab>`);
      await until(() => !!root(missing).querySelector('[role="alert"]'), 'the error');
      expect(root(missing).querySelector('[role="alert"]')!.textContent).to.contain('/no-such-library.json');
    });
  });
});
