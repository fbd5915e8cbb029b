import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AnswerValue } from '../../engine/schema.js';
import type { Catalogue } from '../../i18n/types.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { EhQuestionBase, type FormSubmission, type QuestionProblem } from '../question-base/question-base.js';
import { fieldStyles } from '../question-base/question-base.styles.js';
import { styles } from './number-question.styles.js';

/**
 * The number a practitioner typed, or undefined when it is not one. Accepts an optional
 * sign, decimals and thousands written with commas ("1,250"); spaces around are ignored.
 */
export function parseNumber(text: string): number | undefined {
  const compact = text.trim().replace(/^[\u2212\u2013]/, '-');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact)) return undefined;
  const number = Number(compact.replace(/,/g, ''));
  return Number.isFinite(number) ? number : undefined;
}

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * A number, typed into a text field with a numeric keyboard (`inputmode="numeric"`, as
 * GOV.UK advises rather than `type="number"`). What the user types is kept exactly while
 * it is not a number, so nothing is lost: `value` is then `undefined` and the control is
 * invalid (`badInput`) until it is fixed. `min` and `max` are inclusive bounds
 * (`rangeUnderflow` / `rangeOverflow`). A form-associated control: it submits the number
 * under `name`, takes part in form validation and reset, and follows a disabled
 * `<fieldset>`.
 *
 * Setting `value` to the number already shown (or to `undefined` while the text is not a
 * number) keeps the text as typed; `form.reset()` or another number replaces it.
 *
 * @summary A number question, usable on its own in a form.
 * @tag eh-number-question
 *
 * @fires eh-answer-change - `EhAnswerChangeEvent` when what the user types changes the number (`value` is the number, `undefined` when empty or not a number).
 * @fires input - The native event of the field, on each change the user types.
 * @fires change - When the user leaves the field after changing it (bubbles, composed).
 * @fires invalid - When a validity check finds the control invalid.
 *
 * @csspart form-group - The wrapper that gets the error bar.
 * @csspart label - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The error message.
 * @csspart input - The text field.
 *
 * @cssprop --eh-question-spacing - Space below the question (default `2rem`).
 * @cssprop --eh-question-label-size - Font size of the question (default `1.1875rem`).
 * @cssprop --eh-question-label-weight - Font weight of the question (default `700`).
 * @cssprop --eh-number-question-width - Width of the field (default `11ch`).
 *
 * @cssstate user-invalid - An error message is shown: after the user changed the answer or a submit attempt found it invalid, or while `error` is set.
 */
export class EhNumberQuestion extends EhQuestionBase<number | undefined> {
  static override styles = [tokens, shared, fieldStyles, styles];

  /** The smallest number accepted (inclusive). */
  @property({ type: Number }) min?: number;

  /** The largest number accepted (inclusive). */
  @property({ type: Number }) max?: number;

  /** Exactly what is in the field. */
  @state() private text = '';

  /**
   * The number; `undefined` when the field is empty or does not hold a number. The
   * attribute `value` gives the starting number. Does not reflect.
   */
  @property({
    converter: { fromAttribute: (text: string | null) => (text === null ? undefined : parseNumber(text)) },
  })
  get value(): number | undefined {
    return parseNumber(this.text);
  }
  set value(next: number | undefined) {
    const number = finite(next);
    if (number === parseNumber(this.text)) return;
    this.text = number === undefined ? '' : String(number);
  }

  protected copy(value: number | undefined): number | undefined {
    return value;
  }

  protected override resetTo(value: number | undefined): void {
    const number = finite(value);
    this.text = number === undefined ? '' : String(number);
  }

  protected get answer(): AnswerValue | undefined {
    return this.value;
  }

  protected submission(): FormSubmission {
    if (this.text.trim() === '') return { value: null, state: null };
    const number = this.value;
    return { value: number === undefined ? this.text : String(number), state: this.text };
  }

  protected restore(state: string | FormData | null): void {
    this.text = typeof state === 'string' ? state : '';
  }

  protected problem(t: Catalogue): QuestionProblem | undefined {
    if (this.text.trim() === '')
      return this.required
        ? { flags: { valueMissing: true }, message: t.questionnaire.enterNumber(this.label) }
        : undefined;
    const number = this.value;
    if (number === undefined) return { flags: { badInput: true }, message: t.questionnaire.notWhole(this.label) };
    const min = finite(this.min);
    const max = finite(this.max);
    if (min !== undefined && number < min)
      return { flags: { rangeUnderflow: true }, message: t.questionnaire.outOfRange(this.label, min, max) };
    if (max !== undefined && number > max)
      return { flags: { rangeOverflow: true }, message: t.questionnaire.outOfRange(this.label, min, max) };
    return undefined;
  }

  protected get anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  private readonly onInput = (event: Event): void => {
    const before = this.value;
    this.text = (event.target as HTMLInputElement).value;
    if (this.value !== before) this.userChanged();
    else this.syncForm();
  };

  protected override render(): TemplateResult {
    return this.renderSingle(
      (describedBy, invalid) =>
        html`<input
          id="input"
          class="field ${invalid ? 'has-error' : ''}"
          part="input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.text)}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy}
          @input=${this.onInput}
          @change=${this.userCommitted}
        />`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-number-question': EhNumberQuestion;
  }
}
