import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--eh-pack-stamp-font-size, 0.875rem);
    color: var(--_muted);
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* On a phone the hash gets the full width rather than a column of eleven characters. */
  @media (max-width: 40em) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd + dt {
      margin-top: var(--_space);
    }
  }
  code {
    font-family: var(--eh-font-family-mono, ui-monospace, 'Cascadia Mono', Consolas, monospace);
  }
  summary {
    cursor: pointer;
    min-height: 24px;
  }
  summary .show {
    color: var(--_link);
    text-decoration: underline;
  }
  summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
  }
  summary:focus-visible .show {
    color: inherit;
    text-decoration: none;
  }
  /* On paper, the full hash and nothing to open. */
  @media print {
    summary {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
