import { css } from 'lit';

/**
 * Design tokens. Every component reads these custom properties, so a host themes the
 * whole library by setting them once on any ancestor (or `:root`). The private `--_*`
 * names are what component styles use; hosts never set them.
 */
export const tokens = css`
  :host {
    --_font: var(--eh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_mono: var(--eh-font-family-mono, ui-monospace, 'Cascadia Mono', Consolas, monospace);
    --_size: var(--eh-font-size, 1rem);
    --_text: var(--eh-color-text, #0b0c0c);
    --_muted: var(--eh-color-text-secondary, #484949);
    --_surface: var(--eh-color-surface, #ffffff);
    --_surface-alt: var(--eh-color-surface-alt, #f3f2f1);
    --_border: var(--eh-color-border, #b1b4b6);
    --_input-border: var(--eh-color-input-border, #0b0c0c);
    --_link: var(--eh-color-link, #1d70b8);
    --_link-visited: var(--eh-color-link-visited, #4c2c92);
    --_focus: var(--eh-color-focus, #ffdd00);
    --_focus-text: var(--eh-color-focus-text, #0b0c0c);
    --_error: var(--eh-color-error, #d4351c);
    --_success: var(--eh-color-success, #00703c);
    --_urgent: var(--eh-color-urgent, #d4351c);
    --_button: var(--eh-color-button, #00703c);
    --_button-text: var(--eh-color-button-text, #ffffff);
    --_button-secondary: var(--eh-color-button-secondary, #f3f2f1);
    --_button-secondary-text: var(--eh-color-button-secondary-text, #0b0c0c);
    --_space: var(--eh-space-unit, 0.5rem);
    --_radius: var(--eh-radius, 0);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
  }
`;
