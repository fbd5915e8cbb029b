import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { formatCount } from '../../i18n/count.js';
import { LocaleController } from '../../controllers/locale.js';
import { OutputsController } from '../../controllers/outputs.js';
import {
  type Evidence,
  type LevelOutcome,
  type Recommendation,
  type RuleResult,
  type ServiceOutcome,
  type SourceOutcome,
} from '../../engine/evaluate.js';
import { consentSentence, nextStepsOrSuggestion, type NextSteps } from '../../engine/next-steps.js';
import { telHref } from '../tel.js';
import type { Override } from '../../engine/override.js';
import { knownUnknowns, levelName, splitFirstSentence } from '../../engine/report.js';
import type { Answers, Pack } from '../../engine/schema.js';
import { signsOfSafety, type SignsOfSafetyItem } from '../../engine/signs-of-safety.js';
import { whatWouldChangeAsync, type WhatIf } from '../../engine/what-if.js';
import { whatIfText } from '../../engine/what-if-text.js';
import { whatIfBlocks } from '../what-if-view.js';
import { EhCompleteEvent } from '../../events/complete.js';
import type { RecommendationViewStrings } from '../../i18n/recommendation-view.js';
import type { EngineStrings } from '../../i18n/engine.js';
import { summary } from '../../questionnaire/index.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { OverrideForm, type OverrideFocus, type OverrideView } from './override-form.js';
import { styles } from './recommendation.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

type FocusTarget = OverrideFocus | 'copy-box';

/** How the result is arranged: the standard sections, or the three Signs of Safety questions. */
export type RecommendationView = 'standard' | 'signs-of-safety';
const VIEWS: readonly RecommendationView[] = ['standard', 'signs-of-safety'];

/** Only http(s) addresses become links; anything else in a pack is shown as text. */
function webHref(web: string): string | undefined {
  try {
    const url = new URL(web);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A recommendation a practitioner can act on and defend: the suggested level and what it
 * means, who to contact and what to do next, the reasons with the answers behind each,
 * the strengths noted, advice, the advisory statement and the rule pack's stamp. The
 * practitioner may disagree: they choose another level and must give a reason; both the
 * suggested and the chosen level are then shown. Every text is rendered as text.
 *
 * The same result can be arranged as the three Signs of Safety questions (`view`), copied
 * as plain text for an email or a case system (the Copy summary button), and printed: on
 * paper it gives the result, the decision, the stamp and the advisory statement, without
 * buttons or forms.
 *
 * @summary A recommendation with its reasons, contacts and the practitioner's decision.
 * @tag eh-recommendation
 * @attr lang - `en` or `cy`; by default the nearest `lang` attribute above the element. Changing it, or any `lang` above it, re-renders at once; answers are kept.
 *
 * @fires eh-override - `EhOverrideEvent`: the practitioner saved a different level with a reason (`override`).
 * @fires eh-complete - `EhCompleteEvent`: the practitioner confirmed the result (`recommendation`, `override`).
 *
 * @csspart level - The panel with the level, what it means, notices and (urgent) the action and phone numbers.
 * @csspart scale - The level's place on the pack's scale ("Level 3 of 4") with a row of filled steps; shown with `.pack`, never for the urgent outcome.
 * @csspart action - The urgent outcome's action sentence.
 * @csspart suggested - After an override: the level the rules suggested, beside the level decided on.
 * @csspart consent - Leads the result when consent refused or not asked stops an early-help request: what cannot happen, what can.
 * @csspart notices - The list of notices (provisional, draft or illustrative pack, not in force).
 * @csspart missing - The list of required questions still unanswered.
 * @csspart unknowns - Answers given as "don't know" or "not sure" that could change the level: what to find out.
 * @csspart next-step - The one next step, before the contacts: the first service's own, then the `next-steps` slot.
 * @csspart services - The services with their contacts (and, after the first, their next steps).
 * @csspart service - One service.
 * @csspart rationale - Why the level was suggested: each rule with the answers behind it.
 * @csspart reason-more - Under each reason's first sentence and its answers: the rest of its text and its citation, folded (not printed).
 * @csspart also-noted - Concerns that also held but point to a lower level (inside `rationale`), folded away by default; printed open.
 * @csspart strengths - What is working well.
 * @csspart advice - Advice (for example what consent allows).
 * @csspart view-switch - The radios that switch between the standard and the Signs of Safety arrangement.
 * @csspart signs-of-safety - The Signs of Safety arrangement: three columns on a wide screen, one after another on a narrow one and on paper.
 * @csspart worries - "What are we worried about?": the reasons and the concerns also noted.
 * @csspart working-well - "What is working well?": the strengths.
 * @csspart needs-to-happen - "What needs to happen?": the urgent action, the override, services with contacts and next steps, advice, questions still to answer.
 * @csspart answers - The answers given, folded away (only with `.answers` and `.pack`); printed only by "Print with the answers".
 * @csspart what-if - "What would change this", folded; searched when opened (only with `.answers` and `.pack`).
 * @csspart what-if-heading - "It would be Level 4 if:" above the ways to reach that level.
 * @csspart what-if-ways - The list of ways, each one or more conditions.
 * @csspart what-if-none - Nothing within the changes searched moves the level that way.
 * @csspart advisory - The advisory statement.
 * @csspart stamp - The `<eh-pack-stamp>`.
 * @csspart override - The disagree button, the override form or the recorded decision.
 * @csspart override-form - The override form.
 * @csspart error-summary - The override form's error summary.
 * @csspart decision - The recorded decision: suggested level, chosen level and reason.
 * @csspart confirm - Confirm and finish, and its message; beside the reasons with Disagree.
 * @csspart actions - Print, copy and download buttons and their messages.
 * @csspart print - The Print button.
 * @csspart print-answers - The Print with the answers button.
 * @slot next-steps - The host's own words under the pack's next step ("Also tell your designated safeguarding lead today").
 * @csspart copy - The Copy summary button (a short summary for an email or a note).
 * @csspart copy-full - The Copy full record button (every answer and the whole rationale, for a case system).
 * @csspart download - The two download buttons (referral summary JSON, FHIR Bundle); shown only with `.pack` and `.answers`, and not while consent stops an early-help request.
 * @csspart download-hint - In place of the downloads while consent stops an early-help request.
 * @csspart download-status - The polite live region that names the file handed to the browser, or says none could be made.
 * @csspart copy-status - The polite live region that says the summary was copied, or that it could not be.
 * @csspart copy-box - The box holding the summary, selected, shown when copying failed.
 * @csspart button - Every button.
 *
 * @cssprop --eh-recommendation-accent - Left border of the level panel (default: the link colour).
 * @cssprop --eh-recommendation-panel-background - Background of the level and decision panels (default: `--eh-color-surface-alt`).
 * @cssprop --eh-recommendation-urgent-background - Background of the urgent level panel (default: `--eh-color-surface`).
 * @cssprop --eh-recommendation-column-width - Narrowest Signs of Safety column before the columns stack (default: 15rem).
 *
 * @cssstate urgent - The recommendation is the immediate-danger outcome.
 * @cssstate provisional - Required questions are unanswered (`complete` is false).
 * @cssstate overridden - The practitioner recorded a different level.
 */
export class EhRecommendation extends LitElement {
  static override styles = [tokens, shared, styles];

  /** The recommendation to show, from `evaluate()`. Nothing renders until it is set. */
  @property({ attribute: false }) recommendation?: Recommendation;

  /** The pack that made the recommendation; needed to offer other levels when the practitioner disagrees. */
  @property({ attribute: false }) pack?: Pack;

  /** The practitioner's override. Set it to resume a recorded decision (no event fires). */
  @property({ attribute: false }) override?: Override;

  /**
   * The answers behind the recommendation. With `.pack`, they are listed (folded away on
   * screen, open on paper) and added to the copied summary.
   */
  @property({ attribute: false }) answers?: Answers;

  /** Level (1–6) of the element's top heading, so it fits the host page's outline. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * How the result is arranged: `standard` (default) or `signs-of-safety` (what are we
   * worried about / what is working well / what needs to happen). The practitioner can
   * switch with the radios in the element; that changes this property and fires no event.
   */
  @property() view: RecommendationView = 'standard';

  @state() private confirmed = false;

  /** "What would change this": searched when first opened, again when the answers or pack change. */
  @state() private whatIfOpen = false;
  /** Whether the host put anything in the `next-steps` slot (the section shows for it alone). */
  @state() private hasSlotted = false;
  @state() private whatIf?: WhatIf;
  @state() private whatIfFailed = false;
  private whatIfRun?: AbortController;

  /** What follows from the level that stands (the practitioner's after an override). */
  private steps?: NextSteps;

  private readonly i18n = new LocaleController(this);
  private readonly overrideForm = new OverrideForm(this, {
    focus: (target) => (this.focusTarget = target),
    opened: () => (this.confirmed = false),
  });
  private readonly outputs = new OutputsController(
    this,
    () => this,
    () => this.i18n.t.recommendationView.download,
    () => (this.focusTarget = 'copy-box'),
  );
  private readonly internals = this.attachInternals();
  private focusTarget?: FocusTarget;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('override')) {
      // A decision set by the host (or just saved) replaces any open form.
      this.overrideForm.close();
      this.confirmed = false;
    }
    if (changed.has('recommendation') && changed.get('recommendation')?.level.id !== this.recommendation?.level.id) {
      this.confirmed = false;
    }
    if (changed.has('recommendation') || changed.has('override') || changed.has('answers') || changed.has('pack')) {
      // A copy made before is no longer the summary on screen.
      this.outputs.reset();
    }
    const r = this.recommendation;
    if (changed.has('recommendation') || changed.has('override') || changed.has('answers') || changed.has('pack')) {
      this.steps = r ? this.stepsFor(r) : undefined;
    }
    if (changed.has('recommendation') || changed.has('answers') || changed.has('pack')) {
      this.whatIfRun?.abort();
      this.whatIfRun = undefined;
      this.whatIf = undefined;
      this.whatIfFailed = false;
      if (this.whatIfOpen) this.searchWhatIf();
    }
    this.toggleState('urgent', r?.level.urgent ?? false);
    this.toggleState('provisional', r !== undefined && !r.complete);
    this.toggleState('overridden', this.override !== undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.whatIfRun?.abort();
    this.whatIfRun = undefined;
  }

  private onWhatIfToggle(event: Event): void {
    this.whatIfOpen = (event.target as HTMLDetailsElement).open;
    if (this.whatIfOpen && !this.whatIf && !this.whatIfRun) this.searchWhatIf();
  }

  /** Runs in steps that give the page back, so typing and clicking never wait on it. */
  private searchWhatIf(): void {
    const { pack, answers } = this;
    if (!pack || !answers) return;
    const run = new AbortController();
    this.whatIfRun = run;
    whatWouldChangeAsync(pack, answers, { signal: run.signal }).then(
      (found) => {
        if (run.signal.aborted) return;
        this.whatIf = found;
        this.whatIfRun = undefined;
      },
      () => {
        if (run.signal.aborted) return;
        this.whatIfFailed = true;
        this.whatIfRun = undefined;
      },
    );
  }

  private stepsFor(r: Recommendation): NextSteps {
    return nextStepsOrSuggestion(this.pack, r, { override: this.override, answers: this.answers });
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const selector = {
      form: '#override-heading',
      errors: '.error-summary',
      decision: '#decision-heading',
      disagree: '#disagree',
      'copy-box': '#copy-box',
    }[target];
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
    if (element instanceof HTMLTextAreaElement) element.select();
  }

  private toggleState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet simply lose the state selectors.
    }
  }

  // --- Helpers ------------------------------------------------------------------------

  /** A heading `offset` levels below the element's top heading. */
  private heading(
    offset: number,
    content: unknown,
    options: { id?: string; focusable?: boolean } = {},
  ): TemplateResult {
    const base = Number.isFinite(this.headingLevel) ? Math.round(this.headingLevel) : 2;
    const tag = HEADINGS[Math.min(6, Math.max(1, base + offset)) - 1]!;
    return staticHtml`<${tag} id=${options.id ?? nothing} tabindex=${options.focusable ? '-1' : nothing}>${content}</${tag}>`;
  }

  /** `lang` for texts from the pack and engine when they are not in the element's language. */
  private get packLang(): string | typeof nothing {
    const locale = this.recommendation?.locale;
    return locale && locale !== this.i18n.locale ? locale : nothing;
  }

  private levelName(id: string): string {
    return this.recommendation ? levelName(this.recommendation, id, this.pack) : id;
  }

  /** The arrangement to show: anything but `signs-of-safety` is the standard one. */
  private get currentView(): RecommendationView {
    return this.view === 'signs-of-safety' ? 'signs-of-safety' : 'standard';
  }

  /** What the override form borrows to look like the rest of the result. */
  private get overrideView(): OverrideView {
    return {
      t: this.i18n.t.recommendationView,
      heading: (offset, content, options) => this.heading(offset, content, options),
      levelName: (id) => this.levelName(id),
      packLang: this.packLang,
    };
  }

  // --- User actions -------------------------------------------------------------------

  private chooseView(view: RecommendationView): void {
    this.view = view;
  }

  private confirm(): void {
    const { recommendation } = this;
    if (!recommendation) return;
    this.confirmed = true;
    this.dispatchEvent(new EhCompleteEvent(recommendation, this.override));
  }

  // --- Rendering ----------------------------------------------------------------------

  protected override render() {
    const r = this.recommendation;
    if (!r) return nothing;
    const t = this.i18n.t.recommendationView;
    const standard = this.currentView !== 'signs-of-safety';
    // What a practitioner acts on and defends comes first (next step, contacts, why, their
    // decision); what they may want later follows; everything long is folded at the end.
    const body = standard
      ? html`${this.renderNextStep(t)} ${this.renderRationale(r, t)}`
      : this.renderSignsOfSafety(r, t, this.i18n.t.signsOfSafety);
    // Wide: the result and its reasons on the left, who to contact and the decision beside
    // them. Narrow: one column, in the order next step, contacts, why, decision (see styles).
    return html`<div class="root ${this.outputs.printAnswers ? 'print-answers' : ''}" lang=${this.i18n.locale}>
      <div class="layout ${standard ? 'two-column' : ''}">
        <div class="main">${this.renderLevel(r, t)} ${this.renderConsent()} ${body}</div>
        <div class="side">${standard ? this.renderServices(r, t) : nothing} ${this.overrideForm.shown ? nothing : this.renderConfirm(t)} ${this.overrideForm.render(r, this.overrideView)}</div>
      </div>
      ${this.overrideForm.shown ? nothing : this.renderActions(t)} ${this.renderViewSwitch(t)}
      ${standard ? html`${this.renderStrengths(r, t)} ${this.renderAdvice(r, t)}` : nothing} ${this.renderWhatIf(r)}
      <div class="advisory" part="advisory"><p lang=${this.packLang}>${r.advisory}</p></div>
      ${this.renderAnswers(r, t)}
      <eh-pack-stamp part="stamp" .stamp=${r.stamp}></eh-pack-stamp>
    </div>`;
  }

  /**
   * Where the level sits on the pack's scale: "Level 3 of 4" in words, and a row of steps
   * filled up to it, so the difference between levels never rests on colour alone. Needs
   * `.pack` (the scale is the pack's); never shown for the urgent outcome.
   */
  private renderScale(level: LevelOutcome, t: RecommendationViewStrings) {
    const levels = this.pack ? [...this.pack.levels].sort((a, b) => a.rank - b.rank) : [];
    const position = levels.findIndex((candidate) => candidate.id === level.id) + 1;
    if (level.urgent || position === 0) return nothing;
    return html`<p class="scale" part="scale">
      <span class="scale-steps" aria-hidden="true">${levels.map((_, i) => html`<span class="scale-step ${i < position ? 'filled' : ''}"></span>`)}</span>
      <span class="scale-text">${t.scale(position, levels.length)}</span>
    </p>`;
  }

  private renderLevel(r: Recommendation, t: RecommendationViewStrings) {
    const steps = this.steps ?? this.stepsFor(r);
    const { level } = steps;
    const lang = this.packLang;
    const decided = this.i18n.t.nextSteps;
    const caption = steps.overridden
      ? decided.decided
      : level.urgent
        ? t.captionUrgent
        : r.complete
          ? t.caption
          : t.captionProvisional;
    const calls = level.urgent ? this.urgentCalls(steps.services, t) : [];
    return html`<section class="level ${level.urgent ? 'urgent' : ''}" part="level">
      ${this.heading(
        0,
        html`<span class="caption">${caption}</span> <span class="level-name" lang=${lang}>${level.name}</span>`,
      )}
      ${this.renderScale(level, t)}
      ${level.urgent && level.action ? html`<p class="action" part="action" lang=${lang}>${level.action}</p>` : nothing}
      ${
        calls.length > 0
          ? html`<p class="label">${t.callNow}</p>
            <ul class="call-list">
              ${calls.map((call) => html`<li><a href=${telHref(call.phone)}>${call.text}</a></li>`)}
            </ul>`
          : nothing
      }
      ${steps.overridden ? html`<p class="suggested" part="suggested" lang=${lang}>${decided.suggestedBeside(steps.suggested.name)}</p>` : nothing}
      <p class="description" lang=${lang}>${level.description}</p>
      ${
        r.notices.length > 0
          ? html`<ul class="notices" part="notices" lang=${lang}>
            ${r.notices.map(
              (notice) => html`<li class="warning">
                <span class="warning-icon" aria-hidden="true">!</span>
                <span class="visually-hidden" lang=${this.i18n.locale}>${t.warning}: </span>${notice}
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${this.renderUnknowns(r, t)}
      ${
        r.missing.length > 0
          ? html`<p class="label">${t.missingIntro}</p>
            <ul part="missing" lang=${lang}>
              ${r.missing.map((entry) => html`<li>${entry.question}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  /** Answers given as "don't know" or "not sure" that could change the level (unanswered ones are listed as missing). */
  private renderUnknowns(r: Recommendation, t: RecommendationViewStrings) {
    const unknowns = knownUnknowns(r);
    if (unknowns.length === 0) return nothing;
    return html`<p class="label">${t.unknownsIntro}</p>
      <ul part="unknowns" lang=${this.packLang}>
        ${unknowns.map((item) => html`<li>${item.questionShort}${t.answerSeparator}<strong>${item.answerShort}</strong></li>`)}
      </ul>`;
  }

  private urgentCalls(services: readonly ServiceOutcome[], t: RecommendationViewStrings) {
    const calls: { phone: string; text: string }[] = [];
    for (const service of services)
      if (service.contact.phone)
        calls.push({ phone: service.contact.phone, text: t.call(service.name, service.contact.phone) });
    for (const service of services) {
      const phone = service.contact.outOfHours?.phone;
      if (phone) calls.push({ phone, text: t.callOutOfHours(service.name, phone) });
    }
    return calls;
  }

  /**
   * Consent refused or not yet asked at an early-help level: what cannot happen and what can
   * lead the result, before any contact. Never shown at the front door, where a
   * safeguarding concern is shared whatever the family says.
   */
  private renderConsent() {
    const steps = this.steps;
    if (!steps?.waitingForConsent) return nothing;
    const t = this.i18n.t.nextSteps;
    const why = consentSentence(steps.consent, t);
    return html`<section class="consent" part="consent">
      ${this.heading(1, t.consentTitle)}
      <p>${why}</p>
      <p>${t.consentCan}</p>
      <p>${t.consentSafeguarding}</p>
    </section>`;
  }

  /**
   * One clear next step, before any contact: the first service's own next step (the level's
   * action when urgent is already above), then whatever the host adds in the `next-steps` slot.
   */
  private renderNextStep(t: RecommendationViewStrings) {
    const steps = this.steps;
    const first = steps?.level.urgent ? undefined : steps?.services[0]?.nextSteps;
    return html`<section class="next-step" part="next-step" ?hidden=${!first && !this.hasSlotted}>
      ${this.heading(1, t.nextSteps)}
      ${first ? html`<p lang=${this.packLang}>${first}</p>` : nothing}
      <slot name="next-steps" @slotchange=${this.onSlotChange}></slot>
    </section>`;
  }

  private onSlotChange(event: Event): void {
    this.hasSlotted = (event.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  private renderServices(r: Recommendation, t: RecommendationViewStrings) {
    const services = (this.steps ?? this.stepsFor(r)).services;
    if (services.length === 0) return nothing;
    const lang = this.packLang;
    const urgent = this.steps?.level.urgent ?? false;
    return html`<section part="services">
      ${this.heading(1, t.servicesTitle)}
      ${services.map((service, i) => {
        // The first service's next step is already the page's next step: not said twice.
        const nextSteps = i === 0 && !urgent ? undefined : service.nextSteps;
        return html`<div class="service" part="service">
          ${this.heading(2, html`<span lang=${lang}>${service.name}</span>`)}
          ${service.description ? html`<p lang=${lang}>${service.description}</p>` : nothing}
          ${this.renderContacts(service, t)}
          ${
            nextSteps
              ? html`<p class="label">${t.nextSteps}</p>
                <p lang=${lang}>${nextSteps}</p>`
              : nothing
          }
        </div>`;
      })}
    </section>`;
  }

  /**
   * "What would change this": folded, and searched only once opened, in steps that leave the
   * page responsive. Conditions to watch, phrased as such, in the recommendation's language.
   */
  private renderWhatIf(r: Recommendation) {
    const { pack, answers } = this;
    // Immediate danger is acted on, not weighed: the page says what to do now.
    if (!pack || !answers || r.level.urgent) return nothing;
    const t = this.i18n.t.whatIf;
    const found = this.whatIf ? whatIfText(pack, this.whatIf, r.locale) : undefined;
    return html`<details class="what-if fold" part="what-if" .open=${this.whatIfOpen} @toggle=${this.onWhatIfToggle}>
      <summary>${t.title}</summary>
      <div class="what-if-body" lang=${this.packLang}>
        <p class="hint">${found?.intro ?? t.intro}</p>
        <p role="status" class="what-if-status">${this.whatIfOpen && !found && !this.whatIfFailed ? t.working : nothing}</p>
        ${this.whatIfFailed ? html`<p class="error-message">${this.i18n.t.recommendationView.whatIfFailed}</p>` : nothing}
        ${found ? whatIfBlocks(found) : nothing}
      </div>
    </details>`;
  }

  /** A service's phone, email, web, hours and out-of-hours number; links print as their text. */
  private renderContacts(service: ServiceOutcome, t: RecommendationViewStrings) {
    const lang = this.packLang;
    const { phone, email, web, hours, outOfHours } = service.contact;
    const href = web ? webHref(web) : undefined;
    return html`<dl class="contacts">
      ${phone ? html`<dt>${t.phone}</dt><dd><a href=${telHref(phone)}>${phone}</a></dd>` : nothing}
      ${email ? html`<dt>${t.email}</dt><dd><a href=${`mailto:${email}`}>${email}</a></dd>` : nothing}
      ${web ? html`<dt>${t.web}</dt><dd>${href ? html`<a href=${href}>${web}</a>` : web}</dd>` : nothing}
      ${hours ? html`<dt>${t.hours}</dt><dd lang=${lang}>${hours}</dd>` : nothing}
      ${
        outOfHours?.phone || outOfHours?.hours
          ? html`<dt>${t.outOfHours}</dt>
            <dd>
              ${outOfHours.phone ? html`<a href=${telHref(outOfHours.phone)}>${outOfHours.phone}</a>` : nothing}
              ${outOfHours.hours ? html`<span lang=${lang}>${outOfHours.phone ? ' ' : ''}(${outOfHours.hours})</span>` : nothing}
            </dd>`
          : nothing
      }
    </dl>`;
  }

  /** The answers behind a rule (its reasons, then the conditions under which it applies), and its source. */
  private renderEvidence(
    because: readonly Evidence[],
    source: SourceOutcome | undefined,
    t: RecommendationViewStrings,
    withSource = true,
  ) {
    const lang = this.packLang;
    // The label and the answers run on as one line where they fit: a list for screen readers,
    // a phrase to the eye.
    const list = (label: string, items: readonly Evidence[]) =>
      items.length > 0
        ? html`<div class="because-line">
            <span class="label">${label}</span>
            <ul class="evidence" lang=${lang}>
              ${items.map((evidence) => html`<li>${evidence.questionShort}${t.answerSeparator}<strong>${evidence.answerShort}</strong></li>`)}
            </ul>
          </div>`
        : nothing;
    return html`${list(
      t.because,
      because.filter((evidence) => !evidence.condition),
    )}
      ${list(
        t.appliesWhen,
        because.filter((evidence) => evidence.condition),
      )}
      ${source && withSource ? html`<p class="source">${t.source(source.title, source.paragraph)}</p>` : nothing}`;
  }

  /**
   * One reason: its first sentence and the answers behind it in short words; the rest of the
   * text and the citation are folded beneath, for whoever wants them.
   */
  private renderRule(rule: RuleResult, t: RecommendationViewStrings) {
    const [first, rest] = splitFirstSentence(rule.text);
    const { source } = rule;
    return html`<li>
      <p lang=${this.packLang}>${first}</p>
      ${this.renderEvidence(rule.because, source, t, false)}
      ${
        rest || source
          ? html`<details class="more" part="reason-more">
            <summary>${t.moreAboutReason}</summary>
            ${rest ? html`<p lang=${this.packLang}>${rest}</p>` : nothing}
            ${source ? html`<p class="source">${t.source(source.title, source.paragraph)}</p>` : nothing}
          </details>`
          : nothing
      }
    </li>`;
  }

  private renderViewSwitch(t: RecommendationViewStrings) {
    const current = this.currentView;
    const label = { standard: t.view.standard, 'signs-of-safety': t.view.signsOfSafety };
    return html`<fieldset class="view-switch" part="view-switch">
      <legend>${t.view.legend}</legend>
      <div class="view-options">
        ${VIEWS.map(
          (view) => html`<div class="radio">
            <input
              type="radio"
              name="view"
              id=${`view-${view}`}
              .value=${view}
              .checked=${current === view}
              @change=${() => this.chooseView(view)}
            />
            <label for=${`view-${view}`}>${label[view]}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  /** One item of the Signs of Safety arrangement. */
  private renderItem(item: SignsOfSafetyItem, t: RecommendationViewStrings) {
    const lang = this.packLang;
    // The practitioner's reason is in their own words, not the pack's language.
    const detailLang = item.kind === 'override' ? nothing : lang;
    return html`<li class=${`item item-${item.kind}`}>
      <p class=${item.kind === 'service' || item.kind === 'action' || item.kind === 'override' ? 'label' : ''} lang=${lang}>${item.text}</p>
      ${item.service?.description ? html`<p lang=${lang}>${item.service.description}</p>` : nothing}
      ${item.service ? this.renderContacts(item.service, t) : nothing}
      ${
        item.detail
          ? html`${item.kind === 'override' ? html`<p class="label">${t.reasonShort}</p>` : item.kind === 'service' ? html`<p class="label">${t.nextSteps}</p>` : nothing}
            <p class=${item.kind === 'override' ? 'reason' : ''} lang=${detailLang}>${item.detail}</p>`
          : nothing
      }
      ${this.renderEvidence(item.because, item.source, t)}
    </li>`;
  }

  private renderSignsOfSafety(r: Recommendation, t: RecommendationViewStrings, s: EngineStrings['signsOfSafety']) {
    const arranged = signsOfSafety(r, {
      ...(this.override ? { override: this.override } : {}),
      ...(this.pack ? { pack: this.pack } : {}),
      ...(this.answers ? { answers: this.answers } : {}),
    });
    const worries = arranged.worries.filter((item) => item.kind !== 'also-noted');
    const alsoNoted = arranged.worries.filter((item) => item.kind === 'also-noted');
    return html`<div class="sos" part="signs-of-safety">
      <section part="worries">
        ${this.heading(1, s.worried)}
        <ul class="rules">
          ${worries.map((item) => this.renderItem(item, t))}
        </ul>
        ${
          alsoNoted.length > 0
            ? html`<p class="label">${t.alsoNotedTitle}</p>
              <p>${t.alsoNotedIntro}</p>
              <ul class="rules">
                ${alsoNoted.map((item) => this.renderItem(item, t))}
              </ul>`
            : nothing
        }
      </section>
      <section part="working-well">
        ${this.heading(1, s.workingWell)}
        ${
          arranged.workingWell.length > 0
            ? html`<ul class="rules">
              ${arranged.workingWell.map((item) => this.renderItem(item, t))}
            </ul>`
            : html`<p>${t.noStrengths}</p>`
        }
      </section>
      <section part="needs-to-happen">
        ${this.heading(1, s.needsToHappen)}
        ${
          arranged.needsToHappen.length > 0
            ? html`<ul class="rules">
              ${arranged.needsToHappen.map((item) => this.renderItem(item, t))}
            </ul>`
            : html`<p>${s.nothingMore}</p>`
        }
      </section>
    </div>`;
  }

  private renderAnswers(r: Recommendation, t: RecommendationViewStrings) {
    const { pack, answers } = this;
    if (!pack || !answers) return nothing;
    const groups = summary(pack, answers, r.locale);
    if (groups.length === 0) return nothing;
    const lang = this.packLang;
    return html`<details class="answers" part="answers">
      <summary>${t.answersTitle}</summary>
      ${groups.map(
        (group) => html`<p class="label" lang=${lang}>${group.title}</p>
          <dl class="answer-list" lang=${lang}>
            ${group.rows.map((row) => html`<div class="answer-row"><dt>${row.question}</dt><dd>${row.answer}</dd></div>`)}
          </dl>`,
      )}
    </details>`;
  }

  private renderRationale(r: Recommendation, t: RecommendationViewStrings) {
    // `alsoNoted` may be missing from a recommendation a host built or stored before it existed.
    const alsoNoted = r.alsoNoted ?? [];
    return html`<section part="rationale">
      ${this.heading(1, t.rationaleTitle)}
      <ul class="rules">
        ${r.rationale.map((rule) => this.renderRule(rule, t))}
      </ul>
      ${
        alsoNoted.length > 0
          ? html`<details part="also-noted" class="also-noted">
            <summary>${t.alsoNotedTitle} (${formatCount(alsoNoted.length, r.locale)})</summary>
            <p>${t.alsoNotedIntro}</p>
            <ul class="rules">
              ${alsoNoted.map((rule) => this.renderRule(rule, t))}
            </ul>
          </details>`
          : nothing
      }
    </section>`;
  }

  private renderStrengths(r: Recommendation, t: RecommendationViewStrings) {
    return html`<section part="strengths">
      ${this.heading(1, t.strengthsTitle)}
      ${
        r.strengths.length > 0
          ? html`<ul class="rules">
            ${r.strengths.map((rule) => this.renderRule(rule, t))}
          </ul>`
          : html`<p>${t.noStrengths}</p>`
      }
    </section>`;
  }

  private renderAdvice(r: Recommendation, t: RecommendationViewStrings) {
    const advice = (this.steps ?? this.stepsFor(r)).advice;
    if (advice.length === 0) return nothing;
    return html`<section part="advice">
      ${this.heading(1, t.adviceTitle)}
      <ul class="rules">
        ${advice.map((rule) => this.renderRule(rule, t))}
      </ul>
    </section>`;
  }

  private renderActions(t: RecommendationViewStrings) {
    const { outputs } = this;
    const status = outputs.copyStatus;
    return html`<div class="actions" part="actions">
      <button type="button" class="button secondary" part="button print" @click=${() => outputs.print(false)}>${t.print}</button>
      ${
        this.answers && this.pack
          ? html`<button type="button" class="button secondary" part="button print-answers" @click=${() => outputs.print(true)}>${t.printWithAnswers}</button>`
          : nothing
      }
      <button type="button" class="button secondary" part="button copy" @click=${() => outputs.copy(false)}>${t.copy.button}</button>
      <button type="button" class="button secondary" part="button copy-full" @click=${() => outputs.copy(true)}>${t.copy.fullButton}</button>
      ${
        this.pack && this.answers
          ? this.steps?.waitingForConsent
            ? html`<p class="hint" part="download-hint">${this.i18n.t.nextSteps.requestNeedsConsent}</p>`
            : html`<button type="button" class="button secondary" part="button download" @click=${() => outputs.download('referral')}>${t.download.referral}</button>
              <button type="button" class="button secondary" part="button download" @click=${() => outputs.download('fhir')}>${t.download.fhir}</button>`
          : nothing
      }
      <p class="copy-status" part="copy-status" role="status">${status ? (status === 'copied' ? t.copy.copied : status === 'copied-full' ? t.copy.copiedFull : t.copy.failed) : nothing}</p>
      ${
        status === 'failed'
          ? html`<div class="copy-box" part="copy-box">
            <label class="field-label" for="copy-box">${t.copy.boxLabel}</label>
            <textarea id="copy-box" readonly rows="12" .value=${outputs.copyText}></textarea>
          </div>`
          : nothing
      }
      <p class="download-status" part="download-status" role="status">${outputs.downloadStatus || nothing}</p>
    </div>`;
  }

  /** Agreeing with the level: beside the reasons, with the way to disagree. */
  private renderConfirm(t: RecommendationViewStrings) {
    return html`<div class="confirm" part="confirm">
      <button type="button" class="button" part="button" @click=${this.confirm}>${t.confirm}</button>
      <p class="confirmed" role="status">${this.confirmed ? t.confirmed : nothing}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-recommendation': EhRecommendation;
  }
}
