import { html, nothing, type TemplateResult } from 'lit';
import { libraryFloors, type ProofLine, type ProofsResult } from '../../../engine/lab.js';
import type { Lab } from '../lab-context.js';
import { RunTab } from './lab-tab.js';

/**
 * Proofs: the working pack's floors (its own and those kept beside the released file) and
 * monotonicity, proved in the worker (the solver is loaded there on demand). A counterexample
 * opens in Try answers, where the author sees exactly what goes wrong.
 */
export class ProofsTab extends RunTab<ProofsResult> {
  constructor(
    lab: Lab,
    private readonly tryAnswers: (answers: NonNullable<ProofLine['counterexample']>) => void,
  ) {
    super(lab);
  }

  private async run(): Promise<void> {
    const { lab } = this;
    const pack = lab.editor.working;
    if (!pack) return;
    const floors = libraryFloors(lab.library!, pack.id, pack.version)?.text;
    const result = (await lab.run(
      {
        kind: 'prove',
        pack: lab.editor.lastValid!.text,
        ...(floors !== undefined ? { floors } : {}),
        locale: lab.locale,
      },
      lab.t.proofs.running,
    )) as ProofsResult | undefined;
    if (!result) return;
    this.result = result;
    const count = (status: ProofLine['status']) => result.lines.filter((line) => line.status === status).length;
    lab.announce(lab.t.proofs.summary(count('proved'), count('violated'), count('unsupported')));
  }

  render(): TemplateResult {
    const t = this.lab.t.proofs;
    const pack = this.lab.editor.working;
    if (!pack) return html`<p>${this.lab.t.noValidYet}</p>`;
    const result = this.result;
    const hasFloors =
      (pack.floors?.length ?? 0) > 0 || libraryFloors(this.lab.library!, pack.id, pack.version) !== undefined;
    const count = (status: ProofLine['status']) => result?.lines.filter((line) => line.status === status).length ?? 0;
    return html`
      ${this.lab.renderStale(pack)}
      <p>${t.intro}</p>
      ${hasFloors ? nothing : html`<p class="inset">${t.noFloors}</p>`}
      <button class="button" part="button" ?disabled=${this.lab.runner.running} @click=${() => this.run()}>${t.run}</button>
      ${this.lab.renderRunState()}
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
}
