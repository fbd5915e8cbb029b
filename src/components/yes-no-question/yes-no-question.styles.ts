import { css } from 'lit';

export const styles = css`
  .options.inline {
    column-gap: var(--eh-yes-no-question-gap, calc(var(--_space) * 2.5));
  }
`;
