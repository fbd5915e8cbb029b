import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EhPathway } from '../src/components/pathway/pathway.js';
import type { Answers } from '../src/engine/schema.js';
import type { EhOverrideEvent } from '../src/events/override.js';
import type { EhRecommendationEvent } from '../src/events/recommendation.js';
import type { EhUrgentEvent } from '../src/events/urgent.js';
import {
  answerJourney,
  choose,
  control,
  deepActive,
  heading,
  headingText,
  loadedPathway,
  press,
  readable,
  root,
  settle,
  shownError,
  shownRecommendation,
  type,
  untilHeading,
  userInvalid,
  wordsFor,
} from './support/drive.js';
import { goldenCase, library, packKeys } from './support/packs.js';

interface Args {
  /** A shipped pack, `id@version`, loaded by URL as a host page would. */
  readonly pack: string;
  readonly lang: 'en' | 'cy';
  readonly headingLevel: number;
  /** A golden case whose answers are given to the pathway (`.answers`), or '' for none. */
  readonly case: string;
  /** Overrides the pack's URL (for a file that is not there). */
  readonly src?: string;
  readonly integrity?: string;
}

/** Where Storybook serves a shipped pack (`staticDirs`: rules/ at /packs). */
const urlOf = (key: string) => {
  const [id, version] = key.split('@');
  return `/packs/${id}/${version}.json`;
};

const answersOf = (path: string): Answers => (path ? goldenCase(path).answers : {});

const meta: Meta<Args> = {
  title: 'Elements/eh-pathway',
  component: 'eh-pathway',
  render: (args) =>
    html`<eh-pathway
      lang=${args.lang}
      src=${args.src ?? urlOf(args.pack)}
      integrity=${args.integrity ?? nothing}
      heading-level=${args.headingLevel}
      .answers=${answersOf(args.case)}
    ></eh-pathway>`,
  args: { pack: 'continuum@1.0.0', lang: 'en', headingLevel: 1, case: '' },
  argTypes: {
    pack: { control: 'select', options: packKeys },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    case: { control: 'select', options: ['', ...library.cases.map((entry) => entry.path).sort()] },
    src: { control: 'text' },
    integrity: { control: 'text' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A golden case at Level 3 (two domains), used to reach the later pages. */
const LEVEL_3 = 'continuum/cases/level-3-in-two-domains.json';

/** Collects the events of one type an element fires while a play function runs. */
function record<E extends Event>(target: EventTarget, type: string): E[] {
  const seen: E[] = [];
  target.addEventListener(type, (event) => seen.push(event as E));
  return seen;
}

/** From the start page with every answer given, to the recommendation page. */
async function toResult(pathway: EhPathway): Promise<void> {
  await expect(await answerJourney(pathway)).toBe('check');
  await press(pathway, wordsFor(pathway).pathway.seeRecommendation);
}

// --- Start ----------------------------------------------------------------------------

export const StartPage: Story = {
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await expect(headingText(pathway)).toBe('Check what help a child and family need');
    await expect(heading(pathway).localName).toBe('h1');
    const page = readable(root(pathway).querySelector('[part~="page"]'));
    await expect(page).toContain('This is advice, not a decision');
    await expect(page).toContain('Nothing you enter leaves this page.');
    await expect(page).toContain('Rules: Continuum of need: default early help pathway (England), version 1.0.0');
    await expect(readable(root(pathway).querySelector('[part="banner"]'))).toMatch(
      /^Example rules: these are not an approved local policy\. Illustrative starting point only\./,
    );
    await expect(readable(root(pathway).querySelector('[part="button"]'))).toBe('Start now');
  },
};

export const StartPageWelsh: Story = {
  name: 'Start page (Welsh)',
  args: { lang: 'cy' },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await expect(headingText(pathway)).toBe('Gwirio pa help sydd ei angen ar blentyn a theulu');
    const page = readable(root(pathway).querySelector('[part~="page"]'));
    await expect(page).toContain('Cyngor yw hwn, nid penderfyniad');
    await expect(page).toContain('Rheolau: Continwwm angen: llwybr cymorth cynnar diofyn (Lloegr), fersiwn 1.0.0');
    await expect(readable(root(pathway).querySelector('[part="banner"]'))).toMatch(/^Rheolau enghreifftiol/);
    await expect(readable(root(pathway).querySelector('[part="button"]'))).toBe('Dechrau nawr');
  },
};

// --- Immediate danger -----------------------------------------------------------------

export const ImmediateDangerQuestion: Story = {
  name: 'Immediate-danger question',
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await press(pathway, 'Start now');
    await untilHeading(pathway, 'Safety first');
    await expect(deepActive()).toBe(heading(pathway));
    await expect(readable(root(pathway).querySelector('[part="progress"]'))).toBe('Section 1 of 9');
    await expect(readable(root(pathway).querySelector('.hint'))).toBe(
      'If a child is in immediate danger, do not finish this form: call 999 now.',
    );
    const danger = control(pathway, 'immediate-danger');
    await expect(danger.localName).toBe('eh-yes-no-question');
    await expect(readable(root(danger).querySelector('legend'))).toBe(
      'Is the child in immediate danger, or hurt and needing help now?',
    );
    const labels = [...root(danger).querySelectorAll('label')].map(readable);
    await expect(labels).toEqual(['Yes', 'No', 'Not sure']);
    // Nothing is wrong before the practitioner does anything.
    await expect(root(pathway).querySelector('[part="error-summary"]')).toBeNull();
  },
};

export const UrgentScreen: Story = {
  name: 'Urgent screen (danger answered yes)',
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const urgent = record<EhUrgentEvent>(pathway, 'eh-urgent');
    await press(pathway, 'Start now');
    await choose(pathway, 'immediate-danger', 'yes');
    // The urgent screen comes at once, without pressing Continue.
    await untilHeading(pathway, 'Immediate danger');
    await expect(root(pathway).querySelector('[part="urgent"]')).not.toBeNull();
    await expect(readable(root(pathway).querySelector('[role="alert"]'))).toBe('Immediate danger. Act now.');
    await waitFor(() => expect(deepActive()).toBe(heading(pathway)));
    const page = readable(root(pathway).querySelector('[part="urgent"]'));
    await expect(page).toContain(
      'You said a child may be in immediate danger. Act now: do not finish this form first.',
    );
    await expect(page).toContain('Call 999 now.');
    await expect(page).toContain('Who to contact now');
    await expect(root(pathway).querySelector('[part="urgent"] a[href^="tel:"]')).not.toBeNull();
    await expect(readable(root(pathway).querySelector('[part="urgent"] [part="button"]'))).toBe(
      'I chose this by mistake: go back',
    );
    await expect(urgent).toHaveLength(1);
    await expect(urgent[0]!.recommendation.urgent).toBe(true);
  },
};

// --- Section pages --------------------------------------------------------------------

/** Start, answer "no" to immediate danger and continue to the second section. */
async function toAboutTheChild(pathway: EhPathway): Promise<void> {
  await press(pathway, 'Start now');
  await choose(pathway, 'immediate-danger', 'no');
  await press(pathway, 'Continue');
  await untilHeading(pathway, 'About the child');
}

export const SectionPage: Story = {
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await toAboutTheChild(pathway);
    await expect(deepActive()).toBe(heading(pathway));
    await expect(readable(root(pathway).querySelector('[part="progress"]'))).toBe('Section 2 of 9');
    const names = [...root(pathway).querySelectorAll('[name]')].map((element) => element.getAttribute('name'));
    await expect(names).toEqual(['age-band', 'disability-send', 'young-carer', 'practitioner-role', 'concern-summary']);
    // Questions that are not required say so.
    await expect(readable(root(control(pathway, 'disability-send')).querySelector('legend'))).toMatch(/\(optional\)$/);
    await expect(readable(root(control(pathway, 'age-band')).querySelector('legend'))).toBe('How old is the child?');
    await expect(readable(root(control(pathway, 'concern-summary')).querySelector('[part="count"]'))).toBe(
      'You have 2,000 characters remaining',
    );
    await choose(pathway, 'age-band', '5-10');
    await expect(pathway.answers).toMatchObject({ 'immediate-danger': 'no', 'age-band': '5-10' });
    await expect(readable(root(pathway).querySelector('button'))).toBe('Back');
  },
};

export const SectionWithErrors: Story = {
  name: 'Section with errors (Continue with nothing answered)',
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await toAboutTheChild(pathway);
    await press(pathway, 'Continue');
    // The page stays; the error summary takes focus and lists each problem.
    await expect(headingText(pathway)).toBe('About the child');
    const summary = root(pathway).querySelector<HTMLElement>('[part="error-summary"]')!;
    await expect(summary).not.toBeNull();
    await waitFor(() => expect(deepActive()).toBe(summary));
    await expect(readable(summary.querySelector('h2'))).toBe('There is a problem');
    await expect([...summary.querySelectorAll('a')].map(readable)).toEqual([
      'Select an answer: How old is the child?',
      'Enter an answer: Describe your concern in your own words',
    ]);
    // Each question in trouble shows its own message; the others do not.
    const age = control(pathway, 'age-band');
    await expect(shownError(age)).toBe('Select an answer: How old is the child?');
    await expect(userInvalid(age)).toBe(true);
    await expect(shownError(control(pathway, 'concern-summary'))).toBe(
      'Enter an answer: Describe your concern in your own words',
    );
    await expect(shownError(control(pathway, 'disability-send'))).toBe('');
    // The summary's link takes the practitioner to the field.
    await userEvent.click(summary.querySelector('a')!);
    await expect((deepActive()?.getRootNode() as ShadowRoot).host).toBe(age);
  },
};

// --- Check your answers and the result ------------------------------------------------

export const CheckYourAnswers: Story = {
  args: { case: LEVEL_3 },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await expect(await answerJourney(pathway)).toBe('check');
    await expect(headingText(pathway)).toBe('Check your answers');
    await expect(deepActive()).toBe(heading(pathway));
    const lists = root(pathway).querySelectorAll('[part="summary-list"]');
    await expect(lists.length).toBeGreaterThan(5);
    const rows = [...root(pathway).querySelectorAll('.summary-row')].map((row) => [
      readable(row.querySelector('dt')),
      readable(row.querySelector('dd')),
    ]);
    await expect(rows).toContainEqual(['How old is the child?', '5 to 10 years']);
    await expect(rows).toContainEqual([
      'Describe your concern in your own words',
      'Child often hungry; home damp and family facing eviction.',
    ]);
    // Every Change button says what it changes.
    await expect(readable(root(pathway).querySelector('.summary-action button'))).toMatch(/^Change .+/);
    await expect(readable(root(pathway).querySelector('[part="button"]'))).toBe('See the suggested level');
  },
};

export const RecommendationPage: Story = {
  args: { case: LEVEL_3 },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const shown = record<EhRecommendationEvent>(pathway, 'eh-recommendation');
    await toResult(pathway);
    await untilHeading(pathway, 'Suggested level of need');
    await expect(deepActive()).toBe(heading(pathway));
    await expect(readable(root(pathway).querySelector('[role="status"]'))).toBe(
      'Suggested level: Complex needs – multi-agency early help',
    );
    const result = shownRecommendation(pathway);
    // One level below the page heading.
    await expect(root(result).querySelector('[part="level"] h2')).not.toBeNull();
    await expect(readable(root(result).querySelector('.level-name'))).toBe('Complex needs – multi-agency early help');
    await expect(readable(root(result).querySelector('[part="services"]'))).toContain(
      'Multi-agency early help (Team Around the Family)',
    );
    await expect(shown).toHaveLength(1);
    await expect(shown[0]!.recommendation.level.id).toBe('level-3');
  },
};

export const Override: Story = {
  name: 'Override (the practitioner disagrees)',
  args: { case: LEVEL_3 },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const overrides = record<EhOverrideEvent>(pathway, 'eh-override');
    await toResult(pathway);
    const result = shownRecommendation(pathway);
    await press(result, 'I disagree with this level');
    const formHeading = root(result).querySelector<HTMLElement>('#override-heading')!;
    await expect(readable(formHeading)).toBe('Record a different level');
    await expect(deepActive()).toBe(formHeading);
    await expect(readable(root(result).querySelector('#override-level-hint'))).toBe(
      'The suggested level is Complex needs – multi-agency early help.',
    );
    await userEvent.click(root(result).querySelector('#override-level-level-4')!);
    await userEvent.type(
      root(result).querySelector('#override-reason')!,
      'The eviction is next week and the children have nowhere to go.',
    );
    await press(result, 'Save my decision');
    const decision = root(result).querySelector('[part="decision"]:not(.print-only)')!;
    await expect(readable(decision.querySelector('h2, h3'))).toBe('Your decision');
    await waitFor(() => expect(deepActive()).toBe(root(result).querySelector('#decision-heading')));
    const terms = [...decision.querySelectorAll('dt')].map(readable);
    const values = [...decision.querySelectorAll('dd')].map(readable);
    await expect(terms).toEqual(['Suggested level', 'Your decision', 'Your reason']);
    await expect(values).toEqual([
      'Complex needs – multi-agency early help',
      'Acute / specialist – statutory',
      'The eviction is next week and the children have nowhere to go.',
    ]);
    await expect(result.matches(':state(overridden)')).toBe(true);
    await expect(overrides).toHaveLength(1);
    await expect(pathway.override).toMatchObject({ suggestedLevelId: 'level-3', levelId: 'level-4' });
  },
};

export const StartAgainConfirmation: Story = {
  name: 'Start again confirmation',
  args: { case: LEVEL_3 },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await toResult(pathway);
    await press(pathway, 'Start again');
    await untilHeading(pathway, 'Are you sure you want to start again?');
    await expect(deepActive()).toBe(heading(pathway));
    await expect(readable(root(pathway).querySelector('[part~="page"] p:not(.banner)'))).toBe(
      'All your answers and any decision you recorded will be cleared. This cannot be undone.',
    );
    const buttons = [...root(pathway).querySelectorAll('[part="button"]')].map(readable);
    await expect(buttons).toEqual(['Yes, clear everything and start again', 'No, go back']);
    // Nothing is cleared until the practitioner confirms.
    await expect(Object.keys(pathway.answers).length).toBeGreaterThan(0);
  },
};

// --- When the rules cannot be used ----------------------------------------------------

/** The default pack with two mistakes a rule author might make. */
function brokenPack(): unknown {
  const raw = JSON.parse(library.packs.find((entry) => entry.path === 'continuum/1.0.0.json')!.text);
  raw.rules[1].level = 'level-9';
  delete raw.levels[0].name.cy;
  return raw;
}

/** The error page: its heading, its sentence for the practitioner, and (when there are any) the problems. */
async function expectLoadError(pathway: EhPathway, message: string): Promise<HTMLDetailsElement | null> {
  await expect(root(pathway).querySelector('[part~="load-error"]')).not.toBeNull();
  const t = wordsFor(pathway).pathway;
  await expect(headingText(pathway)).toBe(t.loadErrorTitle);
  const page = readable(root(pathway).querySelector('[part~="load-error"]'));
  await expect(page).toContain(message);
  // Never a dead end: the page still says what to do if a child is in danger.
  await expect(page).toContain(t.loadErrorBody.replace(/\s+/g, ' ').trim());
  return root(pathway).querySelector('details');
}

export const PackErrorInvalid: Story = {
  name: 'Pack error: invalid pack',
  render: (args) =>
    html`<eh-pathway lang=${args.lang} heading-level=${args.headingLevel} .pack=${brokenPack()}></eh-pathway>`,
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const details = await expectLoadError(pathway, 'The rules file has 2 problems.');
    await expect(details).not.toBeNull();
    await expect(details!.open).toBe(false);
    await userEvent.click(details!.querySelector('summary')!);
    await expect(details!.open).toBe(true);
    await expect(readable(details!.querySelector('summary'))).toBe('Details for the person who looks after the rules');
    const problems = [...details!.querySelectorAll('li')].map(readable);
    await expect(problems).toHaveLength(2);
    await expect(problems.join('\n')).toMatch(/\$\.levels\[0\]\.name/);
    await expect(problems.join('\n')).toMatch(/\$\.rules\[1\]\.level/);
  },
};

export const PackErrorNotFound: Story = {
  name: 'Pack error: src not found',
  args: { src: '/packs/continuum/9.9.9.json' },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const details = await expectLoadError(pathway, wordsFor(pathway).pathway.errors.fetch('404'));
    // No PackError, but the details still say which address answered what.
    await expect(details).not.toBeNull();
    await expect(readable(details)).toContain('/packs/continuum/9.9.9.json');
  },
};

export const PackErrorIntegrity: Story = {
  name: 'Pack error: integrity mismatch',
  args: { integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const details = await expectLoadError(
      pathway,
      'The rules file does not match its integrity fingerprint, so it was not used.',
    );
    await userEvent.click(details!.querySelector('summary')!);
    await expect(readable(details!.querySelector('li'))).toContain('sha256-AAAA');
  },
};

// --- Draft rules, Welsh result --------------------------------------------------------

export const DraftPack: Story = {
  name: 'Draft pack',
  args: { pack: 'continuum@1.1.0-draft.1' },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    const banner = () => readable(root(pathway).querySelector('[part="banner"]'));
    await expect(banner()).toMatch(/^Draft rules: not approved for use\. Do not rely on the result\./);
    await expect(readable(root(pathway).querySelector('[part~="page"]'))).toContain('version 1.1.0-draft.1');
    // It says so on every page, not only the first.
    await press(pathway, 'Start now');
    await untilHeading(pathway, 'Safety first');
    await expect(banner()).toMatch(/^Draft rules/);
  },
};

export const RecommendationWelsh: Story = {
  name: 'Recommendation (Welsh)',
  args: { lang: 'cy' },
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    // Answered by clicking through every page, from a golden case's answers.
    await expect(await answerJourney(pathway, goldenCase('continuum/cases/level-2-housing-only.json').answers)).toBe(
      'check',
    );
    await expect(headingText(pathway)).toBe("Gwirio'ch atebion");
    await press(pathway, 'Gweld y lefel a awgrymir');
    await untilHeading(pathway, 'Lefel angen a awgrymir');
    await expect(readable(root(pathway).querySelector('[role="status"]'))).toBe(
      'Lefel a awgrymir: Anghenion ychwanegol – un asiantaeth',
    );
    const result = shownRecommendation(pathway);
    await settle(result);
    await expect(readable(root(result).querySelector('.caption'))).toBe('Lefel a awgrymir');
    await expect(readable(root(result).querySelector('.level-name'))).toBe('Anghenion ychwanegol – un asiantaeth');
    await expect(readable(root(result).querySelector('#disagree'))).toBe("Rwy'n anghytuno â'r lefel hon");
  },
};

// The note on the second page: typing updates the answer and the character count.
export const TypingANote: Story = {
  name: 'Section page: typing a note',
  play: async ({ canvasElement }) => {
    const pathway = await loadedPathway(canvasElement);
    await toAboutTheChild(pathway);
    await type(pathway, 'concern-summary', 'Seen twice this week without a coat.');
    await expect(pathway.answers['concern-summary']).toBe('Seen twice this week without a coat.');
    await expect(readable(root(control(pathway, 'concern-summary')).querySelector('[part="count"]'))).toBe(
      'You have 1,964 characters remaining',
    );
  },
};
