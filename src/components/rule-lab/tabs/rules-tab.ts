import { html, nothing, type TemplateResult } from 'lit';
import { packStamp } from '../../../engine/evaluate.js';
import { saveFile } from '../../save-file.js';
import type { Lab } from '../lab-context.js';

/** Rules: the pack's JSON in an editor, with every problem listed as the author types. */
export function rulesTab(lab: Lab): TemplateResult {
  const { t, editor, current } = lab;
  const { problems } = editor.checked;
  const valid = editor.checked.pack;
  const edited = current !== undefined && editor.text !== current.text;
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
        .value=${editor.text}
        @input=${(event: Event) => editor.setText((event.target as HTMLTextAreaElement).value, true)}
      ></textarea>
    </div>
    <div id="editor-status" part="status" class="status">
      ${
        valid
          ? html`<p class="valid">${t.valid(valid.id, valid.version, packStamp(valid).contentHash.slice(0, 12))}</p>`
          : html`<p class="error-message">${t.problems(problems.length)}</p>
            <p>${editor.lastValid ? t.usingLastValid(editor.lastValid.pack.id, editor.lastValid.pack.version) : t.noValidYet}</p>`
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
          <button class="button secondary" part="button" @click=${() => lab.current && lab.open(lab.current)}>${t.reset}</button>`
        : nothing
    }
    <button class="button secondary" part="button" @click=${() => saveFile(lab.current ? `${lab.current.version}.json` : 'pack.json', editor.text)}>${t.downloadPack}</button>
  `;
}
