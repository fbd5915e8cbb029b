/**
 * The question controls on their own, each in a `<form>` as a host page would use them:
 * unanswered, answered, with a hint, required with an error, disabled, and in Welsh. Every
 * question is a real one from a shipped pack, in the pack's words; answers come from golden
 * cases; messages come from the catalogue in the control's language. Play functions click and
 * type on the controls inside the shadow root and check what the control holds, what it tells
 * the host (`eh-answer-change`) and what the form would submit. Those checks are the question
 * controls' contract (test/support/question-checks.ts), the same ones the component tests run.
 */
import { yesNoLabels } from '../src/i18n/engine.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import type { EhQuestionBase } from '../src/components/question-base/question-base.js';
import type { AnswerValue } from '../src/engine/schema.js';
import { catalogue } from '../src/i18n/index.js';
import { checked, field, questionChecks, type Gesture } from '../test/support/question-checks.js';
import { choose, hands, readable, root, settle, type, wordsFor } from './support/drive.js';
import { goldenCase, packQuestion, questionWords } from './support/packs.js';

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

/** The question controls' contract (test/support/question-checks.ts), run with Storybook's hands. */
const check = questionChecks(expect, hands);

interface Shown<V> {
  readonly element: EhQuestionBase<V>;
  readonly form: HTMLFormElement;
  readonly args: Args;
}

async function shown<V>(canvas: HTMLElement, args: Args): Promise<Shown<V>> {
  const element = canvas.querySelector<EhQuestionBase<V>>(args.element);
  const form = canvas.querySelector('form');
  if (!element || !form) throw new Error(`The story renders no <${args.element}> in a form`);
  await settle(element);
  return { element, form, args };
}

const optionLabels = (element: Element) => [...root(element).querySelectorAll('[part="option-label"]')].map(readable);

/** Clicking the option with this value, or typing this text, as a gesture for a check. */
const clicking = (element: Element, value: string) => () => choose(element, element, value);
const typing = (element: Element, text: string) => () => type(element, element, text);

/** What a value is as an answer (`eh-answer-change`): nothing when empty. */
const answerOf = (value: AnswerValue | undefined): AnswerValue | undefined =>
  value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value;

/** What the form submits under the question's name for a value. */
const entriesOf = (value: AnswerValue | undefined): string[] =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? [...value] : [String(value)];

/**
 * The practitioner gives `value` with `gesture` (`commits` changes, when known): the control
 * holds it, tells the host, and the form would submit it (`answersByUser`).
 */
function answers<V extends AnswerValue | undefined>(
  { element, form, args }: Shown<V>,
  gesture: Gesture,
  value: V,
  commits?: number,
): Promise<void> {
  return check.answersByUser(element, gesture, {
    name: args.question,
    value,
    answer: answerOf(value),
    form,
    entries: entriesOf(value),
    commits,
  });
}

/**
 * Continue with nothing given: the form is held back and the control says what is wrong
 * (`showsErrorOnSubmit`), in the catalogue's words; the control stays `valueMissing`.
 */
async function requiredOnContinue<V>({ element, form }: Shown<V>, message: string, answer: V): Promise<void> {
  await check.showsErrorOnSubmit(form, element, message, wordsFor(element));
  await check.requiredWhenEmpty(form, element, message, answer);
}

/** What the inputs show, as the form would submit it: the ticked options, or the text in the field. */
type Reader = (element: Element) => string[];
const typed: Reader = (element) => entriesOf(field(element).value);

/** The answer given when the story starts: shown by the inputs, submitted, and set without a sound. */
async function startsWith<V>({ element, form, args }: Shown<V>, read: Reader, other: V): Promise<void> {
  await expect(read(element)).toEqual(entriesOf(args.value));
  await check.submitsValue(form, element, entriesOf(args.value));
  const given = element.value;
  await check.firesNothingWhenSet(
    element,
    () => (element.value = other),
    () => (element.value = given),
  );
}

/** A disabled control shows the answer it was given and keeps it; it takes no part in the form (`isDisabled`). */
const playDisabled =
  (read: Reader): Story['play'] =>
  async ({ canvasElement, args }) => {
    const { element, form } = await shown<AnswerValue | undefined>(canvasElement, args);
    await expect(read(element)).toEqual(entriesOf(args.value));
    await check.isDisabled(form, element);
    await expect(element.value).toEqual(args.value ?? '');
  };

// --- eh-choice-question ----------------------------------------------------------------

export const ChoiceUnanswered: Story = {
  name: 'eh-choice-question: unanswered',
  args: ask('eh-choice-question', 'age-band'),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const words = questionWords(args.pack, args.question, args.lang);
    await check.showsQuestion(element, labelFor(args));
    await expect(optionLabels(element)).toEqual(words.options.map((option) => option.label));
    await expect(checked(element)).toEqual([]);
    await expect(element.value).toBe('');
    // Nothing is wrong before the practitioner does anything.
    await check.showsNoError(element);
    const pick = words.options[2]!.value;
    await answers(story, clicking(element, pick), pick, 1);
    await expect(checked(element)).toEqual([pick]);
  },
};

export const ChoiceAnswered: Story = {
  name: 'eh-choice-question: answered',
  args: ask('eh-choice-question', 'age-band', {
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'age-band'),
  }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const words = questionWords(args.pack, args.question, args.lang);
    const other = words.options.find((option) => option.value !== args.value)!.value;
    // Setting the answer fires nothing; the radio shows it.
    await startsWith(story, checked, other);
    await answers(story, clicking(element, other), other, 1);
    await expect(checked(element)).toEqual([other]);
  },
};

export const ChoiceWithHint: Story = {
  name: 'eh-choice-question: with hint',
  args: ask('eh-choice-question', 'child-health', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await expect(words.hint).not.toBe('');
    // The hint is read with the question.
    await check.showsHint(element, words.hint);
    await check.describedBy(element, ['hint']);
  },
};

export const ChoiceRequiredError: Story = {
  name: 'eh-choice-question: required, with an error',
  args: ask('eh-choice-question', 'age-band'),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const first = questionWords(args.pack, args.question, args.lang).options[0]!.value;
    await expect(args.required).toBe(true);
    // Continue with nothing chosen: the control says what is wrong, in GOV.UK words.
    await requiredOnContinue(story, t.questionnaire.selectOne(labelFor(args)), first);
    await check.describedBy(element, ['error']);
    // Answering clears it.
    await check.clearsErrorWhenAnswered(element, clicking(element, first));
  },
};

export const ChoiceDisabled: Story = {
  name: 'eh-choice-question: disabled',
  args: ask('eh-choice-question', 'age-band', {
    disabled: true,
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'age-band'),
  }),
  play: playDisabled(checked),
};

export const ChoiceWelsh: Story = {
  name: 'eh-choice-question: Welsh',
  args: ask('eh-choice-question', 'child-health', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element, form } = story;
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await check.showsQuestion(element, words.label);
    await check.showsHint(element, words.hint);
    await expect(optionLabels(element)).toEqual(words.options.map((option) => option.label));
    await check.showsErrorOnSubmit(form, element, t.questionnaire.selectOne(words.label), t);
    await answers(story, clicking(element, words.options[1]!.value), words.options[1]!.value, 1);
    await check.showsNoError(element);
  },
};

// --- eh-multi-choice-question ----------------------------------------------------------

export const MultiUnanswered: Story = {
  name: 'eh-multi-choice-question: unanswered',
  args: ask('eh-multi-choice-question', 'strengths'),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string[]>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, args.lang);
    await check.showsQuestion(element, labelFor(args));
    await check.showsHint(element, t.controls.selectAll);
    await expect(checked(element)).toEqual([]);
    await check.showsNoError(element);
    // "None of these" follows an "or", apart from the others.
    const none = words.options.find((option) => option.exclusive)!;
    await expect(readable(root(element).querySelector('[part="divider"]'))).toBe(t.controls.or);
    const [first, second] = words.options.filter((option) => !option.exclusive).map((option) => option.value) as [
      string,
      string,
    ];
    // Ticked out of order, the answer keeps the options' order.
    const outOfOrder = async () => {
      await choose(element, element, second);
      await choose(element, element, first);
    };
    await answers(story, outOfOrder, [first, second], 2);
    // Choosing "None of these" clears the others.
    await answers(story, clicking(element, none.value), [none.value], 1);
    await expect(checked(element)).toEqual([none.value]);
    // Unticking the last one leaves no answer.
    await answers(story, clicking(element, none.value), [], 1);
  },
};

export const MultiAnswered: Story = {
  name: 'eh-multi-choice-question: answered',
  args: ask('eh-multi-choice-question', 'factors', {
    value: answerIn('continuum/cases/toxic-trio-two-factors.json', 'factors'),
  }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string[]>(canvasElement, args);
    const { element } = story;
    const given = args.value as string[];
    await expect(given.length).toBeGreaterThan(1);
    await startsWith(story, checked, given.slice(1));
    await answers(story, clicking(element, given[0]!), given.slice(1), 1);
  },
};

export const MultiWithHint: Story = {
  name: 'eh-multi-choice-question: with hint',
  args: ask('eh-multi-choice-question', 'factors', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string[]>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    // The pack's hint, then "Select all that apply."
    await check.showsHint(element, `${words.hint} ${wordsFor(element).controls.selectAll}`);
    await check.describedBy(element, ['hint']);
  },
};

export const MultiRequiredError: Story = {
  name: 'eh-multi-choice-question: required, with an error',
  args: ask('eh-multi-choice-question', 'factors', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string[]>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const first = questionWords(args.pack, args.question, args.lang).options[0]!.value;
    await expect(args.required).toBe(true);
    await requiredOnContinue(story, t.questionnaire.selectSome(labelFor(args)), [first]);
    await check.describedBy(element, ['hint', 'error']);
    await check.clearsErrorWhenAnswered(element, clicking(element, first));
  },
};

export const MultiDisabled: Story = {
  name: 'eh-multi-choice-question: disabled',
  args: ask('eh-multi-choice-question', 'factors', {
    disabled: true,
    value: answerIn('continuum/cases/toxic-trio-two-factors.json', 'factors'),
  }),
  play: playDisabled(checked),
};

export const MultiWelsh: Story = {
  name: 'eh-multi-choice-question: Welsh',
  args: ask('eh-multi-choice-question', 'factors', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string[]>(canvasElement, args);
    const { element, form } = story;
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await check.showsQuestion(element, words.label);
    await check.showsHint(element, `${words.hint} ${t.controls.selectAll}`);
    await expect(optionLabels(element)).toEqual(words.options.map((option) => option.label));
    await expect(readable(root(element).querySelector('[part="divider"]'))).toBe(t.controls.or);
    await check.showsErrorOnSubmit(form, element, t.questionnaire.selectSome(words.label), t);
    await answers(story, clicking(element, words.options[0]!.value), [words.options[0]!.value], 1);
    await check.showsNoError(element);
  },
};

// --- eh-yes-no-question ----------------------------------------------------------------

export const YesNoUnanswered: Story = {
  name: 'eh-yes-no-question: unanswered',
  args: ask('eh-yes-no-question', 'young-carer'),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const { answers: words } = wordsFor(element);
    await check.showsQuestion(element, labelFor(args));
    // The answers' words come from the catalogue, not the pack.
    await expect(optionLabels(element)).toEqual([words.yes, words.no, words['not-sure']]);
    await expect(checked(element)).toEqual([]);
    await check.showsNoError(element);
    await answers(story, clicking(element, 'not-sure'), 'not-sure', 1);
  },
};

export const YesNoAnswered: Story = {
  name: 'eh-yes-no-question: answered (inline)',
  args: ask('eh-yes-no-question', 'immediate-danger', {
    inline: true,
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'immediate-danger'),
  }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    await startsWith(story, checked, args.value === 'yes' ? 'no' : 'yes');
    // Inline, the three answers sit side by side.
    const tops = [...root(element).querySelectorAll('[part="option"]')].map((option) =>
      Math.round(option.getBoundingClientRect().top),
    );
    await expect(new Set(tops).size).toBe(1);
    await answers(story, clicking(element, 'yes'), 'yes', 1);
    await expect(checked(element)).toEqual(['yes']);
  },
};

export const YesNoWithHint: Story = {
  name: 'eh-yes-no-question: with hint',
  args: ask('eh-yes-no-question', 'immediate-danger', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await check.showsHint(element, words.hint);
    await check.describedBy(element, ['hint']);
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
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    await expect(args.required).toBe(true);
    await requiredOnContinue(story, t.questionnaire.selectOne(labelFor(args)), 'no');
    // Both the hint and the error are read with the question.
    await check.describedBy(element, ['hint', 'error']);
    await check.clearsErrorWhenAnswered(element, clicking(element, 'no'));
  },
};

export const YesNoDisabled: Story = {
  name: 'eh-yes-no-question: disabled',
  args: ask('eh-yes-no-question', 'immediate-danger', { disabled: true }),
  play: playDisabled(checked),
};

export const YesNoWelsh: Story = {
  name: 'eh-yes-no-question: Welsh',
  args: ask('eh-yes-no-question', 'immediate-danger', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element, form } = story;
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await check.showsQuestion(element, words.label);
    await check.showsHint(element, words.hint);
    // Welsh answers the question's verb: "A yw…?" is answered Ydy / Nac ydy.
    const verbs = yesNoLabels('cy', words.label);
    await expect(verbs.yes).not.toBe(t.answers.yes);
    await expect(optionLabels(element)).toEqual([verbs.yes, verbs.no, verbs['not-sure']]);
    await check.showsErrorOnSubmit(form, element, t.questionnaire.selectOne(words.label), t);
    await answers(story, clicking(element, 'no'), 'no', 1);
    await check.showsNoError(element);
  },
};

// --- eh-text-question ------------------------------------------------------------------

/** What the character count under a text control reads. */
const countShown = (element: Element) => readable(root(element).querySelector('[part="count"]'));

export const TextUnanswered: Story = {
  name: 'eh-text-question: unanswered',
  args: ask('eh-text-question', 'concern-summary'),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const { maxLength } = questionWords(args.pack, args.question, args.lang);
    await check.showsQuestion(element, labelFor(args));
    await expect(field(element).value).toBe('');
    await expect(countShown(element)).toBe(t.controls.charactersRemaining(maxLength!));
    await check.showsNoError(element);
    // What the practitioner writes is their own; the golden case gives a realistic note.
    const note = answerIn('continuum/cases/level-2-housing-only.json', args.question) as string;
    await answers(story, typing(element, note), note);
    await expect(countShown(element)).toBe(t.controls.charactersRemaining(maxLength! - note.length));
  },
};

export const TextAnswered: Story = {
  name: 'eh-text-question: answered',
  args: ask('eh-text-question', 'concern-summary', {
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'concern-summary'),
  }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const given = args.value as string;
    const { maxLength } = questionWords(args.pack, args.question, args.lang);
    await startsWith(story, typed, '');
    await expect(countShown(element)).toBe(t.controls.charactersRemaining(maxLength! - given.length));
    // Clearing the note leaves no answer.
    await answers(story, typing(element, ''), '');
  },
};

export const TextWithHint: Story = {
  name: 'eh-text-question: with hint',
  args: ask('eh-text-question', 'concern-summary', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<string>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await check.showsHint(element, words.hint);
    // The hint and the limit are read with the field.
    await check.describedBy(element, ['hint', 'count-info']);
    await expect(readable(root(element).querySelector('#count-info'))).toBe(
      wordsFor(element).controls.characterLimit(words.maxLength!),
    );
  },
};

export const TextRequiredError: Story = {
  name: 'eh-text-question: required, with an error',
  args: ask('eh-text-question', 'concern-summary', { showHint: true }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const note = answerIn('continuum/cases/level-2-housing-only.json', args.question) as string;
    await expect(args.required).toBe(true);
    await requiredOnContinue(story, t.questionnaire.enterText(labelFor(args)), note);
    await check.describedBy(element, ['hint', 'error', 'count-info']);
    await check.clearsErrorWhenAnswered(element, typing(element, note));
  },
};

export const TextDisabled: Story = {
  name: 'eh-text-question: disabled',
  args: ask('eh-text-question', 'concern-summary', {
    disabled: true,
    value: answerIn('continuum/cases/level-3-in-two-domains.json', 'concern-summary'),
  }),
  play: playDisabled(typed),
};

export const TextWelsh: Story = {
  name: 'eh-text-question: Welsh',
  args: ask('eh-text-question', 'concern-summary', { lang: 'cy', showHint: true }),
  play: async ({ canvasElement, args }) => {
    const story = await shown<string>(canvasElement, args);
    const { element, form } = story;
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    await expect(t.locale).toBe('cy');
    await check.showsQuestion(element, words.label);
    await check.showsHint(element, words.hint);
    await expect(countShown(element)).toBe(t.controls.charactersRemaining(words.maxLength!));
    await check.showsErrorOnSubmit(form, element, t.questionnaire.enterText(words.label), t);
    const note = answerIn('continuum/cases/level-2-housing-only.json', args.question) as string;
    await answers(story, typing(element, note), note);
    await expect(countShown(element)).toBe(t.controls.charactersRemaining(words.maxLength! - note.length));
    await check.showsNoError(element);
  },
};

// --- eh-number-question ----------------------------------------------------------------

const CONTACTS = 'front-door-contacts';
const CONTACTS_CASE = 'torfaen/cases/repeated-front-door-contacts.json';

export const NumberUnanswered: Story = {
  name: 'eh-number-question: unanswered',
  args: ask('eh-number-question', CONTACTS, {}, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const story = await shown<number | undefined>(canvasElement, args);
    const { element } = story;
    await check.showsQuestion(element, labelFor(args));
    await expect(field(element).value).toBe('');
    await expect(field(element).inputMode).toBe('numeric');
    await check.showsNoError(element);
    const given = answerIn(CONTACTS_CASE, CONTACTS) as number;
    await answers(story, typing(element, String(given)), given);
  },
};

export const NumberAnswered: Story = {
  name: 'eh-number-question: answered, then out of range',
  args: ask('eh-number-question', CONTACTS, { value: answerIn(CONTACTS_CASE, CONTACTS) }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const story = await shown<number | undefined>(canvasElement, args);
    const { element, form } = story;
    const t = wordsFor(element);
    const { min, max } = questionWords(args.pack, args.question, args.lang);
    await startsWith(story, typed, undefined);
    // One more than the pack allows: the error shows when the practitioner tries to go on.
    await answers(story, typing(element, String(max! + 1)), max! + 1);
    await check.showsNoError(element);
    await check.showsErrorOnSubmit(form, element, t.questionnaire.outOfRange(labelFor(args), min, max), t);
    await check.isInvalid(element, 'rangeOverflow');
    await check.clearsErrorWhenAnswered(element, typing(element, String(max)));
  },
};

export const NumberWithHint: Story = {
  name: 'eh-number-question: with hint',
  args: ask('eh-number-question', CONTACTS, { showHint: true }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const { element } = await shown<number | undefined>(canvasElement, args);
    const words = questionWords(args.pack, args.question, args.lang);
    await check.showsHint(element, words.hint);
    await check.describedBy(element, ['hint']);
  },
};

export const NumberRequiredError: Story = {
  name: 'eh-number-question: required, with an error',
  // Torfaen leaves this question optional ("leave blank if you do not know"); a host may require it.
  args: ask('eh-number-question', CONTACTS, { required: true }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const story = await shown<number | undefined>(canvasElement, args);
    const { element } = story;
    const t = wordsFor(element);
    const given = answerIn(CONTACTS_CASE, CONTACTS) as number;
    await requiredOnContinue(story, t.questionnaire.enterNumber(labelFor(args)), given);
    await check.describedBy(element, ['error']);
    await check.clearsErrorWhenAnswered(element, typing(element, String(given)));
  },
};

export const NumberDisabled: Story = {
  name: 'eh-number-question: disabled',
  args: ask('eh-number-question', CONTACTS, { disabled: true, value: answerIn(CONTACTS_CASE, CONTACTS) }, TORFAEN),
  play: playDisabled(typed),
};

export const NumberWelsh: Story = {
  name: 'eh-number-question: Welsh',
  args: ask('eh-number-question', CONTACTS, { lang: 'cy', showHint: true }, TORFAEN),
  play: async ({ canvasElement, args }) => {
    const story = await shown<number | undefined>(canvasElement, args);
    const { element, form } = story;
    const t = wordsFor(element);
    const words = questionWords(args.pack, args.question, 'cy');
    const given = answerIn(CONTACTS_CASE, CONTACTS) as number;
    await expect(t.locale).toBe('cy');
    await check.showsQuestion(element, `${words.label} ${t.pathway.optional}`);
    await check.showsHint(element, words.hint);
    // A number written as a word is kept as typed, and the control says what it needs.
    await type(element, element, t.answers.no);
    await expect(element.value).toBeUndefined();
    await check.showsErrorOnSubmit(form, element, t.questionnaire.notWhole(labelFor(args)), t);
    await check.isInvalid(element, 'badInput');
    await expect(field(element).value).toBe(t.answers.no);
    await answers(story, typing(element, String(given)), given);
    await check.showsNoError(element);
  },
};
