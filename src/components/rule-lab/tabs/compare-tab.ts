import { html, nothing, type TemplateResult } from 'lit';
import type { CaseOutcome, DiffResult } from '../../../engine/diff.js';
import type { LibraryPack } from '../../../engine/lab.js';
import { ruleToolsStrings } from '../../../i18n/rule-tools.js';
import type { Lab } from '../lab-context.js';
import { RunTab } from './lab-tab.js';

const MAX_GENERATE = 100_000;

const keyOf = (entry: LibraryPack) => `${entry.id}@${entry.version}`;

/**
 * Compare versions: the working pack against another version over the golden cases of both
 * and generated ones, in the worker: where cases move level by level, which services change,
 * and each changed case with both rationales.
 */
export class CompareTab extends RunTab<DiffResult> {
  private baselineKey = '';
  private generateText = '';
  private generateError = '';

  constructor(
    lab: Lab,
    private readonly options: { readonly baseline: () => string | undefined; readonly seed: () => number },
  ) {
    super(lab);
  }

  /** The host's `generate` until the author types their own. */
  defaultGenerate(count: number): void {
    if (this.generateText === '') this.generateText = String(count);
  }

  /**
   * Another pack was opened: compare it with the `baseline` asked for, else the version
   * before it, else itself.
   */
  select(entry: LibraryPack): void {
    this.reset();
    const { packs } = this.lab;
    const baseline = this.options.baseline();
    const same = packs.filter((candidate) => candidate.id === entry.id);
    const wanted = baseline?.includes('@') ? baseline : baseline ? `${entry.id}@${baseline}` : undefined;
    const before = same[same.findIndex((candidate) => candidate.version === entry.version) - 1];
    this.baselineKey = packs.some((candidate) => keyOf(candidate) === wanted)
      ? wanted!
      : before
        ? keyOf(before)
        : keyOf(entry);
  }

  private set(change: { baselineKey?: string; generateText?: string }): void {
    if (change.baselineKey !== undefined) this.baselineKey = change.baselineKey;
    if (change.generateText !== undefined) this.generateText = change.generateText;
    this.lab.host.requestUpdate();
  }

  private async run(): Promise<void> {
    const { lab } = this;
    const pack = lab.editor.working;
    const baseline = lab.packs.find((entry) => keyOf(entry) === this.baselineKey);
    const count = Number(this.generateText.trim());
    if (!/^\d+$/.test(this.generateText.trim()) || count > MAX_GENERATE) {
      this.generateError = lab.t.compare.generateInvalid(MAX_GENERATE);
      lab.host.requestUpdate();
      lab.host.renderRoot.querySelector<HTMLElement>('#generate')?.focus();
      return;
    }
    this.generateError = '';
    lab.host.requestUpdate();
    if (!pack || !baseline) return;
    const result = (await lab.run(
      {
        kind: 'compare',
        old: baseline.text,
        new: lab.editor.lastValid!.text,
        cases: lab.casesFor(baseline.id, pack.id),
        generate: count,
        seed: this.options.seed(),
        locale: lab.locale,
      },
      lab.t.compare.running,
    )) as DiffResult | undefined;
    if (!result) return;
    this.result = result;
    lab.announce(result.summary[0] ?? '');
  }

  render(): TemplateResult {
    const { t, runner } = this.lab;
    const pack = this.lab.editor.working;
    if (!pack) return html`<p>${t.noValidYet}</p>`;
    const error = this.generateError;
    return html`
      ${this.lab.renderStale(pack)}
      <p>${t.compare.intro}</p>
      <div class="field">
        <label class="label" for="baseline">${t.compare.baselineLabel}</label>
        <select id="baseline" .value=${this.baselineKey} @change=${(event: Event) => this.set({ baselineKey: (event.target as HTMLSelectElement).value })}>
          ${this.lab.packs.map((entry) => {
            const key = keyOf(entry);
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
          @input=${(event: Event) => this.set({ generateText: (event.target as HTMLInputElement).value })}
        />
      </div>
      <button class="button" part="button" ?disabled=${runner.running} @click=${() => this.run()}>${t.compare.run}</button>
      ${this.lab.renderRunState()}
      ${runner.inPage && runner.running ? html`<p class="hint">${t.inPage}</p>` : nothing}
      ${this.result ? this.renderDiff(this.result) : nothing}
    `;
  }

  private renderDiff(result: DiffResult) {
    const { t } = this.lab;
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
          <div class="side-by-side">${outcome(from, item.old)}${outcome(to, item.new)}</div>
        </details>`,
      )}
    `;
  }
}

function outcome(title: string, outcome: CaseOutcome) {
  return html`<div>
    <h4>${title}</h4>
    <p><strong>${outcome.levelName}</strong> · ${outcome.serviceNames.join(', ')}</p>
    <ul>
      ${outcome.rationale.map((line) => html`<li><code>${line.ruleId}</code>: ${line.text}</li>`)}
    </ul>
  </div>`;
}
