import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AnswerValue } from '../../engine/schema.js';
import type { Catalogue } from '../../i18n/types.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import {
  EhQuestionBase,
  type ChoiceOption,
  type FormSubmission,
  type QuestionProblem,
} from '../question-base/question-base.js';
import { choiceStyles, fieldStyles } from '../question-base/question-base.styles.js';
import { styles } from './multi-choice-question.styles.js';

/** One checkbox; an `exclusive` one ("None of these") cannot be chosen with others. */
export interface MultiChoiceOption extends ChoiceOption {
  readonly exclusive?: boolean;
}

/**
 * Any number of answers from a list, as GOV.UK checkboxes with the hint "Select all that
 * apply". An `exclusive` option ("None of these") follows an "or" divider: choosing it
 * clears the others, and choosing another clears it. A form-associated control: the form
 * gets one entry per chosen value under `name`; it takes part in form validation and
 * reset, and follows a disabled `<fieldset>`.
 *
 * @summary A multiple-choice question (checkboxes), usable on its own in a form.
 * @tag eh-multi-choice-question
 *
 * @fires eh-answer-change - `EhAnswerChangeEvent` when the user ticks or unticks an option (`value` is the chosen values, `undefined` when none).
 * @fires change - When the user ticks or unticks an option (bubbles, composed).
 * @fires input - The native event of the checkbox, when the user ticks or unticks an option.
 * @fires invalid - When a validity check finds the control invalid.
 *
 * @csspart form-group - The wrapper that gets the error bar.
 * @csspart fieldset - The fieldset grouping the checkboxes.
 * @csspart legend - The question.
 * @csspart hint - The hint under the question (with "Select all that apply").
 * @csspart error - The error message.
 * @csspart options - The list of checkboxes.
 * @csspart option - One checkbox with its label and hint.
 * @csspart input - A native checkbox input (transparent; the label draws the box).
 * @csspart option-label - An option's label, which draws the checkbox.
 * @csspart option-hint - An option's hint.
 * @csspart divider - The "or" before an exclusive option.
 *
 * @cssprop --eh-question-spacing - Space below the question (default `2rem`).
 * @cssprop --eh-question-label-size - Font size of the question (default `1.1875rem`).
 * @cssprop --eh-question-label-weight - Font weight of the question (default `700`).
 * @cssprop --eh-question-control-size - Size of the drawn checkbox (default `2.5rem`).
 *
 * @cssstate user-invalid - An error message is shown: after the user changed the answer or a submit attempt found it invalid, or while `error` is set.
 */
export class EhMultiChoiceQuestion extends EhQuestionBase<string[]> {
  static override styles = [tokens, shared, fieldStyles, choiceStyles, styles];

  /** The options, in order: `{ value, label, hint?, exclusive? }[]`. */
  @property({ attribute: false }) options: readonly MultiChoiceOption[] = [];

  /** The chosen values, in the options' order; `[]` when none. Property only. */
  @property({ attribute: false }) value: string[] = [];

  /** The value, tolerating a host that set something other than a list. */
  private get chosen(): readonly string[] {
    return Array.isArray(this.value) ? this.value : [];
  }

  protected copy(value: string[]): string[] {
    return Array.isArray(value) ? [...value] : [];
  }

  protected get answer(): AnswerValue | undefined {
    return this.chosen.length === 0 ? undefined : [...this.chosen];
  }

  protected submission(): FormSubmission {
    if (this.chosen.length === 0) return { value: null, state: null };
    const data = new FormData();
    for (const value of this.chosen) data.append(this.name || 'value', value);
    return { value: this.name ? data : null, state: data };
  }

  protected restore(state: string | FormData | null): void {
    if (state instanceof FormData)
      this.value = [...state.values()].filter((value): value is string => typeof value === 'string');
    else this.value = typeof state === 'string' && state !== '' ? [state] : [];
  }

  protected problem(t: Catalogue): QuestionProblem | undefined {
    const { chosen: value, options } = this;
    if (value.length === 0)
      return this.required
        ? { flags: { valueMissing: true }, message: t.questionnaire.selectSome(this.label) }
        : undefined;
    if (options.length === 0) return undefined;
    if (value.some((item) => !options.some((option) => option.value === item))) {
      return { flags: { customError: true }, message: t.questionnaire.invalidChoice(this.label) };
    }
    const exclusive = options.find((option) => option.exclusive && value.includes(option.value));
    if (exclusive && value.length > 1)
      return { flags: { customError: true }, message: t.questionnaire.exclusive(this.label, exclusive.label) };
    return undefined;
  }

  protected get anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  private isExclusive(value: string): boolean {
    return this.options.some((option) => option.exclusive && option.value === value);
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const chosen = input.value;
    let next: string[];
    if (!input.checked) next = this.chosen.filter((value) => value !== chosen);
    else if (this.isExclusive(chosen)) next = [chosen];
    else next = [...this.chosen.filter((value) => value !== chosen && !this.isExclusive(value)), chosen];
    // Keep the options' order, then anything a host set that is not an option.
    const order = this.options.map((option) => option.value);
    this.value = [...order.filter((value) => next.includes(value)), ...next.filter((value) => !order.includes(value))];
    this.userChanged();
  };

  protected override render(): TemplateResult {
    const t = this.i18n.t.controls;
    const hint = this.hint ? `${this.hint} ${t.selectAll}` : t.selectAll;
    return this.renderGroup(
      hint,
      html`<div class="options checkbox" part="options">
        ${this.options.map(
          (option, index) =>
            html`${
              option.exclusive && index > 0 && !this.options[index - 1]!.exclusive
                ? html`<p class="divider" part="divider">${t.or}</p>`
                : nothing
            }${this.renderItem('checkbox', index, option, this.chosen.includes(option.value), this.onInput)}`,
        )}
      </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-multi-choice-question': EhMultiChoiceQuestion;
  }
}
