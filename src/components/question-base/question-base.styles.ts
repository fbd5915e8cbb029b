import { css } from 'lit';

/**
 * The field structure every question shares (GOV.UK form group): legend or label,
 * hint, error message, and the red bar beside a group in error.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--eh-question-spacing, calc(var(--_space) * 4));
  }
  :host([hidden]) {
    display: none;
  }
  .form-group {
    margin: 0;
  }
  .form-group.has-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 2);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .label {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    margin: 0 0 var(--_space);
    padding: 0;
    white-space: normal;
    overflow-wrap: break-word;
    font-size: var(--eh-question-label-size, 1.1875rem);
    font-weight: var(--eh-question-label-weight, 700);
    line-height: 1.3;
  }
  .hint {
    overflow-wrap: break-word;
  }
  .error-message {
    overflow-wrap: break-word;
  }
  .field {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: calc(var(--_space) * 0.625);
    border: 2px solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.25;
  }
  .field:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .field.has-error {
    border-color: var(--_error);
  }
  .field.has-error:focus {
    border-color: var(--_input-border);
  }
  .field:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;

/**
 * GOV.UK-like radios and checkboxes: the native input stays in place (transparent,
 * 44px, so it is the click and touch target and keeps its semantics) and the label
 * draws the 40px circle or box.
 */
export const choiceStyles = css`
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .item {
    position: relative;
    display: block;
    min-height: var(--eh-question-control-size, 2.5rem);
    padding-inline-start: var(--eh-question-control-size, 2.5rem);
  }
  .item input {
    position: absolute;
    z-index: 1;
    inset-block-start: -2px;
    inset-inline-start: -2px;
    width: calc(var(--eh-question-control-size, 2.5rem) + 4px);
    height: calc(var(--eh-question-control-size, 2.5rem) + 4px);
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .item-label {
    display: inline-block;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.875) calc(var(--_space) * 0.625);
    cursor: pointer;
    touch-action: manipulation;
    overflow-wrap: break-word;
  }
  .item-label::before,
  .item-label::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  .item-label::before {
    inset-block-start: 0;
    inset-inline-start: 0;
    width: var(--eh-question-control-size, 2.5rem);
    height: var(--eh-question-control-size, 2.5rem);
    border: 2px solid currentcolor;
    background: var(--_surface);
  }
  .item-label::after {
    opacity: 0;
  }
  .radio .item-label::before {
    border-radius: 50%;
  }
  .radio .item-label::after {
    inset-block-start: calc(var(--eh-question-control-size, 2.5rem) / 4);
    inset-inline-start: calc(var(--eh-question-control-size, 2.5rem) / 4);
    width: calc(var(--eh-question-control-size, 2.5rem) / 2);
    height: calc(var(--eh-question-control-size, 2.5rem) / 2);
    border: calc(var(--eh-question-control-size, 2.5rem) / 4) solid currentcolor;
    border-radius: 50%;
  }
  .checkbox .item-label::after {
    inset-block-start: calc(var(--eh-question-control-size, 2.5rem) * 0.275);
    inset-inline-start: calc(var(--eh-question-control-size, 2.5rem) * 0.225);
    width: calc(var(--eh-question-control-size, 2.5rem) * 0.575);
    height: calc(var(--eh-question-control-size, 2.5rem) * 0.35);
    border: solid currentcolor;
    border-width: 0 0 calc(var(--eh-question-control-size, 2.5rem) * 0.125) calc(var(--eh-question-control-size, 2.5rem) * 0.125);
    border-block-start-color: transparent;
    transform: rotate(-45deg);
  }
  .item input:checked + .item-label::after {
    opacity: 1;
  }
  .item input:focus + .item-label::before {
    border-width: 4px;
    outline: 3px solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 3px var(--_focus);
  }
  .radio .item input:focus + .item-label::before {
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .item input:disabled,
  .item input:disabled + .item-label {
    cursor: not-allowed;
  }
  .item:has(input:disabled) {
    opacity: 0.5;
  }
  .item-hint {
    display: block;
    margin: 0;
    padding-inline: calc(var(--_space) * 1.875) 0;
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.35;
  }
  /* A label with a hint under it: the two read as one option. */
  .item-label:has(+ .item-hint) {
    padding-block-end: calc(var(--_space) * 0.25);
  }
  /* On a phone, the hint uses the width under the control too. */
  @media (max-width: 30em) {
    .item-hint {
      margin-inline-start: calc(var(--eh-question-control-size, 2.5rem) * -1);
      padding-inline-start: 0;
      padding-block-start: calc(var(--_space) * 0.25);
    }
  }
  @media (forced-colors: active) {
    .item input:focus + .item-label::before {
      outline-color: Highlight;
    }
  }
`;
