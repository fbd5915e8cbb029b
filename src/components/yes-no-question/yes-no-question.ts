import { property } from 'lit/decorators.js';
import { EhRadioQuestion, type ChoiceOption } from '../choice-question/choice-question.js';
import { styles } from './yes-no-question.styles.js';
import { yesNoLabels } from '../../i18n/engine.js';

/** The values a yes / no / not sure question gives. */
export type YesNoValue = 'yes' | 'no' | 'not-sure';

/**
 * Yes, no or not sure, as GOV.UK radios (stacked, or in a row with `inline`). The labels
 * come from the catalogue in the element's language; the values are always `yes`, `no`
 * and `not-sure`. A form-associated control: it submits `value` under `name`, takes
 * part in form validation and reset, and follows a disabled `<fieldset>`.
 *
 * @summary A yes / no / not sure question, usable on its own in a form.
 * @tag eh-yes-no-question
 *
 * @fires eh-answer-change - `EhAnswerChangeEvent` when the user chooses an answer (`questionId` = `name`, `value`).
 * @fires change - When the user chooses an answer (bubbles, composed).
 * @fires input - The native event of the radio, when the user chooses an answer.
 * @fires invalid - When a validity check finds the control invalid.
 *
 * @csspart form-group - The wrapper that gets the error bar.
 * @csspart fieldset - The fieldset grouping the radios.
 * @csspart legend - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The error message.
 * @csspart options - The list of radios.
 * @csspart option - One radio with its label.
 * @csspart input - A native radio input (transparent; the label draws the circle).
 * @csspart option-label - An answer's label, which draws the radio.
 *
 * @cssprop --eh-question-spacing - Space below the question (default `2rem`).
 * @cssprop --eh-question-label-size - Font size of the question (default `1.1875rem`).
 * @cssprop --eh-question-label-weight - Font weight of the question (default `700`).
 * @cssprop --eh-question-control-size - Size of the drawn radio (default `2.5rem`).
 * @cssprop --eh-yes-no-question-gap - Space between the answers when `inline` (default `1.25rem`).
 *
 * @cssstate user-invalid - An error message is shown: after the user changed the answer or a submit attempt found it invalid, or while `error` is set.
 */
export class EhYesNoQuestion extends EhRadioQuestion {
  static override styles = [...EhRadioQuestion.styles, styles];

  /** `'yes'`, `'no'`, `'not-sure'`, or '' when none is chosen. Does not reflect. */
  declare value: YesNoValue | '';

  /** Shows the three answers in a row (they wrap on a narrow screen). */
  @property({ type: Boolean }) inline = false;

  protected override get layoutInline(): boolean {
    return this.inline;
  }

  protected get choices(): readonly ChoiceOption[] {
    // Welsh answers the question's verb ("A oes…?" "Oes" / "Nac oes"): the label is the question.
    const answers = yesNoLabels(this.i18n.locale, this.label);
    return [
      { value: 'yes', label: answers.yes },
      { value: 'no', label: answers.no },
      { value: 'not-sure', label: answers['not-sure'] },
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-yes-no-question': EhYesNoQuestion;
  }
}
