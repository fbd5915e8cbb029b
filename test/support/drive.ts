/**
 * Driving `<eh-pathway>` and the question controls as a practitioner would: the one driver for
 * the component tests (test/components) and the stories' play functions (stories/). Every
 * helper that acts waits for the elements it touched to finish updating, so the next assertion
 * sees what the practitioner would see.
 *
 * Finding things is the same everywhere, so those helpers are plain functions. Acting needs
 * the runner's hands: real input through Playwright in the component tests, `storybook/test`'s
 * user-event in Storybook (where vitest is not there). `drive(hands)` gives the actions for a
 * pair of hands; test/components/journey.ts and stories/support/drive.ts each bind it once.
 * So this module imports no test framework: it runs in both.
 *
 * Buttons are found by the words on them, in the element's own language, taken from the
 * catalogue the element reads (`wordsFor`): a story in Welsh presses "Parhau", not "Continue".
 */
import type { EhPathway } from '../../src/components/pathway/pathway.js';
import type { EhQuestionBase } from '../../src/components/question-base/question-base.js';
import { nearestLang } from '../../src/controllers/locale.js';
import type { Answers, AnswerValue } from '../../src/engine/schema.js';
import { catalogue, type Catalogue } from '../../src/i18n/index.js';

type Updating = Element & { updateComplete?: Promise<unknown> };
type TextField = HTMLInputElement | HTMLTextAreaElement;

/** How a runner works the controls. */
export interface Hands {
  click(element: Element): Promise<void>;
  /** Replaces what a text field holds with `text` (nothing when `text` is empty). */
  fill(field: TextField, text: string): Promise<void>;
  /** Presses keys, in user-event's syntax (`{Tab}`, `{Enter}`). */
  keyboard(keys: string): Promise<void>;
}

// --- Waiting --------------------------------------------------------------------------

/** Waits until `condition` holds; `what` names it (or says what was seen instead) when it never does. */
export async function until(condition: () => boolean, what: string | (() => string), timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout)
      throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits for an element and every element inside its shadow root (and theirs) to finish updating. */
export async function settle(element: Updating): Promise<void> {
  await element.updateComplete;
  const inner = element.shadowRoot ? [...element.shadowRoot.querySelectorAll<Updating>('*')] : [];
  await Promise.all(inner.filter((child) => child.localName.includes('-')).map((child) => settle(child)));
}

// --- Finding things -------------------------------------------------------------------

/** The open shadow root of an element (every `eh-*` element has one). */
export function root(element: Element): ShadowRoot {
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error(`<${element.localName}> has no shadow root`);
  return shadow;
}

/** The catalogue in the language an element follows (its own `lang`, else the nearest one). */
export function wordsFor(element: Element): Catalogue {
  return catalogue(nearestLang(element));
}

/** Text as a person reads it: whitespace collapsed. */
export const readable = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The button in an element's shadow root whose words start with `text`. */
export function button(host: Element, text: string): HTMLButtonElement {
  const found = [...root(host).querySelectorAll('button')].find((candidate) => readable(candidate).startsWith(text));
  if (!found) throw new Error(`No button "${text}" in <${host.localName}>`);
  return found;
}

/** The button in an element's shadow root whose words are exactly `label` (or match it), if any. */
export function buttonNamed(host: Element, label: string | RegExp): HTMLButtonElement | undefined {
  return [...root(host).querySelectorAll('button')].find((candidate) =>
    typeof label === 'string' ? readable(candidate) === label : label.test(readable(candidate)),
  );
}

/** The first element in an element's shadow root with this part. */
export const part = (host: Element, name: string): HTMLElement | null =>
  root(host).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Whether a control matches `:state(user-invalid)`, the state a host styles an error with. */
export const userInvalid = (element: Element): boolean => element.matches(':state(user-invalid)');

/** The error message a control shows under its question, without the hidden "Error:" prefix. */
export function shownError(element: Element): string {
  const error = root(element).querySelector('[part="error"]');
  if (!error) return '';
  const prefix = readable(error.querySelector('.visually-hidden'));
  return readable(error).slice(prefix.length).trim();
}

/** For `tabTo`: the button whose words start with `text`. */
export const isButton = (text: string) => (element: Element) =>
  element.localName === 'button' && readable(element).startsWith(text);

/** For `tabTo`: anything inside the control of this question. */
export const inQuestion = (questionId: string) => (element: Element) =>
  (element.getRootNode() as ShadowRoot).host?.getAttribute('name') === questionId;

/** For `tabTo`: the radio or checkbox with this value in the control of this question. */
export const isOption = (questionId: string, value: string) => (element: Element) =>
  element instanceof HTMLInputElement && element.value === value && inQuestion(questionId)(element);

// --- The pathway ----------------------------------------------------------------------

/**
 * The `<eh-pathway>` given, or the one inside `container` (a story's canvas, a test's
 * wrapper), once its rules have loaded (or failed to) and its first page is shown.
 */
export async function loadedPathway(container: Element): Promise<EhPathway> {
  const pathway = container.localName === 'eh-pathway' ? container : container.querySelector('eh-pathway');
  if (!pathway) throw new Error(`<${container.localName}> holds no <eh-pathway>`);
  await until(() => !!pathway.shadowRoot?.querySelector('#heading'), 'the first page of <eh-pathway>', 5000);
  await settle(pathway);
  return pathway as EhPathway;
}

/** The page heading (`#heading`, which takes focus on every step). */
export function heading(pathway: EhPathway): HTMLElement {
  const found = root(pathway).querySelector<HTMLElement>('#heading');
  if (!found) throw new Error('The pathway shows no page heading');
  return found;
}

export const headingText = (pathway: EhPathway): string => readable(heading(pathway));

/** Waits until the page heading reads `expected`. */
export async function untilHeading(pathway: EhPathway, expected: string | RegExp): Promise<void> {
  const reads = () =>
    typeof expected === 'string' ? headingText(pathway) === expected : expected.test(headingText(pathway));
  await until(reads, () => `the heading ${String(expected)}; it reads "${headingText(pathway)}"`);
  await settle(pathway);
}

/** Waits until the page heading is no longer `previous` (the page changed) and returns the new one. */
export async function untilHeadingChanges(pathway: EhPathway, previous: string): Promise<string> {
  await until(() => headingText(pathway) !== previous, `the page after "${previous}"`);
  await settle(pathway);
  return headingText(pathway);
}

/** The control of a question on the current page (`name` is the question id). */
export function control(pathway: EhPathway, questionId: string): EhQuestionBase<unknown> {
  const found = root(pathway).querySelector<EhQuestionBase<unknown>>(`[name="${CSS.escape(questionId)}"]`);
  if (!found) throw new Error(`No control for "${questionId}" on "${headingText(pathway)}"`);
  return found;
}

/** The `<eh-recommendation>` the result page shows. */
export function shownRecommendation(pathway: EhPathway): HTMLElement {
  const found = root(pathway).querySelector<HTMLElement>('eh-recommendation');
  if (!found) throw new Error(`No <eh-recommendation> on "${headingText(pathway)}"`);
  return found;
}

/** Where a walk through the journey stopped. */
export type Reached = 'check' | 'urgent';

// --- Acting ---------------------------------------------------------------------------

/** The actions, done with these hands. */
export function drive(hands: Hands) {
  /** Clicks the button whose words start with `text`, then waits for the host to update. */
  async function press(host: Element, text: string): Promise<void> {
    await hands.click(button(host, text));
    await settle(host);
  }

  /** The control itself, or the control of this question on the pathway's page. */
  const target = (host: Element, questionIdOrControl: string | Element): Element =>
    typeof questionIdOrControl === 'string' ? control(host as EhPathway, questionIdOrControl) : questionIdOrControl;

  /** Clicks the radio or checkbox with this value inside a question control (on a page, or on its own). */
  async function choose(host: Element, questionIdOrControl: string | Element, value: string): Promise<void> {
    const chosen = target(host, questionIdOrControl);
    const input = root(chosen).querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
    if (!input) throw new Error(`No option "${value}" in <${chosen.localName} name="${chosen.getAttribute('name')}">`);
    await hands.click(input);
    await settle(host);
  }

  /** Replaces what is in a text or number control, as a practitioner would. */
  async function type(host: Element, questionIdOrControl: string | Element, text: string): Promise<void> {
    const typed = target(host, questionIdOrControl);
    const field = root(typed).querySelector<TextField>('textarea, input');
    if (!field) throw new Error(`No field in <${typed.localName}>`);
    await hands.fill(field, text);
    await settle(host);
  }

  /** Gives one answer through the control on the page, touching only what must change. */
  async function answer(pathway: EhPathway, questionId: string, wanted: AnswerValue): Promise<void> {
    const asked = control(pathway, questionId);
    switch (asked.localName) {
      case 'eh-multi-choice-question': {
        const want = Array.isArray(wanted) ? wanted : [String(wanted)];
        // Exclusive options clear the others, so tick what is wanted first, then untick the rest.
        for (const value of want) {
          const input = root(asked).querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
          if (input && !input.checked) await choose(pathway, asked, value);
        }
        for (const input of root(asked).querySelectorAll<HTMLInputElement>('input:checked')) {
          if (!want.includes(input.value)) await choose(pathway, asked, input.value);
        }
        return;
      }
      case 'eh-text-question':
      case 'eh-number-question':
        if (String(asked.value ?? '') !== String(wanted)) await type(pathway, asked, String(wanted));
        return;
      default:
        if (asked.value !== wanted) await choose(pathway, asked, String(wanted));
    }
  }

  /** Answers every question shown on the current page that `answers` has an answer for. */
  async function answerPage(pathway: EhPathway, answers: Answers): Promise<void> {
    // Answers can show further questions (follow-ups), so look again after each one.
    const done = new Set<string>();
    for (;;) {
      const next = [...root(pathway).querySelectorAll('[name]')]
        .map((element) => element.getAttribute('name')!)
        .find((id) => !done.has(id) && answers[id] !== undefined);
      if (next === undefined) return;
      done.add(next);
      await answer(pathway, next, answers[next]!);
    }
  }

  /**
   * From the start page (or any section page), answers each page from `answers` and presses
   * Continue until Check your answers (or the urgent screen, when danger is answered yes).
   */
  async function answerJourney(pathway: EhPathway, answers: Answers = {}): Promise<Reached> {
    const t = wordsFor(pathway).pathway;
    if (headingText(pathway) === t.startTitle) await press(pathway, t.startButton);
    for (let pages = 0; pages < 40; pages++) {
      if (root(pathway).querySelector('[part="urgent"]')) return 'urgent';
      if (headingText(pathway) === t.checkTitle) return 'check';
      const problems = root(pathway).querySelector('[part="error-summary"]');
      if (problems) throw new Error(`"${headingText(pathway)}" still has problems: ${readable(problems)}`);
      await answerPage(pathway, answers);
      if (root(pathway).querySelector('[part="urgent"]')) return 'urgent';
      await press(pathway, t.continue);
    }
    throw new Error('The journey never reached Check your answers');
  }

  /** Presses a form's submit button as a person would, then waits for its controls to update. */
  async function submit(form: HTMLFormElement): Promise<void> {
    const submitter = form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])');
    if (!submitter) throw new Error('The form has no submit button');
    await hands.click(submitter);
    await Promise.all(
      [...form.querySelectorAll<Updating>('*')]
        .filter((child) => child.localName.includes('-'))
        .map((child) => settle(child)),
    );
  }

  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(matches: (element: Element) => boolean, what: string, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      const active = deepActive();
      if (active && matches(active)) return;
      await hands.keyboard('{Tab}');
    }
    throw new Error(`Tab never reached ${what}`);
  }

  return { press, choose, type, answerPage, answerJourney, submit, tabTo };
}
