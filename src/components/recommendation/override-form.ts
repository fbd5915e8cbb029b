import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { localize, type Recommendation } from '../../engine/evaluate.js';
import { makeOverride, type Override } from '../../engine/override.js';
import type { Pack } from '../../engine/schema.js';
import { EhOverrideEvent } from '../../events/override.js';
import type { RecommendationViewStrings } from '../../i18n/recommendation-view.js';

type Field = 'level' | 'reason';
export type OverrideFocus = 'form' | 'errors' | 'decision' | 'disagree';

/** The element that shows a recommendation and keeps the practitioner's decision on it. */
export interface OverrideHost extends ReactiveControllerHost, HTMLElement {
  readonly recommendation?: Recommendation | undefined;
  readonly pack?: Pack | undefined;
  override?: Override | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How the host writes headings, level names and the pack's language, for the form to match it. */
export interface OverrideView {
  readonly t: RecommendationViewStrings;
  heading(offset: number, content: unknown, options?: { id?: string; focusable?: boolean }): TemplateResult;
  levelName(id: string): string;
  readonly packLang: string | typeof nothing;
}

/**
 * "I disagree": the practitioner chooses another of the pack's levels and must give a reason;
 * saving records an `Override` on the host and fires `eh-override`, withdrawing clears it.
 * The form's state, its checks and its markup live here; the host decides where it goes and
 * where focus lands (through `focus`). It renders into the host's shadow root, so the error
 * summary's links and every `aria-describedby` stay inside one root.
 */
export class OverrideForm implements ReactiveController {
  open = false;
  chosen?: string;
  reason = '';
  errors: readonly Field[] = [];

  constructor(
    private readonly host: OverrideHost,
    private readonly callbacks: { readonly focus: (target: OverrideFocus) => void; readonly opened: () => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The pack's levels the practitioner may choose instead of the suggestion. */
  get alternatives(): { id: string; name: string; description: string | undefined }[] {
    const { pack, recommendation } = this.host;
    if (!pack || !recommendation) return [];
    const locale = recommendation.locale;
    return [...pack.levels]
      .sort((a, b) => a.rank - b.rank)
      .filter((level) => level.id !== recommendation.level.id)
      .map((level) => ({
        id: level.id,
        name: localize(level.name, locale, pack),
        description: localize(level.description, locale, pack),
      }));
  }

  /** Whether the practitioner can choose another level (the pack is known and has one). */
  get canChoose(): boolean {
    return this.alternatives.length > 0;
  }

  get shown(): boolean {
    return this.open && this.canChoose;
  }

  /** A decision set by the host (or just saved) replaces any open form. */
  close(): void {
    this.open = false;
    this.errors = [];
  }

  private update(change: { chosen?: string; reason?: string }): void {
    if (change.chosen !== undefined) this.chosen = change.chosen;
    if (change.reason !== undefined) this.reason = change.reason;
    this.host.requestUpdate();
  }

  // Arrow properties: lit calls listeners with the host as `this`.
  private readonly openForm = (): void => {
    this.open = true;
    this.errors = [];
    const { override } = this.host;
    if (override) {
      this.chosen = override.levelId;
      this.reason = override.reason;
    }
    this.callbacks.opened();
    this.callbacks.focus('form');
    this.host.requestUpdate();
  };

  private readonly cancel = (): void => {
    this.close();
    this.callbacks.focus(this.host.override ? 'decision' : 'disagree');
    this.host.requestUpdate();
  };

  private readonly save = (event: SubmitEvent): void => {
    event.preventDefault();
    const { pack, recommendation } = this.host;
    if (!pack || !recommendation) return;
    const levelId = this.alternatives.some((level) => level.id === this.chosen) ? this.chosen : undefined;
    const errors: Field[] = [];
    if (!levelId) errors.push('level');
    if (this.reason.trim() === '') errors.push('reason');
    this.errors = errors;
    if (errors.length > 0 || !levelId) {
      this.callbacks.focus('errors');
      this.host.requestUpdate();
      return;
    }
    const override = makeOverride(pack, recommendation, levelId, this.reason);
    this.host.override = override;
    this.open = false;
    this.callbacks.focus('decision');
    this.host.dispatchEvent(new EhOverrideEvent(override));
  };

  private readonly withdraw = (): void => {
    this.host.override = undefined;
    this.chosen = undefined;
    this.reason = '';
    this.callbacks.focus('disagree');
    this.host.dispatchEvent(new EhOverrideEvent(undefined));
  };

  private focusField(event: Event, field: Field): void {
    event.preventDefault();
    const root = this.host.renderRoot;
    const target =
      field === 'reason'
        ? root.querySelector<HTMLElement>('#override-reason')
        : (root.querySelector<HTMLElement>('input[name="override-level"]:checked') ??
          root.querySelector<HTMLElement>('input[name="override-level"]'));
    target?.focus();
  }

  /** The `override` section: Disagree, the form, or the decision on record with Change and Withdraw. */
  render(r: Recommendation, view: OverrideView): TemplateResult | typeof nothing {
    const { canChoose } = this;
    const { override } = this.host;
    const { t } = view;
    if (this.shown) {
      // While the decision is being changed, paper still shows the decision on record, not the form.
      return html`<section part="override">${override ? this.renderDecision(r, override, view, true) : nothing}${this.renderForm(r, view)}</section>`;
    }
    if (override) {
      return html`<section part="override">
        ${this.renderDecision(r, override, view, false)}
        ${canChoose ? html`<button type="button" class="button secondary" part="button" @click=${this.openForm}>${t.change}</button>` : nothing}
        <button type="button" class="button secondary" part="button" @click=${this.withdraw}>${t.withdraw}</button>
      </section>`;
    }
    if (!canChoose) return nothing;
    return html`<section part="override">
      <button type="button" id="disagree" class="button secondary" part="button" @click=${this.openForm}>${t.disagree}</button>
    </section>`;
  }

  private renderDecision(r: Recommendation, override: Override, view: OverrideView, printOnly: boolean) {
    const { t } = view;
    return html`<div class="decision ${printOnly ? 'print-only' : ''}" part="decision">
      ${view.heading(1, t.decisionTitle, printOnly ? {} : { id: 'decision-heading', focusable: true })}
      <dl class="summary">
        <dt>${t.suggestedLabel}</dt>
        <dd>${view.levelName(override.suggestedLevelId)}</dd>
        <dt>${t.chosenLabel}</dt>
        <dd>${view.levelName(override.levelId)}</dd>
        <dt>${t.reasonShort}</dt>
        <dd class="reason">${override.reason}</dd>
      </dl>
      ${
        override.suggestedLevelId !== r.level.id
          ? html`<p class="warning">
            <span class="warning-icon" aria-hidden="true">!</span>
            <span class="visually-hidden">${t.warning}: </span>${t.decisionStale}
          </p>`
          : nothing
      }
    </div>`;
  }

  private renderForm(r: Recommendation, view: OverrideView) {
    const { t } = view;
    const errors = this.errors;
    const levelError = errors.includes('level');
    const reasonError = errors.includes('reason');
    const options = this.alternatives;
    const firstId = `override-level-${options[0]?.id ?? ''}`;
    const message = (field: Field) => (field === 'level' ? t.levelRequired : t.reasonRequired);
    return html`${
      errors.length > 0
        ? html`<div class="error-summary" part="error-summary" tabindex="-1">
            <div role="alert">
              ${view.heading(1, t.errorSummaryTitle)}
              <ul>
                ${errors.map(
                  (field) =>
                    html`<li>
                      <a href=${field === 'reason' ? '#override-reason' : `#${firstId}`} @click=${(event: Event) => this.focusField(event, field)}
                        >${message(field)}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>
          </div>`
        : nothing
    }
      <form part="override-form" novalidate @submit=${this.save}>
        ${view.heading(1, t.formTitle, { id: 'override-heading', focusable: true })}
        <p>${t.formIntro}</p>
        <div class="form-group ${levelError ? 'error' : ''}">
          <fieldset aria-describedby=${levelError ? 'override-level-hint override-level-error' : 'override-level-hint'}>
            <legend>${t.levelLegend}</legend>
            <p class="hint" id="override-level-hint">${t.levelHint(r.level.name)}</p>
            ${
              levelError
                ? html`<p class="error-message" id="override-level-error"><span class="visually-hidden">${t.errorPrefix}</span> ${t.levelRequired}</p>`
                : nothing
            }
            ${options.map(
              (level) => html`<div class="radio">
                <input
                  type="radio"
                  name="override-level"
                  id=${`override-level-${level.id}`}
                  .value=${level.id}
                  .checked=${this.chosen === level.id}
                  aria-describedby=${level.description ? `override-level-${level.id}-hint` : nothing}
                  @change=${() => this.update({ chosen: level.id })}
                />
                <label for=${`override-level-${level.id}`} lang=${view.packLang}>${level.name}</label>
                ${
                  level.description
                    ? html`<p class="hint" id=${`override-level-${level.id}-hint`} lang=${view.packLang}>${level.description}</p>`
                    : nothing
                }
              </div>`,
            )}
          </fieldset>
        </div>
        <div class="form-group ${reasonError ? 'error' : ''}">
          <label class="field-label" for="override-reason">${t.reasonLabel}</label>
          <p class="hint" id="override-reason-hint">${t.reasonHint}</p>
          ${
            reasonError
              ? html`<p class="error-message" id="override-reason-error"><span class="visually-hidden">${t.errorPrefix}</span> ${t.reasonRequired}</p>`
              : nothing
          }
          <textarea
            id="override-reason"
            name="override-reason"
            rows="5"
            aria-describedby=${reasonError ? 'override-reason-hint override-reason-error' : 'override-reason-hint'}
            aria-invalid=${reasonError ? 'true' : nothing}
            .value=${this.reason}
            @input=${(event: Event) => this.update({ reason: (event.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        <button type="submit" class="button" part="button">${t.save}</button>
        <button type="button" class="button secondary" part="button" @click=${this.cancel}>${t.cancel}</button>
      </form>`;
  }
}
