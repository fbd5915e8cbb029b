/**
 * Play-function helpers: driving `<eh-pathway>` (and the controls inside it) as a
 * practitioner would, with real clicks and typing on the controls inside its shadow root,
 * through `storybook/test`'s `userEvent`. Every helper waits for the elements it touched
 * to finish updating, so the next assertion sees what the practitioner would see.
 *
 * Buttons are found by the words on them, in the element's own language, taken from the
 * catalogue the element reads (`wordsFor`): a story in Welsh presses "Parhau", not
 * "Continue".
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EhPathway } from '../../src/components/pathway/pathway.js';
import { nearestLang } from '../../src/controllers/locale.js';
import { readGoldenCase, type GoldenCase } from '../../src/engine/cases.js';
import { localize } from '../../src/engine/evaluate.js';
import type { Answers, AnswerValue, Locale, Pack, Question } from '../../src/engine/schema.js';
import { catalogue, type Catalogue } from '../../src/i18n/index.js';
import { library, packFor } from './packs.js';

type Updating = Element & { updateComplete?: Promise<unknown> };

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

/** Waits for an element and every element inside its shadow root (and theirs) to finish updating. */
export async function settle(element: Updating): Promise<void> {
  await element.updateComplete;
  const inner = element.shadowRoot ? [...element.shadowRoot.querySelectorAll<Updating>('*')] : [];
  await Promise.all(inner.filter((child) => child.localName.includes('-')).map((child) => settle(child)));
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// --- The pathway ----------------------------------------------------------------------

/** The story's `<eh-pathway>`, once its rules have loaded (or failed to) and its first page is shown. */
export async function loadedPathway(canvas: HTMLElement): Promise<EhPathway> {
  const pathway = canvas.querySelector('eh-pathway');
  if (!pathway) throw new Error('The story renders no <eh-pathway>');
  await waitFor(() => expect(pathway.shadowRoot?.querySelector('#heading')).toBeTruthy(), { timeout: 5000 });
  await settle(pathway);
  return pathway;
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
  await waitFor(() =>
    typeof expected === 'string'
      ? expect(headingText(pathway)).toBe(expected)
      : expect(headingText(pathway)).toMatch(expected),
  );
  await settle(pathway);
}

/** Waits until the page heading is no longer `previous` (the page changed) and returns the new one. */
export async function untilHeadingChanges(pathway: EhPathway, previous: string): Promise<string> {
  await waitFor(() => expect(headingText(pathway)).not.toBe(previous));
  await settle(pathway);
  return headingText(pathway);
}

/** The button in an element's shadow root whose words start with `text`. */
export function button(host: Element, text: string): HTMLButtonElement {
  const found = [...root(host).querySelectorAll('button')].find((candidate) => readable(candidate).startsWith(text));
  if (!found) throw new Error(`No button "${text}" in <${host.localName}>`);
  return found;
}

/** Clicks the button whose words start with `text`, then waits for the host to update. */
export async function press(host: Element, text: string): Promise<void> {
  await userEvent.click(button(host, text));
  await settle(host);
}

/** The control of a question on the current page (`name` is the question id). */
export function control(pathway: EhPathway, questionId: string): Updating & { value: unknown } {
  const found = root(pathway).querySelector<Updating & { value: unknown }>(`[name="${CSS.escape(questionId)}"]`);
  if (!found) throw new Error(`No control for "${questionId}" on "${headingText(pathway)}"`);
  return found;
}

/** Clicks the radio or checkbox with this value inside a question control (on a page, or on its own). */
export async function choose(host: Element, questionIdOrControl: string | Element, value: string): Promise<void> {
  const target =
    typeof questionIdOrControl === 'string' ? control(host as EhPathway, questionIdOrControl) : questionIdOrControl;
  const input = root(target).querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
  if (!input) throw new Error(`No option "${value}" in <${target.localName} name="${target.getAttribute('name')}">`);
  await userEvent.click(input);
  await settle(host);
}

/** Replaces what is in a text or number control by typing, as a practitioner would. */
export async function type(host: Element, questionIdOrControl: string | Element, text: string): Promise<void> {
  const target =
    typeof questionIdOrControl === 'string' ? control(host as EhPathway, questionIdOrControl) : questionIdOrControl;
  const field = root(target).querySelector<HTMLInputElement | HTMLTextAreaElement>('textarea, input');
  if (!field) throw new Error(`No field in <${target.localName}>`);
  // Typing over a selection of everything replaces what was there (user-event's `clear`
  // cannot see focus inside nested shadow roots).
  const keys =
    text === '' ? (field.value === '' ? '' : '{Backspace}') : text.replace(/[{[]/g, (bracket) => bracket + bracket);
  if (keys !== '')
    await userEvent.type(field, keys, { initialSelectionStart: 0, initialSelectionEnd: field.value.length });
  await settle(host);
}

/** Gives one answer through the control on the page, touching only what must change. */
async function answer(pathway: EhPathway, questionId: string, wanted: AnswerValue): Promise<void> {
  const target = control(pathway, questionId);
  switch (target.localName) {
    case 'eh-multi-choice-question': {
      const want = Array.isArray(wanted) ? wanted : [String(wanted)];
      // Exclusive options clear the others, so tick what is wanted first, then untick the rest.
      for (const value of want) {
        const input = root(target).querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
        if (input && !input.checked) await choose(pathway, target, value);
      }
      for (const input of root(target).querySelectorAll<HTMLInputElement>('input:checked')) {
        if (!want.includes(input.value)) await choose(pathway, target, input.value);
      }
      return;
    }
    case 'eh-text-question':
    case 'eh-number-question':
      if (String(target.value ?? '') !== String(wanted)) await type(pathway, target, String(wanted));
      return;
    default:
      if (target.value !== wanted) await choose(pathway, target, String(wanted));
  }
}

/** Answers every question shown on the current page that `answers` has an answer for. */
export async function answerPage(pathway: EhPathway, answers: Answers): Promise<void> {
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

/** Where a walk through the journey stopped. */
export type Reached = 'check' | 'urgent';

/**
 * From the start page (or any section page), answers each page from `answers` and presses
 * Continue until Check your answers (or the urgent screen, when danger is answered yes).
 */
export async function answerJourney(pathway: EhPathway, answers: Answers = {}): Promise<Reached> {
  const t = wordsFor(pathway).pathway;
  if (headingText(pathway) === t.startTitle) await press(pathway, t.startButton);
  for (let pages = 0; pages < 40; pages++) {
    if (root(pathway).querySelector('[part="urgent"]')) return 'urgent';
    if (headingText(pathway) === t.checkTitle) return 'check';
    if (root(pathway).querySelector('[part="error-summary"]')) {
      throw new Error(
        `"${headingText(pathway)}" still has problems: ${readable(root(pathway).querySelector('[part="error-summary"]'))}`,
      );
    }
    await answerPage(pathway, answers);
    if (root(pathway).querySelector('[part="urgent"]')) return 'urgent';
    await press(pathway, t.continue);
  }
  throw new Error('The journey never reached Check your answers');
}

/** The `<eh-recommendation>` the result page shows. */
export function shownRecommendation(pathway: EhPathway): HTMLElement {
  const found = root(pathway).querySelector<HTMLElement>('eh-recommendation');
  if (!found) throw new Error(`No <eh-recommendation> on "${headingText(pathway)}"`);
  return found;
}

// --- Golden cases ---------------------------------------------------------------------

/** A golden case by its path under `rules/` (`continuum/cases/no-concerns-universal.json`). */
export function goldenCase(path: string): GoldenCase {
  const file = library.cases.find((entry) => entry.path === path);
  if (!file) throw new Error(`No golden case ${path} under rules/`);
  const { golden, problems } = readGoldenCase(file.text);
  if (!golden) throw new Error(`${path}: ${problems.join('; ')}`);
  return golden;
}

/** Every golden case path of a pack id. */
export const casesOf = (packId: string): string[] =>
  library.cases
    .map((entry) => entry.path)
    .filter((path) => path.startsWith(`${packId}/cases/`))
    .sort();

/** The language a pack is shown in: the one asked for when the pack has it, else its first. */
export const localeFor = (pack: Pack, wanted: string): Locale =>
  pack.locales.includes(wanted as Locale) ? (wanted as Locale) : pack.locales[0]!;

// --- Question controls on their own ---------------------------------------------------

/** A pack's question by id, so standalone controls ask it in the pack's words. */
export function packQuestion(packKey: string, questionId: string): { pack: Pack; question: Question } {
  const pack = packFor(packKey);
  const question = pack.questionnaire.sections
    .flatMap((section) => section.questions)
    .find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`No question "${questionId}" in ${packKey}`);
  return { pack, question };
}

/** What a standalone control needs from a pack question, in one language. */
export function questionWords(packKey: string, questionId: string, locale: string) {
  const { pack, question } = packQuestion(packKey, questionId);
  const lang = localeFor(pack, locale);
  return {
    label: localize(question.text, lang, pack),
    hint: question.hint ? localize(question.hint, lang, pack) : '',
    options: (question.options ?? []).map((option) => ({
      value: option.value,
      label: localize(option.label, lang, pack),
      ...(option.hint ? { hint: localize(option.hint, lang, pack) } : {}),
      ...(option.exclusive ? { exclusive: true } : {}),
    })),
    maxLength: question.maxLength,
    min: question.min,
    max: question.max,
  };
}

/** Presses a form's submit button (found by its words) as a person would. */
export async function submit(form: HTMLFormElement): Promise<void> {
  const submitter = form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])');
  if (!submitter) throw new Error('The form has no submit button');
  await userEvent.click(submitter);
  await Promise.all(
    [...form.querySelectorAll<Updating>('*')]
      .filter((child) => child.localName.includes('-'))
      .map((child) => settle(child)),
  );
}

/** Whether a control matches `:state(user-invalid)`, the state a host styles an error with. */
export const userInvalid = (element: Element): boolean => element.matches(':state(user-invalid)');

/** The error message a control shows under its question, without the hidden "Error:" prefix. */
export function shownError(element: Element): string {
  const error = root(element).querySelector('[part="error"]');
  if (!error) return '';
  const prefix = readable(error.querySelector('.visually-hidden'));
  return readable(error).slice(prefix.length).trim();
}
