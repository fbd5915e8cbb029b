import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_accent: var(--eh-recommendation-accent, var(--_link));
    --_panel: var(--eh-recommendation-panel-background, var(--_surface-alt));
    --_urgent-panel: var(--eh-recommendation-urgent-background, var(--_surface));
  }
  :host([hidden]) {
    display: none;
  }
  section {
    margin: 0 0 calc(var(--_space) * 4);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 2);
    line-height: 1.2;
  }
  h4,
  h5,
  h6 {
    font-size: var(--eh-heading-4-size, 1rem);
  }
  ul {
    margin: 0 0 calc(var(--_space) * 2);
    padding-left: calc(var(--_space) * 2.5);
  }
  li {
    margin-bottom: var(--_space);
  }
  li > p {
    margin-bottom: var(--_space);
  }

  /* The level and what it means. */
  .level {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    border-left: 10px solid var(--_accent);
    background: var(--_panel);
  }
  .level.urgent {
    border: 5px solid var(--_urgent);
    border-left-width: 10px;
    background: var(--_urgent-panel);
  }
  .caption {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 1rem;
    font-weight: 400;
  }
  .level-name {
    display: block;
  }
  .description {
    font-size: 1.1875rem;
  }
  .action {
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.25;
  }
  .call-list {
    list-style: none;
    padding: 0;
  }
  .call-list a {
    display: inline-block;
    min-height: 2.75rem;
    padding: calc(var(--_space) * 0.75) 0;
    font-size: 1.1875rem;
    font-weight: 700;
  }
  .label {
    font-weight: 700;
    margin-bottom: var(--_space);
  }

  /* GOV.UK warning text. */
  .notices {
    list-style: none;
    padding: 0;
  }
  .warning {
    position: relative;
    display: block;
    padding-left: calc(35px + var(--_space) * 2);
    min-height: 35px;
    font-weight: 700;
  }
  .warning-icon {
    position: absolute;
    left: 0;
    top: 0;
    box-sizing: border-box;
    width: 35px;
    height: 35px;
    border: 3px solid var(--_text);
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-size: 1.5rem;
    line-height: 29px;
    text-align: center;
    forced-color-adjust: none;
  }

  /* Services and contacts. */
  .service {
    margin: 0 0 calc(var(--_space) * 3);
    padding-bottom: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  .service:last-child {
    border-bottom: 0;
  }
  dl {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .contacts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .contacts dt {
    font-weight: 700;
  }
  .contacts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .contacts a {
    display: inline-block;
    min-height: 1.5rem;
  }
  @media (max-width: 30em) {
    .contacts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .contacts dd {
      margin-bottom: var(--_space);
    }
  }

  /* Rationale. */
  .rules > li {
    margin-bottom: calc(var(--_space) * 2);
  }
  .evidence {
    margin-top: calc(var(--_space) / 2);
  }
  .evidence li {
    margin-bottom: calc(var(--_space) / 2);
  }
  .source {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* Advisory statement (GOV.UK inset text). */
  .advisory {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border-left: 10px solid var(--_border);
  }
  .advisory p:last-child {
    margin-bottom: 0;
  }

  /* Override: form, errors and the recorded decision. */
  .error-summary {
    margin: 0 0 calc(var(--_space) * 4);
    padding: calc(var(--_space) * 2);
    border: 5px solid var(--_error);
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin-bottom: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .form-group {
    margin: 0 0 calc(var(--_space) * 4);
  }
  .form-group.error {
    padding-left: calc(var(--_space) * 2);
    border-left: 5px solid var(--_error);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .field-label {
    display: block;
    margin-bottom: var(--_space);
    font-size: 1.1875rem;
    font-weight: 700;
  }
  .radio {
    position: relative;
    display: grid;
    grid-template-columns: 2.75rem minmax(0, 1fr);
    align-items: start;
    margin-bottom: var(--_space);
  }
  .radio input {
    width: 2.5rem;
    height: 2.5rem;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .radio label {
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5) 0 var(--_space);
    cursor: pointer;
  }
  .radio .hint {
    grid-column: 2;
    padding-left: var(--_space);
    margin-bottom: 0;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 8rem;
    padding: var(--_space);
    border: 2px solid var(--_input-border);
    border-radius: 0;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    resize: vertical;
    max-width: 40em;
  }
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .decision {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    border-left: 10px solid var(--_text);
    background: var(--_panel);
  }
  .summary {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  .reason {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    .summary {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .summary dd {
      margin-bottom: var(--_space);
    }
  }
  .confirmed {
    font-weight: 700;
    color: var(--_success);
  }
  .confirmed:empty {
    margin: 0;
  }
  eh-pack-stamp {
    margin-bottom: calc(var(--_space) * 2);
  }
  .also-noted {
    margin: calc(var(--_space) * 2) 0;
  }
  .also-noted > summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  .also-noted > summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
`;
