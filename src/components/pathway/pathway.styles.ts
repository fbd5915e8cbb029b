import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    background: var(--_surface);
    overflow-wrap: break-word;
  }
  /* Questions keep a reading measure; the result may use more, to sit beside its contacts. */
  .page {
    padding: 0;
    max-width: var(--eh-pathway-max-width, 40rem);
  }
  .page.result {
    max-width: var(--eh-pathway-result-max-width, 60rem);
  }
  .banner {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
    background: var(--eh-pathway-banner-background, #fff7bf);
    border-left: 5px solid #594d00;
  }
  .inset {
    padding: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0;
    border-left: 10px solid var(--_border);
  }
  .inset p:last-child {
    margin-bottom: 0;
  }
  .caption {
    color: var(--_muted);
    margin-bottom: calc(var(--_space) / 2);
  }
  .back {
    display: inline-block;
    margin-bottom: calc(var(--_space) * 3);
    min-height: 24px;
  }
  .back::before {
    content: '‹ ';
  }
  #heading:focus {
    outline: none;
  }
  #heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .questions {
    margin-bottom: calc(var(--_space) * 2);
  }
  .questions > * {
    display: block;
    margin-bottom: calc(var(--_space) * 4);
  }
  .error-summary {
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 4);
    border: 5px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary h2 {
    font-size: var(--eh-heading-3-size, 1.1875rem);
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .summary-list {
    margin: 0 0 calc(var(--_space) * 5);
  }
  .summary-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5) 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-row dt {
    font-weight: 600;
  }
  .summary-row dd {
    margin: 0;
  }
  @media (min-width: 40em) {
    .summary-row {
      grid-template-columns: 2fr 3fr auto;
    }
  }
  .summary-action button {
    min-height: 24px;
  }
  .group-heading {
    margin-top: calc(var(--_space) * 3);
  }
  .urgent {
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
    border: 5px solid var(--_urgent);
  }
  .urgent-action {
    font-size: 1.25rem;
  }
  .contacts {
    padding-left: calc(var(--_space) * 2.5);
  }
  .contacts li {
    margin-bottom: var(--_space);
  }
  .contacts a {
    font-size: 1.25rem;
    font-weight: 600;
    /* A phone number split over two lines is misread and misdialled. */
    white-space: nowrap;
  }
  .load-error details {
    margin-top: calc(var(--_space) * 2);
  }
  .load-error summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .problems code {
    font-family: var(--_mono);
  }
  .button {
    width: 100%;
    margin-inline-end: 0;
  }
  @media (min-width: 40em) {
    .button {
      width: auto;
      margin-inline-end: var(--_space);
    }
  }
  /* On paper: the recommendation and the rules' status, without navigation or buttons. */
  @media print {
    :host,
    .page {
      max-width: none;
      background: #fff;
      color: #000;
    }
    button,
    .error-summary,
    [part~='progress'],
    .inset[role='status'] {
      display: none !important;
    }
    .banner {
      margin-bottom: 8pt;
      padding: 4pt 8pt;
      background: none;
      border: 1pt solid #000;
      border-left-width: 4pt;
      color: #000;
      break-inside: avoid;
    }
    #heading {
      margin-bottom: 6pt;
      font-size: 16pt;
      break-after: avoid;
    }
  }
`;
