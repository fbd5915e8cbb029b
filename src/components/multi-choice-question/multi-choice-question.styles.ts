import { css } from 'lit';

export const styles = css`
  .divider {
    min-width: var(--eh-question-control-size, 2.5rem);
    margin: 0;
    text-align: center;
    color: var(--_text);
  }
  .options.checkbox .divider {
    width: var(--eh-question-control-size, 2.5rem);
  }
`;
