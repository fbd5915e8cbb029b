import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_editor-height: var(--eh-rule-lab-editor-height, 28rem);
    --_columns: var(--eh-rule-lab-columns, 22rem);
  }
  :host([hidden]) {
    display: none;
  }
  label,
  .label,
  legend {
    display: block;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  select,
  input,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5);
    max-width: 100%;
  }
  input {
    width: 100%;
  }
  input.short {
    width: 10ch;
  }
  textarea {
    display: block;
    width: 100%;
    height: var(--_editor-height);
    font-family: var(--_mono);
    font-size: 0.875rem;
    line-height: 1.4;
    tab-size: 2;
    white-space: pre;
    overflow: auto;
  }
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .field {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .field-error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 1.5);
  }
  .field-error textarea,
  .field-error input {
    border-color: var(--_error);
  }
  .picker {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border);
    margin: 0;
  }
  .tab {
    font: inherit;
    color: var(--_link);
    background: var(--_surface-alt);
    border: 1px solid transparent;
    border-bottom: 0;
    padding: var(--_space) calc(var(--_space) * 2.5);
    margin-bottom: -1px;
    text-decoration: underline;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_border);
    text-decoration: none;
  }
  .tab:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: inset 0 -4px 0 var(--_focus-text);
  }
  .panel {
    border: 1px solid var(--_border);
    border-top: 0;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2.5);
    margin: 0 0 calc(var(--_space) * 4);
  }
  .status .valid {
    color: var(--_success);
    font-weight: 700;
  }
  .problems {
    font-size: 0.9375rem;
    padding-left: calc(var(--_space) * 2.5);
  }
  .problems li {
    margin: 0 0 var(--_space);
  }
  code {
    font-family: var(--_mono);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .inset {
    border-left: 10px solid var(--_border);
    padding: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 3);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_columns)), 1fr));
    gap: calc(var(--_space) * 4);
    align-items: start;
  }
  .section {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 3);
  }
  .section legend {
    font-size: 1.1875rem;
    padding: 0;
  }
  .result {
    position: sticky;
    top: 0;
  }
  .level {
    font-size: 1.25rem;
    border-left: 5px solid var(--_link);
    background: var(--_surface-alt);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  h4 {
    font-size: 1rem;
    margin: calc(var(--_space) * 3) 0 var(--_space);
  }
  .rules {
    list-style: none;
    padding: 0;
  }
  .rule {
    border-top: 1px solid var(--_border);
    padding: calc(var(--_space) * 0.5) 0;
  }
  .rule summary {
    cursor: pointer;
  }
  .rule summary:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .badge {
    display: inline-block;
    min-width: 7rem;
    font-weight: 700;
  }
  .rule.fired .badge,
  tr.pass .badge,
  .proofs .pass .badge {
    color: var(--_success);
  }
  .rule.undecided .badge,
  tr.fail .badge,
  .proofs .fail .badge {
    color: var(--_error);
  }
  .rule.not-fired .badge {
    color: var(--_muted);
  }
  .trace ul {
    list-style: none;
    margin: 0;
    padding-left: calc(var(--_space) * 2);
    border-left: 1px dotted var(--_border);
  }
  .trace > ul {
    padding-left: 0;
    border: 0;
  }
  .trace .value {
    font-weight: 700;
  }
  .save {
    border-top: 1px solid var(--_border);
    margin-top: calc(var(--_space) * 3);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 calc(var(--_space) * 4);
    font-size: 0.9375rem;
  }
  caption {
    text-align: left;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: var(--_space) calc(var(--_space) * 1.5) var(--_space) 0;
  }
  .matrix td {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .matrix td.same {
    color: var(--_muted);
  }
  .matrix td.moved {
    font-weight: 700;
    background: var(--_surface-alt);
  }
  /* Proofs: one card per check, readable at any width; a violation has a thick edge as well as its colour. */
  .proofs {
    list-style: none;
    padding: 0;
  }
  .proofs li {
    padding: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
    border-left: 5px solid transparent;
  }
  .proofs li.fail {
    border-left-color: var(--_error);
  }
  .proofs p {
    margin: 0 0 var(--_space);
  }
  .proofs pre {
    overflow-x: auto;
    max-width: 100%;
  }
  tr.fail-detail td {
    background: var(--_surface-alt);
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 3);
  }
  .changed {
    border-top: 1px solid var(--_border);
    padding: var(--_space) 0;
  }
  .changed summary {
    cursor: pointer;
    color: var(--_link);
  }
  .progress {
    margin: 0 0 calc(var(--_space) * 3);
  }
  progress {
    display: block;
    width: 100%;
    max-width: 30rem;
    height: 1.25rem;
    accent-color: var(--_link);
  }
  .table-wrap {
    overflow-x: auto;
  }
`;
