import { EhMultiChoiceQuestion } from './multi-choice-question.js';

if (!customElements.get('eh-multi-choice-question'))
  customElements.define('eh-multi-choice-question', EhMultiChoiceQuestion);
// Re-exported as a type so that `define`'s declarations keep `EhMultiChoiceQuestion`'s global types (tag and events).
export type { EhMultiChoiceQuestion } from './multi-choice-question.js';
