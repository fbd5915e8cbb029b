import { css } from 'lit';

/**
 * Patterns every element shares (GOV.UK-like): focus ring, visually hidden text,
 * buttons, links, field structure and errors. Include after `tokens`.
 */
export const shared = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  a,
  .link {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    cursor: pointer;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:focus-visible,
  .link:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .button {
    display: inline-block;
    min-height: 2.75rem;
    margin: 0 var(--_space) calc(var(--_space) * 2) 0;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.5);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 #002d18;
    background: var(--_button);
    color: var(--_button-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }
  /* On a phone every button is full width, as in the GOV.UK Design System: the same size to aim at, one column to read. */
  @media (max-width: 40em) {
    .button {
      display: block;
      width: 100%;
      margin-right: 0;
    }
  }
  .button.secondary {
    background: var(--_button-secondary);
    color: var(--_button-secondary-text);
    box-shadow: 0 2px 0 #929191;
  }
  .button.warning {
    background: var(--_error);
    box-shadow: 0 2px 0 #55150b;
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
  }
  h1,
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) * 2);
    line-height: 1.2;
  }
  h1 {
    font-size: var(--eh-heading-1-size, 2rem);
  }
  h2 {
    font-size: var(--eh-heading-2-size, 1.5rem);
  }
  h3 {
    font-size: var(--eh-heading-3-size, 1.1875rem);
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
