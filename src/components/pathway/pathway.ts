import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import { questionTemplate } from '../question-base/question-template.js';
import { resolvePack, type PackState } from '../../controllers/pack-source.js';
import { LocaleController } from '../../controllers/locale.js';
import { catalogue } from '../../i18n/index.js';
import { evaluate, localize, serviceOutcome, type Recommendation, type ServiceOutcome } from '../../engine/evaluate.js';
import { evaluateOutcome } from '../../engine/outcome.js';
import type { Override } from '../../engine/override.js';
import type { PackProblem } from '../../engine/pack.js';
import type { AnswerValue, Answers, Locale, Pack, Question } from '../../engine/schema.js';
import { EhAnswerChangeEvent } from '../../events/answer-change.js';
import type { EhOverrideEvent } from '../../events/override.js';
import { EhRecommendationEvent } from '../../events/recommendation.js';
import { EhUrgentEvent } from '../../events/urgent.js';
import {
  dangerQuestions,
  pageErrors,
  sectionPages,
  summary,
  withAnswer,
  type FieldError,
  type SectionPage,
} from '../../questionnaire/index.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './pathway.styles.js';
import { formatDate } from '../../i18n/format.js';
import { telHref } from '../tel.js';
import {
  JOURNEY_START,
  move,
  resumableStep,
  type Journey,
  type JourneyMove,
  type Step,
} from '../../questionnaire/journey.js';

export type { Step };

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const DRAFT_KEY = 'eh-pathway:';

interface Draft {
  readonly version: string;
  readonly answers: Answers;
  readonly override?: Override;
  /** Where the practitioner was, so a reload returns there (a section, check your answers or the result). */
  readonly step?: Step;
}

/** Thrown from `recommendation` when the rules throw; the element has already noted it. */
class EvaluationFailed extends Error {
  override readonly name = 'EvaluationFailed';
}

/**
 * The practitioner's journey from the first question to a recommendation they can act
 * on and defend: start, immediate danger first, one section per page, check your
 * answers, and the recommendation with the option to disagree. Advisory throughout;
 * nothing typed leaves the page unless the host opts in to a session draft.
 *
 * @summary A CAF / early-help questionnaire that suggests a level of need and a service.
 * @tag eh-pathway
 * @attr lang - `en` or `cy`; by default the nearest `lang` attribute above the element. Changing it, or any `lang` above it, re-renders at once; answers are kept.
 *
 * @fires eh-answer-change - `EhAnswerChangeEvent`: the practitioner changed an answer (`questionId`, `value`, `answers`).
 * @slot intro - The host's own words on the start page, after how the journey works (for example, which local threshold document it follows).
 * @slot next-steps - The host's own words under the result's next step (for example, "Also tell your designated safeguarding lead today").
 * @fires eh-recommendation - `EhRecommendationEvent`: a complete evaluation is shown (`recommendation`).
 * @fires eh-urgent - `EhUrgentEvent`: immediate danger was answered yes (`recommendation`).
 * @fires eh-override - `EhOverrideEvent`: the practitioner chose another level with a reason (`override`).
 * @fires eh-complete - `EhCompleteEvent`: the practitioner confirmed the result (`recommendation`, `override`).
 *
 * @csspart page - The current page.
 * @csspart language-notice - On the start page, in the page's language: the rules exist only in another language, so the journey is shown in it.
 * @csspart heading - The page heading (focused on every step change).
 * @csspart banner - The notice shown on every page for draft or illustrative rules.
 * @csspart progress - "Section 2 of 7".
 * @csspart error-summary - The list of problems on a page.
 * @csspart summary-list - The check-your-answers list.
 * @csspart urgent - The immediate-danger page, and the "not sure" page.
 * @csspart unsure - The page shown at once for "not sure" to immediate danger: who to speak to now, then carry on.
 * @csspart load-error - The page shown when the rules cannot be used.
 * @csspart button - Primary buttons.
 *
 * @cssprop --eh-pathway-max-width - Widest the journey's question pages grow (default 40rem).
 * @cssprop --eh-pathway-result-max-width - Widest the result page grows, its contacts and decision beside it (default 60rem).
 * @cssprop --eh-pathway-banner-background - Background of the draft / illustrative notice.
 */
export class EhPathway extends LitElement {
  static override styles = [tokens, shared, styles];

  /** URL of a rule pack JSON file. */
  @property() src?: string;

  /** Subresource integrity of the file at `src` (`sha256-…`, `sha384-…` or `sha512-…`); a mismatch refuses the pack. */
  @property() integrity?: string;

  /** A rule pack: parsed with `parsePack`, or raw JSON (it is checked here). */
  @property({ attribute: false }) pack?: unknown;

  /** Several versions of one pack; the one in force on `date` is used. */
  @property({ attribute: false }) packs?: readonly unknown[];

  /** The date (YYYY-MM-DD) that chooses among `packs`; today when absent. */
  @property() date?: string;

  /** `session` keeps a draft in sessionStorage for this tab only; nothing is stored otherwise. */
  @property() persist?: 'session';

  /** Level of the page headings, so the journey fits the host page's outline (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private packState: PackState = { status: 'idle' };
  /** What went wrong when the rules threw while working out a result (a defect, shown with its details). */
  @state() private evaluationFailure?: string;
  /** The journey's mechanics (page, errors shown, return to check, live messages): see questionnaire/journey.ts. */
  @state() private journey: Journey = JOURNEY_START;
  @state() private currentOverride?: Override;
  @state() private currentAnswers: Answers = {};

  // Rules written in fewer languages than the page: the whole journey speaks the rules' language.
  private readonly i18n = new LocaleController(this, (page) =>
    this.readyPack ? this.locale(this.readyPack, page) : page,
  );
  /** The pack the journey was last on, to tell a switch to another pack or version from a first load. */
  private loadedPack?: { readonly id: string; readonly version: string };
  /** Answers of the other packs used in this element, by pack id, so switching back finds them (in memory only). */
  private readonly answersByPack = new Map<string, Answers>();
  /** The host set `.answers` since the last load: they are meant for the pack that comes next. */
  private answersFromHost = false;
  private loads = 0;
  private abort?: AbortController;
  /** Where focus goes after the next render: the page heading, the error summary, or a question's control. */
  private focusTarget?: 'heading' | 'errors' | { readonly question: string };

  /** The answers given so far (a copy). Set it to resume; setting fires no event. */
  get answers(): Answers {
    return { ...this.currentAnswers };
  }
  set answers(value: Answers) {
    this.currentAnswers = { ...(value ?? {}) };
    this.answersFromHost = true;
    this.dispatch({ type: 'answers-set' });
    this.saveDraft();
  }

  /** The practitioner's override, if they disagreed. Set it to resume. */
  get override(): Override | undefined {
    return this.currentOverride;
  }
  set override(value: Override | undefined) {
    this.currentOverride = value;
    this.saveDraft();
  }

  /**
   * The recommendation for the current answers (provisional until `complete`); undefined until
   * the rules load, or if they fail to work out a result (the element then shows the failure).
   */
  get recommendation(): Recommendation | undefined {
    const pack = this.readyPack;
    if (!pack) return undefined;
    // Worked out once per answers, pack and language: the page reads it several times a render.
    const locale = this.locale(pack);
    const memo = this.evaluated;
    if (memo && memo.pack === pack && memo.answers === this.currentAnswers && memo.locale === locale)
      return memo.recommendation;
    try {
      const recommendation = evaluate(pack, this.currentAnswers, { locale });
      this.evaluated = { pack, answers: this.currentAnswers, locale, recommendation };
      return recommendation;
    } catch (error) {
      // Never a stuck page: the element shows the failure with its details, and the answers stay.
      const detail = error instanceof Error ? error.message : String(error);
      if (this.evaluationFailure === undefined) console.error('eh-pathway: the rules could not be evaluated', error);
      this.evaluationFailure = detail;
      return undefined;
    }
  }

  private evaluated?: {
    readonly pack: Pack;
    readonly answers: Answers;
    readonly locale: Locale;
    readonly recommendation: Recommendation;
  };

  /**
   * Whether these answers reach the urgent outcome, by the outcome-only path (no text, no
   * evidence) that is enough while questions are being answered. Undefined when the rules
   * fail; the full evaluation then shows the failure.
   */
  private urgentNow(): boolean | undefined {
    const pack = this.readyPack;
    if (!pack) return undefined;
    try {
      return evaluateOutcome(pack, this.currentAnswers).urgent;
    } catch {
      return undefined;
    }
  }

  /** For rendering a step that needs the result: a failure goes to the failure panel. */
  private mustRecommend(): Recommendation {
    const recommendation = this.recommendation;
    if (!recommendation) throw new EvaluationFailed(this.evaluationFailure ?? '');
    return recommendation;
  }

  private get readyPack(): Pack | undefined {
    return this.packState.status === 'ready' ? this.packState.pack : undefined;
  }

  /** The language the journey speaks: the page's where the pack is written in it, else the pack's first. */
  private locale(pack: Pack, wanted: Locale = this.i18n.locale): Locale {
    return pack.locales.includes(wanted) ? wanted : pack.locales[0]!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('src') ||
      changed.has('integrity') ||
      changed.has('pack') ||
      changed.has('packs') ||
      changed.has('date')
    ) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    this.evaluationFailure = undefined;
    this.abort?.abort();
    this.abort = new AbortController();
    this.packState = { status: 'loading' };
    const result = await resolvePack(
      { src: this.src, integrity: this.integrity, pack: this.pack, packs: this.packs, date: this.date },
      this.i18n.t.pathway.errors,
      this.abort.signal,
    );
    if (load !== this.loads) return;
    this.packState = result;
    if (result.status === 'error') {
      // The rule author's details go to the console as well as the expandable panel.
      console.error(`eh-pathway: ${result.message}`, result.problems);
    }
    if (result.status === 'ready') {
      const before = this.loadedPack;
      const { pack } = result;
      if (before && (before.id !== pack.id || before.version !== pack.version)) this.switchPack(before.id, pack.id);
      this.loadedPack = { id: pack.id, version: pack.version };
      this.answersFromHost = false;
      this.restoreDraft(pack);
    }
  }

  /**
   * Another pack or version replaced the one in use: the journey starts again from its first
   * page, since pages, levels and any override belonged to the old rules. Another version of
   * the same pack keeps the answers; another pack gets its own (those given to it earlier in
   * this element, or none), and the old pack's answers wait in memory in case it comes back.
   */
  private switchPack(fromId: string, toId: string): void {
    this.dispatch({ type: 'restart' });
    this.currentOverride = undefined;
    // The host's page changed, not the practitioner's place in it: focus stays where it is.
    this.focusTarget = undefined;
    if (fromId !== toId && !this.answersFromHost) {
      this.answersByPack.set(fromId, this.currentAnswers);
      this.currentAnswers = this.answersByPack.get(toId) ?? {};
    }
  }

  // --- Session draft (opt-in) ---------------------------------------------------------

  private draftKey(pack: Pack) {
    return `${DRAFT_KEY}${pack.id}`;
  }

  private restoreDraft(pack: Pack): void {
    if (this.persist !== 'session' || Object.keys(this.currentAnswers).length > 0) return;
    const stored = sessionStorage.getItem(this.draftKey(pack));
    if (!stored) return;
    try {
      const draft = JSON.parse(stored) as Draft;
      this.currentAnswers = draft.answers ?? {};
      this.currentOverride = draft.version === pack.version ? draft.override : undefined;
      // Back where they were, if that page still exists under these answers.
      const step = draft.step && resumableStep(draft.step);
      const exists =
        step?.kind !== 'section' ||
        sectionPages(pack, this.currentAnswers).some((page) => page.section.id === step.sectionId);
      this.dispatch({
        type: 'resume',
        step: exists ? step : undefined,
        restored: Object.keys(this.currentAnswers).length > 0,
      });
    } catch {
      sessionStorage.removeItem(this.draftKey(pack));
    }
  }

  private saveDraft(): void {
    const pack = this.readyPack;
    if (this.persist !== 'session' || !pack) return;
    // Nothing given yet (or everything cleared): nothing is kept.
    if (Object.keys(this.currentAnswers).length === 0 && !this.currentOverride) {
      sessionStorage.removeItem(this.draftKey(pack));
      return;
    }
    const resumable = resumableStep(this.step);
    const step = resumable ? { step: resumable } : {};
    const draft: Draft = {
      version: pack.version,
      answers: this.currentAnswers,
      ...(this.currentOverride ? { override: this.currentOverride } : {}),
      ...step,
    };
    sessionStorage.setItem(this.draftKey(pack), JSON.stringify(draft));
  }

  private clearDraft(): void {
    const pack = this.readyPack;
    if (pack && this.persist === 'session') sessionStorage.removeItem(this.draftKey(pack));
  }

  // --- Navigation ---------------------------------------------------------------------

  private get step(): Step {
    return this.journey.step;
  }

  private dispatch(action: JourneyMove): void {
    this.journey = move(this.journey, action);
  }

  /** A move to another page: the draft remembers it, and focus goes to its heading (or `focus`). */
  private moveTo(action: JourneyMove, focus: NonNullable<EhPathway['focusTarget']> = 'heading'): void {
    this.dispatch(action);
    this.saveDraft();
    this.focusTarget = focus;
  }

  private go(step: Step, focus: NonNullable<EhPathway['focusTarget']> = 'heading'): void {
    this.moveTo({ type: 'go', step }, focus);
  }

  private pageIds(pack: Pack): string[] {
    return this.pages(pack).map((page) => page.section.id);
  }

  private pages(pack: Pack): SectionPage[] {
    return sectionPages(pack, this.currentAnswers);
  }

  private start(pack: Pack): void {
    const first = this.pages(pack)[0];
    if (first) this.go({ kind: 'section', sectionId: first.section.id });
  }

  private back(pack: Pack, sectionId: string): void {
    this.moveTo({ type: 'back', pageIds: this.pageIds(pack), sectionId });
  }

  private continueFrom(pack: Pack, page: SectionPage): void {
    // The outcome alone says whether this is urgent; the full result only when it is shown
    // (or when the rules fail, so that the element shows the failure).
    if (this.urgentNow() !== false) {
      const recommendation = this.recommendation;
      if (!recommendation) return;
      if (recommendation.urgent) {
        this.showUrgent(recommendation, page.section.id);
        return;
      }
    }
    const controlErrors = this.invalidControls(page);
    if (this.errorsOn(pack, page, controlErrors).length > 0) {
      this.dispatch({ type: 'invalid', controlErrors });
      this.focusTarget = 'errors';
      return;
    }
    this.moveTo({ type: 'continue', pageIds: this.pageIds(pack), sectionId: page.section.id });
  }

  private invalidControls(page: SectionPage): FieldError[] {
    return page.questions.flatMap((question) => {
      const control = this.renderRoot.querySelector<HTMLElement & { ownValidationMessage?: string }>(
        `[name="${CSS.escape(question.id)}"]`,
      );
      const message = control?.ownValidationMessage;
      return message ? [{ questionId: question.id, message }] : [];
    });
  }

  /** The page's errors: the answers' first, then what only the controls know. */
  private errorsOn(pack: Pack, page: SectionPage, controlErrors = this.journey.controlErrors): FieldError[] {
    const errors = pageErrors(pack, this.currentAnswers, page, this.locale(pack));
    const known = new Set(errors.map((error) => error.questionId));
    const extra = controlErrors.filter(
      (error) => !known.has(error.questionId) && page.questions.some((q) => q.id === error.questionId),
    );
    const order = page.questions.map((question) => question.id);
    return [...errors, ...extra].sort((a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId));
  }

  private showUrgent(recommendation: Recommendation, from: string | undefined): void {
    this.moveTo({ type: 'urgent', from });
    this.dispatchEvent(new EhUrgentEvent(recommendation));
  }

  private showResult(): void {
    const recommendation = this.recommendation;
    if (!recommendation) return;
    if (!recommendation.complete) {
      this.dispatch({ type: 'invalid' });
      this.focusTarget = 'errors';
      return;
    }
    this.moveTo({ type: 'result' });
    this.dispatchEvent(new EhRecommendationEvent(recommendation));
  }

  private restart(): void {
    this.clearDraft();
    this.currentAnswers = {};
    this.currentOverride = undefined;
    this.moveTo({ type: 'restart' });
  }

  private onAnswer(event: EhAnswerChangeEvent): void {
    // The control's event stops here; the host hears one event carrying all answers.
    if (event.answers !== undefined) return;
    event.stopPropagation();
    const wasUrgent = this.urgentNow() ?? false;
    this.currentAnswers = withAnswer(this.currentAnswers, event.questionId, event.value as AnswerValue | undefined);
    this.dispatch({ type: 'answer', questionId: event.questionId });
    this.saveDraft();
    this.dispatchEvent(new EhAnswerChangeEvent(event.questionId, event.value, this.answers));
    // The full result only when it is about to be shown (urgent now); otherwise the outcome will do.
    const urgent = this.urgentNow();
    const recommendation =
      urgent !== false && !wasUrgent && this.step.kind === 'section' ? this.recommendation : undefined;
    if (recommendation?.urgent)
      this.showUrgent(recommendation, this.step.kind === 'section' ? this.step.sectionId : undefined);
    else if (
      event.value === 'not-sure' &&
      this.step.kind === 'section' &&
      this.readyPack &&
      dangerQuestions(this.readyPack).has(event.questionId)
    ) {
      // Not knowing whether a child is in danger now is acted on now, not nine pages later.
      this.moveTo({ type: 'unsure', from: this.step.sectionId });
    }
  }

  /** Confirmed and finished: the draft (free-text notes included) leaves sessionStorage; the event goes on to the host. */
  private onComplete(): void {
    this.clearDraft();
  }

  private onOverride(event: EhOverrideEvent): void {
    this.currentOverride = event.override;
    this.saveDraft();
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    if (typeof target === 'object') {
      const control = this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(target.question)}"]`);
      if (control) {
        // The control may still be rendering its own shadow root; focus it once it has.
        const ready =
          (control as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve();
        void ready.then(() => this.focusQuestion(target.question));
        return;
      }
    }
    const element = this.renderRoot.querySelector<HTMLElement>(target === 'errors' ? '.error-summary' : '#heading');
    element?.focus();
  }

  // --- Rendering ----------------------------------------------------------------------

  private heading(text: string, extra = 0): TemplateResult {
    const tag = HEADINGS[Math.min(5, Math.max(0, this.headingLevel - 1 + extra))]!;
    return staticHtml`<${tag} id="heading" part="heading" tabindex="-1">${text}</${tag}>`;
  }

  protected override render() {
    const t = this.i18n.t.pathway;
    const state = this.packState;
    // In the page's language now: the level's name and the sentence are looked up on each render.
    const { announcement, alert } = this.journey;
    const levelName = () => (announcement || alert === 'urgent' ? (this.recommendation?.level.name ?? '') : '');
    const said = announcement === 'result' ? t.announceResult(levelName()) : '';
    const alerted = alert === 'urgent' ? t.announceUrgent(levelName()) : alert === 'unsure' ? t.announceUnsure : '';
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${said}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive">${alerted}</div>`;
    if (state.status === 'error') return html`${this.renderLoadError(state.message, state.problems)}${live}`;
    if (state.status !== 'ready') {
      return html`<div part="page" aria-busy="true"><p class="hint">${t.loading}</p></div>${live}`;
    }
    const pack = state.pack;
    const failed = () =>
      this.renderLoadError(t.errors.evaluateFailed, [
        { path: '$', where: '', code: 'evaluate', message: this.evaluationFailure ?? '' },
      ]);
    if (this.evaluationFailure !== undefined) return html`${failed()}${live}`;
    try {
      // Resumed on another page than the start: say so there, once.
      const resumed =
        this.journey.restored && this.step.kind !== 'start'
          ? html`<p class="inset" role="status">${t.resumeNotice}</p>`
          : nothing;
      return html`<div part="page" class="page ${this.step.kind === 'result' ? 'result' : ''}" lang=${this.i18n.locale}>${this.renderBanner(pack)}${resumed}${this.renderStep(pack)}</div>${live}`;
    } catch (error) {
      // Whatever fails while working out or showing a step, the page says so with the details.
      if (!(error instanceof EvaluationFailed)) {
        console.error('eh-pathway: a page could not be shown', error);
        this.evaluationFailure = error instanceof Error ? error.message : String(error);
      }
      return html`${failed()}${live}`;
    }
  }

  private renderBanner(pack: Pack) {
    if (pack.status === 'approved') return nothing;
    // The status is on every page; the pack's longer disclaimer only where the practitioner
    // starts, so that it does not fill each page. The result carries its own notice.
    const full = this.step.kind === 'start';
    const disclaimer = full ? pack.provenance.disclaimer : undefined;
    return html`<p class="banner" part="banner">
      <strong>${this.i18n.t.pathway.status[pack.status]}</strong>
      ${disclaimer ? html` ${localize(disclaimer, this.locale(pack), pack)}` : nothing}
    </p>`;
  }

  private renderStep(pack: Pack) {
    const step = this.step;
    switch (step.kind) {
      case 'start':
        return this.renderStart(pack);
      case 'section': {
        const page = this.pages(pack).find((candidate) => candidate.section.id === step.sectionId);
        return page ? this.renderSection(pack, page) : this.renderStart(pack);
      }
      case 'check':
        return this.renderCheck(pack);
      case 'result':
        return this.renderResult(pack);
      case 'urgent':
        return this.renderUrgent(pack, step.from);
      case 'unsure':
        return this.renderUnsure(pack, step.from);
      case 'restart':
        return this.renderRestart(step.from);
    }
  }

  private renderStart(pack: Pack) {
    const t = this.i18n.t;
    const locale = this.locale(pack);
    const page = this.i18n.pageLocale;
    return html`${this.heading(t.pathway.startTitle)}
      ${page !== this.i18n.locale ? html`<p class="inset" part="language-notice" lang=${page}>${catalogue(page).pathway.onlyInLanguage(this.i18n.locale)}</p>` : nothing}
      ${this.journey.restored ? html`<p class="inset" role="status">${t.pathway.resumeNotice}</p>` : nothing}
      <p>${t.pathway.startIntro}</p>
      <p>${t.pathway.startHow}</p>
      <slot name="intro"></slot>
      <div class="inset">
        <p><strong>${t.pathway.advisoryTitle}</strong></p>
        <p>${t.advisory}</p>
      </div>
      <p>${t.pathway.privacy}</p>
      <p class="hint">${t.pathway.packLine(localize(pack.title, locale, pack), pack.version)}</p>
      ${
        pack.status === 'approved'
          ? html`<p class="hint">${t.pathway.approvedLine(pack.provenance.approvedBy, pack.provenance.approvedOn && formatDate(pack.provenance.approvedOn, locale))}</p>`
          : nothing
      }
      <button class="button start" part="button" @click=${() => this.start(pack)}>${t.pathway.startButton}</button>`;
  }

  private renderErrorSummary(errors: readonly FieldError[]) {
    if (!this.journey.showErrors || errors.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${this.i18n.t.pathway.errorSummaryTitle}</h2>
      <ul>
        ${errors.map(
          (error) => html`<li>
            <a
              href=${`#${error.questionId}`}
              @click=${(event: Event) => {
                event.preventDefault();
                this.focusQuestion(error.questionId);
              }}
              >${error.message}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private focusQuestion(questionId: string): void {
    const control = this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(questionId)}"]`);
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  }

  private renderSection(pack: Pack, page: SectionPage) {
    const t = this.i18n.t;
    const locale = this.locale(pack);
    const pages = this.pages(pack);
    const index = pages.findIndex((candidate) => candidate.section.id === page.section.id);
    const errors = this.errorsOn(pack, page);
    const errorFor = new Map(this.journey.showErrors ? errors.map((error) => [error.questionId, error.message]) : []);
    return html`<button class="link back" @click=${() => this.back(pack, page.section.id)}>${t.pathway.back}</button>
      ${this.renderErrorSummary(errors)}
      <p class="caption" part="progress">${t.questionnaire.progress(index + 1, pages.length)}</p>
      ${this.heading(localize(page.section.title, locale, pack))}
      ${page.section.description ? html`<p class="hint">${localize(page.section.description, locale, pack)}</p>` : nothing}
      <div class="questions" @eh-answer-change=${this.onAnswer}>
        ${repeat(
          // Keyed by question: a control (its typed text, touched and error state) never passes to another question.
          page.questions,
          (question) => question.id,
          (question) => this.renderQuestion(pack, question, errorFor.get(question.id)),
        )}
      </div>
      <button class="button" part="button" @click=${() => this.continueFrom(pack, page)}>${t.pathway.continue}</button>`;
  }

  private renderQuestion(pack: Pack, question: Question, error: string | undefined) {
    return questionTemplate(pack, question, {
      locale: this.locale(pack),
      optional: this.i18n.t.pathway.optional,
      value: this.currentAnswers[question.id],
      error: error ?? '',
    });
  }

  private renderCheck(pack: Pack) {
    const t = this.i18n.t.pathway;
    const locale = this.locale(pack);
    const groups = summary(pack, this.currentAnswers, locale);
    const recommendation = this.mustRecommend();
    const missing: FieldError[] = recommendation.missing.map((entry) => ({
      questionId: entry.questionId,
      message: t.answerThis(entry.question),
    }));
    // As the GOV.UK "Change" link does: straight to the question's control, then back here.
    const change = (sectionId: string, questionId: string) =>
      this.moveTo({ type: 'change', sectionId }, { question: questionId });
    const sectionOf = (questionId: string) =>
      recommendation.missing.find((entry) => entry.questionId === questionId)?.sectionId;
    return html`<button class="link back" @click=${() => this.go({ kind: 'section', sectionId: this.pages(pack).at(-1)!.section.id })}>
        ${t.back}
      </button>
      ${
        this.journey.showErrors && missing.length > 0
          ? html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">${t.stillToAnswer}</h2>
            <ul>
              ${missing.map(
                (error) => html`<li>
                  <a
                    href=${`#${error.questionId}`}
                    @click=${(event: Event) => {
                      event.preventDefault();
                      change(sectionOf(error.questionId)!, error.questionId);
                    }}
                    >${error.message}</a
                  >
                </li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${this.heading(t.checkTitle)}
      <p>${t.checkIntro}</p>
      ${groups.map(
        (group) => html`${this.heading2(group.title)}
          <dl class="summary-list" part="summary-list">
            ${group.rows.map(
              (row) => html`<div class="summary-row">
                <dt>${row.question}</dt>
                <dd>${row.answer}</dd>
                <dd class="summary-action">
                  <button class="link" @click=${() => change(group.section.id, row.questionId)}>
                    ${t.change}<span class="visually-hidden">${t.changeWhat(row.question)}</span>
                  </button>
                </dd>
              </div>`,
            )}
          </dl>`,
      )}
      <button class="button" part="button" @click=${() => this.showResult()}>${t.seeRecommendation}</button>`;
  }

  /** A heading one level below the page heading (no id, not focused). */
  private heading2(text: string): TemplateResult {
    const tag = HEADINGS[Math.min(5, this.headingLevel)]!;
    return staticHtml`<${tag} class="group-heading">${text}</${tag}>`;
  }

  private renderResult(pack: Pack) {
    const t = this.i18n.t.pathway;
    const recommendation = this.mustRecommend();
    return html`<button class="link back" @click=${() => this.go({ kind: 'check' })}>${t.back}</button>
      ${this.heading(t.resultTitle)}
      <eh-recommendation
        lang=${this.locale(pack)}
        heading-level=${Math.min(6, this.headingLevel + 1)}
        .recommendation=${recommendation}
        .pack=${pack}
        .answers=${this.currentAnswers}
        .override=${this.currentOverride}
        @eh-override=${this.onOverride}
        @eh-complete=${this.onComplete}
        ><slot name="next-steps" slot="next-steps"></slot
      ></eh-recommendation>
      <button class="button secondary" part="button" @click=${() => this.go({ kind: 'restart', from: this.step })}>${t.startAgain}</button>`;
  }

  private renderContacts(services: readonly ServiceOutcome[]) {
    const t = this.i18n.t.pathway;
    return html`<ul class="contacts">
      ${services.map(
        (service) => html`<li>
          <strong>${service.name}</strong>
          ${
            service.contact.phone
              ? html`<br />${t.phone}: <a href=${telHref(service.contact.phone)}>${service.contact.phone}</a>`
              : nothing
          }
          ${
            service.contact.outOfHours?.phone
              ? html`<br />${t.outOfHours}:
                <a href=${telHref(service.contact.outOfHours.phone)}>${service.contact.outOfHours.phone}</a>`
              : nothing
          }
        </li>`,
      )}
    </ul>`;
  }

  /** "Not sure" to immediate danger: speak to someone now; the practitioner may then carry on. */
  private renderUnsure(pack: Pack, from: string | undefined) {
    const t = this.i18n.t.pathway;
    const locale = this.locale(pack);
    const urgentId = pack.urgent?.id;
    const services = pack.services
      .filter((service) => urgentId !== undefined && service.levels.includes(urgentId))
      .map((service) => serviceOutcome(pack, service, locale));
    const carryOn = () => this.moveTo({ type: 'carry-on', from });
    return html`<div class="urgent" part="urgent unsure">
      ${this.heading(t.unsureTitle)}
      <p class="urgent-intro">${t.unsureIntro}</p>
      ${this.heading2(t.unsureContacts)}
      ${this.renderContacts(services)}
      <p>${t.unsureCarryOnHint}</p>
      <button class="button" part="button" @click=${carryOn}>${t.unsureCarryOn}</button>
    </div>`;
  }

  private renderUrgent(pack: Pack, from: string | undefined) {
    const t = this.i18n.t.pathway;
    const recommendation = this.mustRecommend();
    const back = () => this.moveTo({ type: 'carry-on', from });
    return html`<div class="urgent" part="urgent">
      ${this.heading(recommendation.level.name)}
      <p class="urgent-intro">${t.urgentIntro}</p>
      ${recommendation.level.action ? html`<p class="urgent-action"><strong>${recommendation.level.action}</strong></p>` : nothing}
      ${this.heading2(t.urgentContacts)}
      ${this.renderContacts(recommendation.services)}
      <p>${recommendation.advisory}</p>
      <button class="button secondary" part="button" @click=${back}>${t.urgentBack}</button>
    </div>
    <button class="button secondary" part="button" @click=${() => this.go({ kind: 'restart', from: this.step })}>
      ${t.startAgain}
    </button>`;
  }

  private renderRestart(from: Step) {
    const t = this.i18n.t.pathway;
    return html`${this.heading(t.restartTitle)}
      <p>${t.restartBody}</p>
      <button class="button warning" part="button" @click=${() => this.restart()}>${t.restartConfirm}</button>
      <button class="button secondary" part="button" @click=${() => this.go(from)}>${t.restartCancel}</button>`;
  }

  private renderLoadError(message: string, problems: readonly PackProblem[]) {
    const t = this.i18n.t.pathway;
    return html`<div part="page load-error" class="load-error">
      ${this.heading(t.loadErrorTitle)}
      <p><strong>${message}</strong></p>
      <p>${t.loadErrorBody}</p>
      ${
        problems.length > 0
          ? html`<details>
            <summary>${t.loadErrorDetails}</summary>
            <ul class="problems">
              ${problems.map(
                (problem) =>
                  html`<li><code>${problem.path}</code>${problem.where ? html` (${problem.where})` : nothing}: ${problem.message}</li>`,
              )}
            </ul>
          </details>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-pathway': EhPathway;
  }
}
