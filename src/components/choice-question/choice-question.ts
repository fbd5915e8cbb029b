import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalogue } from '../../i18n/types.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { EhStringQuestion, type ChoiceOption, type QuestionProblem } from '../question-base/question-base.js';
import { choiceStyles, fieldStyles } from '../question-base/question-base.styles.js';
import { styles } from './choice-question.styles.js';

export type { ChoiceOption } from '../question-base/question-base.js';

/**
 * Radios: one answer from a list. Shared by `<eh-choice-question>` and
 * `<eh-yes-no-question>`, which differ only in where the options come from.
 */
export abstract class EhRadioQuestion extends EhStringQuestion {
  static override styles = [tokens, shared, fieldStyles, choiceStyles, styles];

  /** The chosen option's value; '' when none is chosen. Does not reflect. */
  @property() value = '';

  /** The options shown, in order. */
  protected abstract get choices(): readonly ChoiceOption[];

  /** Lay the options out in a row. */
  protected get layoutInline(): boolean {
    return false;
  }

  protected problem(t: Catalogue): QuestionProblem | undefined {
    if (this.value === '')
      return this.required
        ? { flags: { valueMissing: true }, message: t.questionnaire.selectOne(this.label) }
        : undefined;
    const choices = this.choices;
    if (choices.length > 0 && !choices.some((choice) => choice.value === this.value)) {
      return { flags: { customError: true }, message: t.questionnaire.invalidChoice(this.label) };
    }
    return undefined;
  }

  protected get anchor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input:checked') ?? this.renderRoot.querySelector('input');
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    this.value = input.value;
    this.userChanged();
  };

  protected override render(): TemplateResult {
    return this.renderGroup(
      this.hint,
      html`<div class="options radio ${this.layoutInline ? 'inline' : ''}" part="options">
        ${this.choices.map((choice, index) => this.renderItem('radio', index, choice, choice.value === this.value, this.onInput))}
      </div>`,
    );
  }
}

/**
 * One answer from a list of options, as GOV.UK radios: a fieldset whose legend is the
 * question. A form-associated control: it submits `value` under `name`, takes part in
 * form validation and reset, and follows a disabled `<fieldset>`.
 *
 * @summary A single-choice question (radios), usable on its own in a form.
 * @tag eh-choice-question
 *
 * @fires eh-answer-change - `EhAnswerChangeEvent` when the user chooses an option (`questionId` = `name`, `value`).
 * @fires change - When the user chooses an option (bubbles, composed).
 * @fires input - The native event of the radio, when the user chooses an option.
 * @fires invalid - When a validity check finds the control invalid.
 *
 * @csspart form-group - The wrapper that gets the error bar.
 * @csspart fieldset - The fieldset grouping the radios.
 * @csspart legend - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The error message.
 * @csspart options - The list of radios.
 * @csspart option - One radio with its label and hint.
 * @csspart input - A native radio input (transparent; the label draws the circle).
 * @csspart option-label - An option's label, which draws the radio.
 * @csspart option-hint - An option's hint.
 *
 * @cssprop --eh-question-spacing - Space below the question (default `2rem`).
 * @cssprop --eh-question-label-size - Font size of the question (default `1.1875rem`).
 * @cssprop --eh-question-label-weight - Font weight of the question (default `700`).
 * @cssprop --eh-question-control-size - Size of the drawn radio (default `2.5rem`).
 *
 * @cssstate user-invalid - An error message is shown: after the user changed the answer or a submit attempt found it invalid, or while `error` is set.
 */
export class EhChoiceQuestion extends EhRadioQuestion {
  /** The options, in order: `{ value, label, hint? }[]`. */
  @property({ attribute: false }) options: readonly ChoiceOption[] = [];

  protected get choices(): readonly ChoiceOption[] {
    return this.options;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-choice-question': EhChoiceQuestion;
  }
}
