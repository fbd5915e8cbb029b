/**
 * The result page of the default pack as a practitioner meets it: reached through the
 * journey in `<eh-pathway>`, read at 1280 px, questioned with "what would change this",
 * by keyboard and by pointer, in English and Welsh.
 */
import { expect, fixture, fixtureCleanup, html, assert } from '@open-wc/testing';
import { afterEach, describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EhPathway } from '../../src/components/pathway/pathway.js';
import type { EhRecommendation } from '../../src/components/recommendation/recommendation.js';
import '../../src/components/recommendation/define.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers, Locale } from '../../src/engine/schema.js';
import { whatWouldChange } from '../../src/engine/what-if.js';
import { whatIfText } from '../../src/engine/what-if-text.js';
import { cy, en } from '../../src/i18n/index.js';
import raw from '../../rules/continuum/2.0.0.json';
import { part, pathwayFixture, root, settle, until } from './journey.js';

const pack = parsePack(raw);
const cases = import.meta.glob<{ answers: Answers; expect: { level: string } }>(
  '../../rules/continuum/cases/2.0.0-*.json',
  { eager: true, import: 'default' },
);
const answersOf = (name: string) => cases[`../../rules/continuum/cases/2.0.0-${name}.json`]!.answers;

/** A low, a moderate and a serious case of the default pack. */
const EXAMPLES = {
  low: 'child-education-level-2',
  moderate: 'level-3-in-two-domains',
  serious: 'chronic-neglect',
} as const;

afterEach(() => {
  fixtureCleanup();
  sessionStorage.clear();
});

/** Walks the journey with the case's answers already given, to the result. */
async function resultOf(
  answers: Answers,
  lang: Locale = 'en',
): Promise<{ pathway: EhPathway; recommendation: EhRecommendation }> {
  const pathway = await pathwayFixture(html`<div style="max-width: 960px; margin: 0 auto; padding: 16px">
    <eh-pathway lang=${lang} .pack=${pack} .answers=${answers}></eh-pathway>
  </div>`);
  const t = (lang === 'cy' ? cy : en).pathway;
  for (let i = 0; i < 40 && !root(pathway).querySelector('eh-recommendation'); i++) {
    const next = [...root(pathway).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      [t.startButton, t.continue, t.seeRecommendation].includes(b.textContent!.trim()),
    );
    if (!next) throw new Error(`No way forward on "${root(pathway).querySelector('#heading')?.textContent}"`);
    await userEvent.click(next);
    await settle(pathway);
  }
  const recommendation = root(pathway).querySelector<EhRecommendation>('eh-recommendation')!;
  await recommendation.updateComplete;
  return { pathway, recommendation };
}

describe('the result of the default pack at 1280 px', () => {
  for (const [kind, name] of Object.entries(EXAMPLES)) {
    it(`puts the decision, the contacts and the first reason within the first 1,200 px (${kind} case)`, async () => {
      await page.viewport(1280, 900);
      try {
        const { recommendation } = await resultOf(answersOf(name));
        const bottom = (element: Element | null | undefined) => {
          assert.exists(element, 'present');
          return element!.getBoundingClientRect().bottom + window.scrollY;
        };
        const firstReason = part(recommendation, 'rationale')!.querySelector('.rules > li > p');
        const contacts = part(recommendation, 'services')!.querySelector('.contacts');
        // The practitioner's decision: agree (Confirm) or disagree, both in the decision row.
        const decision = part(recommendation, 'override');
        const confirm = part(recommendation, 'confirm')!.querySelector('button');
        for (const [what, element] of Object.entries({ firstReason, contacts, decision, confirm })) {
          expect(bottom(element), `${what} ends within 1,200 px`).to.be.at.most(1200);
        }
        // What is folded is below the decision, in order: what would change this, the answers, the stamp.
        const order = ['override', 'what-if', 'answers', 'stamp'].map(
          (p) => part(recommendation, p)!.getBoundingClientRect().top,
        );
        expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
      } finally {
        await page.viewport(1024, 768);
      }
    }, 60_000);
  }
});

describe('what would change this, in the result', () => {
  it('is worked out when opened by keyboard, and says what the engine found, as conditions to watch', async () => {
    const answers = answersOf(EXAMPLES.moderate);
    const { recommendation } = await resultOf(answers);
    const details = part(recommendation, 'what-if') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    summary.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => !!details.querySelector('[part~="what-if-ways"]'), 'the conditions', 30_000);
    const expected = whatIfText(pack, whatWouldChange(pack, answers), 'en');
    const headings = [...details.querySelectorAll('[part~="what-if-heading"]')].map((p) => p.textContent!.trim());
    expect(headings).to.deep.equal(expected.blocks.filter((b) => b.heading).map((b) => b.heading));
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(en.whatIf.intro);
    // This case sits at Level 3 with two graded needs: easing both together is what would lower it.
    expect(text).to.contain('It would be Additional needs – single agency if:');
    // Both needs easing together: one way, its conditions listed under "all of these".
    const together = [...details.querySelectorAll('[part~="what-if-ways"] > li')].find((li) => li.querySelector('ul'))!;
    expect(together.textContent).to.contain(en.whatIf.allOf);
    expect([...together.querySelectorAll('ul > li')].map((li) => li.textContent!.split(':')[0]!.trim())).to.deep.equal([
      'Identity',
      'Income',
    ]);
    await expect(recommendation).to.be.accessible();
  }, 60_000);

  it('opens with a pointer click, in Welsh, and is accessible', async () => {
    const answers = answersOf(EXAMPLES.serious);
    const { recommendation } = await resultOf(answers, 'cy');
    const details = part(recommendation, 'what-if') as HTMLDetailsElement;
    await userEvent.click(details.querySelector('summary')!);
    await until(() => !!details.querySelector('[part~="what-if-ways"]'), 'the conditions', 30_000);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal(cy.whatIf.title);
    expect(text).to.contain(cy.whatIf.intro);
    // Neglect recorded is never taken back to reach a lower level; what could raise it is listed.
    expect(text).to.contain("Byddai'r awgrym ar y lefel hon: Acíwt / arbenigol – statudol, pe bai'r canlynol yn wir:");
    expect(text).to.contain(cy.whatIf.noneDown('Anghenion ychwanegol – un asiantaeth', 2));
    await expect(recommendation).to.be.accessible();
  }, 60_000);

  it('is not offered for immediate danger, which the page answers with what to do now', async () => {
    const answers = { ...answersOf(EXAMPLES.serious), 'immediate-danger': 'yes' };
    const el = await fixture<EhRecommendation>(
      html`<eh-recommendation .recommendation=${evaluate(pack, answers)} .pack=${pack} .answers=${answers}></eh-recommendation>`,
    );
    expect(part(el, 'level')!.textContent).to.contain('Call 999');
    expect(part(el, 'what-if')).to.equal(null);
  });

  it('says it needs every required answer when some are missing', async () => {
    const answers = answersOf(EXAMPLES.low);
    const partial = { ...answers };
    delete (partial as Record<string, unknown>)['engagement'];
    const el = await fixture<EhRecommendation>(
      html`<eh-recommendation .recommendation=${evaluate(pack, partial)} .pack=${pack} .answers=${partial}></eh-recommendation>`,
    );
    const details = part(el, 'what-if') as HTMLDetailsElement;
    await userEvent.click(details.querySelector('summary')!);
    await until(() => details.textContent!.includes(en.whatIf.notSearched), 'the note', 10_000);
    await expect(el).to.be.accessible();
  });
});

describe('printing', () => {
  it('prints the result alone, or with the answers as an appendix when asked', async () => {
    const answers = answersOf(EXAMPLES.moderate);
    const el = await fixture<EhRecommendation>(
      html`<eh-recommendation .recommendation=${evaluate(pack, answers)} .pack=${pack} .answers=${answers}></eh-recommendation>`,
    );
    const printed: boolean[] = [];
    const original = window.print;
    window.print = () => printed.push(root(el).querySelector('.root')!.classList.contains('print-answers'));
    try {
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button')];
      await userEvent.click(buttons.find((b) => b.textContent!.trim() === en.recommendationView.print)!);
      const withAnswers = buttons.find((b) => b.textContent!.trim() === en.recommendationView.printWithAnswers)!;
      withAnswers.focus();
      await userEvent.keyboard('{Enter}');
      expect(printed).to.deep.equal([false, true]);
      await el.updateComplete;
      // The browser's own print afterwards is the short one again.
      expect(root(el).querySelector('.root')!.classList.contains('print-answers')).to.equal(false);
    } finally {
      window.print = original;
    }
  });
});
