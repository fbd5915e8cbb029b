import { css } from 'lit';

export const styles = css`
  input.field {
    width: var(--eh-number-question-width, 11ch);
  }
`;
