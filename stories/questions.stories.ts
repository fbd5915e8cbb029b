/**
 * The question controls on their own, each in a `<form>` as a host page would use them:
 * unanswered, answered, with a hint, required with an error, disabled, and in Welsh. Every
 * question is a real one from a shipped pack, in the pack's words; answers come from golden
 * cases; messages come from the catalogue in the control's language. Play functions click and
 * type on the controls inside the shadow root and check what the control holds, what it tells
 * the host (`eh-answer-change`) and what the form would submit.
 */
import { yesNoLabels } from '../src/i18n/engine.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import type { AnswerValue } from '../src/engine/schema.js';
import type { EhAnswerChangeEvent } from '../src/events/answer-change.js';
import { catalogue } from '../src/i18n/index.js';
import {
  choose,
  goldenCase,
  packQuestion,
  questionWords,
  readable,
  root,
  settle,
  shownError,
  submit,
  type,
  userInvalid,
  wordsFor,
} from './support/drive.js';

type Tag =
  'eh-choice-question' | 'eh-multi-choice-question' | 'eh-yes-no-question' | 'eh-text-question' | 'eh-number-question';

interface Args {
  readonly element: Tag;
  /** The shipped pack the question comes from, `id@version`. */
  readonly pack: string;
  /** The question's id in that pack (the control's `name`). */
  readonly question: string;
  readonly lang: 'en' | 'cy';
  /** The answer the control starts with; none when undefined. */
  readonly value?: AnswerValue;
  /** Show the pack's hint for the question. */
  readonly showHint: boolean;
  readonly required: boolean;
  readonly disabled: boolean;
  /** `<eh-yes-no-question>` only: the answers in a row. */
  readonly inline: boolean;
}

const CONTINUUM = 'continuum@1.0.0';
/** The default pack asks no number question; Torfaen's (in Welsh and English) is the shipped one. */
const TORFAEN = 'torfaen@1.0.0';

/** The label a host shows: the pack's question, marked "(optional)" when it is not required (as the pathway does). */
function labelFor(args: Args): string {
  const { label } = questionWords(args.pack, args.question, args.lang);
  return args.required ? label : `${label} ${catalogue(args.lang).pathway.optional}`;
}

function control(args: Args): TemplateResult {
  const words = questionWords(args.pack, args.question, args.lang);
  const label = labelFor(args);
  const hint = args.showHint ? words.hint : '';
  switch (args.element) {
    case 'eh-choice-question':
      return html`<eh-choice-question name=${args.question} label=${label} hint=${hint} ?required=${args.required} ?disabled=${args.disabled}
        .options=${words.options} .value=${typeof args.value === 'string' ? args.value : ''}></eh-choice-question>`;
    case 'eh-multi-choice-question':
      return html`<eh-multi-choice-question name=${args.question} label=${label} hint=${hint} ?required=${args.required} ?disabled=${args.disabled}
        .options=${words.options} .value=${Array.isArray(args.value) ? [...args.value] : []}></eh-multi-choice-question>`;
    case 'eh-yes-no-question':
      return html`<eh-yes-no-question name=${args.question} label=${label} hint=${hint} ?required=${args.required} ?disabled=${args.disabled}
        ?inline=${args.inline} .value=${typeof args.value === 'string' ? args.value : ''}></eh-yes-no-question>`;
    case 'eh-text-question':
      return html`<eh-text-question name=${args.question} label=${label} hint=${hint} ?required=${args.required} ?disabled=${args.disabled}
        maxlength=${words.maxLength ?? nothing} .value=${typeof args.value === 'string' ? args.value : ''}></eh-text-question>`;
    case 'eh-number-question':
      return html`<eh-number-question name=${args.question} label=${label} hint=${hint} ?required=${args.required} ?disabled=${args.disabled}
        min=${words.min ?? nothing} max=${words.max ?? nothing} .value=${typeof args.value === 'number' ? args.value : undefined}></eh-number-question>`;
  }
}

const meta: Meta<Args> = {
  title: 'Elements/Questions',
  // The form is kept on the page: nothing is sent anywhere.
  render: (args) =>
    html`<form lang=${args.lang} @submit=${(event: SubmitEvent) => event.preventDefault()}>
      ${control(args)}
      <button type="submit">${catalogue(args.lang).pathway.continue}</button>
    </form>`,
  args: {
    element: 'eh-choice-question',
    pack: CONTINUUM,
    question: 'age-band',
    lang: 'en',
    showHint: false,
    required: true,
    disabled: false,
    inline: false,
  },
  argTypes: {
    element: {
      control: 'select',
      options: [
        'eh-choice-question',
        'eh-multi-choice-question',
        'eh-yes-no-question',
        'eh-text-question',
        'eh-number-question',
      ],
    },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    value: { control: 'object' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story's args for one question: required as the pack says, unless the story says otherwise. */
function ask(element: Tag, question: string, extra: Partial<Args> = {}, pack = CONTINUUM): Partial<Args> {
  return { element, pack, question, required: packQuestion(pack, question).question.required ?? false, ...extra };
}

/** An answer a golden case gives, so "answered" shows a real answer. */
const answerIn = (path: string, question: string): AnswerValue => {
  const value = goldenCase(path).answers[question];
  if (value === undefined) throw new Error(`${path} does not answer "${question}"`);
  return value;
};

// --- Reading and driving the story ---------------------------------------------------

interface Shown<V> {
  readonly element: HTMLElement & { value: V; validity: ValidityState };
  readonly form: HTMLFormElement;
  /** Every `eh-answer-change` the control fired during the play function. */
  readonly changes: EhAnswerChangeEvent[];
}

async function shown<V>(canvas: HTMLElement, args: Args): Promise<Shown<V>> {
  const element = canvas.querySelector<HTMLElement & { value: V; validity: ValidityState }>(args.element);
  const form = canvas.querySelector('form');
  if (!element || !form) throw new Error(`The story renders no <${args.element}> in a form`);
  await settle(element);
  const changes: EhAnswerChangeEvent[] = [];
  element.addEventListener('eh-answer-change', (event) => changes.push(event));
  return { element, form, changes };
}

/** The question as the control shows it: the legend of a fieldset, or the label of a field. */
const questionShown = (element: Element) => readable(root(element).querySelector('[part="legend"], [part="label"]'));
const optionLabels = (element: Element) => [...root(element).querySelectorAll('[part="option-label"]')].map(readable);
const checked = (element: Element) =>
  [...root(element).querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
const hintShown = (element: Element) => readable(root(element).querySelector('[part="hint"]'));
const field = (element: Element) =>
  root(element).querySelector<HTMLInputElement | HTMLTextAreaElement>('textarea, input')!;
/** The error's hidden prefix, which tells a screen reader the message is an error. */
const errorPrefix = (element: Element) => readable(root(element).querySelector('[part="error"] .visually-hidden'));

/** The element that carries the hint and the error to a screen reader: the fieldset, or the field. */
const described = (element: Element) =>
  (root(element).querySelector('fieldset') ?? field(element)).getAttribute('aria-describedby') ?? '';

async function expectNoError(element: Element): Promise<void> {
  await expect(shownError(element)).toBe('');
  await expect(userInvalid(element)).toBe(false);
}

/** The last `eh-answer-change` names the question and carries this answer. */
async function expectChange(
  changes: readonly EhAnswerChangeEvent[],
  args: Args,
  value: AnswerValue | undefined,
): Promise<void> {
  await expect(changes.length).toBeGreaterThan(0);
  await expect(changes.at(-1)!.questionId).toBe(args.question);
  await expect(changes.at(-1)!.value).toEqual(value);
}

/** A disabled control takes no part in the form and cannot be changed. */
async function expectDisabled(
  element: HTMLElement,
  form: HTMLFormElement,
  changes: readonly EhAnswerChangeEvent[],
  args: Args,
): Promise<void> {
  await expect(element.hasAttribute('disabled')).toBe(true);
  const inputs = [...root(element).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
  await expect(inputs.length).toBeGreaterThan(0);
  for (const input of inputs) await expect(input.disabled).toBe(true);
  await expect(new FormData(form).has(args.question)).toBe(false);
  // A submit attempt shows no error on it, even when it is required.
  await submit(form);
  await expectNoError(element);
  await expect(changes).toHaveLength(0);
}

// --- eh-choice-question ----------------------------------------------------------------

export const ChoiceUnanswered: Story = {
  name: 'eh-choice-question: unanswered',
  args: ask('eh-choice-question', 'age-band'),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(questionShown(element)).toBe(labelFor(args));
    await expect(optionLabels(element)).toEqual(words.options.map((option) => option.label));
    await expect(checked(element)).toEqual([]);
    await expect(element.value).toBe('');
    // Nothing is wrong before the practitioner does anything.
    await expectNoError(element);
    const pick = words.options[2]!.value;
    await choose(element, element, pick);
    await expect(element.value).toBe(pick);
    await expect(checked(element)).toEqual([pick]);
    await expectChange(changes, args, pick);
    await expect(new FormData(form).get(args.question)).toBe(pick);
  },
};

export const ChoiceAnswered: Story = {
  name: 'eh-choice-question: answered',
  args: ask('eh-choice-question', 'age-band', {
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'age-band'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    // Setting the answer fires nothing; the radio shows it.
    await expect(checked(element)).toEqual([args.value]);
    await expect(changes).toHaveLength(0);
    await expect(new FormData(form).get(args.question)).toBe(args.value);
    const other = words.options.find((option) => option.value !== args.value)!.value;
    await choose(element, element, other);
    await expect(element.value).toBe(other);
    await expect(checked(element)).toEqual([other]);
    await expectChange(changes, args, other);
  },
};

export const ChoiceWithHint: Story = {
  name: 'eh-choice-question: with hint',
  args: ask('eh-choice-question', 'child-health', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(words.hint).not.toBe('');
    await expect(hintShown(element)).toBe(words.hint);
    // The hint is read with the question.
    await expect(described(element).split(' ')).toContain(root(element).querySelector('[part="hint"]')!.id);
  },
};

export const ChoiceRequiredError: Story = {
  name: 'eh-choice-question: required, with an error',
  args: ask('eh-choice-question', 'age-band'),
  play: async ({ canvasElement, args }) => {
    const { element, form } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    await expect(args.required).toBe(true);
    // Continue with nothing chosen: the control says what is wrong, in GOV.UK words.
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.selectOne(labelFor(args)));
    await expect(errorPrefix(element)).toBe(t.controls.errorPrefix);
    await expect(userInvalid(element)).toBe(true);
    await expect(element.validity.valueMissing).toBe(true);
    await expect(described(element).split(' ')).toContain('error');
    // Answering clears it.
    await choose(element, element, questionWords(args.pack, args.question, args.lang).options[0]!.value);
    await expectNoError(element);
  },
};

export const ChoiceDisabled: Story = {
  name: 'eh-choice-question: disabled',
  args: ask('eh-choice-question', 'age-band', {
    disabled: true,
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'age-band'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    await expect(checked(element)).toEqual([args.value]);
    await expectDisabled(element, form, changes, args);
    await expect(element.value).toBe(args.value);
  },
};

export const ChoiceWelsh: Story = {
  name: 'eh-choice-question: Welsh',
  args: ask('eh-choice-question', 'child-health', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await expect(questionShown(element)).toBe(words.label);
    await expect(hintShown(element)).toBe(words.hint);
    await expect(optionLabels(element)).toEqual(words.options.map((option) => option.label));
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.selectOne(words.label));
    await expect(errorPrefix(element)).toBe(t.controls.errorPrefix);
    await choose(element, element, words.options[1]!.value);
    await expectChange(changes, args, words.options[1]!.value);
    await expectNoError(element);
  },
};

// --- eh-multi-choice-question ----------------------------------------------------------

export const MultiUnanswered: Story = {
  name: 'eh-multi-choice-question: unanswered',
  args: ask('eh-multi-choice-question', 'strengths'),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string[]>(canvasElement, args);
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(questionShown(element)).toBe(labelFor(args));
    await expect(hintShown(element)).toBe(t.controls.selectAll);
    await expect(checked(element)).toEqual([]);
    await expectNoError(element);
    // "None of these" follows an "or", apart from the others.
    const none = words.options.find((option) => option.exclusive)!;
    await expect(readable(root(element).querySelector('[part="divider"]'))).toBe(t.controls.or);
    const [first, second] = words.options.filter((option) => !option.exclusive).map((option) => option.value) as [
      string,
      string,
    ];
    // Ticked out of order, the answer keeps the options' order.
    await choose(element, element, second);
    await choose(element, element, first);
    await expect(element.value).toEqual([first, second]);
    await expectChange(changes, args, [first, second]);
    await expect(new FormData(form).getAll(args.question)).toEqual([first, second]);
    // Choosing "None of these" clears the others.
    await choose(element, element, none.value);
    await expect(checked(element)).toEqual([none.value]);
    await expectChange(changes, args, [none.value]);
    // Unticking the last one leaves no answer.
    await choose(element, element, none.value);
    await expectChange(changes, args, undefined);
  },
};

export const MultiAnswered: Story = {
  name: 'eh-multi-choice-question: answered',
  args: ask('eh-multi-choice-question', 'factors', {
    value: answerIn('continuum/cases/toxic-trio-two-factors.json', 'factors'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, changes } = await shown<string[]>(canvasElement, args);
    const given = args.value as string[];
    await expect(given.length).toBeGreaterThan(1);
    await expect(checked(element)).toEqual(given);
    await choose(element, element, given[0]!);
    await expect(element.value).toEqual(given.slice(1));
    await expectChange(changes, args, given.slice(1));
  },
};

export const MultiWithHint: Story = {
  name: 'eh-multi-choice-question: with hint',
  args: ask('eh-multi-choice-question', 'factors', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string[]>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    // The pack's hint, then "Select all that apply."
    await expect(hintShown(element)).toBe(`${words.hint} ${wordsFor(element).controls.selectAll}`);
    await expect(described(element).split(' ')).toContain('hint');
  },
};

export const MultiRequiredError: Story = {
  name: 'eh-multi-choice-question: required, with an error',
  args: ask('eh-multi-choice-question', 'factors', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form } = await shown<string[]>(canvasElement, args);
    const t = wordsFor(element);
    await expect(args.required).toBe(true);
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.selectSome(labelFor(args)));
    await expect(userInvalid(element)).toBe(true);
    await choose(element, element, questionWords(args.pack, args.question, args.lang).options[0]!.value);
    await expectNoError(element);
  },
};

export const MultiDisabled: Story = {
  name: 'eh-multi-choice-question: disabled',
  args: ask('eh-multi-choice-question', 'factors', {
    disabled: true,
    value: answerIn('continuum/cases/toxic-trio-two-factors.json', 'factors'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string[]>(canvasElement, args);
    await expect(checked(element)).toEqual(args.value);
    await expectDisabled(element, form, changes, args);
    await expect(element.value).toEqual(args.value);
  },
};

export const MultiWelsh: Story = {
  name: 'eh-multi-choice-question: Welsh',
  args: ask('eh-multi-choice-question', 'factors', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string[]>(canvasElement, args);
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await expect(questionShown(element)).toBe(words.label);
    await expect(hintShown(element)).toBe(`${words.hint} ${t.controls.selectAll}`);
    await expect(optionLabels(element)).toEqual(words.options.map((option) => option.label));
    await expect(readable(root(element).querySelector('[part="divider"]'))).toBe(t.controls.or);
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.selectSome(words.label));
    await choose(element, element, words.options[0]!.value);
    await expectChange(changes, args, [words.options[0]!.value]);
    await expectNoError(element);
  },
};

// --- eh-yes-no-question ----------------------------------------------------------------

export const YesNoUnanswered: Story = {
  name: 'eh-yes-no-question: unanswered',
  args: ask('eh-yes-no-question', 'young-carer'),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const { answers } = wordsFor(element);
    await expect(questionShown(element)).toBe(labelFor(args));
    // The answers' words come from the catalogue, not the pack.
    await expect(optionLabels(element)).toEqual([answers.yes, answers.no, answers['not-sure']]);
    await expect(checked(element)).toEqual([]);
    await expectNoError(element);
    await choose(element, element, 'not-sure');
    await expect(element.value).toBe('not-sure');
    await expectChange(changes, args, 'not-sure');
    await expect(new FormData(form).get(args.question)).toBe('not-sure');
  },
};

export const YesNoAnswered: Story = {
  name: 'eh-yes-no-question: answered (inline)',
  args: ask('eh-yes-no-question', 'immediate-danger', {
    inline: true,
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'immediate-danger'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, changes } = await shown<string>(canvasElement, args);
    await expect(checked(element)).toEqual([args.value]);
    // Inline, the three answers sit side by side.
    const tops = [...root(element).querySelectorAll('[part="option"]')].map((option) =>
      Math.round(option.getBoundingClientRect().top),
    );
    await expect(new Set(tops).size).toBe(1);
    await choose(element, element, 'yes');
    await expect(element.value).toBe('yes');
    await expect(checked(element)).toEqual(['yes']);
    await expectChange(changes, args, 'yes');
  },
};

export const YesNoWithHint: Story = {
  name: 'eh-yes-no-question: with hint',
  args: ask('eh-yes-no-question', 'immediate-danger', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(hintShown(element)).toBe(words.hint);
    await expect(described(element).split(' ')).toContain('hint');
    // Stacked by default: each answer below the one before.
    const tops = [...root(element).querySelectorAll('[part="option"]')].map(
      (option) => option.getBoundingClientRect().top,
    );
    await expect(tops[1]!).toBeGreaterThan(tops[0]!);
  },
};

export const YesNoRequiredError: Story = {
  name: 'eh-yes-no-question: required, with an error',
  args: ask('eh-yes-no-question', 'immediate-danger', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    await expect(args.required).toBe(true);
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.selectOne(labelFor(args)));
    await expect(userInvalid(element)).toBe(true);
    // Both the hint and the error are read with the question.
    await expect(described(element).split(' ')).toEqual(['hint', 'error']);
    await choose(element, element, 'no');
    await expectNoError(element);
  },
};

export const YesNoDisabled: Story = {
  name: 'eh-yes-no-question: disabled',
  args: ask('eh-yes-no-question', 'immediate-danger', { disabled: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    await expectDisabled(element, form, changes, args);
    await expect(element.value).toBe('');
  },
};

export const YesNoWelsh: Story = {
  name: 'eh-yes-no-question: Welsh',
  args: ask('eh-yes-no-question', 'immediate-danger', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await expect(questionShown(element)).toBe(words.label);
    await expect(hintShown(element)).toBe(words.hint);
    // Welsh answers the question's verb: "A yw…?" is answered Ydy / Nac ydy.
    const answers = yesNoLabels('cy', words.label);
    await expect(answers.yes).not.toBe(t.answers.yes);
    await expect(optionLabels(element)).toEqual([answers.yes, answers.no, answers['not-sure']]);
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.selectOne(words.label));
    await choose(element, element, 'no');
    await expectChange(changes, args, 'no');
    await expectNoError(element);
  },
};

// --- eh-text-question ------------------------------------------------------------------

export const TextUnanswered: Story = {
  name: 'eh-text-question: unanswered',
  args: ask('eh-text-question', 'concern-summary'),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    const { maxLength } = questionWords(args.pack, args.question, args.lang);
    await expect(questionShown(element)).toBe(labelFor(args));
    await expect(field(element).value).toBe('');
    await expect(readable(root(element).querySelector('[part="count"]'))).toBe(
      t.controls.charactersRemaining(maxLength!),
    );
    await expectNoError(element);
    // What the practitioner writes is their own; the golden case gives a realistic note.
    const note = answerIn('continuum/cases/level-2-housing-only.json', args.question) as string;
    await type(element, element, note);
    await expect(element.value).toBe(note);
    await expectChange(changes, args, note);
    await expect(readable(root(element).querySelector('[part="count"]'))).toBe(
      t.controls.charactersRemaining(maxLength! - note.length),
    );
    await expect(new FormData(form).get(args.question)).toBe(note);
  },
};

export const TextAnswered: Story = {
  name: 'eh-text-question: answered',
  args: ask('eh-text-question', 'concern-summary', {
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'concern-summary'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, changes } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    const given = args.value as string;
    const { maxLength } = questionWords(args.pack, args.question, args.lang);
    await expect(field(element).value).toBe(given);
    await expect(readable(root(element).querySelector('[part="count"]'))).toBe(
      t.controls.charactersRemaining(maxLength! - given.length),
    );
    // Clearing the note leaves no answer.
    await type(element, element, '');
    await expect(element.value).toBe('');
    await expectChange(changes, args, undefined);
  },
};

export const TextWithHint: Story = {
  name: 'eh-text-question: with hint',
  args: ask('eh-text-question', 'concern-summary', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(hintShown(element)).toBe(words.hint);
    // The hint and the limit are read with the field.
    await expect(described(element).split(' ')).toEqual(['hint', 'count-info']);
    await expect(readable(root(element).querySelector('#count-info'))).toBe(
      wordsFor(element).controls.characterLimit(words.maxLength!),
    );
  },
};

export const TextRequiredError: Story = {
  name: 'eh-text-question: required, with an error',
  args: ask('eh-text-question', 'concern-summary', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    await expect(args.required).toBe(true);
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.enterText(labelFor(args)));
    await expect(userInvalid(element)).toBe(true);
    await expect(field(element).getAttribute('aria-invalid')).toBe('true');
    await type(element, element, answerIn('continuum/cases/level-2-housing-only.json', args.question) as string);
    await expectNoError(element);
  },
};

export const TextDisabled: Story = {
  name: 'eh-text-question: disabled',
  args: ask('eh-text-question', 'concern-summary', {
    disabled: true,
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'concern-summary'),
  }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    await expect(field(element).value).toBe(args.value);
    await expectDisabled(element, form, changes, args);
    await expect(element.value).toBe(args.value);
  },
};

export const TextWelsh: Story = {
  name: 'eh-text-question: Welsh',
  args: ask('eh-text-question', 'concern-summary', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<string>(canvasElement, args);
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await expect(questionShown(element)).toBe(words.label);
    await expect(hintShown(element)).toBe(words.hint);
    await expect(readable(root(element).querySelector('[part="count"]'))).toBe(
      t.controls.charactersRemaining(words.maxLength!),
    );
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.enterText(words.label));
    const note = answerIn('continuum/cases/level-2-housing-only.json', args.question) as string;
    await type(element, element, note);
    await expectChange(changes, args, note);
    await expect(readable(root(element).querySelector('[part="count"]'))).toBe(
      t.controls.charactersRemaining(words.maxLength! - note.length),
    );
    await expectNoError(element);
  },
};

// --- eh-number-question ----------------------------------------------------------------

const CONTACTS = 'front-door-contacts';
const CONTACTS_CASE = 'torfaen/cases/repeated-front-door-contacts.json';

export const NumberUnanswered: Story = {
  name: 'eh-number-question: unanswered',
  args: ask('eh-number-question', CONTACTS, {}, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<number | undefined>(canvasElement, args);
    await expect(questionShown(element)).toBe(labelFor(args));
    await expect(field(element).value).toBe('');
    await expect(field(element).inputMode).toBe('numeric');
    await expectNoError(element);
    const given = answerIn(CONTACTS_CASE, CONTACTS) as number;
    await type(element, element, String(given));
    await expect(element.value).toBe(given);
    await expectChange(changes, args, given);
    await expect(new FormData(form).get(args.question)).toBe(String(given));
  },
};

export const NumberAnswered: Story = {
  name: 'eh-number-question: answered, then out of range',
  args: ask('eh-number-question', CONTACTS, { value: answerIn(CONTACTS_CASE, CONTACTS) }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<number | undefined>(canvasElement, args);
    const t = wordsFor(element);
    const { min, max } = questionWords(args.pack, args.question, args.lang);
    await expect(field(element).value).toBe(String(args.value));
    // One more than the pack allows: the error shows when the practitioner tries to go on.
    await type(element, element, String(max! + 1));
    await expect(element.value).toBe(max! + 1);
    await expectChange(changes, args, max! + 1);
    await expectNoError(element);
    await submit(form);
    await expect(element.validity.rangeOverflow).toBe(true);
    await expect(shownError(element)).toBe(t.questionnaire.outOfRange(labelFor(args), min, max));
    await expect(userInvalid(element)).toBe(true);
    await type(element, element, String(max));
    await expectNoError(element);
  },
};

export const NumberWithHint: Story = {
  name: 'eh-number-question: with hint',
  args: ask('eh-number-question', CONTACTS, { showHint: true }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<number | undefined>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(hintShown(element)).toBe(words.hint);
    await expect(described(element).split(' ')).toContain('hint');
  },
};

export const NumberRequiredError: Story = {
  name: 'eh-number-question: required, with an error',
  // Torfaen leaves this question optional ("leave blank if you do not know"); a host may require it.
  args: ask('eh-number-question', CONTACTS, { required: true }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element, form } = await shown<number | undefined>(canvasElement, args);
    const t = wordsFor(element);
    await submit(form);
    await expect(shownError(element)).toBe(t.questionnaire.enterNumber(labelFor(args)));
    await expect(userInvalid(element)).toBe(true);
    await expect(field(element).getAttribute('aria-invalid')).toBe('true');
    await type(element, element, String(answerIn(CONTACTS_CASE, CONTACTS)));
    await expectNoError(element);
  },
};

export const NumberDisabled: Story = {
  name: 'eh-number-question: disabled',
  args: ask('eh-number-question', CONTACTS, { disabled: true, value: answerIn(CONTACTS_CASE, CONTACTS) }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<number | undefined>(canvasElement, args);
    await expect(field(element).value).toBe(String(args.value));
    await expectDisabled(element, form, changes, args);
    await expect(element.value).toBe(args.value);
  },
};

export const NumberWelsh: Story = {
  name: 'eh-number-question: Welsh',
  args: ask('eh-number-question', CONTACTS, { lang: 'cy', showHint: true }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element, form, changes } = await shown<number | undefined>(canvasElement, args);
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await expect(questionShown(element)).toBe(`${words.label} ${t.pathway.optional}`);
    await expect(hintShown(element)).toBe(words.hint);
    // A number written as a word is kept as typed, and the control says what it needs.
    await type(element, element, t.answers.no);
    await expect(element.value).toBeUndefined();
    await submit(form);
    await expect(element.validity.badInput).toBe(true);
    await expect(shownError(element)).toBe(t.questionnaire.notWhole(labelFor(args)));
    await expect(field(element).value).toBe(t.answers.no);
    await type(element, element, String(answerIn(CONTACTS_CASE, CONTACTS)));
    await expectChange(changes, args, answerIn(CONTACTS_CASE, CONTACTS));
    await expectNoError(element);
  },
};
