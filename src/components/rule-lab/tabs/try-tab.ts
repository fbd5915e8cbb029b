import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { goldenCaseFrom } from '../../../engine/cases.js';
import { evaluate, localize, type Recommendation, type RuleResult } from '../../../engine/evaluate.js';
import type { TraceNode } from '../../../engine/logic.js';
import type { AnswerValue, Answers, Pack } from '../../../engine/schema.js';
import { whatWouldChangeAsync, type WhatIf } from '../../../engine/what-if.js';
import { whatIfText } from '../../../engine/what-if-text.js';
import { EhAnswerChangeEvent } from '../../../events/answer-change.js';
import { engineStrings } from '../../../i18n/engine.js';
import { sectionPages, withAnswer } from '../../../questionnaire/index.js';
import { questionTemplate } from '../../question-base/question-template.js';
import { saveFile } from '../../save-file.js';
import { whatIfBlocks } from '../../what-if-view.js';
import { LabTab } from './lab-tab.js';

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
 * Try answers: the questionnaire beside the recommendation and every rule's evaluation (with
 * its trace), "What would change this", and the answers saved as a golden case.
 */
export class TryTab extends LabTab {
  answers: Answers = {};
  private whatIf?: { readonly pack: Pack; readonly answers: Answers; readonly result: WhatIf };
  private whatIfOpen = false;
  /** The answers and pack the last search was started for, and that search while it runs. */
  private whatIfFor?: { readonly pack: Pack; readonly answers: Answers };
  private whatIfRun?: AbortController;
  private description = '';
  private descriptionError = '';
  private downloadNote = '';

  hostUpdated(): void {
    // Open and out of date (the answers or the pack changed): search again.
    const pack = this.lab.editor.working;
    if (this.whatIfOpen && this.lab.tab === 'try' && pack) this.searchWhatIf(pack);
  }

  /** Answers to look at (a counterexample from Proofs): shown in this tab, focused. */
  load(answers: Answers): void {
    this.answers = { ...answers };
    this.downloadNote = '';
    this.lab.host.requestUpdate();
  }

  private set(change: { answers?: Answers; description?: string }): void {
    if (change.answers !== undefined) this.answers = change.answers;
    if (change.description !== undefined) this.description = change.description;
    this.lab.host.requestUpdate();
  }

  private onAnswer(event: EhAnswerChangeEvent): void {
    if (event.answers !== undefined) return;
    event.stopPropagation();
    this.answers = withAnswer(this.answers, event.questionId, event.value as AnswerValue | undefined);
    this.downloadNote = '';
    this.lab.host.requestUpdate();
    this.lab.host.dispatchEvent(new EhAnswerChangeEvent(event.questionId, event.value, { ...this.answers }));
  }

  private saveCase(recommendation: Recommendation): void {
    const { t } = this.lab;
    const description = this.description.trim();
    if (!description) {
      this.descriptionError = t.try.descriptionMissing;
      this.lab.host.requestUpdate();
      this.lab.host.renderRoot.querySelector<HTMLElement>('#case-description')?.focus();
      return;
    }
    this.descriptionError = '';
    const golden = goldenCaseFrom(recommendation, this.answers, description);
    const name = `${slug(description)}.json`;
    saveFile(name, `${JSON.stringify(golden, null, 2)}\n`);
    this.downloadNote = t.try.downloaded(name, this.lab.editor.working!.id);
    this.lab.host.requestUpdate();
  }

  render(): TemplateResult {
    const { t, locale: pageLocale } = this.lab;
    const pack = this.lab.editor.working;
    if (!pack) return html`<p>${t.noValidYet}</p>`;
    const locale = pack.locales.includes(pageLocale) ? pageLocale : pack.locales[0]!;
    const recommendation = evaluate(pack, this.answers, { locale, trace: true });
    const optional = this.lab.strings.pathway.optional;
    return html`
      ${this.lab.renderStale(pack)}
      <p>${t.try.intro}</p>
      <div class="columns">
        <div class="questions" part="questions" @eh-answer-change=${(event: EhAnswerChangeEvent) => this.onAnswer(event)}>
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
          <button class="button secondary" part="button" @click=${() => this.set({ answers: {} })}>${t.try.clear}</button>
        </div>
        <div class="result" part="result">${this.renderResult(pack, recommendation)}</div>
      </div>
    `;
  }

  private renderResult(pack: Pack, recommendation: Recommendation) {
    const { t } = this.lab;
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
    this.lab.host.requestUpdate();
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
        this.lab.host.requestUpdate();
      },
      () => {
        if (this.whatIfRun === run) this.whatIfRun = undefined;
      },
    );
  }

  private renderRule(pack: Pack, rule: RuleResult) {
    const { t } = this.lab;
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
        ${rule.trace ? html`<div class="trace" part="trace">${renderTrace(rule.trace)}</div>` : nothing}
      </details>
    </li>`;
  }

  private renderSave(recommendation: Recommendation) {
    const { t } = this.lab;
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
          @input=${(event: Event) => this.set({ description: (event.target as HTMLInputElement).value })}
        />
      </div>
      <button class="button" part="button" @click=${() => this.saveCase(recommendation)}>${t.try.download}</button>
      <p role="status" class="hint">${this.downloadNote}</p>
    </div>`;
  }
}

/** A JSON-Logic evaluation as a tree: each operator with the value it gave, children below. */
function renderTrace(node: TraceNode): TemplateResult {
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
      ${node.children.length > 0 && node.op !== 'var' ? node.children.map((child) => renderTrace(child)) : nothing}
    </li>
  </ul>`;
}
