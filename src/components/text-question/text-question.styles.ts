import { css } from 'lit';

export const styles = css`
  textarea.field {
    width: var(--eh-text-question-width, 100%);
    min-height: calc(var(--_space) * 10);
    resize: vertical;
    line-height: 1.5;
  }
  .count {
    margin: calc(var(--_space) * 0.625) 0 0;
    color: var(--_muted);
  }
  .count.over {
    color: var(--_error);
    font-weight: 700;
  }
`;
