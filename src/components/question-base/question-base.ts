import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '../../controllers/locale.js';
import type { AnswerValue } from '../../engine/schema.js';
import { EhAnswerChangeEvent } from '../../events/answer-change.js';
import type { Catalogue } from '../../i18n/types.js';

/** Why the current answer cannot stand: the validity flags and the message to show. */
export interface QuestionProblem {
  readonly flags: ValidityStateFlags;
  readonly message: string;
}

/** What a control gives its form: `setFormValue`'s value and state. */
export interface FormSubmission {
  readonly value: string | FormData | null;
  readonly state: string | FormData | null;
}

/** One option of a radio or checkbox question. */
export interface ChoiceOption {
  /** Sent with the form and carried by `eh-answer-change`. */
  readonly value: string;
  /** What the practitioner reads. */
  readonly label: string;
  /** Extra words under the label. */
  readonly hint?: string;
}

/**
 * Everything the question controls share: form association through `ElementInternals`
 * (value, validity, reset, disabled, restore), the GOV.UK field structure (fieldset and
 * legend, or label; hint; error message with a visually hidden prefix), when an error
 * shows, and the events a user change fires.
 *
 * A subclass holds the value (its single source of truth) and says how it is
 * submitted, restored and checked; everything else is derived here on each update.
 *
 * Errors show only once the user has committed a change (`change`, which for a text
 * field comes when it loses focus) or a submit attempt found the control invalid (the
 * `invalid` event), never on first render; a host can show its own message at once with
 * `error`, which also makes the control invalid (like `setCustomValidity`).
 *
 * @attr lang - `en` or `cy`; by default the nearest `lang` attribute above the control. Changing it, or any `lang` above it, re-renders at once.
 */
export abstract class EhQuestionBase<V> extends LitElement {
  static formAssociated = true;
  /**
   * No `delegatesFocus`: with it, pressing the pointer on a label or the space between options
   * first moved focus to the first option, the page scrolled to it, and the click landed
   * elsewhere. `focus()` below gives the same keyboard and script behaviour.
   */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions };

  /** Focuses the field: the chosen option, else the first one, or the input. */
  override focus(options?: FocusOptions): void {
    const target = this.anchor;
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** The answer; setting it never fires an event. */
  abstract value: V;

  /** The form field name, and the question id carried by `eh-answer-change`. Reflects. */
  @property({ reflect: true }) name = '';

  /** The question, shown as the legend (or label) and used in error messages. */
  @property() label = '';

  /** Hint text under the question. */
  @property() hint = '';

  /** An answer is needed: an empty answer makes the control invalid. */
  @property({ type: Boolean }) required = false;

  /** Disables the control: it cannot be changed, is not submitted and is not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * An error message to show now (e.g. after a host's "Continue"); '' for none. While it
   * is set the control is invalid with this message (`validity.customError`).
   */
  @property() error = '';

  /**
   * Show only the errors a host gives through `error`, when it decides (as a page of
   * several questions does on "Continue"), so nothing moves under the pointer on blur.
   */
  @property({ type: Boolean, attribute: 'host-errors' }) hostErrors = false;

  /** The user committed a change, or a submit attempt found the control invalid. */
  @state() protected touched = false;

  /** Disabled by an ancestor `<fieldset disabled>` or the `disabled` attribute. */
  @state() private formDisabled = false;

  protected readonly internals: ElementInternals;
  protected readonly i18n = new LocaleController(this);

  private defaultKnown = false;
  private storedDefault?: V;
  /** True while our own `checkValidity()` runs: a question, not a submit attempt. */
  private quietCheck = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      if (this.quietCheck) return;
      this.touched = true;
      this.syncStates();
    });
  }

  /** What `form.reset()` returns to: the value when first connected, unless set. */
  get defaultValue(): V {
    return this.defaultKnown ? this.copy(this.storedDefault as V) : this.copy(this.value);
  }
  set defaultValue(value: V) {
    this.storedDefault = this.copy(value);
    this.defaultKnown = true;
  }

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The control's validity flags, as for a native control (`valueMissing`, `badInput`, `customError`…). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the control is invalid, in the practitioner's words; '' when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in form validation (false when disabled), as for a native control. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /**
   * What is wrong with the answer as typed, whatever a host's `error` says; '' when
   * nothing. A host that sets `error` reads this to learn what only the control knows.
   */
  get ownValidationMessage(): string {
    return this.isDisabled ? '' : (this.problem(this.i18n.t)?.message ?? '');
  }

  /** Whether the answer is valid. Fires `invalid` when not, but shows no error. */
  checkValidity(): boolean {
    this.syncForm();
    this.quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quietCheck = false;
    }
  }

  /** Like `checkValidity()`, and shows the error (as a submit attempt does). */
  reportValidity(): boolean {
    this.syncForm();
    return this.internals.reportValidity();
  }

  /** `lang` is watched too, so a language set on the control re-renders it in the same update cycle. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.defaultKnown) this.defaultValue = this.value;
  }

  formResetCallback(): void {
    this.resetTo(this.defaultValue);
    this.touched = false;
    this.syncForm();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.restore(state instanceof File ? null : state);
  }

  // --- What each control says ---------------------------------------------------------

  /** A copy a caller cannot change behind the control's back. */
  protected abstract copy(value: V): V;
  /** The answer carried by `eh-answer-change`; `undefined` when there is none. */
  protected abstract get answer(): AnswerValue | undefined;
  /** What the form submits and what the browser keeps to restore. */
  protected abstract submission(): FormSubmission;
  /** Takes back a state kept by `submission()`. */
  protected abstract restore(state: string | FormData | null): void;
  /** Why the value cannot stand (ignoring `error`), or undefined. */
  protected abstract problem(t: Catalogue): QuestionProblem | undefined;
  /** The element a browser points at when it reports the problem. */
  protected abstract get anchor(): HTMLElement | null;

  /** Sets the value on reset; a control keeping more than its value overrides this. */
  protected resetTo(value: V): void {
    this.value = value;
  }

  // --- Derived state ------------------------------------------------------------------

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The message shown under the question now, or ''. */
  protected get shownError(): string {
    if (this.error) return this.error;
    if (this.hostErrors || !this.touched || this.isDisabled) return '';
    return this.problem(this.i18n.t)?.message ?? '';
  }

  protected override updated(): void {
    this.syncForm();
  }

  /** Tells the form the current value and validity. Runs after every update and user change. */
  protected syncForm(): void {
    const { value, state: kept } = this.submission();
    this.internals.setFormValue(value, kept);
    const problem: QuestionProblem | undefined = this.error
      ? { flags: { customError: true }, message: this.error }
      : this.problem(this.i18n.t);
    if (problem) this.internals.setValidity(problem.flags, problem.message, this.anchor ?? undefined);
    else this.internals.setValidity({});
    this.syncStates();
  }

  private syncStates(): void {
    if (this.shownError) this.internals.states.add('user-invalid');
    else this.internals.states.delete('user-invalid');
  }

  // --- User changes -------------------------------------------------------------------

  /** The user changed the value: the form hears it, then the host (`eh-answer-change`). */
  protected userChanged(): void {
    this.syncForm();
    this.dispatchEvent(new EhAnswerChangeEvent(this.name, this.answer));
  }

  /** The user committed a change: errors may now show, and the host hears `change`. */
  protected readonly userCommitted = (): void => {
    this.touched = true;
    this.syncForm();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  // --- Rendering ----------------------------------------------------------------------

  /** `aria-describedby` from the ids that are present. */
  protected describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
    const present = ids.filter((id): id is string => Boolean(id));
    return present.length > 0 ? present.join(' ') : nothing;
  }

  protected renderError(message: string): TemplateResult | typeof nothing {
    if (!message) return nothing;
    return html`<p id="error" class="error-message" part="error">
      <span class="visually-hidden">${this.i18n.t.controls.errorPrefix}</span> ${message}
    </p>`;
  }

  /** A fieldset of radios or checkboxes: legend, hint, error, options. */
  protected renderGroup(hint: string, options: TemplateResult): TemplateResult {
    const error = this.shownError;
    return html`<div class="form-group ${error ? 'has-error' : ''}" part="form-group">
      <fieldset part="fieldset" aria-describedby=${this.describedBy(hint && 'hint', error && 'error')}>
        <legend part="legend">${this.label}</legend>
        ${hint ? html`<div id="hint" class="hint" part="hint">${hint}</div>` : nothing}
        ${this.renderError(error)} ${options}
      </fieldset>
    </div>`;
  }

  /**
   * A single field: label, hint, error, the field (given the ids it must reference and
   * whether an error shows), then anything that follows it (`after`, e.g. a count).
   */
  protected renderSingle(
    field: (describedBy: string | typeof nothing, invalid: boolean) => TemplateResult,
    {
      describedBy = [],
      after = nothing,
    }: { describedBy?: readonly string[]; after?: TemplateResult | typeof nothing } = {},
  ): TemplateResult {
    const error = this.shownError;
    return html`<div class="form-group ${error ? 'has-error' : ''}" part="form-group">
      <label class="label" for="input" part="label">${this.label}</label>
      ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing} ${this.renderError(error)}
      ${field(this.describedBy(this.hint && 'hint', error && 'error', ...describedBy), Boolean(error))} ${after}
    </div>`;
  }

  /** One radio or checkbox with its label and hint. */
  protected renderItem(
    type: 'radio' | 'checkbox',
    index: number,
    option: ChoiceOption,
    checked: boolean,
    onInput: (event: Event) => void,
  ): TemplateResult {
    const id = `option-${index}`;
    return html`<div class="item" part="option">
      <input
        id=${id}
        type=${type}
        name="option"
        part="input"
        value=${option.value}
        .checked=${live(checked)}
        ?disabled=${this.isDisabled}
        ?required=${type === 'radio' && this.required}
        aria-invalid=${this.shownError ? 'true' : nothing}
        aria-describedby=${option.hint ? `${id}-hint` : nothing}
        @input=${onInput}
        @change=${this.userCommitted}
      />
      <label class="item-label" for=${id} part="option-label">${option.label}</label>
      ${option.hint ? html`<div id="${id}-hint" class="item-hint" part="option-hint">${option.hint}</div>` : nothing}
    </div>`;
  }
}

/**
 * A control whose answer is one string ('' for none): radios and notes. How such an
 * answer is copied, carried, submitted and restored is the same for each.
 */
export abstract class EhStringQuestion extends EhQuestionBase<string> {
  protected copy(value: string): string {
    return value;
  }

  protected get answer(): AnswerValue | undefined {
    return this.value === '' ? undefined : this.value;
  }

  protected submission(): FormSubmission {
    const value = this.value === '' ? null : this.value;
    return { value, state: value };
  }

  protected restore(state: string | FormData | null): void {
    this.value = typeof state === 'string' ? state : '';
  }
}
