import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LabTask, LabTaskResult, LabFile, LibraryPack, RuleLibrary } from '../../engine/lab.js';
import { libraryCases, libraryPacks } from '../../engine/lab.js';
import type { Pack } from '../../engine/schema.js';
import { ruleLabStrings, type RuleLabStrings } from '../../i18n/rule-lab.js';
import { LocaleController } from '../../controllers/locale.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { TABS, type Lab, type RuleLabTab } from './lab-context.js';
import { LabCancelled, LabRunner } from './lab-runner.js';
import { checkPack, PackEditor } from './pack-editor.js';
import { styles } from './rule-lab.styles.js';
import { CasesTab } from './tabs/cases-tab.js';
import { CompareTab } from './tabs/compare-tab.js';
import { ProofsTab } from './tabs/proofs-tab.js';
import { rulesTab } from './tabs/rules-tab.js';
import { TryTab } from './tabs/try-tab.js';

export type { RuleLabTab };

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
  @state() private announcement = '';
  @state() private runError = '';

  private readonly i18n = new LocaleController(this);
  private readonly runner = new LabRunner(this);
  private readonly editor = new PackEditor(
    this,
    () => this.i18n.locale,
    (checked) => (this.announcement = checked.pack ? '' : this.t.problems(checked.problems.length)),
  );
  private readonly lab: Lab = this.labContext();
  private readonly tryTab = new TryTab(this.lab);
  private readonly casesTab = new CasesTab(this.lab);
  private readonly compareTab = new CompareTab(this.lab, { baseline: () => this.baseline, seed: () => this.seed });
  private readonly proofsTab = new ProofsTab(this.lab, (answers) => {
    // A counterexample in Try answers, where the author sees exactly what goes wrong.
    this.tryTab.load(answers);
    this.choose('try', true);
    this.announcement = this.t.proofs.loaded;
  });
  private internals: ElementInternals;
  private focusTab = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  private get t(): RuleLabStrings {
    return ruleLabStrings[this.i18n.locale];
  }

  /** The library's packs, listed once per library (they are read several times a render). */
  private listed?: { readonly library: RuleLibrary; readonly packs: LibraryPack[] };
  /** Each library file's status, or null when it does not parse: checked once, not on every keystroke. */
  private readonly statuses = new WeakMap<LibraryPack, Pack['status'] | null>();

  private get packs(): LibraryPack[] {
    const library = this.loaded;
    if (!library) return [];
    if (this.listed?.library !== library) this.listed = { library, packs: libraryPacks(library) };
    return this.listed.packs;
  }

  private statusOf(entry: LibraryPack): Pack['status'] | null {
    let status = this.statuses.get(entry);
    if (status === undefined) {
      status = checkPack(entry.text, this.i18n.locale).pack?.status ?? null;
      this.statuses.set(entry, status);
    }
    return status;
  }

  private get current(): LibraryPack | undefined {
    return this.packs.find((entry) => `${entry.id}@${entry.version}` === this.selected);
  }

  /** What the tabs may use of the lab (see lab-context.ts). */
  private labContext(): Lab {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the tabs read the element's live state through it
    const lab = this;
    return {
      host: this,
      get t() {
        return lab.t;
      },
      get strings() {
        return lab.i18n.t;
      },
      get locale() {
        return lab.i18n.locale;
      },
      get library() {
        return lab.loaded;
      },
      get packs() {
        return lab.packs;
      },
      get current() {
        return lab.current;
      },
      get tab() {
        return lab.tab;
      },
      editor: this.editor,
      runner: this.runner,
      open: (entry) => this.open(entry),
      casesFor: (...ids) => this.casesFor(...ids),
      announce: (text) => (this.announcement = text),
      choose: (tab, focus) => this.choose(tab, focus),
      run: (task, running) => this.run(task, running),
      renderRunState: () => this.renderRunState(),
      renderStale: (pack) => this.renderStale(pack),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('library') && this.library) this.useLibrary(this.library);
    else if (changed.has('librarySrc') && !this.library && this.librarySrc) void this.fetchLibrary(this.librarySrc);
    if (changed.has('generate')) this.compareTab.defaultGenerate(this.generate);
    this.setState('running', this.runner.running);
    this.setState('invalid', this.editor.checked.problems.length > 0);
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
    const packs = this.packs;
    const ofId = packs.filter((entry) => entry.id === (this.pack ?? packs[0]?.id));
    const chosen = ofId.find((entry) => entry.version === this.version) ?? ofId.at(-1) ?? packs[0];
    if (chosen) this.open(chosen);
  }

  /** Opens a library pack: its text in the editor, checked at once; every tab's results cleared. */
  private open(entry: LibraryPack): void {
    this.selected = `${entry.id}@${entry.version}`;
    this.editor.setText(entry.text, false);
    this.casesTab.reset();
    this.proofsTab.reset();
    this.compareTab.select(entry);
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

  private async run(task: LabTask, running: string): Promise<LabTaskResult['result'] | undefined> {
    this.runError = '';
    this.announcement = running;
    try {
      return (await this.runner.run(task)).result;
    } catch (error) {
      if (error instanceof LabCancelled) this.announcement = this.t.cancelled;
      else {
        this.runError = this.t.runFailed((error as Error).message);
        this.announcement = this.runError;
      }
      return undefined;
    }
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
          const parsed = this.statusOf(entry);
          return html`<option value=${key} ?selected=${key === this.selected}>
            ${t.packOption(entry.id, entry.version, parsed ? status[parsed] : t.invalidFile)}
          </option>`;
        })}
      </select>
    </div>`;
  }

  private renderPanel() {
    switch (this.tab) {
      case 'rules':
        return rulesTab(this.lab);
      case 'try':
        return this.tryTab.render();
      case 'cases':
        return this.casesTab.render();
      case 'compare':
        return this.compareTab.render();
      case 'proofs':
        return this.proofsTab.render();
    }
  }

  private renderRunState() {
    const t = this.t;
    const state = this.runner.state;
    const progress = state
      ? html`<div class="progress" part="progress">
          <label for="progress">${t.progressLabel}</label>
          <progress id="progress" max=${state.total || 1} value=${state.done}></progress>
          <p class="hint">${state.total > 0 ? t.progress(state.done, state.total) : t.starting}</p>
          <button class="button warning" part="button" @click=${() => this.runner.cancel()}>${t.cancel}</button>
        </div>`
      : nothing;
    return html`${progress} ${this.runError ? html`<p class="error-message">${this.runError}</p>` : nothing}`;
  }

  private renderStale(pack: Pack) {
    return this.editor.checked.pack
      ? nothing
      : html`<p class="inset">${this.t.usingLastValid(pack.id, pack.version)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eh-rule-lab': EhRuleLab;
  }
}
