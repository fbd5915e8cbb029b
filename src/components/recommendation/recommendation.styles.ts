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
  /* The level's place on the scale: filled and outlined steps, readable without colour. */
  .scale {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: calc(var(--_space) / 2) 0 var(--_space);
    font-weight: 700;
  }
  .scale-steps {
    display: inline-flex;
    gap: 3px;
  }
  .scale-step {
    width: 1.5rem;
    height: 0.875rem;
    border: 2px solid currentColor;
    box-sizing: border-box;
  }
  .scale-step.filled {
    background: currentColor;
  }
  .description {
    font-size: 1.1875rem;
  }
  .suggested {
    color: var(--_muted);
  }

  /* Consent stops an early-help request: said before any contact, with a thick edge rather than colour alone. */
  .consent {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    border: 3px solid var(--_text, currentColor);
    border-left-width: 10px;
  }
  .consent p:last-child {
    margin-bottom: 0;
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
  .because-line {
    margin: 0 0 var(--_space);
  }
  .because-line > .label {
    display: inline;
    margin-right: calc(var(--_space) / 2);
  }
  .evidence {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .evidence li {
    display: inline;
    margin: 0;
  }
  .evidence li + li::before {
    content: ' · ';
    font-weight: 700;
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

  /* The switch between arrangements (small inline radios). */
  .view-switch {
    margin: 0 0 calc(var(--_space) * 4);
  }
  .view-switch legend {
    font-size: 1rem;
  }
  .view-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
  }
  .view-options .radio {
    margin-bottom: 0;
  }

  /* Signs of Safety: three columns where they fit, one after another where they do not. */
  .sos {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--eh-recommendation-column-width, 15rem)), 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 4);
  }
  .sos > section {
    margin: 0;
    padding-top: calc(var(--_space) * 1.5);
    border-top: 5px solid var(--_accent);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .sos .contacts {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  .sos .contacts dd {
    margin-bottom: var(--_space);
  }

  /* The result beside its contacts and decision where there is room; one column otherwise,
     in reading order: level, next step, contacts, why, decision. */
  :host {
    container-type: inline-size;
  }
  .root {
    display: flex;
    flex-direction: column;
  }
  .layout,
  .main,
  .side {
    display: contents;
  }
  .root > * {
    order: 10;
  }
  .main > .level,
  .main > .consent {
    order: 1;
  }
  .main > .next-step {
    order: 2;
  }
  .side > [part~='services'] {
    order: 3;
  }
  .main > [part~='rationale'],
  .main > .sos {
    order: 4;
  }
  .side > [part~='override'],
  .side > .confirm {
    order: 5;
  }
  @container (min-width: 46rem) {
    .layout.two-column {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(15rem, 19rem);
      gap: 0 calc(var(--_space) * 4);
      align-items: start;
    }
    .layout.two-column > .main,
    .layout.two-column > .side {
      display: block;
      min-width: 0;
    }
    .layout.two-column > .side {
      padding-top: calc(var(--_space) * 1.5);
      border-top: 5px solid var(--_accent);
    }
  }
  .confirm {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .confirm .button {
    margin-bottom: 0;
  }

  /* One clear next step, before the contacts. */
  .next-step {
    margin: 0 0 calc(var(--_space) * 4);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-left: 5px solid var(--_accent);
  }
  .next-step[hidden] {
    display: none;
  }
  .next-step > :last-child {
    margin-bottom: 0;
  }

  /* What would change this: folded until asked for. */
  .what-if-ways {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .what-if-ways > li {
    margin-bottom: var(--_space);
  }
  .what-if-ways .or {
    font-weight: 700;
  }
  .what-if-ways .opens {
    color: var(--_muted);
  }
  .what-if-status:empty {
    margin: 0;
  }

  /* The answers given, and what would change this, folded away on screen. */
  .answers,
  .fold {
    margin: 0 0 calc(var(--_space) * 4);
  }
  .fold > summary,
  .answers > summary {
    margin-bottom: calc(var(--_space) * 2);
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  .fold > summary:focus-visible,
  .answers > summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .answer-list {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .answer-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .answer-row dt {
    font-weight: 700;
  }
  .answer-row dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (min-width: 40em) {
    .answer-row {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: calc(var(--_space) * 2);
    }
  }

  /* Copy summary. */
  .copy-status:empty,
  .download-status:empty {
    margin: 0;
  }
  .copy-status,
  .download-status {
    font-weight: 700;
  }
  .copy-box {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .copy-box textarea {
    font-family: var(--_mono);
    font-size: 0.875rem;
  }
  /* The box the older copy method selects: in the page, but out of sight. */
  .copy-source {
    position: fixed;
    top: 0;
    left: -10000px;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .print-only {
    display: none;
  }

  /*
   * Paper: black on white, no buttons, forms or switches; folded content printed open;
   * links are already written as their phone number, address or web address.
   */
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_border: #000;
      --_input-border: #000;
      --_link: #000;
      --_link-visited: #000;
      --_error: #000;
      --_success: #000;
      --_urgent: #000;
      --_accent: #000;
      --_panel: #fff;
      --_urgent-panel: #fff;
      color: #000;
      background: #fff;
      font-size: 9.5pt;
      line-height: 1.3;
    }
    button,
    form,
    textarea,
    .error-summary,
    .view-switch,
    .copy-box,
    .copy-status,
    .download-status,
    .confirmed,
    .copy-source {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 0 0 3pt;
      break-after: avoid;
    }
    h1 {
      font-size: 15pt;
    }
    h2 {
      font-size: 13pt;
    }
    h3 {
      font-size: 11.5pt;
    }
    h4,
    h5,
    h6 {
      font-size: 10pt;
    }
    section,
    .sos > section {
      margin: 0 0 8pt;
    }
    p,
    ul,
    dl {
      margin-bottom: 3pt;
    }
    ul {
      padding-left: 12pt;
    }
    li,
    .rules > li {
      margin-bottom: 3pt;
      break-inside: avoid;
    }
    .label {
      margin-bottom: 1pt;
    }
    .evidence {
      margin: 0 0 2pt;
    }
    .evidence li {
      margin: 0;
    }
    .source {
      font-size: 8.5pt;
    }
    a,
    a:visited {
      color: #000;
      text-decoration: none;
    }
    .level,
    .level.urgent,
    .decision {
      margin-bottom: 8pt;
      padding: 5pt 8pt;
      border: 1pt solid #000;
      border-left-width: 6pt;
      background: #fff;
      break-inside: avoid;
    }
    .level p:last-child,
    .decision dl {
      margin-bottom: 0;
    }
    .description,
    .call-list a {
      font-size: 10.5pt;
    }
    .action {
      font-size: 12pt;
    }
    .call-list a,
    .contacts a {
      min-height: 0;
      padding: 0;
    }
    .warning {
      padding-left: 20pt;
      min-height: 14pt;
    }
    .warning-icon {
      width: 14pt;
      height: 14pt;
      border-width: 1.5pt;
      background: #fff;
      color: #000;
      font-size: 9pt;
      line-height: 11pt;
    }
    .service {
      margin-bottom: 4pt;
      padding-bottom: 3pt;
      break-inside: avoid;
    }
    .contacts,
    .summary {
      gap: 0 8pt;
    }
    .advisory {
      margin-bottom: 6pt;
      padding: 3pt 8pt;
      border-left: 6pt solid #000;
      break-inside: avoid;
    }
    /* A reason's fold (the rest of its text and its citation) stays on screen: the printed page keeps
       each reason to its sentence and its answers; the full record has the rest. */
    details.more {
      display: none !important;
    }
    /* Paper flows as blocks (a flex column fragments badly across pages): level, next step,
       why, then contacts and the decision. */
    .root {
      display: block;
    }
    /* The answers given print only as the appendix asked for (Print with answers); what would
       change this prints only when it was opened. */
    .root:not(.print-answers) .answers,
    .what-if:not([open]) {
      display: none !important;
    }
    /* Other folded content prints open: its summary becomes a plain label. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    details,
    .also-noted {
      margin: 0 0 6pt;
    }
    details > summary,
    .also-noted > summary,
    .answers > summary {
      margin-bottom: 2pt;
      list-style: none;
      color: #000;
      text-decoration: none;
      font-weight: 700;
      cursor: auto;
    }
    details > summary::-webkit-details-marker {
      display: none;
    }
    .answers > summary {
      font-size: 11.5pt;
    }
    .answer-list {
      margin-bottom: 4pt;
    }
    .answer-row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 8pt;
      padding: 1pt 0;
      border-bottom: 0.5pt solid #000;
      font-size: 8.5pt;
      line-height: 1.2;
      break-inside: avoid;
    }
    .answer-row dt {
      font-weight: 400;
    }
    .answer-row dd {
      font-weight: 700;
    }
    .sos {
      display: block;
    }
    .sos .contacts {
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0 8pt;
    }
    .sos .contacts dd {
      margin-bottom: 0;
    }
    .sos > section {
      padding-top: 3pt;
      border-top-width: 2pt;
    }
    eh-pack-stamp {
      margin-bottom: 6pt;
      --eh-color-text: #000;
      --eh-color-text-secondary: #000;
      --eh-pack-stamp-font-size: 8.5pt;
      break-inside: avoid;
    }
  }
`;
