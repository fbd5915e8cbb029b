import { css } from 'lit';

/**
 * Design tokens. Every component reads these custom properties, so a host themes the
 * whole library by setting them once on any ancestor (or `:root`).
 */
export const tokens = css`
  :host {
    --_font: var(--eh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_text: var(--eh-color-text, #0b0c0c);
    --_muted: var(--eh-color-text-secondary, #484949);
    --_surface: var(--eh-color-surface, #ffffff);
    --_border: var(--eh-color-border, #b1b4b6);
    --_space: var(--eh-space-unit, 0.5rem);
    font-family: var(--_font);
    color: var(--_text);
  }
`;
