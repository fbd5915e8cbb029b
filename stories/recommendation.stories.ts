/**
 * `<eh-recommendation>` on its own, as a host page that runs the engine itself would use it.
 * Every recommendation is a real evaluation of a golden case under `rules/`, and every
 * expectation is read from that case's `expect`, the pack and the catalogue, so a story
 * fails when the rules, the engine or the element stop agreeing.
 */
import { splitFirstSentence } from '../src/engine/report.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EhRecommendation, RecommendationView } from '../src/components/recommendation/recommendation.js';
import { evaluate, localize, type Recommendation } from '../src/engine/evaluate.js';
import { makeOverride, type Override } from '../src/engine/override.js';
import type { Answers, Locale, Pack } from '../src/engine/schema.js';
import type { EhOverrideEvent } from '../src/events/override.js';
import { deepActive, press, readable, root, settle, wordsFor } from './support/drive.js';
import { goldenCase, library, localeFor, packFor, packKeys } from './support/packs.js';

interface Args {
  /** A shipped pack, `id@version`. */
  readonly pack: string;
  /** A golden case (path under `rules/`) whose answers are evaluated. */
  readonly case: string;
  readonly lang: 'en' | 'cy';
  readonly headingLevel: number;
  readonly view: RecommendationView;
  /** Give the element `.answers` too, so it lists them. */
  readonly showAnswers: boolean;
  /** A level the practitioner chose instead ('' for none), with their reason. */
  readonly overrideLevel: string;
  readonly overrideReason: string;
}

const DEFAULT_PACK = 'continuum@1.0.0';
const DRAFT_PACK = 'continuum@1.1.0-draft.1';
const caseOf = (name: string) => `continuum/cases/${name}.json`;

/**
 * The day the pack comes into force: evaluating "as of" that day keeps each story the same
 * whatever today's date is (a draft not yet in force would otherwise gain a notice).
 */
const inForce = (pack: Pack) => new Date(`${pack.effectiveFrom}T12:00:00`);

/** What the story shows: the case evaluated against the pack, and the override if any. */
function resultFor(args: Args): {
  pack: Pack;
  locale: Locale;
  answers: Answers;
  recommendation: Recommendation;
  override?: Override;
} {
  const pack = packFor(args.pack);
  const locale = localeFor(pack, args.lang);
  const answers = goldenCase(args.case).answers;
  const recommendation = evaluate(pack, answers, { locale, now: inForce(pack) });
  // A control may pick the suggested level itself, which is not an override.
  const override =
    args.overrideLevel && args.overrideLevel !== recommendation.level.id
      ? makeOverride(pack, recommendation, args.overrideLevel, args.overrideReason, inForce(pack))
      : undefined;
  return { pack, locale, answers, recommendation, ...(override ? { override } : {}) };
}

const meta: Meta<Args> = {
  title: 'Elements/eh-recommendation',
  component: 'eh-recommendation',
  render: (args) => {
    const { pack, answers, recommendation, override } = resultFor(args);
    return html`<eh-recommendation
      lang=${args.lang}
      heading-level=${args.headingLevel}
      view=${args.view}
      .recommendation=${recommendation}
      .pack=${pack}
      .answers=${args.showAnswers ? answers : undefined}
      .override=${override}
    ></eh-recommendation>`;
  },
  args: {
    pack: DEFAULT_PACK,
    case: caseOf('no-concerns-universal'),
    lang: 'en',
    headingLevel: 2,
    view: 'standard',
    showAnswers: false,
    overrideLevel: '',
    overrideReason: '',
  },
  argTypes: {
    pack: { control: 'select', options: packKeys },
    case: { control: 'select', options: library.cases.map((entry) => entry.path).sort() },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    view: { control: 'inline-radio', options: ['standard', 'signs-of-safety'] },
    overrideLevel: { control: 'select', options: ['', 'level-1', 'level-2', 'level-3', 'level-4'] },
    overrideReason: { control: 'text' },
  },
};
export default meta;
type Story = StoryObj<Args>;

// --- Reading what the story shows ------------------------------------------------------

/** The story's element, once it and its stamp have rendered. */
async function shown(canvas: HTMLElement): Promise<EhRecommendation> {
  const element = canvas.querySelector('eh-recommendation');
  if (!element) throw new Error('The story renders no <eh-recommendation>');
  await waitFor(() => expect(element.shadowRoot?.querySelector('[part="level"]')).toBeTruthy());
  await settle(element);
  return element;
}

const part = (element: Element, name: string) => root(element).querySelector(`[part~="${name}"]`);
const textOf = (element: Element, selector: string) => readable(root(element).querySelector(selector));
const allText = (element: Element, selector: string) => [...root(element).querySelectorAll(selector)].map(readable);

/** A level's (or the urgent outcome's) name, from the pack. */
function levelName(pack: Pack, id: string, locale: Locale): string {
  if (pack.urgent?.id === id) return localize(pack.urgent.name, locale, pack);
  const level = pack.levels.find((candidate) => candidate.id === id);
  if (!level) throw new Error(`${pack.id}@${pack.version} has no level "${id}"`);
  return localize(level.name, locale, pack);
}

function levelDescription(pack: Pack, id: string, locale: Locale): string {
  if (pack.urgent?.id === id) return localize(pack.urgent.description, locale, pack);
  return localize(pack.levels.find((candidate) => candidate.id === id)!.description, locale, pack);
}

const serviceOf = (pack: Pack, id: string) => {
  const service = pack.services.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`${pack.id}@${pack.version} has no service "${id}"`);
  return service;
};

/** What the result shows of a rule: the first sentence of its rationale, in the pack's words (the rest is folded). */
function rationaleOf(pack: Pack, ruleId: string, locale: Locale): string {
  const rule = pack.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`${pack.id}@${pack.version} has no rule "${ruleId}"`);
  return splitFirstSentence(localize(rule.rationale, locale, pack))[0];
}

const kindOf = (pack: Pack, ruleId: string) => pack.rules.find((rule) => rule.id === ruleId)?.kind;

/** The services the golden case expects, in order. */
function expectedServices(path: string): string[] {
  const { expect: wanted } = goldenCase(path);
  return wanted.services ?? (wanted.service ? [wanted.service] : []);
}

/** The level panel says the case's expected level, in the pack's words, under the right caption. */
async function expectLevel(
  element: EhRecommendation,
  args: Args,
  caption: 'caption' | 'captionProvisional' | 'captionUrgent' = 'caption',
) {
  const pack = packFor(args.pack);
  const locale = localeFor(pack, args.lang);
  const wanted = goldenCase(args.case).expect.level;
  await expect(textOf(element, '[part="level"] .caption')).toBe(wordsFor(element).recommendationView[caption]);
  await expect(textOf(element, '[part="level"] .level-name')).toBe(levelName(pack, wanted, locale));
  await expect(textOf(element, '[part="level"] .description')).toBe(levelDescription(pack, wanted, locale));
  // The level is the element's top heading, at the level the host asked for.
  await expect(root(element).querySelector(`[part="level"] h${args.headingLevel} .level-name`)).not.toBeNull();
}

/** The services shown are the ones the case expects, each with its phone number as a link. */
async function expectServices(element: EhRecommendation, args: Args) {
  const pack = packFor(args.pack);
  const locale = localeFor(pack, args.lang);
  const ids = expectedServices(args.case);
  await expect(ids.length).toBeGreaterThan(0);
  await expect(textOf(element, '[part="services"] > :first-child')).toBe(
    wordsFor(element).recommendationView.servicesTitle,
  );
  const names = [...root(element).querySelectorAll('[part="service"]')].map((service) =>
    readable(service.firstElementChild),
  );
  await expect(names).toEqual(ids.map((id) => localize(serviceOf(pack, id).name, locale, pack)));
  for (const id of ids) {
    const phone = serviceOf(pack, id).contact.phone;
    if (phone) await expect(allText(element, '[part="service"] a[href^="tel:"]')).toContain(phone);
  }
}

/** Each rule the case expects to fire, of this kind, is listed (by its rationale) in this part. */
async function expectFired(
  element: EhRecommendation,
  args: Args,
  kind: 'concern' | 'strength' | 'advice',
  partName: string,
) {
  const pack = packFor(args.pack);
  const locale = localeFor(pack, args.lang);
  const { fires = [], silent = [] } = goldenCase(args.case).expect;
  const listed = [...root(element).querySelectorAll(`[part="${partName}"] .rules > li > p:first-child`)].map(readable);
  const wanted = fires.filter((id) => kindOf(pack, id) === kind);
  await expect(wanted.length).toBeGreaterThan(0);
  for (const id of wanted) await expect(listed).toContain(rationaleOf(pack, id, locale));
  for (const id of silent.filter((candidate) => kindOf(pack, candidate) === kind)) {
    await expect(listed).not.toContain(rationaleOf(pack, id, locale));
  }
}

/** The notices as read, without the warning icon and the hidden "Warning:" before each. */
const noticesOf = (element: EhRecommendation) =>
  [...root(element).querySelectorAll('[part="notices"] li')].map((notice) => {
    const words = notice.cloneNode(true) as Element;
    for (const extra of words.querySelectorAll('.warning-icon, .visually-hidden')) extra.remove();
    return readable(words);
  });

// --- One story per level of the default pack -------------------------------------------

export const Level1Universal: Story = {
  name: 'Level 1: universal',
  args: { case: caseOf('no-concerns-universal') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const t = wordsFor(element).recommendationView;
    await expectLevel(element, args);
    await expectServices(element, args);
    // No concern fired, so the reason is the pack's default one.
    await expect(allText(element, '[part="rationale"] .rules > li > p:first-child')).toEqual([
      splitFirstSentence(localize(pack.default.rationale, 'en', pack))[0],
    ]);
    await expect(textOf(element, '[part="strengths"] p')).toBe(t.noStrengths);
    await expect(element.matches(':state(urgent)')).toBe(false);
    await expect(element.matches(':state(provisional)')).toBe(false);
    // An illustrative pack says so on the result.
    await expect(noticesOf(element)).toContain(wordsFor(element).recommendation.illustrative);
  },
};

export const Level2: Story = {
  name: 'Level 2: additional needs',
  args: { case: caseOf('level-2-housing-only') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const t = wordsFor(element).recommendationView;
    await expectLevel(element, args);
    await expectServices(element, args);
    await expectFired(element, args, 'concern', 'rationale');
    // Each reason shows the answers behind it.
    await expect(textOf(element, '[part="rationale"] .label')).toBe(t.because);
    await expect(root(element).querySelectorAll('[part="rationale"] .evidence li').length).toBeGreaterThan(0);
  },
};

export const Level3: Story = {
  name: 'Level 3: complex needs (with the answers given)',
  args: { case: caseOf('level-3-in-two-domains'), showAnswers: true },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const t = wordsFor(element).recommendationView;
    await expectLevel(element, args);
    await expectServices(element, args);
    await expectFired(element, args, 'concern', 'rationale');
    // The answers are folded away until the practitioner opens them.
    const answers = part(element, 'answers') as HTMLDetailsElement;
    await expect(readable(answers.querySelector('summary'))).toBe(t.answersTitle);
    await expect(answers.open).toBe(false);
    await userEvent.click(answers.querySelector('summary')!);
    await expect(answers.open).toBe(true);
    const asked = localize(pack.questionnaire.sections[1]!.questions[0]!.text, 'en', pack);
    await expect([...answers.querySelectorAll('dt')].map(readable)).toContain(asked);
    // "I disagree" opens the form, which offers every other level and says which was suggested.
    await press(element, t.disagree);
    const heading = root(element).querySelector<HTMLElement>('#override-heading')!;
    await expect(readable(heading)).toBe(t.formTitle);
    await expect(deepActive()).toBe(heading);
    const suggestedId = goldenCase(args.case).expect.level;
    await expect(textOf(element, '#override-level-hint')).toBe(t.levelHint(levelName(pack, suggestedId, 'en')));
    const offered = allText(element, '[part="override-form"] .radio label');
    await expect(offered).toEqual(
      pack.levels.filter((level) => level.id !== suggestedId).map((level) => localize(level.name, 'en', pack)),
    );
    // Cancel puts the practitioner back on the button they came from.
    await press(element, t.cancel);
    await expect(part(element, 'override-form')).toBeNull();
    await waitFor(() => expect(deepActive()).toBe(root(element).querySelector('#disagree')));
  },
};

export const WhatWouldChangeThis: Story = {
  name: 'What would change this (Level 3, default pack)',
  args: { pack: 'continuum@2.0.0', case: caseOf('2.0.0-level-3-in-two-domains'), showAnswers: true },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const words = wordsFor(element);
    const fold = part(element, 'what-if') as HTMLDetailsElement;
    await expect(fold.open).toBe(false);
    await userEvent.click(fold.querySelector('summary')!);
    // Worked out in steps from the pack: the headings name levels of this pack, as conditions to watch.
    await waitFor(() => expect(fold.querySelector('[part~="what-if-ways"]')).not.toBeNull(), { timeout: 20_000 });
    await expect(readable(fold)).toContain(words.whatIf.intro);
    const levels = [
      ...pack.levels.map((level) => localize(level.name, 'en', pack)),
      localize(pack.urgent!.name, 'en', pack),
    ];
    for (const heading of fold.querySelectorAll('[part~="what-if-heading"]')) {
      await expect(levels.some((name) => readable(heading).includes(name))).toBe(true);
    }
  },
};

export const Level4FrontDoor: Story = {
  name: 'Level 4: the Front Door',
  args: { case: caseOf('level-4-parenting-safety') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const t = wordsFor(element).recommendationView;
    await expectLevel(element, args);
    await expectServices(element, args);
    await expectFired(element, args, 'concern', 'rationale');
    await expectFired(element, args, 'advice', 'advice');
    // The Front Door's out-of-hours number is there for the evening and weekend.
    const outOfHours = serviceOf(pack, goldenCase(args.case).expect.service!).contact.outOfHours?.phone;
    await expect(outOfHours).toBeTruthy();
    await expect([...root(element).querySelectorAll('.contacts dt')].map(readable)).toContain(t.outOfHours);
    await expect(allText(element, '.contacts a[href^="tel:"]')).toContain(outOfHours);
  },
};

// --- Other outcomes -------------------------------------------------------------------

export const Urgent: Story = {
  name: 'Urgent: immediate danger',
  args: { case: caseOf('immediate-danger-yes-asks-nothing-else') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const t = wordsFor(element).recommendationView;
    await expect(goldenCase(args.case).expect.urgent).toBe(true);
    await expectLevel(element, args, 'captionUrgent');
    await expect(element.matches(':state(urgent)')).toBe(true);
    await expect(readable(part(element, 'action'))).toBe(localize(pack.urgent!.action, 'en', pack));
    // Every number to call now is a link, the services' own numbers first, then out of hours.
    const services = expectedServices(args.case).map((id) => serviceOf(pack, id));
    const calls = [
      ...services
        .filter((service) => service.contact.phone)
        .map((service) => t.call(localize(service.name, 'en', pack), service.contact.phone!)),
      ...services
        .filter((service) => service.contact.outOfHours?.phone)
        .map((service) => t.callOutOfHours(localize(service.name, 'en', pack), service.contact.outOfHours!.phone!)),
    ];
    await expect(textOf(element, '[part="level"] .label')).toBe(t.callNow);
    await expect(allText(element, '.call-list a[href^="tel:"]')).toEqual(calls);
    // Nothing else is asked for: no list of missing questions.
    await expect(part(element, 'missing')).toBeNull();
  },
};

export const StrengthsNoted: Story = {
  name: 'Strengths noted',
  args: { case: caseOf('universal-with-strengths-noted') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const t = wordsFor(element).recommendationView;
    // Strengths are noted; under this pack's policy they do not change the level.
    await expect(packFor(args.pack).policy.strengths).toBe('note-only');
    await expectLevel(element, args);
    await expect(textOf(element, '[part="strengths"] > :first-child')).toBe(t.strengthsTitle);
    await expectFired(element, args, 'strength', 'strengths');
    await expect(allText(element, '[part="strengths"] p')).not.toContain(t.noStrengths);
  },
};

export const ConsentRefused: Story = {
  name: 'Consent refused: advice',
  args: { case: caseOf('consent-refused-level-2') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    await expectLevel(element, args);
    await expect(textOf(element, '[part="advice"] > :first-child')).toBe(
      wordsFor(element).recommendationView.adviceTitle,
    );
    // The refusal advice is given, and the advice for other consent answers is not.
    await expectFired(element, args, 'advice', 'advice');
  },
};

export const Provisional: Story = {
  name: 'Provisional: a required answer missing',
  args: { case: caseOf('incomplete-missing-consent') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const words = wordsFor(element);
    const missing = goldenCase(args.case).expect.missing ?? [];
    await expect(missing.length).toBeGreaterThan(0);
    await expectLevel(element, args, 'captionProvisional');
    await expect(element.matches(':state(provisional)')).toBe(true);
    await expect(noticesOf(element)).toContain(words.recommendation.incomplete(missing.length));
    const questions = pack.questionnaire.sections.flatMap((section) => section.questions);
    await expect(allText(element, '[part="missing"] li')).toEqual(
      missing.map((id) => localize(questions.find((q) => q.id === id)!.text, 'en', pack)),
    );
  },
};

export const OverrideShown: Story = {
  name: 'Override shown (suggested and chosen level kept)',
  args: {
    case: caseOf('level-3-in-two-domains'),
    overrideLevel: 'level-4',
    overrideReason: 'The eviction is next week and the children have nowhere to go.',
  },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    const t = wordsFor(element).recommendationView;
    const suggested = goldenCase(args.case).expect.level;
    await expect(element.matches(':state(overridden)')).toBe(true);
    // The practitioner's level leads, the suggestion stays beside it, and the contacts follow the decision.
    await expect(textOf(element, '[part="level"] .caption')).toBe(wordsFor(element).nextSteps.decided);
    await expect(textOf(element, '[part="level"] .level-name')).toBe(levelName(pack, args.overrideLevel, 'en'));
    await expect(textOf(element, '[part="suggested"]')).toContain(levelName(pack, suggested, 'en'));
    const serviceNames = [...root(element).querySelectorAll('[part="service"]')].map((service) =>
      readable(service.firstElementChild),
    );
    const serving = pack.services.find((service) => service.levels.includes(args.overrideLevel))!;
    await expect(serviceNames).toEqual([localize(serving.name, 'en', pack)]);
    const decision = root(element).querySelector('[part="decision"]:not(.print-only)')!;
    await expect(readable(decision.querySelector('#decision-heading'))).toBe(t.decisionTitle);
    await expect([...decision.querySelectorAll('dt')].map(readable)).toEqual([
      t.suggestedLabel,
      t.chosenLabel,
      t.reasonShort,
    ]);
    await expect([...decision.querySelectorAll('dd')].map(readable)).toEqual([
      levelName(pack, suggested, 'en'),
      levelName(pack, args.overrideLevel, 'en'),
      args.overrideReason,
    ]);
    // The answers have not changed since, so there is no warning that the decision is stale.
    await expect(decision.querySelector('.warning')).toBeNull();
    // Withdrawing the decision tells the host and brings the disagree button back.
    const events: EhOverrideEvent[] = [];
    element.addEventListener('eh-override', (event) => events.push(event));
    await press(element, t.withdraw);
    await expect(events).toHaveLength(1);
    await expect(events[0]!.override).toBeUndefined();
    await expect(root(element).querySelector('[part="decision"]')).toBeNull();
    await expect(element.matches(':state(overridden)')).toBe(false);
    await waitFor(() => expect(deepActive()).toBe(root(element).querySelector('#disagree')));
    // The suggestion, which was never rewritten, leads again.
    await expectLevel(element, args);
  },
};

export const DraftPack: Story = {
  name: 'Draft pack notice',
  args: { pack: DRAFT_PACK, case: caseOf('domestic-abuse-alone-is-emotional-harm') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const pack = packFor(args.pack);
    await expect(pack.status).toBe('draft');
    await expectLevel(element, args);
    await expect(noticesOf(element)).toContain(wordsFor(element).recommendation.draft);
    // The stamp names the draft version, so a printout cannot be mistaken for approved rules.
    const stamp = part(element, 'stamp')!;
    await expect(readable(stamp.shadowRoot)).toContain(pack.version);
  },
};

export const Welsh: Story = {
  name: 'Welsh',
  args: { lang: 'cy', case: caseOf('level-2-housing-only') },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    const t = wordsFor(element).recommendationView;
    await expect(wordsFor(element).locale).toBe('cy');
    await expectLevel(element, args);
    await expectServices(element, args);
    await expectFired(element, args, 'concern', 'rationale');
    await expect(textOf(element, '#disagree')).toBe(t.disagree);
    await expect(textOf(element, '[part="advisory"]')).toBe(wordsFor(element).advisory);
  },
};

export const SignsOfSafety: Story = {
  name: 'Signs of Safety arrangement',
  args: { case: caseOf('strengths-do-not-lower-level-3'), view: 'signs-of-safety' },
  play: async ({ canvasElement, args }) => {
    const element = await shown(canvasElement);
    await expectLevel(element, args);
    const sos = wordsFor(element).signsOfSafety;
    const headings = ['worries', 'working-well', 'needs-to-happen'].map((name) =>
      readable(part(element, name)?.firstElementChild),
    );
    await expect(headings).toEqual([sos.worried, sos.workingWell, sos.needsToHappen]);
    await expectFired(element, args, 'strength', 'working-well');
    // The practitioner can switch back to the standard arrangement.
    await userEvent.click(root(element).querySelector('#view-standard')!);
    await settle(element);
    await expect(element.view).toBe('standard');
    await expect(part(element, 'signs-of-safety')).toBeNull();
    await expectFired(element, args, 'strength', 'strengths');
  },
};
