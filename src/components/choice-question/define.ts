import { EhChoiceQuestion } from './choice-question.js';

if (!customElements.get('eh-choice-question')) customElements.define('eh-choice-question', EhChoiceQuestion);
// Re-exported as a type so that `define`'s declarations keep `EhChoiceQuestion`'s global types (tag and events).
export type { EhChoiceQuestion } from './choice-question.js';
