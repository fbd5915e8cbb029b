import { expect, fixture, fixtureCleanup, html, oneEvent, assert } from '@open-wc/testing';
import { render } from 'lit';
import { afterEach, describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EhPathway } from '../../src/components/pathway/pathway.js';
import { canonicalJson, sha256Hex } from '../../src/engine/hash.js';
import { parsePack } from '../../src/engine/pack.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { makeOverride } from '../../src/engine/override.js';
import type { AnswerValue, Pack } from '../../src/engine/schema.js';
import type { EhAnswerChangeEvent } from '../../src/events/answer-change.js';
import type { EhRecommendationEvent } from '../../src/events/recommendation.js';
import type { EhUrgentEvent } from '../../src/events/urgent.js';
import raw from '../fixtures/small-pack.json';
import {
  button,
  calmJourney,
  deepActive,
  choose,
  control,
  FIXTURE_URL,
  heading,
  inQuestion,
  isButton,
  isOption,
  tabTo,
  headingText,
  pathwayFixture,
  press,
  root,
  settle,
  type,
  until,
} from './journey.js';
import { CALM } from '../support/small-pack-answers.js';

afterEach(() => {
  // Without vitest globals, open-wc does not clean up its fixtures by itself.
  fixtureCleanup();
  sessionStorage.clear();
  localStorage.clear();
  document.documentElement.lang = 'en';
});

/** Sections of the default pack, continuum 1.0.0 (checked against the pack in each test). */
const DEFAULT_SECTIONS = 9;
let everything: Promise<{ pack: Pack; answers: Record<string, AnswerValue> }> | undefined;
/** The default pack with every question answered (every factor, so every follow-up is shown). */
function everythingAnswered() {
  everything ??= fetch('/rules/continuum/1.0.0.json').then(async (response) => {
    const pack = parsePack(await response.json());
    expect(pack.questionnaire.sections.length).to.equal(DEFAULT_SECTIONS);
    const answers: Record<string, AnswerValue> = {};
    for (const question of pack.questionnaire.sections.flatMap((section) => section.questions)) {
      const values = (question.options ?? []).filter((option) => !option.exclusive).map((option) => option.value);
      answers[question.id] =
        question.type === 'multiple-choice'
          ? values
          : question.type === 'yes-no-unsure'
            ? 'no'
            : question.type === 'text'
              ? 'Seen on two mornings this week without breakfast.'
              : question.type === 'number'
                ? 1
                : values[0]!;
    }
    return { pack, answers };
  });
  return everything;
}

describe('eh-pathway: accessibility of every page', () => {
  // One page per test: each walks there afresh, so one axe run is all a test waits for.
  type Words = { start: string; next: string; mistake: string; see: string; again: string; check: string };
  const WORDS: Record<'en' | 'cy', Words> = {
    en: {
      start: 'Start now',
      next: 'Continue',
      mistake: 'I chose this by mistake',
      see: 'See the suggested level',
      again: 'Start again',
      check: 'Check your answers',
    },
    cy: {
      start: 'Dechrau nawr',
      next: 'Parhau',
      mistake: 'Dewisais hyn',
      see: 'Gweld y lefel a awgrymir',
      again: 'Dechrau eto',
      check: "Gwirio'ch atebion",
    },
  };
  /** Each page of the fixture's journey, reached from the one before. */
  const JOURNEY: readonly (readonly [string, (pathway: EhPathway, words: Words) => Promise<void>])[] = [
    ['the start page', async () => {}],
    ['the danger question', async (pathway, words) => press(pathway, words.start)],
    [
      'the error summary',
      async (pathway, words) => {
        await press(pathway, words.next);
        assert.exists(root(pathway).querySelector('.error-summary'));
      },
    ],
    [
      'the urgent screen',
      async (pathway) => {
        await choose(pathway, 'danger', 'yes');
        assert.exists(root(pathway).querySelector('[part="urgent"]'));
      },
    ],
    [
      'a section with answers',
      async (pathway, words) => {
        await press(pathway, words.mistake);
        await choose(pathway, 'danger', 'no');
        await press(pathway, words.next);
        for (const [id, value] of [
          ['health', 'l3'],
          ['education', 'none'],
        ])
          await choose(pathway, id!, value!);
      },
    ],
    [
      'a section with a follow-up question',
      async (pathway, words) => {
        await press(pathway, words.next);
        await choose(pathway, 'basic-care', 'none');
        await press(pathway, words.next);
        await choose(pathway, 'factors', 'domestic-abuse');
        await choose(pathway, 'da-duration', 'over-12-months');
      },
    ],
    [
      'check your answers',
      async (pathway, words) => {
        await press(pathway, words.next);
        await choose(pathway, 'consent', 'refuses');
        await press(pathway, words.next);
        expect(headingText(pathway)).to.equal(words.check);
      },
    ],
    [
      'the recommendation',
      async (pathway, words) => {
        await press(pathway, words.see);
        assert.exists(root(pathway).querySelector('eh-recommendation'));
      },
    ],
    ['the start page again', async (pathway, words) => press(pathway, words.again)],
  ];
  for (const lang of ['en', 'cy'] as const) {
    JOURNEY.forEach(([name], index) => {
      it(`has no axe violations on ${name} (${lang})`, async () => {
        const pathway = await pathwayFixture(html`<eh-pathway lang=${lang} src=${FIXTURE_URL}></eh-pathway>`);
        for (const [, step] of JOURNEY.slice(0, index + 1)) await step(pathway, WORDS[lang]);
        await expect(pathway).to.be.accessible();
      }, 30_000);
    });
  }

  it("speaks the rules' language throughout when they are not in the page's, saying so once in Welsh", async () => {
    const english = structuredClone(raw) as any;
    english.locales = ['en'];
    // Every text in English only.
    const strip = (node: any): void => {
      if (Array.isArray(node)) node.forEach(strip);
      else if (node && typeof node === 'object') {
        if (typeof node.en === 'string') delete node.cy;
        Object.values(node).forEach(strip);
      }
    };
    strip(english);
    const pathway = await pathwayFixture(
      html`<div lang="cy"><eh-pathway .pack=${parsePack(english)}></eh-pathway></div>`,
    );
    const notice = root(pathway).querySelector('[part~="language-notice"]')!;
    assert.exists(notice, 'the notice');
    expect(notice.getAttribute('lang')).to.equal('cy');
    expect(notice.textContent).to.contain('Saesneg');
    // Buttons, headings and questions in English, marked as English: no Welsh line beside an English one.
    expect(root(pathway).querySelector('[part~="page"]')!.getAttribute('lang')).to.equal('en');
    assert.exists(button(pathway, 'Start now'), 'the English start button');
    await expect(pathway).to.be.accessible();
    await press(pathway, 'Start now');
    assert.notExists(root(pathway).querySelector('[part~="language-notice"]'), 'said once, on the start page');
    // A pack in both languages speaks Welsh as before.
    const both = await pathwayFixture(html`<div lang="cy"><eh-pathway src=${FIXTURE_URL}></eh-pathway></div>`);
    assert.notExists(root(both).querySelector('[part~="language-notice"]'));
    assert.exists(button(both, 'Dechrau nawr'));
  });

  it("gives each question its own control: nothing typed or touched passes to the next page's question", async () => {
    // Two pages in a row, each with one text question in the same place.
    const copy = structuredClone(raw) as any;
    const text = (en: string) => ({ en, cy: `${en} (cy)` });
    copy.questionnaire.sections.splice(
      1,
      0,
      {
        id: 'first-notes',
        title: text('First notes'),
        role: 'other',
        questions: [{ id: 'first-note', type: 'text', text: text('First note') }],
      },
      {
        id: 'second-notes',
        title: text('Second notes'),
        role: 'other',
        questions: [{ id: 'second-note', type: 'text', text: text('Second note') }],
      },
    );
    const pathway = await pathwayFixture(html`<eh-pathway lang="en" .pack=${parsePack(copy)}></eh-pathway>`);
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    await press(pathway, 'Continue');
    const first = control(pathway, 'first-note');
    await type(pathway, 'first-note', 'Seen at the gate');
    await press(pathway, 'Continue');
    const second = control(pathway, 'second-note');
    expect(second, 'a control of its own').not.to.equal(first);
    expect(second.shadowRoot!.querySelector<HTMLInputElement>('textarea, input')!.value).to.equal('');
    expect(pathway.answers).to.deep.equal({ danger: 'no', 'first-note': 'Seen at the gate' });
  });

  it('checks a frozen look-alike pack instead of trusting it, and says what is wrong', async () => {
    const pathway = await pathwayFixture(
      html`<eh-pathway lang="en" .pack=${Object.freeze({ id: 'look-alike', rules: 'none' })}></eh-pathway>`,
    );
    const panel = root(pathway).querySelector('[part~="load-error"]');
    assert.exists(panel, 'the load error, not "Loading the rules…" for ever');
    expect(panel!.textContent).to.contain('$.version');
  });

  it('shows a failure while working out a result as an error with its details, keeping the answers', async () => {
    const pathway = await pathwayFixture(html`<eh-pathway lang="en" src=${FIXTURE_URL}></eh-pathway>`);
    await calmJourney(pathway);
    const answers = pathway.answers;
    // Whatever goes wrong inside the rules while a page is drawn: the page must not be left stuck.
    Object.defineProperty(pathway, 'recommendation', {
      configurable: true,
      get() {
        throw new Error('the rules broke here');
      },
    });
    pathway.requestUpdate();
    await settle(pathway);
    const panel = root(pathway).querySelector('[part~="load-error"]');
    assert.exists(panel, 'the failure panel');
    expect(panel!.textContent).to.contain('the rules broke here');
    expect(pathway.answers).to.deep.equal(answers);
    await expect(pathway).to.be.accessible();
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`has no axe violations when the rules cannot be loaded (${lang})`, async () => {
      const pathway = await pathwayFixture(
        html`<eh-pathway lang=${lang} src="/test/fixtures/does-not-exist.json"></eh-pathway>`,
      );
      assert.exists(root(pathway).querySelector('[part~="load-error"]'));
      // Even without a PackError, the details name the address and what it answered.
      const details = root(pathway).querySelector('details')!;
      assert.exists(details);
      details.setAttribute('open', '');
      expect(details.textContent).to.contain('does-not-exist.json');
      expect(details.textContent).to.contain('404');
      await expect(pathway).to.be.accessible();
    });

    for (let section = 0; section < DEFAULT_SECTIONS; section++) {
      it(`has no axe violations on section ${section + 1} of the default pack, every follow-up shown (${lang})`, async () => {
        const { pack, answers } = await everythingAnswered();
        const pathway = await pathwayFixture(html`<eh-pathway lang=${lang} .pack=${pack}></eh-pathway>`);
        pathway.answers = answers;
        await press(pathway, lang === 'en' ? 'Start now' : 'Dechrau nawr');
        for (let page = 0; page < section; page++) await press(pathway, lang === 'en' ? 'Continue' : 'Parhau');
        expect(headingText(pathway)).to.equal(pack.questionnaire.sections[section]!.title[lang]);
        await expect(pathway).to.be.accessible();
      }, 30_000);
    }
  }
});

describe('eh-pathway: loading rules', () => {
  it('says what went wrong, with every problem for the rule author, when a pack is invalid', async () => {
    const broken = structuredClone(raw) as Record<string, any>;
    broken.rules[2].level = 'level-9';
    delete broken.levels[0].name.cy;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const pathway = await pathwayFixture(html`<eh-pathway .pack=${broken}></eh-pathway>`);
      expect(headingText(pathway)).to.equal('This tool cannot be used right now');
      const text = root(pathway).textContent!;
      expect(text).to.contain('The rules file has 2 problems.');
      expect(text).to.contain('$.rules[2].level');
      expect(text).to.contain('$.levels[0].name');
      assert.exists(root(pathway).querySelector('details'));
      expect(errors.length).to.equal(1);
    } finally {
      console.error = original;
    }
  });

  it('refuses a file that does not match its integrity, and accepts one that does', async () => {
    const text = await (await fetch(FIXTURE_URL)).text();
    const bytes = Uint8Array.from(sha256Hex(text).match(/../g)!, (pair) => parseInt(pair, 16));
    const good = `sha256-${btoa(String.fromCharCode(...bytes))}`;
    const refused = await pathwayFixture(html`<eh-pathway src=${FIXTURE_URL} integrity="sha256-AAAA"></eh-pathway>`);
    expect(root(refused).textContent).to.contain('does not match its integrity fingerprint');
    const accepted = await pathwayFixture(html`<eh-pathway src=${FIXTURE_URL} integrity=${good}></eh-pathway>`);
    expect(headingText(accepted)).to.equal('Check what help a child and family need');
    // sha384, as Subresource Integrity allows; the digest here comes from the platform, not the library.
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
    const sha384 = `sha384-${btoa(String.fromCharCode(...digest))}`;
    const strong = await pathwayFixture(html`<eh-pathway src=${FIXTURE_URL} integrity=${sha384}></eh-pathway>`);
    expect(headingText(strong)).to.equal('Check what help a child and family need');
    const wrong384 = await pathwayFixture(
      html`<eh-pathway src=${FIXTURE_URL} integrity=${`sha384-${btoa('x'.repeat(48))}`}></eh-pathway>`,
    );
    expect(root(wrong384).textContent).to.contain('does not match its integrity fingerprint');
  });

  it('takes a parsed pack, or chooses the version in force on a date', async () => {
    const v1 = parsePack(raw);
    const v2 = parsePack({
      ...raw,
      version: '2.0.0',
      effectiveFrom: '2027-01-01',
      effectiveTo: undefined,
      title: { en: 'Fixture two', cy: 'Prawf dau' },
    });
    const direct = await pathwayFixture(html`<eh-pathway .pack=${v1}></eh-pathway>`);
    expect(root(direct).textContent).to.contain('Rules: Fixture pathway, version 1.0.0');
    const dated = await pathwayFixture(html`<eh-pathway .packs=${[v1, v2]} date="2027-03-01"></eh-pathway>`);
    expect(root(dated).textContent).to.contain('Rules: Fixture two, version 2.0.0');
    const none = await pathwayFixture(html`<eh-pathway .packs=${[v1, v2]} date="2025-03-01"></eh-pathway>`);
    expect(root(none).textContent).to.contain('No version of the rules is in force on this date.');
  });

  it('starts again from the first page when the host switches to other rules, keeping each pack its own answers', async () => {
    const v1 = parsePack(raw);
    const v2 = parsePack({ ...raw, version: '1.1.0', title: { en: 'Fixture later', cy: 'Prawf wedyn' } });
    const other = parsePack({ ...raw, id: 'other', title: { en: 'Other pathway', cy: 'Llwybr arall' } });
    const pathway = await pathwayFixture(html`<eh-pathway .pack=${v1}></eh-pathway>`);
    const given = {
      danger: 'no',
      health: 'l3',
      education: 'none',
      'basic-care': 'none',
      factors: ['none'],
      consent: 'agrees',
    };
    pathway.answers = given;
    pathway.override = makeOverride(v1, evaluate(v1, given), 'level-4', 'The school knows more.');
    await settle(pathway);
    await press(pathway, 'Start now');
    for (let i = 0; i < 5; i++) await press(pathway, 'Continue');
    await press(pathway, 'See the suggested level');
    expect(headingText(pathway)).to.equal('Suggested level of need');

    // Another version of the same pack: the start page, the same answers, no override made under the old rules.
    pathway.pack = v2;
    await until(() => root(pathway).textContent!.includes('version 1.1.0'), 'the new version');
    await settle(pathway);
    expect(headingText(pathway)).to.equal('Check what help a child and family need');
    expect(pathway.answers).to.deep.equal(given);
    expect(pathway.override).to.equal(undefined);

    // Another pack: its own (no) answers; coming back finds the first pack's answers again.
    pathway.pack = other;
    await until(() => root(pathway).textContent!.includes('Other pathway'), 'the other pack');
    expect(pathway.answers).to.deep.equal({});
    pathway.pack = v2;
    await until(() => root(pathway).textContent!.includes('Fixture later'), 'the first pack again');
    expect(pathway.answers).to.deep.equal(given);
    expect(headingText(pathway)).to.equal('Check what help a child and family need');
  });

  it('says on every page that the rules are illustrative', async () => {
    const pathway = await pathwayFixture();
    const banner = () => root(pathway).querySelector('[part="banner"]')?.textContent ?? '';
    expect(banner()).to.contain('Example rules');
    expect(banner()).to.contain('Test data only.');
    await press(pathway, 'Start now');
    // Each page after the start keeps the status and leaves the longer disclaimer to the start.
    expect(banner()).to.contain('Example rules');
    expect(banner()).not.to.contain('Test data only.');
    await calmJourney(pathway);
    expect(banner()).not.to.contain('Test data only.');
    await press(pathway, 'See the suggested level');
    const result = root(pathway).querySelector('eh-recommendation')!;
    expect(banner()).to.contain('Example rules');
    // The result says so itself, on screen and on paper.
    expect(result.shadowRoot!.querySelector('[part="notices"]')!.textContent).to.contain('illustrative');
  });

  it("names an approved pack's status, approver and date on the start page, with no warning banner", async () => {
    const approved = parsePack({
      ...raw,
      status: 'approved',
      provenance: { ...raw.provenance, approvedBy: 'Fixture Safeguarding Partnership', approvedOn: '2026-02-03' },
    });
    const pathway = await pathwayFixture(html`<eh-pathway .pack=${approved}></eh-pathway>`);
    expect(root(pathway).querySelector('[part="banner"]')).to.equal(null);
    expect(root(pathway).textContent).to.contain(
      'Approved rules, approved by Fixture Safeguarding Partnership on 3 February 2026.',
    );
    pathway.lang = 'cy';
    await settle(pathway);
    expect(root(pathway).textContent).to.contain(
      'Rheolau wedi eu cymeradwyo, gan Fixture Safeguarding Partnership ar 3 Chwefror 2026.',
    );
    // An illustrative pack carries no approval line.
    const example = await pathwayFixture();
    expect(root(example).textContent).not.to.contain('Approved rules');
  });
});

describe('eh-pathway: the journey', () => {
  it('moves focus to the page heading on every step change', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    expect(pathway.shadowRoot!.activeElement).to.equal(heading(pathway));
    expect(headingText(pathway)).to.equal('Safety');
    expect(root(pathway).querySelector('[part="progress"]')!.textContent).to.equal('Section 1 of 5');
    await choose(pathway, 'danger', 'no');
    await press(pathway, 'Continue');
    expect(headingText(pathway)).to.equal('The child');
    expect(pathway.shadowRoot!.activeElement).to.equal(heading(pathway));
    await press(pathway, 'Back');
    expect(headingText(pathway)).to.equal('Safety');
    expect(pathway.shadowRoot!.activeElement).to.equal(heading(pathway));
  });

  it('shows an error summary that takes focus and leads to the field, with inline errors, only after Continue', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    await press(pathway, 'Continue');
    expect(root(pathway).querySelector('.error-summary')).to.equal(null);
    expect(control(pathway, 'health').error).to.equal('');
    await press(pathway, 'Continue');
    const summary = root(pathway).querySelector<HTMLElement>('.error-summary')!;
    expect(pathway.shadowRoot!.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Select an answer: Health',
      'Select an answer: Education',
    ]);
    expect(control(pathway, 'education').error).to.equal('Select an answer: Education');
    await userEvent.click(summary.querySelectorAll('a')[1]!);
    expect(pathway.shadowRoot!.activeElement).to.equal(control(pathway, 'education'));
  });

  it('shows the urgent screen at once for immediate danger, announces it, and lets a mistake be undone', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    const urgent = oneEvent(pathway, 'eh-urgent') as Promise<EhUrgentEvent>;
    await choose(pathway, 'danger', 'yes');
    const event = await urgent;
    expect(event.recommendation.urgent).to.equal(true);
    expect(headingText(pathway)).to.equal('Immediate danger');
    expect(pathway.shadowRoot!.activeElement).to.equal(heading(pathway));
    expect(root(pathway).querySelector('[role="alert"]')!.textContent).to.contain('Immediate danger');
    // Switched to Welsh, the announcement speaks Welsh too.
    pathway.setAttribute('lang', 'cy');
    await settle(pathway);
    const alert = root(pathway).querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Gweithredwch nawr');
    expect(alert).not.to.contain('Act now');
    pathway.setAttribute('lang', 'en');
    await settle(pathway);
    const phones = [...root(pathway).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(phones).to.include.members(['tel:999', 'tel:01632960003', 'tel:01632960004']);
    await press(pathway, 'I chose this by mistake');
    expect(headingText(pathway)).to.equal('Safety');
    expect(pathway.answers).to.deep.equal({ danger: 'yes' });
  });

  it('acts on "not sure" to immediate danger at once: who to speak to now, announced, and the form can carry on', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'not-sure');
    expect(headingText(pathway)).to.equal('Not sure whether the child is safe right now?');
    expect(pathway.shadowRoot!.activeElement).to.equal(heading(pathway));
    expect(root(pathway).querySelector('[role="alert"]')!.textContent).to.contain(
      'speak to your safeguarding lead or the front door now',
    );
    // The pack's urgent contacts, not a line on the result page nine sections later.
    const phones = [...root(pathway).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(phones).to.include.members(['tel:999', 'tel:01632960003']);
    await expect(pathway).to.be.accessible();
    await press(pathway, 'Carry on with the form');
    expect(headingText(pathway)).to.equal('Safety');
    expect(pathway.answers).to.deep.equal({ danger: 'not-sure' });
    // Carrying on does not ask again for the same answer.
    await press(pathway, 'Continue');
    expect(headingText(pathway)).to.equal('The child');
  });

  it('does not interrupt for "no" to immediate danger', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    expect(headingText(pathway)).to.equal('Safety');
  });

  it('returns from a Change link to the question and then back to the summary', async () => {
    const pathway = await pathwayFixture();
    await calmJourney(pathway);
    expect(headingText(pathway)).to.equal('Check your answers');
    const changeButtons = [...root(pathway).querySelectorAll<HTMLButtonElement>('.summary-action button')];
    const changeHealth = changeButtons.find((b) => b.textContent!.includes('Health'))!;
    await userEvent.click(changeHealth);
    await settle(pathway);
    expect(headingText(pathway)).to.equal('The child');
    await choose(pathway, 'health', 'l2');
    await press(pathway, 'Continue');
    expect(headingText(pathway)).to.equal('Check your answers');
    expect(root(pathway).textContent).to.contain('Misses some appointments');

    // Focus lands on the question itself (here the second on its page), not only on the page.
    const changeEducation = [...root(pathway).querySelectorAll<HTMLButtonElement>('.summary-action button')].find((b) =>
      b.textContent!.includes('Education'),
    )!;
    await userEvent.click(changeEducation);
    await settle(pathway);
    await until(
      () =>
        (deepActive()?.getRootNode() as ShadowRoot | Document as ShadowRoot).host?.getAttribute('name') === 'education',
      'focus on the Education question',
    );
    expect(headingText(pathway)).to.equal('The child');
  });

  it('shows the recommendation, announces it and fires eh-recommendation once the practitioner asks', async () => {
    const pathway = await pathwayFixture();
    await calmJourney(pathway);
    const ready = oneEvent(pathway, 'eh-recommendation') as Promise<EhRecommendationEvent>;
    await press(pathway, 'See the suggested level');
    const event = await ready;
    expect(event.recommendation.level.id).to.equal('level-1');
    expect(root(pathway).querySelector('[role="status"]')!.textContent).to.equal('Suggested level: Universal');
    expect(pathway.recommendation!.complete).to.equal(true);
    // Worked out once per answers: the host reads the same result until an answer changes,
    // and the event carried that same result.
    expect(pathway.recommendation).to.equal(pathway.recommendation);
    expect(pathway.recommendation).to.equal(event.recommendation);
    const before = pathway.recommendation;
    pathway.answers = { ...pathway.answers, health: 'l3' };
    await settle(pathway);
    expect(pathway.recommendation).to.not.equal(before);
    expect(pathway.recommendation!.level.id).to.equal('level-3');
    // And once per language.
    const english = pathway.recommendation;
    pathway.lang = 'cy';
    await settle(pathway);
    expect(pathway.recommendation).to.not.equal(english);
    expect(pathway.recommendation!.locale).to.equal('cy');
  });

  it("shows the host's own words in the intro and next-steps slots, on the start page and under the result's next step", async () => {
    const pathway = await pathwayFixture(html`<eh-pathway src=${FIXTURE_URL}>
      <p slot="intro">Use this with the county threshold document.</p>
      <p slot="next-steps">Also tell the designated safeguarding lead today.</p>
    </eh-pathway>`);
    const intro = root(pathway).querySelector<HTMLSlotElement>('slot[name="intro"]')!;
    expect(intro.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'Use this with the county threshold document.',
    ]);
    // The intro sits on the start page, before the start button.
    const start = button(pathway, 'Start now');
    expect(intro.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await calmJourney(pathway);
    await press(pathway, 'See the suggested level');
    const recommendation = root(pathway).querySelector('eh-recommendation')!;
    await recommendation.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const next = recommendation.shadowRoot!.querySelector<HTMLElement>('[part~="next-step"]')!;
    const slotted = next.querySelector('slot')!.assignedElements({ flatten: true });
    expect(slotted.map((element) => element.textContent)).to.deep.equal([
      'Also tell the designated safeguarding lead today.',
    ]);
    expect(next.hidden).to.equal(false);
    await expect(pathway).to.be.accessible();
  });

  it('asks before starting again and then clears everything', async () => {
    const pathway = await pathwayFixture();
    await calmJourney(pathway);
    await press(pathway, 'See the suggested level');
    await press(pathway, 'Start again');
    expect(headingText(pathway)).to.equal('Are you sure you want to start again?');
    await press(pathway, 'No, go back');
    assert.exists(root(pathway).querySelector('eh-recommendation'));
    await press(pathway, 'Start again');
    await press(pathway, 'Yes, clear everything');
    expect(headingText(pathway)).to.equal('Check what help a child and family need');
    expect(pathway.answers).to.deep.equal({});
  });

  it("fires eh-answer-change for a practitioner's answer with all answers, and nothing when a host sets answers", async () => {
    const pathway = await pathwayFixture();
    const events: EhAnswerChangeEvent[] = [];
    pathway.addEventListener('eh-answer-change', (event) => events.push(event));
    pathway.answers = { danger: 'no' };
    await settle(pathway);
    expect(events).to.have.length(0);
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'not-sure');
    expect(events).to.have.length(1);
    expect(events[0]!.questionId).to.equal('danger');
    expect(events[0]!.answers).to.deep.equal({ danger: 'not-sure' });
  });
});

describe('eh-pathway: answers are never lost', () => {
  it('switches language when any lang above it changes, keeping the page and the answers', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><main><eh-pathway src=${FIXTURE_URL}></eh-pathway></main></div>`,
    );
    const pathway = wrapper.querySelector('eh-pathway')!;
    await until(() => !!pathway.shadowRoot?.querySelector('#heading'), 'the first page');
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    expect(headingText(pathway)).to.equal('Safety');
    wrapper.lang = 'cy';
    await until(() => headingText(pathway) !== 'Safety', 'the Welsh page');
    await settle(pathway);
    assert.exists(button(pathway, 'Parhau'));
    expect(pathway.answers).to.deep.equal({ danger: 'no' });
  });

  it('keeps answers through Back and Continue, a language switch and a re-render of the host', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const view = (lang: string) => html`<eh-pathway lang=${lang} src=${FIXTURE_URL}></eh-pathway>`;
    render(view('en'), host);
    const pathway = host.querySelector('eh-pathway')!;
    await until(() => !!pathway.shadowRoot?.querySelector('#heading'), 'first page');
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    await press(pathway, 'Continue');
    await choose(pathway, 'health', 'l3');
    await press(pathway, 'Back');
    await press(pathway, 'Continue');
    expect(control(pathway, 'health').value).to.equal('l3');
    render(view('cy'), host); // the host re-renders with another language
    await settle(pathway);
    expect(headingText(pathway)).to.equal('Y plentyn');
    expect(pathway.answers).to.deep.equal({ danger: 'no', health: 'l3' });
    expect(control(pathway, 'health').value).to.equal('l3');
    host.remove();
  });

  it('keeps a hidden answer and shows it again when its question returns', async () => {
    const pathway = await pathwayFixture();
    pathway.answers = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none' };
    await press(pathway, 'Start now');
    await press(pathway, 'Continue');
    await press(pathway, 'Continue');
    await press(pathway, 'Continue');
    await choose(pathway, 'factors', 'domestic-abuse');
    await choose(pathway, 'da-duration', 'over-12-months');
    await choose(pathway, 'factors', 'domestic-abuse'); // untick: the follow-up question hides
    expect(root(pathway).querySelector('[name="da-duration"]')).to.equal(null);
    expect(pathway.answers['da-duration']).to.equal('over-12-months');
    await choose(pathway, 'factors', 'domestic-abuse');
    expect(control(pathway, 'da-duration').value).to.equal('over-12-months');
  });

  it('does not move on past text in a number field that is not a number, and keeps the text', async () => {
    const pathway = await pathwayFixture();
    pathway.answers = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none' };
    await press(pathway, 'Start now');
    for (let i = 0; i < 3; i++) await press(pathway, 'Continue');
    await type(pathway, 'referrals', 'two');
    await press(pathway, 'Continue');
    expect(headingText(pathway)).to.equal('Factors');
    const summary = root(pathway).querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Referrals in the last 12 months');
    const field = control(pathway, 'referrals').shadowRoot!.querySelector('input')!;
    expect(field.value).to.equal('two');
    // Once corrected, the page can be left: the error shown was not fed back as a new one.
    await type(pathway, 'referrals', '2');
    await press(pathway, 'Continue');
    expect(headingText(pathway)).to.equal('Strengths');
  });

  it('lets the practitioner move on once required answers shown as errors are given', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    await press(pathway, 'Continue');
    await press(pathway, 'Continue');
    assert.exists(root(pathway).querySelector('.error-summary'));
    await choose(pathway, 'health', 'none');
    await choose(pathway, 'education', 'none');
    await press(pathway, 'Continue');
    expect(headingText(pathway)).to.equal('Parenting');
  });

  it('keeps a long note typed into a text question', async () => {
    const pathway = await pathwayFixture();
    pathway.answers = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none' };
    await press(pathway, 'Start now');
    for (let i = 0; i < 3; i++) await press(pathway, 'Continue');
    const note = 'Seen twice this week with no coat. <b>Not</b> markup.';
    await type(pathway, 'note', note);
    await press(pathway, 'Continue');
    await press(pathway, 'Back');
    expect(pathway.answers.note).to.equal(note);
    expect(control(pathway, 'note').value).to.equal(note);
  });
});

describe('eh-pathway: privacy', () => {
  it('makes no network request and stores nothing once the rules are loaded', async () => {
    const cookies = document.cookie;
    const databases = (await indexedDB.databases()).length;
    const pathway = await pathwayFixture();
    const requests = performance.getEntriesByType('resource').length;
    const calls: string[] = [];
    const originalFetch = window.fetch;
    const originalBeacon = navigator.sendBeacon;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (...args) => (calls.push(`fetch ${String(args[0])}`), originalFetch(...args));
    navigator.sendBeacon = (...args) => (
      calls.push(`beacon ${String(args[0])}`),
      originalBeacon.apply(navigator, args)
    );
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      calls.push(`xhr ${method} ${String(url)}`);
      return originalOpen.call(this, method, url, true);
    } as typeof XMLHttpRequest.prototype.open;
    try {
      await calmJourney(pathway);
      await press(pathway, 'See the suggested level');
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
      XMLHttpRequest.prototype.open = originalOpen;
    }
    expect(calls).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(requests);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
    expect((await indexedDB.databases()).length).to.equal(databases);
  });

  it('keeps a draft in sessionStorage only when asked, resumes it, and clears it on Start again', async () => {
    const first = await pathwayFixture(html`<eh-pathway persist="session" src=${FIXTURE_URL}></eh-pathway>`);
    await press(first, 'Start now');
    await choose(first, 'danger', 'no');
    expect(JSON.parse(sessionStorage.getItem('eh-pathway:fixture')!).answers).to.deep.equal({ danger: 'no' });
    const second = await pathwayFixture(html`<eh-pathway persist="session" src=${FIXTURE_URL}></eh-pathway>`);
    expect(second.answers).to.deep.equal({ danger: 'no' });
    expect(root(second).textContent).to.contain('Your answers from earlier in this tab have been kept.');
    // It resumes on the page where they were: the safety question.
    await calmJourney(second);
    await press(second, 'See the suggested level');
    await press(second, 'Start again');
    await press(second, 'Yes, clear everything');
    expect(sessionStorage.getItem('eh-pathway:fixture')).to.equal(null);
  });

  it('resumes a draft on the page where the practitioner was, and clears it on Confirm and finish', async () => {
    const first = await pathwayFixture(html`<eh-pathway persist="session" src=${FIXTURE_URL}></eh-pathway>`);
    await press(first, 'Start now');
    await choose(first, 'danger', 'no');
    await press(first, 'Continue');
    const where = headingText(first);
    expect(where).not.to.equal('Safety');
    // A reload: the same element again, in the same tab.
    const second = await pathwayFixture(html`<eh-pathway persist="session" src=${FIXTURE_URL}></eh-pathway>`);
    expect(headingText(second)).to.equal(where);
    expect(root(second).textContent).to.contain('Your answers from earlier in this tab have been kept.');
    // On from where they were: the child's section.
    await choose(second, 'health', 'none');
    await choose(second, 'education', 'none');
    await press(second, 'Continue');
    await choose(second, 'basic-care', 'none');
    await press(second, 'Continue');
    await press(second, 'Continue');
    await choose(second, 'consent', 'agrees');
    await press(second, 'Continue');
    await press(second, 'See the suggested level');
    expect(sessionStorage.getItem('eh-pathway:fixture')).not.to.equal(null);
    const recommendation = root(second).querySelector('eh-recommendation')!;
    await userEvent.click(
      [...recommendation.shadowRoot!.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === 'Confirm and finish',
      )!,
    );
    await settle(second);
    expect(sessionStorage.getItem('eh-pathway:fixture')).to.equal(null);
  });
});

describe('eh-pathway: keyboard and small screens', () => {
  it('selects the option clicked at the bottom of a long list, at 320 and 1280 px', async () => {
    // One question with twenty options after the safety question: longer than the screen.
    const copy = structuredClone(raw) as any;
    const text = (en: string) => ({ en, cy: `${en} (cy)` });
    const options = Array.from({ length: 20 }, (_, i) => ({
      value: `option-${i + 1}`,
      label: text(`Option ${i + 1}, a description long enough to wrap on a phone`),
    }));
    copy.questionnaire.sections.splice(1, 0, {
      id: 'long',
      title: text('A long list'),
      role: 'other',
      questions: [{ id: 'long-list', type: 'single-choice', text: text('Choose one'), options }],
    });
    const pack = parsePack(copy);
    try {
      for (const [width, height] of [
        [320, 480],
        [1280, 600],
      ] as const) {
        await page.viewport(width, height);
        const pathway = await pathwayFixture(html`<eh-pathway lang="en" .pack=${pack}></eh-pathway>`);
        await press(pathway, 'Start now');
        await choose(pathway, 'danger', 'no');
        await press(pathway, 'Continue');
        const inner = control(pathway, 'long-list').shadowRoot!;
        const last = inner.querySelector<HTMLInputElement>('input[value="option-20"]')!;
        const label =
          inner.querySelector<HTMLElement>(`label[for="${last.id}"]`) ?? (last.closest('label') as HTMLElement);
        label.scrollIntoView({ block: 'center' });
        await userEvent.click(label);
        await settle(pathway);
        expect(last.checked, `${width} px`).to.equal(true);
        expect(pathway.answers['long-list'], `${width} px`).to.equal('option-20');
        fixtureCleanup();
      }
    } finally {
      await page.viewport(1024, 768);
    }
  });

  it('can be completed by keyboard alone: Tab, arrows, Space and Enter', async () => {
    const pathway = await pathwayFixture();
    const next = async (text: string) => {
      await tabTo(isButton(text), text);
      await userEvent.keyboard('{Enter}');
      await settle(pathway);
    };
    /** Tab into the radio group, then arrow down to the wanted option (arrows select radios). */
    const pick = async (questionId: string, downs: number) => {
      await tabTo(inQuestion(questionId), questionId);
      if (downs === 0) await userEvent.keyboard(' ');
      for (let i = 0; i < downs; i++) await userEvent.keyboard('{ArrowDown}');
      await settle(pathway);
    };
    await next('Start now');
    expect(headingText(pathway)).to.equal('Safety');
    await pick('danger', 1); // first radio is Yes; one down is No
    expect(pathway.answers.danger).to.equal('no');
    await next('Continue');
    await pick('health', 0);
    await pick('education', 0);
    await next('Continue');
    await pick('basic-care', 0);
    await next('Continue');
    await tabTo(isOption('factors', 'none'), 'the "none" checkbox');
    await userEvent.keyboard(' ');
    await settle(pathway);
    await next('Continue');
    await pick('consent', 0);
    await next('Continue');
    expect(headingText(pathway)).to.equal('Check your answers');
    await next('See the suggested level');
    assert.exists(root(pathway).querySelector('eh-recommendation'));
    expect(pathway.recommendation!.level.id).to.equal('level-1');
    expect(pathway.answers).to.deep.equal(CALM);
  });

  it('stays usable with text at 200% on a 640 px screen (the same as 200% zoom at 1280 px)', async () => {
    await page.viewport(640, 800);
    document.documentElement.style.fontSize = '200%';
    try {
      const pathway = await pathwayFixture();
      await press(pathway, 'Start now');
      await choose(pathway, 'danger', 'no');
      await press(pathway, 'Continue');
      await press(pathway, 'Continue'); // error summary too
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      const size = parseFloat(getComputedStyle(heading(pathway)).fontSize);
      expect(size).to.be.at.least(46); // twice the 24 px heading: it grew with the text
    } finally {
      document.documentElement.style.fontSize = '';
      await page.viewport(1024, 768);
    }
  });

  it('never animates, so there is nothing to reduce for people who prefer reduced motion', async () => {
    const pathway = await pathwayFixture();
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'yes');
    expect(document.getAnimations()).to.have.length(0);
    await press(pathway, 'I chose this by mistake');
    expect(document.getAnimations()).to.have.length(0);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await page.viewport(320, 640);
    try {
      const pathway = await pathwayFixture();
      await press(pathway, 'Start now');
      await choose(pathway, 'danger', 'no');
      await press(pathway, 'Continue');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(pathway.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});

describe('eh-pathway: content is text', () => {
  it('renders markup-looking rule text and answers as literal text', async () => {
    const hostile = structuredClone(raw) as Record<string, any>;
    hostile.questionnaire.sections[0].title.en = '<img src=x onerror="window.__pwned=1">Safety';
    const pathway = await pathwayFixture(html`<eh-pathway .pack=${hostile}></eh-pathway>`);
    await press(pathway, 'Start now');
    expect(headingText(pathway)).to.equal('<img src=x onerror="window.__pwned=1">Safety');
    expect(root(pathway).querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

// Keep the canonical hash import meaningful: the stamp of a loaded pack is the pack's hash.
it("stamps results with the loaded pack's content hash", async () => {
  const pathway = await pathwayFixture();
  expect(pathway.recommendation!.stamp.contentHash).to.equal(sha256Hex(canonicalJson(raw)));
});
