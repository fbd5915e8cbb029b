import { html, nothing, type TemplateResult } from 'lit';
import type { CaseRun, CaseRunResult } from '../../../engine/lab.js';
import { ruleToolsStrings } from '../../../i18n/rule-tools.js';
import { RunTab } from './lab-tab.js';

/** Golden cases: every case kept for the pack, run in the worker, failures first with both rationales. */
export class CasesTab extends RunTab<CaseRunResult> {
  private async run(): Promise<void> {
    const { lab } = this;
    const pack = lab.editor.working;
    if (!pack) return;
    const result = (await lab.run(
      { kind: 'cases', pack: lab.editor.lastValid!.text, cases: lab.casesFor(pack.id), locale: lab.locale },
      lab.t.cases.running,
    )) as CaseRunResult | undefined;
    if (!result) return;
    this.result = result;
    lab.announce(lab.t.cases.summary(result.passed, result.failed, result.skipped));
  }

  render(): TemplateResult {
    const { t, runner } = this.lab;
    const pack = this.lab.editor.working;
    if (!pack) return html`<p>${t.noValidYet}</p>`;
    const files = this.lab.casesFor(pack.id);
    const result = this.result;
    return html`
      ${this.lab.renderStale(pack)}
      <p>${t.cases.intro(files.length, pack.id)}</p>
      <button class="button" part="button" ?disabled=${runner.running || files.length === 0} @click=${() => this.run()}>
        ${t.cases.run}
      </button>
      ${this.lab.renderRunState()}
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
                ${[...result.runs].sort((a, b) => Number(a.passed) - Number(b.passed)).map((run) => this.renderRow(run))}
              </tbody>
            </table>`
          : nothing
      }
    `;
  }

  private renderRow(run: CaseRun) {
    const { t } = this.lab;
    const failures = ruleToolsStrings[this.lab.locale].check;
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
}
