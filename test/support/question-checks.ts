/**
 * What every question control promises, as checks over a control already on the page. The
 * contract suite (test/components/questions/contract.ts) runs each one per control type, in
 * vitest, over a small made-up question; the question stories (stories/questions.stories.ts)
 * run them in their play functions over real pack questions, in a host's `<form>`.
 *
 * A check acts with the runner's hands (see ./drive.ts) and asserts with the runner's `expect`:
 * `questionChecks(expect, hands)` gives the checks for one runner. A gesture (how the user
 * answers) is passed in, since each runner and each control type answers its own way. Like the
 * driver, this module imports no test framework.
 */
import type { EhQuestionBase } from '../../src/components/question-base/question-base.js';
import type { AnswerValue } from '../../src/engine/schema.js';
import type { EhAnswerChangeEvent } from '../../src/events/answer-change.js';
import type { Catalogue } from '../../src/i18n/index.js';
import { drive, readable, root, userInvalid, type Hands } from './drive.js';

/**
 * The jest-style `expect` both runners have: vitest's, and `storybook/test`'s (whose matchers
 * return promises, so every check awaits them).
 */
export type Expect = (actual: unknown) => Matchers;
export interface Matchers {
  toBe(expected: unknown): unknown;
  toEqual(expected: unknown): unknown;
  toContain(expected: unknown): unknown;
  toBeGreaterThan(expected: number): unknown;
  toBeLessThanOrEqual(expected: number): unknown;
  readonly not: Matchers;
}

/** How the user gives an answer (a click, typing then Tab…). */
export type Gesture = () => Promise<unknown>;

type TextField = HTMLInputElement | HTMLTextAreaElement;

// --- Reading a control ----------------------------------------------------------------

/** Collects events of these types reaching `target`. */
export function record(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

/** The question as the control shows it: the legend of a fieldset, or the label of a field. */
export const questionShown = (el: Element): string | undefined =>
  root(el).querySelector('[part="legend"], [part="label"]')?.textContent?.trim();

/** Every native input the user operates: the radios or checkboxes, or the one field. */
export const inputs = (el: Element): TextField[] => [
  ...root(el).querySelectorAll<TextField>('input:not([type="hidden"]), textarea'),
];

/** The text field of a text or number control. */
export function field(el: Element): TextField {
  const found = root(el).querySelector<TextField>('textarea, input');
  if (!found) throw new Error(`No field in <${el.localName}>`);
  return found;
}

/** The values of the ticked radios or checkboxes. */
export const checked = (el: Element): string[] =>
  [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);

/** The ids read with the question: the fieldset's `aria-describedby`, or the field's. */
export const describedIds = (el: Element): string[] =>
  (root(el).querySelector('fieldset') ?? field(el)).getAttribute('aria-describedby')?.split(' ') ?? [];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// --- The checks -----------------------------------------------------------------------

/** The checks, asserting with `expect` and acting with `hands`. */
export function questionChecks(expect: Expect, hands: Hands) {
  const { submit } = drive(hands);

  /** The question is the legend (or label), word for word. */
  async function showsQuestion(el: Element, label: string): Promise<void> {
    await expect(questionShown(el)).toBe(label);
  }

  /** Exactly these ids, in this order, are read with the question, and each is in the control's shadow root. */
  async function describedBy(el: Element, ids: readonly string[]): Promise<void> {
    await expect(describedIds(el)).toEqual(ids);
    await expect(ids.filter((id) => !root(el).getElementById(id))).toEqual([]);
  }

  /** The hint reads `hint` and is read with the question. */
  async function showsHint(el: Element, hint: string): Promise<void> {
    const shown = root(el).querySelector('[part="hint"]');
    await expect(shown?.textContent).toBe(hint);
    await expect(describedIds(el)).toContain(shown?.id);
  }

  /**
   * The control shows `message` as its error, in the words of `t`: after a visually hidden
   * "Error:" prefix, read with the question, every input marked invalid, `:state(user-invalid)`
   * set, and the same message as its `validationMessage`.
   */
  async function showsError(el: EhQuestionBase<unknown>, message: string, t: Catalogue): Promise<void> {
    const error = root(el).querySelector('[part="error"]');
    await expect(readable(error)).toBe(`${t.controls.errorPrefix} ${message}`);
    const prefix = error?.querySelector('.visually-hidden');
    await expect(prefix?.textContent).toBe(t.controls.errorPrefix);
    await expect(prefix && getComputedStyle(prefix).position).toBe('absolute');
    await expect(error?.id).toBe('error');
    await expect(describedIds(el)).toContain('error');
    const marks = inputs(el).map((input) => input.getAttribute('aria-invalid'));
    await expect(marks.length).toBeGreaterThan(0);
    await expect(marks).toEqual(marks.map(() => 'true'));
    await expect(userInvalid(el)).toBe(true);
    await expect(el.validationMessage).toBe(message);
  }

  /** No error shown, nothing marked invalid, no `:state(user-invalid)`. */
  async function showsNoError(el: Element): Promise<void> {
    await expect(root(el).querySelector('[part="error"]')).toBe(null);
    await expect(root(el).querySelector('[aria-invalid]')).toBe(null);
    await expect(userInvalid(el)).toBe(false);
  }

  /** The control is invalid with this validity flag set. */
  async function isInvalid(el: EhQuestionBase<unknown>, flag: Exclude<keyof ValidityState, 'valid'>): Promise<void> {
    await expect(el.validity[flag]).toBe(true);
  }

  /** `name` reflects to its attribute; the value does not. */
  async function reflectsNameNotValue<V>(el: EhQuestionBase<V>, name: string, other: V): Promise<void> {
    await expect(el.getAttribute('name')).toBe(name);
    el.value = other;
    await el.updateComplete;
    await expect(el.getAttribute('value')).toBe(null);
  }

  /** The inputs show what they show now as `initial`, then each value set as a property. */
  async function showsValues<V>(
    el: EhQuestionBase<V>,
    shown: (el: EhQuestionBase<V>) => V,
    initial: V,
    ...values: V[]
  ) {
    await expect(shown(el)).toEqual(initial);
    for (const value of values) {
      el.value = value;
      await el.updateComplete;
      await expect(shown(el)).toEqual(value);
    }
  }

  /** Changing the control's properties (`steps`, each followed by an update) fires no event. */
  async function firesNothingWhenSet(el: EhQuestionBase<unknown>, ...steps: (() => void)[]): Promise<void> {
    const seen = record(el, 'eh-answer-change', 'change', 'input');
    for (const step of steps) {
      step();
      await el.updateComplete;
    }
    await expect(seen.map((event) => event.type)).toEqual([]);
  }

  /** An error set by the host shows at once (`showsError`) and goes when cleared, leaving the control valid. */
  async function showsHostError(el: EhQuestionBase<unknown>, message: string, t: Catalogue): Promise<void> {
    el.error = message;
    await el.updateComplete;
    await showsError(el, message, t);
    el.error = '';
    await el.updateComplete;
    await showsNoError(el);
    await expect(el.checkValidity()).toBe(true);
  }

  /**
   * The user answers with `gesture`: `eh-answer-change` reaches the control's parent naming
   * the question and carrying `answer`; every `change` (`commits` of them, when given) comes
   * from the control and is composed; the control holds `value`; its form, when given, would
   * submit `entries`.
   */
  async function answersByUser<V>(
    el: EhQuestionBase<V>,
    gesture: Gesture,
    expected: {
      name: string;
      value: V;
      answer: AnswerValue | undefined;
      commits?: number;
      form?: HTMLFormElement;
      entries?: string[];
    },
  ): Promise<void> {
    const seen = record(el.parentNode!, 'eh-answer-change', 'change');
    await gesture();
    const answers = seen.filter((event) => event.type === 'eh-answer-change') as EhAnswerChangeEvent[];
    await expect(answers.length).toBeGreaterThan(0);
    const last = answers.at(-1)!;
    await expect(last.questionId).toBe(expected.name);
    await expect(last.value).toEqual(expected.answer);
    await expect(last.target).toBe(el);
    const changes = seen.filter((event) => event.type === 'change');
    if (expected.commits !== undefined) await expect(changes.length).toBe(expected.commits);
    await expect(changes.filter((change) => change.target !== el || !change.composed)).toEqual([]);
    await expect(el.value).toEqual(expected.value);
    if (expected.form) await expect(new FormData(expected.form).getAll(expected.name)).toEqual(expected.entries);
  }

  /** The control belongs to `form`, which would submit `entries` under its name. */
  async function submitsValue(form: HTMLFormElement, el: EhQuestionBase<unknown>, entries: string[]): Promise<void> {
    await expect(el.form).toBe(form);
    await expect(new FormData(form).getAll(el.name)).toEqual(entries);
  }

  /** Required and empty: the form is invalid, the control `valueMissing` with `message`; once set to `answer`, both are valid. */
  async function requiredWhenEmpty<V>(form: HTMLFormElement, el: EhQuestionBase<V>, message: string, answer: V) {
    const empty = el.value;
    await expect(form.checkValidity()).toBe(false);
    await isInvalid(el, 'valueMissing');
    await expect(el.validationMessage).toBe(message);
    el.value = answer;
    await el.updateComplete;
    await expect(form.checkValidity()).toBe(true);
    await expect(el.validationMessage).toBe('');
    el.value = empty;
    await el.updateComplete;
  }

  /** Optional and empty: the control takes part in validation, and the form is valid. */
  async function validWhenOptional(form: HTMLFormElement, el: EhQuestionBase<unknown>): Promise<void> {
    await expect(el.willValidate).toBe(true);
    await expect(form.checkValidity()).toBe(true);
  }

  /** A submit attempt is stopped, and the control shows `message` (`showsError`). */
  async function showsErrorOnSubmit(
    form: HTMLFormElement,
    el: EhQuestionBase<unknown>,
    message: string,
    t: Catalogue,
  ): Promise<void> {
    const submits = record(form, 'submit');
    await submit(form);
    await expect(submits.length).toBe(0);
    await showsError(el, message, t);
  }

  /** Answering with `gesture` takes the error away while the user is still on the page. */
  async function clearsErrorWhenAnswered(el: EhQuestionBase<unknown>, gesture: Gesture): Promise<void> {
    await gesture();
    await el.updateComplete;
    await showsNoError(el);
  }

  /** Answered with `gesture`, the form submits. */
  async function submitsOnceAnswered(form: HTMLFormElement, gesture: Gesture): Promise<void> {
    const submits = record(form, 'submit');
    const stay = (event: Event) => event.preventDefault();
    form.addEventListener('submit', stay);
    try {
      await gesture();
      await submit(form);
      await expect(submits.length).toBe(1);
    } finally {
      form.removeEventListener('submit', stay);
    }
  }

  /** `checkValidity()` answers without showing anything; `reportValidity()` shows the error. */
  async function reportsOnlyWhenAsked(el: EhQuestionBase<unknown>): Promise<void> {
    await expect(el.checkValidity()).toBe(false);
    await el.updateComplete;
    await expect(userInvalid(el)).toBe(false);
    await expect(root(el).querySelector('[part="error"]')).toBe(null);
    await expect(el.reportValidity()).toBe(false);
    await el.updateComplete;
    await expect(userInvalid(el)).toBe(true);
    await expect(root(el).querySelector('[part="error"]')).not.toBe(null);
  }

  /** After the value is set to `other`, `form.reset()` brings back the value the control started with. */
  async function resetsToStart<V>(
    form: HTMLFormElement,
    el: EhQuestionBase<V>,
    shown: (el: EhQuestionBase<V>) => V,
    other: V,
    entries: string[],
  ): Promise<void> {
    const start = el.value;
    el.value = other;
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    await expect(el.value).toEqual(start);
    await expect(shown(el)).toEqual(start);
    await expect(new FormData(form).getAll(el.name)).toEqual(entries);
  }

  /** After a failed submit and an answer, `form.reset()` empties the control and clears the error. */
  async function resetClearsAnswer<V>(
    form: HTMLFormElement,
    el: EhQuestionBase<V>,
    gesture: Gesture,
    shown: (el: EhQuestionBase<V>) => V,
    empty: V,
  ): Promise<void> {
    await submit(form);
    await gesture();
    form.reset();
    await el.updateComplete;
    await expect(el.value).toEqual(empty);
    await expect(shown(el)).toEqual(empty);
    await showsNoError(el);
  }

  /** Whether every input is disabled (there is at least one). */
  async function inputsDisabled(el: Element, disabled: boolean): Promise<void> {
    const states = inputs(el).map((input) => input.disabled);
    await expect(states.length).toBeGreaterThan(0);
    await expect(states).toEqual(states.map(() => disabled));
  }

  /**
   * Disabled by its own attribute: every input disabled, not validated, not submitted, no error
   * on a submit attempt (even when required) and no event.
   */
  async function isDisabled(form: HTMLFormElement, el: EhQuestionBase<unknown>): Promise<void> {
    await expect(el.hasAttribute('disabled')).toBe(true);
    await expect(el.matches(':disabled')).toBe(true);
    await inputsDisabled(el, true);
    await expect(el.willValidate).toBe(false);
    await expect(new FormData(form).has(el.name)).toBe(false);
    const seen = record(el, 'eh-answer-change', 'change', 'input');
    // The page stays where it is should the form be sent.
    const stay = (event: Event) => event.preventDefault();
    form.addEventListener('submit', stay);
    try {
      await submit(form);
    } finally {
      form.removeEventListener('submit', stay);
    }
    await showsNoError(el);
    await expect(seen.map((event) => event.type)).toEqual([]);
  }

  /** Disabled by the `<fieldset disabled>` around it, and enabled again with it, then submitting `entries`. */
  async function followsFieldset(form: HTMLFormElement, el: EhQuestionBase<unknown>, entries: string[]) {
    const fieldset = el.closest('fieldset')!;
    await expect(fieldset.disabled).toBe(true);
    await expect(el.matches(':disabled')).toBe(true);
    await inputsDisabled(el, true);
    await expect(el.willValidate).toBe(false);
    await expect(new FormData(form).has(el.name)).toBe(false);
    fieldset.disabled = false;
    await el.updateComplete;
    await inputsDisabled(el, false);
    await expect(new FormData(form).getAll(el.name)).toEqual(entries);
  }

  /** A state the browser restores (history, autofill) becomes the value, and is submitted. */
  async function restoresState<V>(
    form: HTMLFormElement,
    el: EhQuestionBase<V>,
    restored: { state: string | FormData; value: V },
    entries: string[],
  ): Promise<void> {
    el.formStateRestoreCallback(restored.state);
    await el.updateComplete;
    await expect(el.value).toEqual(restored.value);
    await expect(new FormData(form).getAll(el.name)).toEqual(entries);
  }

  /** Nothing in the control, nor the control, reaches past the page's width. */
  async function fitsWidth(el: Element): Promise<void> {
    const width = el.ownerDocument.documentElement.clientWidth;
    const overflowing = [...root(el).querySelectorAll('*')].filter(
      (node) => node.getBoundingClientRect().right > width,
    );
    await expect(overflowing.map((node) => node.outerHTML.slice(0, 80))).toEqual([]);
    await expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(width);
  }

  /** Tab from `before` lands on the control's `first` input. */
  async function reachedWithTab(before: HTMLElement, el: Element, first: Element): Promise<void> {
    before.focus();
    await hands.keyboard('{Tab}');
    await expect(document.activeElement).toBe(el);
    await expect(root(el).activeElement).toBe(first);
  }

  /** `el.focus()` moves focus to the control's `first` input. */
  async function focusesFirstInput(el: HTMLElement, first: Element): Promise<void> {
    el.focus();
    await nextFrame();
    await expect(root(el).activeElement).toBe(first);
  }

  return {
    showsQuestion,
    describedBy,
    showsHint,
    showsError,
    showsNoError,
    isInvalid,
    reflectsNameNotValue,
    showsValues,
    firesNothingWhenSet,
    showsHostError,
    answersByUser,
    submitsValue,
    requiredWhenEmpty,
    validWhenOptional,
    showsErrorOnSubmit,
    clearsErrorWhenAnswered,
    submitsOnceAnswered,
    reportsOnlyWhenAsked,
    resetsToStart,
    resetClearsAnswer,
    inputsDisabled,
    isDisabled,
    followsFieldset,
    restoresState,
    fitsWidth,
    reachedWithTab,
    focusesFirstInput,
  };
}
