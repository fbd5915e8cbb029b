import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Catalogue } from '../../i18n/types.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { EhStringQuestion, type QuestionProblem } from '../question-base/question-base.js';
import { fieldStyles } from '../question-base/question-base.styles.js';
import { styles } from './text-question.styles.js';

/** How long the user must pause before the count is announced (GOV.UK uses one second). */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A free-text note in a textarea. With `maxlength` it follows the GOV.UK character count:
 * the limit is read with the field, the count under it updates as the user types, and a
 * screen reader hears the count once the user pauses. The field is never cut short, so
 * nothing typed is lost; over the limit the control is invalid (`tooLong`). A
 * form-associated control: it submits `value` under `name`, takes part in form
 * validation and reset, and follows a disabled `<fieldset>`.
 *
 * @summary A text note with an optional character count, usable on its own in a form.
 * @tag eh-text-question
 *
 * @fires eh-answer-change - `EhAnswerChangeEvent` on each change the user types (`value` is the text, `undefined` when emptied).
 * @fires input - The native event of the textarea, on each change the user types.
 * @fires change - When the user leaves the field after changing it (bubbles, composed).
 * @fires invalid - When a validity check finds the control invalid.
 *
 * @csspart form-group - The wrapper that gets the error bar.
 * @csspart label - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The error message.
 * @csspart input - The textarea.
 * @csspart count - The visible character count.
 *
 * @cssprop --eh-question-spacing - Space below the question (default `2rem`).
 * @cssprop --eh-question-label-size - Font size of the question (default `1.1875rem`).
 * @cssprop --eh-question-label-weight - Font weight of the question (default `700`).
 * @cssprop --eh-text-question-width - Width of the textarea (default `100%`).
 *
 * @cssstate user-invalid - An error message is shown: after the user changed the answer or a submit attempt found it invalid, or while `error` is set.
 */
export class EhTextQuestion extends EhStringQuestion {
  static override styles = [tokens, shared, fieldStyles, styles];

  /** The text; '' when empty. Does not reflect. */
  @property() value = '';

  /** The most characters the answer may have (attribute `maxlength`); shows the character count. Typing is never cut off. */
  @property({ type: Number, attribute: 'maxlength' }) maxLength?: number;

  /** Visible lines of the textarea. */
  @property({ type: Number }) rows = 5;

  /** What the polite live region says: the count, once the user pauses. */
  @state() private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  private get limit(): number | undefined {
    const max = this.maxLength;
    return typeof max === 'number' && Number.isFinite(max) && max > 0 ? max : undefined;
  }

  protected problem(t: Catalogue): QuestionProblem | undefined {
    const value = this.value ?? '';
    if (value.trim() === '')
      return this.required
        ? { flags: { valueMissing: true }, message: t.questionnaire.enterText(this.label) }
        : undefined;
    const limit = this.limit;
    if (limit !== undefined && value.length > limit)
      return { flags: { tooLong: true }, message: t.questionnaire.tooLong(this.label, limit) };
    return undefined;
  }

  protected get anchor(): HTMLElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private countMessage(limit: number): string {
    const t = this.i18n.t.controls;
    const left = limit - (this.value ?? '').length;
    return left >= 0 ? t.charactersRemaining(left) : t.charactersTooMany(-left);
  }

  private readonly onInput = (event: Event): void => {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.userChanged();
    const limit = this.limit;
    if (limit === undefined) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countMessage(limit);
    }, ANNOUNCE_AFTER_MS);
  };

  protected override render(): TemplateResult {
    const limit = this.limit;
    const over = limit !== undefined && (this.value ?? '').length > limit;
    return this.renderSingle(
      (describedBy, invalid) =>
        html`<textarea
          id="input"
          class="field ${invalid || over ? 'has-error' : ''}"
          part="input"
          rows=${this.rows}
          .value=${live(this.value ?? '')}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy}
          @input=${this.onInput}
          @change=${this.userCommitted}
        ></textarea>`,
      limit === undefined
        ? {}
        : {
            describedBy: ['count-info'],
            after: html`<div id="count-info" class="visually-hidden">${this.i18n.t.controls.characterLimit(limit)}</div>
              <div class="count ${over ? 'over' : ''}" part="count" aria-hidden="true">${this.countMessage(limit)}</div>
              <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`,
          },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-text-question': EhTextQuestion;
  }
}
