import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { goldenCaseFrom } from '../../engine/cases.js';
import type { CaseOutcome, DiffResult } from '../../engine/diff.js';
import { evaluate, localize, packStamp, type Recommendation, type RuleResult } from '../../engine/evaluate.js';
import { whatWouldChangeAsync, type WhatIf } from '../../engine/what-if.js';
import { whatIfText } from '../../engine/what-if-text.js';
import { engineStrings } from '../../i18n/engine.js';
import { whatIfBlocks } from '../what-if-view.js';
import {
  libraryCases,
  libraryFloors,
  libraryPacks,
  type CaseRun,
  type CaseRunResult,
  type LabFile,
  type LibraryPack,
  type ProofLine,
  type ProofsResult,
  type RuleLibrary,
} from '../../engine/lab.js';
import type { TraceNode } from '../../engine/logic.js';
import { PackError, parsePack, type PackProblem } from '../../engine/pack.js';
import type { AnswerValue, Answers, Pack } from '../../engine/schema.js';
import { EhAnswerChangeEvent } from '../../events/answer-change.js';
import { EhPackEditEvent } from '../../events/pack-edit.js';
import { ruleLabStrings, type RuleLabStrings } from '../../i18n/rule-lab.js';
import { ruleToolsStrings } from '../../i18n/rule-tools.js';
import { LocaleController } from '../../controllers/locale.js';
import { sectionPages, withAnswer } from '../../questionnaire/index.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { questionTemplate } from '../question-base/question-template.js';
import { saveFile } from '../save-file.js';
import { LabCancelled, LabRunner } from './lab-runner.js';
import { styles } from './rule-lab.styles.js';

export type RuleLabTab = 'rules' | 'try' | 'cases' | 'compare' | 'proofs';
const TABS: readonly RuleLabTab[] = ['rules', 'try', 'cases', 'compare', 'proofs'];

/** The pack text as checked: a pack, or every problem. */
type Checked =
  | { readonly pack: Pack; readonly problems: readonly [] }
  | { readonly pack?: undefined; readonly problems: readonly PackProblem[] };

const MAX_GENERATE = 100_000;

function check(text: string, locale: 'en' | 'cy'): Checked {
  try {
    return { pack: parsePack(text, { locale }), problems: [] };
  } catch (error) {
    if (error instanceof PackError) return { problems: error.problems };
    return { problems: [{ path: '$', where: '', code: 'pack.unreadable', message: (error as Error).message }] };
  }
}

/** A file name from a description: lower case words joined by hyphens. */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? ['case']).slice(0, 8).join('-');
}

/**
 * The rule author's workbench: choose a pack and version from the library, or edit its JSON
 * with every problem listed as you type (the last valid version keeps working); answer the
 * questionnaire with the recommendation and every rule's evaluation beside it, and save the
 * answers as a golden case; run all golden cases; compare two versions over the golden cases
 * and generated ones, in a Web Worker with progress and Cancel.
 *
 * Nothing is stored or sent anywhere: downloads are the only way anything leaves the page.
 *
 * @summary Edit, try, test and compare rule packs before they go live.
 * @tag eh-rule-lab
 * @attr lang - `en` or `cy`; by default the nearest `lang` attribute above the element. Changing it, or any `lang` above it, re-renders at once; answers are kept.
 *
 * @fires eh-pack-edit - `EhPackEditEvent`: the author changed the pack's JSON and it was checked (`text`, `pack`, `problems`).
 * @fires eh-answer-change - `EhAnswerChangeEvent`: the author changed an answer in "Try answers" (`questionId`, `value`, `answers`).
 *
 * @csspart picker - The pack and version chooser.
 * @csspart tabs - The list of tabs.
 * @csspart tab - One tab.
 * @csspart what-if - In the Try tab: what would change the result, folded; searched when opened and again as the answers change.
 * @csspart what-if-heading - "It would be Level 4 if:" above the ways to reach that level.
 * @csspart what-if-ways - The list of ways, each one or more conditions.
 * @csspart what-if-none - Nothing within the changes searched moves the level that way.
 * @csspart panel - The panel of the chosen tab.
 * @csspart editor - The JSON text area.
 * @csspart status - The line that says whether the JSON is valid.
 * @csspart problems - The list of problems in the JSON.
 * @csspart questions - The questionnaire in "Try answers".
 * @csspart result - The recommendation and rule evaluations beside the questions.
 * @csspart trace - One rule's evaluation tree.
 * @csspart table - Every results table (golden cases, level shifts, service changes).
 * @csspart proofs - The list of proofs: each safety floor and monotonicity, proved or with the answers that break it.
 * @csspart try-counterexample - The button that loads a proof's counterexample into Try answers.
 * @csspart progress - The progress bar of a run, with its Cancel button.
 * @csspart changed-case - One changed case of a comparison, old and new side by side.
 * @csspart button - Every button.
 *
 * @cssprop --eh-rule-lab-editor-height - Height of the JSON editor (default 28rem).
 * @cssprop --eh-rule-lab-columns - Smallest width of the two "Try answers" columns before they stack (default 22rem).
 *
 * @cssstate running - A run (golden cases or a comparison) is in progress.
 * @cssstate invalid - The JSON has problems; the last valid version is in use.
 */
export class EhRuleLab extends LitElement {
  static override styles = [tokens, shared, styles];

  /** The packs and golden cases to offer: `{ packs: [{ path, text }], cases: [{ path, text }] }`, paths as under `rules/`. */
  @property({ attribute: false }) library?: RuleLibrary;

  /** URL of a library JSON file (as `eh-rules library --write` makes), used when `library` is not set. */
  @property({ attribute: 'library-src' }) librarySrc?: string;

  /** The pack id to open first (default: the library's first). */
  @property() pack?: string;

  /** The version to open first (default: the newest of `pack`). */
  @property() version?: string;

  /** The version (`id@version`, or a version of the same pack) a comparison starts from (default: the version before). */
  @property() baseline?: string;

  /** The tab shown first. */
  @property() tab: RuleLabTab = 'rules';

  /** Generated cases a comparison adds to the golden cases (default 500). */
  @property({ type: Number }) generate = 500;

  /** Seed of the generated cases, so a comparison can be repeated exactly. */
  @property({ type: Number }) seed = 1;

  @state() private loaded?: RuleLibrary;
  @state() private loadError = '';
  @state() private selected = '';
  @state() private text = '';
  @state() private checked: Checked = { problems: [] };
  @state() private lastValid?: { readonly pack: Pack; readonly text: string };
  @state() private answers: Answers = {};
  /** What would change the Try tab's result, for the answers and pack it was searched with. */
  @state() private whatIf?: { readonly pack: Pack; readonly answers: Answers; readonly result: WhatIf };
  @state() private whatIfOpen = false;
  private whatIfRun?: AbortController;
  private whatIfFor?: { readonly answers: Answers; readonly pack: Pack };
  @state() private description = '';
  @state() private descriptionError = '';
  @state() private downloadNote = '';
  @state() private casesResult?: CaseRunResult;
  @state() private compareResult?: DiffResult;
  @state() private proofsResult?: ProofsResult;
  @state() private baselineKey = '';
  @state() private generateText = '';
  @state() private generateError = '';
  @state() private announcement = '';
  @state() private runError = '';

  private readonly i18n = new LocaleController(this);
  private readonly runner = new LabRunner(this);
  private checkTimer?: ReturnType<typeof setTimeout>;
  private internals: ElementInternals;
  private focusTab = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  private get t(): RuleLabStrings {
    return ruleLabStrings[this.i18n.locale];
  }

  private get packs(): LibraryPack[] {
    return this.loaded ? libraryPacks(this.loaded) : [];
  }

  private get current(): LibraryPack | undefined {
    return this.packs.find((entry) => `${entry.id}@${entry.version}` === this.selected);
  }

  /** The pack everything but the editor uses: the text when valid, else the last valid one. */
  private get working(): Pack | undefined {
    return this.lastValid?.pack;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('library') && this.library) this.useLibrary(this.library);
    else if (changed.has('librarySrc') && !this.library && this.librarySrc) void this.fetchLibrary(this.librarySrc);
    if (changed.has('generate') && this.generateText === '') this.generateText = String(this.generate);
    this.setState('running', this.runner.running);
    this.setState('invalid', this.checked.problems.length > 0);
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without custom states simply do not expose them.
    }
  }

  private async fetchLibrary(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.useLibrary((await response.json()) as RuleLibrary);
    } catch (error) {
      this.loadError = this.t.loadError(url, (error as Error).message);
    }
  }

  private useLibrary(library: RuleLibrary): void {
    this.loaded = library;
    this.loadError = '';
    const packs = libraryPacks(library);
    const ofId = packs.filter((entry) => entry.id === (this.pack ?? packs[0]?.id));
    const chosen = ofId.find((entry) => entry.version === this.version) ?? ofId.at(-1) ?? packs[0];
    if (chosen) this.open(chosen);
  }

  /** Opens a library pack: its text in the editor, checked at once. */
  private open(entry: LibraryPack): void {
    this.selected = `${entry.id}@${entry.version}`;
    this.setText(entry.text, false);
    this.casesResult = undefined;
    this.compareResult = undefined;
    this.proofsResult = undefined;
    const same = this.packs.filter((candidate) => candidate.id === entry.id);
    const wanted = this.baseline?.includes('@')
      ? this.baseline
      : this.baseline
        ? `${entry.id}@${this.baseline}`
        : undefined;
    const before = same[same.findIndex((candidate) => candidate.version === entry.version) - 1];
    this.baselineKey = this.packs.some((candidate) => `${candidate.id}@${candidate.version}` === wanted)
      ? wanted!
      : before
        ? `${before.id}@${before.version}`
        : this.selected;
  }

  private setText(text: string, byUser: boolean): void {
    this.text = text;
    clearTimeout(this.checkTimer);
    const run = () => {
      const checked = check(this.text, this.i18n.locale);
      this.checked = checked;
      if (checked.pack) this.lastValid = { pack: checked.pack, text: this.text };
      this.announcement = checked.pack ? '' : this.t.problems(checked.problems.length);
      if (byUser) this.dispatchEvent(new EhPackEditEvent(this.text, checked.pack, checked.problems));
    };
    // Opening a file checks at once; typing is checked when the author pauses.
    if (byUser) this.checkTimer = setTimeout(run, 250);
    else {
      this.lastValid = undefined;
      run();
    }
  }

  // --- Tabs ---------------------------------------------------------------------------

  private choose(tab: RuleLabTab, focus = false): void {
    this.tab = tab;
    this.focusTab = focus;
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next === -1) return;
    event.preventDefault();
    this.choose(TABS[next]!, true);
  }

  protected override updated(): void {
    // Open and out of date (the answers or the pack changed): search again.
    const pack = this.working;
    if (this.whatIfOpen && this.tab === 'try' && pack) this.searchWhatIf(pack);
    if (!this.focusTab) return;
    this.focusTab = false;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
  }

  // --- Runs ---------------------------------------------------------------------------

  private casesFor(...ids: string[]): LabFile[] {
    if (!this.loaded) return [];
    const seen = new Set<string>();
    return [...new Set(ids)]
      .flatMap((id) => libraryCases(this.loaded!, id))
      .filter((file) => !seen.has(file.path) && seen.add(file.path));
  }

  private async runCases(): Promise<void> {
    const pack = this.working;
    if (!pack) return;
    this.runError = '';
    this.announcement = this.t.cases.running;
    try {
      const { result } = await this.runner.run({
        kind: 'cases',
        pack: this.lastValid!.text,
        cases: this.casesFor(pack.id),
        locale: this.i18n.locale,
      });
      this.casesResult = result as CaseRunResult;
      this.announcement = this.t.cases.summary(
        this.casesResult.passed,
        this.casesResult.failed,
        this.casesResult.skipped,
      );
    } catch (error) {
      this.finishWith(error);
    }
  }

  private async runCompare(): Promise<void> {
    const pack = this.working;
    const baseline = this.packs.find((entry) => `${entry.id}@${entry.version}` === this.baselineKey);
    const count = Number(this.generateText.trim());
    if (!/^\d+$/.test(this.generateText.trim()) || count > MAX_GENERATE) {
      this.generateError = this.t.compare.generateInvalid(MAX_GENERATE);
      this.renderRoot.querySelector<HTMLElement>('#generate')?.focus();
      return;
    }
    this.generateError = '';
    if (!pack || !baseline) return;
    this.runError = '';
    this.announcement = this.t.compare.running;
    try {
      const { result } = await this.runner.run({
        kind: 'compare',
        old: baseline.text,
        new: this.lastValid!.text,
        cases: this.casesFor(baseline.id, pack.id),
        generate: count,
        seed: this.seed,
        locale: this.i18n.locale,
      });
      this.compareResult = result as DiffResult;
      this.announcement = this.compareResult.summary[0] ?? '';
    } catch (error) {
      this.finishWith(error);
    }
  }

  /**
   * Proves the working pack's floors (its own and those kept beside the released file) and
   * monotonicity, in the worker: the solver is loaded there on demand.
   */
  private async runProofs(): Promise<void> {
    const pack = this.working;
    if (!pack) return;
    this.runError = '';
    this.announcement = this.t.proofs.running;
    try {
      const floors = libraryFloors(this.loaded!, pack.id, pack.version)?.text;
      const { result } = await this.runner.run({
        kind: 'prove',
        pack: this.lastValid!.text,
        ...(floors !== undefined ? { floors } : {}),
        locale: this.i18n.locale,
      });
      this.proofsResult = result as ProofsResult;
      const count = (status: ProofLine['status']) =>
        this.proofsResult!.lines.filter((line) => line.status === status).length;
      this.announcement = this.t.proofs.summary(count('proved'), count('violated'), count('unsupported'));
    } catch (error) {
      this.finishWith(error);
    }
  }

  /** Loads a counterexample into Try answers, where the author sees exactly what goes wrong. */
  private tryAnswers(answers: Answers): void {
    this.answers = { ...answers };
    this.downloadNote = '';
    this.choose('try', true);
    this.announcement = this.t.proofs.loaded;
  }

  private finishWith(error: unknown): void {
    if (error instanceof LabCancelled) this.announcement = this.t.cancelled;
    else {
      this.runError = this.t.runFailed((error as Error).message);
      this.announcement = this.runError;
    }
  }

  // --- Try answers --------------------------------------------------------------------

  private onAnswer(event: EhAnswerChangeEvent): void {
    if (event.answers !== undefined) return;
    event.stopPropagation();
    this.answers = withAnswer(this.answers, event.questionId, event.value as AnswerValue | undefined);
    this.downloadNote = '';
    this.dispatchEvent(new EhAnswerChangeEvent(event.questionId, event.value, { ...this.answers }));
  }

  private saveCase(recommendation: Recommendation): void {
    const description = this.description.trim();
    if (!description) {
      this.descriptionError = this.t.try.descriptionMissing;
      this.renderRoot.querySelector<HTMLElement>('#case-description')?.focus();
      return;
    }
    this.descriptionError = '';
    const golden = goldenCaseFrom(recommendation, this.answers, description);
    const name = `${slug(description)}.json`;
    saveFile(name, `${JSON.stringify(golden, null, 2)}\n`);
    this.downloadNote = this.t.try.downloaded(name, this.working!.id);
  }

  private downloadPack(): void {
    const entry = this.current;
    saveFile(entry ? `${entry.version}.json` : 'pack.json', this.text);
  }

  // --- Rendering ----------------------------------------------------------------------

  protected override render() {
    const t = this.t;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (this.loadError) return html`<p class="error-message" role="alert">${this.loadError}</p>${live}`;
    if (!this.loaded) return html`<p class="hint" aria-busy="true">${t.loading}</p>${live}`;
    if (this.packs.length === 0) return html`<p>${t.emptyLibrary}</p>${live}`;
    return html`
      <h2>${t.title}</h2>
      <p>${t.intro}</p>
      ${this.renderPicker()}
      <div class="tabs" role="tablist" aria-label=${t.tabsLabel} part="tabs" @keydown=${this.onTabKey}>
        ${TABS.map(
          (tab) => html`<button
            role="tab"
            id=${`tab-${tab}`}
            part="tab"
            class="tab"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            aria-controls=${`panel-${tab}`}
            tabindex=${this.tab === tab ? '0' : '-1'}
            @click=${() => this.choose(tab)}
          >
            ${t.tabs[tab]}
          </button>`,
        )}
      </div>
      <div class="panel" role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`} part="panel">
        ${this.renderPanel()}
      </div>
      ${live}
    `;
  }

  private renderPicker() {
    const t = this.t;
    const status = ruleLabStrings[this.i18n.locale].statuses;
    return html`<div class="picker" part="picker">
      <label for="pack-choice">${t.packLabel}</label>
      <select
        id="pack-choice"
        .value=${this.selected}
        @change=${(event: Event) => {
          const entry = this.packs.find(
            (candidate) => `${candidate.id}@${candidate.version}` === (event.target as HTMLSelectElement).value,
          );
          if (entry) this.open(entry);
        }}
      >
        ${this.packs.map((entry) => {
          const key = `${entry.id}@${entry.version}`;
          const parsed = check(entry.text, this.i18n.locale).pack;
          return html`<option value=${key} ?selected=${key === this.selected}>
            ${t.packOption(entry.id, entry.version, parsed ? status[parsed.status] : t.invalidFile)}
          </option>`;
        })}
      </select>
    </div>`;
  }

  private renderPanel() {
    switch (this.tab) {
      case 'rules':
        return this.renderRules();
      case 'try':
        return this.renderTry();
      case 'cases':
        return this.renderCases();
      case 'compare':
        return this.renderCompare();
      case 'proofs':
        return this.renderProofs();
    }
  }

  private renderRules() {
    const t = this.t;
    const { problems } = this.checked;
    const valid = this.checked.pack;
    const edited = this.current !== undefined && this.text !== this.current.text;
    return html`
      <div class="field ${problems.length > 0 ? 'field-error' : ''}">
        <label for="editor" class="label">${t.editorLabel}</label>
        <p class="hint" id="editor-hint">${t.editorHint}</p>
        <textarea
          id="editor"
          part="editor"
          spellcheck="false"
          autocomplete="off"
          aria-describedby="editor-hint editor-status"
          aria-invalid=${problems.length > 0 ? 'true' : 'false'}
          .value=${this.text}
          @input=${(event: Event) => this.setText((event.target as HTMLTextAreaElement).value, true)}
        ></textarea>
      </div>
      <div id="editor-status" part="status" class="status">
        ${
          valid
            ? html`<p class="valid">${t.valid(valid.id, valid.version, packStamp(valid).contentHash.slice(0, 12))}</p>`
            : html`<p class="error-message">${t.problems(problems.length)}</p>
              <p>${this.lastValid ? t.usingLastValid(this.lastValid.pack.id, this.lastValid.pack.version) : t.noValidYet}</p>`
        }
      </div>
      ${
        problems.length > 0
          ? html`<ul class="problems" part="problems">
            ${problems.map(
              (problem) =>
                html`<li><code>${problem.path}</code>${problem.where ? html` (${problem.where})` : nothing}: ${problem.message}</li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        edited
          ? html`<p class="inset">${t.editedNotice}</p>
            <button class="button secondary" part="button" @click=${() => this.current && this.open(this.current)}>${t.reset}</button>`
          : nothing
      }
      <button class="button secondary" part="button" @click=${() => this.downloadPack()}>${t.downloadPack}</button>
    `;
  }

  private renderTry() {
    const t = this.t;
    const pack = this.working;
    if (!pack) return html`<p>${t.noValidYet}</p>`;
    const locale = pack.locales.includes(this.i18n.locale) ? this.i18n.locale : pack.locales[0]!;
    const recommendation = evaluate(pack, this.answers, { locale, trace: true });
    const optional = this.i18n.t.pathway.optional;
    return html`
      ${this.checked.pack ? nothing : html`<p class="inset">${t.usingLastValid(pack.id, pack.version)}</p>`}
      <p>${t.try.intro}</p>
      <div class="columns">
        <div class="questions" part="questions" @eh-answer-change=${this.onAnswer}>
          <h3>${t.try.questionsTitle}</h3>
          ${sectionPages(pack, this.answers).map(
            (page) => html`<fieldset class="section">
              <legend>${localize(page.section.title, locale, pack)}</legend>
              ${repeat(
                page.questions,
                (question) => question.id,
                (question) => questionTemplate(pack, question, { locale, optional, value: this.answers[question.id] }),
              )}
            </fieldset>`,
          )}
          <button class="button secondary" part="button" @click=${() => (this.answers = {})}>${t.try.clear}</button>
        </div>
        <div class="result" part="result">${this.renderResult(pack, recommendation)}</div>
      </div>
    `;
  }

  private renderResult(pack: Pack, recommendation: Recommendation) {
    const t = this.t;
    return html`
      <h3>${t.try.resultTitle}</h3>
      <p class="level"><strong>${recommendation.level.name}</strong></p>
      ${recommendation.notices.length > 0 ? html`<ul class="notices">${recommendation.notices.map((notice) => html`<li>${notice}</li>`)}</ul>` : nothing}
      <p>${t.try.services}: ${recommendation.services.map((service) => service.name).join(', ') || t.none}</p>
      <h4>${t.try.rationaleTitle}</h4>
      <ul class="rationale">
        ${recommendation.rationale.map(
          (rule) => html`<li>
            <code>${rule.ruleId}</code>: ${rule.text}
            ${
              rule.because.length > 0
                ? html`<br /><span class="hint">${t.try.because(rule.because.map((item) => `${item.question} ${item.answer}`).join('; '))}</span>`
                : nothing
            }
          </li>`,
        )}
      </ul>
      ${this.renderWhatIf(pack, recommendation)}
      ${this.renderSave(recommendation)}
      <h4>${t.try.rulesTitle}</h4>
      <ul class="rules">
        ${recommendation.rules.map((rule) => this.renderRule(pack, rule))}
      </ul>
    `;
  }

  /** What would change this, for the answers in the Try tab: searched on request, in steps. */
  private renderWhatIf(pack: Pack, recommendation: Recommendation) {
    if (recommendation.urgent) return nothing;
    const strings = engineStrings(recommendation.locale).whatIf;
    const found =
      this.whatIf?.answers === this.answers && this.whatIf.pack === pack
        ? whatIfText(pack, this.whatIf.result, recommendation.locale)
        : undefined;
    return html`<details class="what-if" part="what-if" .open=${this.whatIfOpen} @toggle=${(event: Event) => this.onWhatIfToggle(event, pack)}>
      <summary>${strings.title}</summary>
      <p class="hint">${strings.intro}</p>
      <p role="status">${this.whatIfRun && !found ? strings.working : nothing}</p>
      ${found ? whatIfBlocks(found) : nothing}
    </details>`;
  }

  private onWhatIfToggle(event: Event, pack: Pack): void {
    this.whatIfOpen = (event.target as HTMLDetailsElement).open;
    if (this.whatIfOpen) this.searchWhatIf(pack);
  }

  private searchWhatIf(pack: Pack): void {
    const answers = this.answers;
    // Once per answers and pack, whether that search is running, done or failed.
    if (this.whatIfFor?.answers === answers && this.whatIfFor.pack === pack) return;
    this.whatIfFor = { answers, pack };
    this.whatIfRun?.abort();
    const run = new AbortController();
    this.whatIfRun = run;
    whatWouldChangeAsync(pack, answers, { signal: run.signal }).then(
      (result) => {
        if (run.signal.aborted) return;
        this.whatIf = { pack, answers, result };
        this.whatIfRun = undefined;
      },
      () => {
        if (this.whatIfRun === run) this.whatIfRun = undefined;
      },
    );
  }

  private renderRule(pack: Pack, rule: RuleResult) {
    const t = this.t;
    const level = rule.levelId
      ? (pack.levels.find((candidate) => candidate.id === rule.levelId)?.id ?? rule.levelId)
      : '';
    return html`<li class=${`rule ${rule.status}`}>
      <details>
        <summary>
          <span class="badge">${t.try.status[rule.status]}</span>
          <code>${rule.ruleId}</code>
          <span class="hint">${t.try.kind[rule.kind]}${level ? ` → ${level}` : ''}</span>
        </summary>
        <p>${rule.text}</p>
        ${rule.waitingOn.length > 0 ? html`<p class="hint">${t.try.waitingOn(rule.waitingOn.join(', '))}</p>` : nothing}
        ${rule.trace ? html`<div class="trace" part="trace">${this.renderTrace(rule.trace)}</div>` : nothing}
      </details>
    </li>`;
  }

  /** A JSON-Logic evaluation as a tree: each operator with the value it gave, children below. */
  private renderTrace(node: TraceNode): TemplateResult {
    const value = (item: unknown) => {
      const text = JSON.stringify(item);
      return text === undefined ? String(item) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
    };
    const label =
      node.op === 'var'
        ? html`<code>var</code> <code>${node.path || '""'}</code>`
        : node.op === 'value'
          ? html`<code>${value(node.value)}</code>`
          : html`<code>${node.op}</code>`;
    return html`<ul>
      <li>
        ${label}${node.op === 'value' ? nothing : html` → <code class="value">${value(node.value)}</code>`}
        ${node.children.length > 0 && node.op !== 'var' ? node.children.map((child) => this.renderTrace(child)) : nothing}
      </li>
    </ul>`;
  }

  private renderSave(recommendation: Recommendation) {
    const t = this.t;
    const error = this.descriptionError;
    return html`<div class="save">
      <h4>${t.try.saveTitle}</h4>
      <div class="field ${error ? 'field-error' : ''}">
        <label class="label" for="case-description">${t.try.descriptionLabel}</label>
        <p class="hint" id="case-description-hint">${t.try.descriptionHint}</p>
        ${error ? html`<p class="error-message" id="case-description-error">${error}</p>` : nothing}
        <input
          id="case-description"
          type="text"
          autocomplete="off"
          aria-describedby=${error ? 'case-description-hint case-description-error' : 'case-description-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.description}
          @input=${(event: Event) => (this.description = (event.target as HTMLInputElement).value)}
        />
      </div>
      <button class="button" part="button" @click=${() => this.saveCase(recommendation)}>${t.try.download}</button>
      <p role="status" class="hint">${this.downloadNote}</p>
    </div>`;
  }

  private renderProgress() {
    const t = this.t;
    const state = this.runner.state;
    if (!state) return nothing;
    return html`<div class="progress" part="progress">
      <label for="progress">${t.progressLabel}</label>
      <progress id="progress" max=${state.total || 1} value=${state.done}></progress>
      <p class="hint">${state.total > 0 ? t.progress(state.done, state.total) : t.starting}</p>
      <button class="button warning" part="button" @click=${() => this.runner.cancel()}>${t.cancel}</button>
    </div>`;
  }

  private renderCases() {
    const t = this.t;
    const pack = this.working;
    if (!pack) return html`<p>${t.noValidYet}</p>`;
    const files = this.casesFor(pack.id);
    const result = this.casesResult;
    return html`
      ${this.checked.pack ? nothing : html`<p class="inset">${t.usingLastValid(pack.id, pack.version)}</p>`}
      <p>${t.cases.intro(files.length, pack.id)}</p>
      <button class="button" part="button" ?disabled=${this.runner.running || files.length === 0} @click=${() => this.runCases()}>
        ${t.cases.run}
      </button>
      ${this.renderProgress()} ${this.runError ? html`<p class="error-message">${this.runError}</p>` : nothing}
      ${
        result
          ? html`<p><strong>${t.cases.summary(result.passed, result.failed, result.skipped)}</strong></p>
            <table part="table">
              <caption class="visually-hidden">
                ${t.cases.caption(result.packId, result.version)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.cases.columns.case}</th>
                  <th scope="col">${t.cases.columns.expected}</th>
                  <th scope="col">${t.cases.columns.actual}</th>
                  <th scope="col">${t.cases.columns.result}</th>
                </tr>
              </thead>
              <tbody>
                ${[...result.runs].sort((a, b) => Number(a.passed) - Number(b.passed)).map((run) => this.renderCaseRow(run))}
              </tbody>
            </table>`
          : nothing
      }
    `;
  }

  private renderProofs() {
    const t = this.t.proofs;
    const pack = this.working;
    if (!pack) return html`<p>${this.t.noValidYet}</p>`;
    const result = this.proofsResult;
    const hasFloors =
      (pack.floors?.length ?? 0) > 0 || libraryFloors(this.loaded!, pack.id, pack.version) !== undefined;
    const count = (status: ProofLine['status']) => result?.lines.filter((line) => line.status === status).length ?? 0;
    return html`
      ${this.checked.pack ? nothing : html`<p class="inset">${this.t.usingLastValid(pack.id, pack.version)}</p>`}
      <p>${t.intro}</p>
      ${hasFloors ? nothing : html`<p class="inset">${t.noFloors}</p>`}
      <button class="button" part="button" ?disabled=${this.runner.running} @click=${() => this.runProofs()}>${t.run}</button>
      ${this.renderProgress()} ${this.runError ? html`<p class="error-message">${this.runError}</p>` : nothing}
      ${
        result
          ? html`<p><strong>${t.summary(count('proved'), count('violated'), count('unsupported'))}</strong> ${t.cpu((result.cpuMs / 1000).toFixed(2))}</p>
            <ul class="proofs" part="proofs" aria-label=${t.caption(result.packId, result.version)}>
              ${result.lines.map(
                (line) => html`<li class=${line.status === 'proved' ? 'pass' : 'fail'}>
                  <p><strong class="badge">${t.statuses[line.status]}</strong> <code>${line.id}</code></p>
                  <p>${line.statement}</p>
                  ${line.detail ? html`<p>${line.detail}</p>` : nothing}
                  ${
                    line.counterexample
                      ? html`<button class="button secondary" part="button try-counterexample" @click=${() => this.tryAnswers(line.counterexample!)}>
                          ${t.tryIt}<span class="visually-hidden">: ${line.id}</span>
                        </button>
                        <details>
                          <summary>${t.counterexample}</summary>
                          <pre><code>${JSON.stringify(line.counterexample, null, 1)}</code></pre>
                        </details>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }

  private renderCaseRow(run: CaseRun) {
    const t = this.t;
    const failures = ruleToolsStrings[this.i18n.locale].check;
    const side = (value: CaseRun['expected']) =>
      value ? `${value.level.name} · ${value.services.map((service) => service.name).join(', ')}` : '';
    const result =
      run.problems.length > 0
        ? t.cases.unreadable
        : run.skipped
          ? t.cases.skipped
          : run.passed
            ? t.cases.pass
            : t.cases.fail;
    const rationale = (lines: NonNullable<CaseRun['expected']>['rationale']) =>
      lines.length > 0
        ? html`<ul>
            ${lines.map((line) => html`<li><code>${line.ruleId}</code>: ${line.text}</li>`)}
          </ul>`
        : html`<p class="hint">${t.cases.noRules}</p>`;
    return html`<tr class=${run.passed || run.skipped ? 'pass' : 'fail'}>
        <th scope="row"><code>${run.name}</code><br /><span class="hint">${run.description}</span></th>
        <td>${side(run.expected)}</td>
        <td>${side(run.actual)}</td>
        <td><strong class="badge">${result}</strong></td>
      </tr>
      ${
        !run.passed && !run.skipped
          ? html`<tr class="fail-detail">
            <td colspan="4">
              ${run.problems.length > 0 ? html`<ul>${run.problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : nothing}
              ${
                run.failures.length > 0
                  ? html`<ul class="failures">
                    ${run.failures.map((f) => html`<li>${failures.failure(f.check, f.expected, f.actual, f.rule ?? '')}</li>`)}
                  </ul>`
                  : nothing
              }
              ${
                run.expected && run.actual
                  ? html`<div class="side-by-side">
                    <div>
                      <h4>${t.cases.expectedRationale}</h4>
                      ${rationale(run.expected.rationale)}
                    </div>
                    <div>
                      <h4>${t.cases.actualRationale}</h4>
                      ${rationale(run.actual.rationale)}
                    </div>
                  </div>`
                  : nothing
              }
            </td>
          </tr>`
          : nothing
      }`;
  }

  private renderCompare() {
    const t = this.t;
    const pack = this.working;
    if (!pack) return html`<p>${t.noValidYet}</p>`;
    const error = this.generateError;
    return html`
      ${this.checked.pack ? nothing : html`<p class="inset">${t.usingLastValid(pack.id, pack.version)}</p>`}
      <p>${t.compare.intro}</p>
      <div class="field">
        <label class="label" for="baseline">${t.compare.baselineLabel}</label>
        <select id="baseline" .value=${this.baselineKey} @change=${(event: Event) => (this.baselineKey = (event.target as HTMLSelectElement).value)}>
          ${this.packs.map((entry) => {
            const key = `${entry.id}@${entry.version}`;
            return html`<option value=${key} ?selected=${key === this.baselineKey}>${t.packOption(entry.id, entry.version, '')}</option>`;
          })}
        </select>
      </div>
      <p>${t.compare.against(pack.id, pack.version)}</p>
      <div class="field ${error ? 'field-error' : ''}">
        <label class="label" for="generate">${t.compare.generateLabel}</label>
        <p class="hint" id="generate-hint">${t.compare.generateHint}</p>
        ${error ? html`<p class="error-message" id="generate-error">${error}</p>` : nothing}
        <input
          id="generate"
          class="short"
          inputmode="numeric"
          autocomplete="off"
          aria-describedby=${error ? 'generate-hint generate-error' : 'generate-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.generateText}
          @input=${(event: Event) => (this.generateText = (event.target as HTMLInputElement).value)}
        />
      </div>
      <button class="button" part="button" ?disabled=${this.runner.running} @click=${() => this.runCompare()}>${t.compare.run}</button>
      ${this.renderProgress()} ${this.runError ? html`<p class="error-message">${this.runError}</p>` : nothing}
      ${this.runner.inPage && this.runner.running ? html`<p class="hint">${t.inPage}</p>` : nothing}
      ${this.compareResult ? this.renderDiff(this.compareResult) : nothing}
    `;
  }

  private renderDiff(result: DiffResult) {
    const t = this.t;
    const tools = ruleToolsStrings[result.locale].diff;
    const name = (side: DiffResult['old'], id: string) => side.levels.find((level) => level.id === id)?.name ?? id;
    const from = `${result.old.packId} ${result.old.version}`;
    const to = `${result.new.packId} ${result.new.version}`;
    return html`
      <h3>${t.compare.resultTitle(from, to, result.total)}</h3>
      <ul class="summary">
        ${result.summary.map((line) => html`<li>${line}</li>`)}
      </ul>
      <table part="table" class="matrix">
        <caption>
          ${tools.matrix(from, to)}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${result.matrix.columns.map((id) => html`<th scope="col">${name(result.new, id)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${result.matrix.rows.map(
            (row, r) => html`<tr>
              <th scope="row">${name(result.old, row)}</th>
              ${result.matrix.counts[r]!.map(
                (count, c) =>
                  html`<td class=${result.matrix.columns[c] === row ? 'same' : count > 0 ? 'moved' : ''}>${t.count(count)}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        result.serviceChanges.length > 0
          ? html`<table part="table">
            <caption>
              ${tools.services}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.compare.columns.from}</th>
                <th scope="col">${t.compare.columns.to}</th>
                <th scope="col">${t.compare.columns.cases}</th>
              </tr>
            </thead>
            <tbody>
              ${result.serviceChanges.map(
                (change) => html`<tr>
                  <td>${change.fromName}</td>
                  <td>${change.toName}</td>
                  <td>${t.count(change.count)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
      <h3>${tools.cases(result.cases.length, result.changed)}</h3>
      ${result.cases.map(
        (item) => html`<details class="changed" part="changed-case">
          <summary>
            ${tools.caseTitle(item.index + 1, item.name, tools.sources[item.source])}: ${item.old.levelName} → ${item.new.levelName}
          </summary>
          <div class="side-by-side">${this.renderOutcome(from, item.old)}${this.renderOutcome(to, item.new)}</div>
        </details>`,
      )}
    `;
  }

  private renderOutcome(title: string, outcome: CaseOutcome) {
    return html`<div>
      <h4>${title}</h4>
      <p><strong>${outcome.levelName}</strong> · ${outcome.serviceNames.join(', ')}</p>
      <ul>
        ${outcome.rationale.map((line) => html`<li><code>${line.ruleId}</code>: ${line.text}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-rule-lab': EhRuleLab;
  }
}
