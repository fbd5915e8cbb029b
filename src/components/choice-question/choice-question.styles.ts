import { css } from 'lit';

/** Radios in a row (used by `<eh-yes-no-question inline>`); they wrap at narrow widths. */
export const styles = css`
  .options.inline {
    flex-direction: row;
    flex-wrap: wrap;
    row-gap: var(--_space);
  }
`;
