import { EhNumberQuestion } from './number-question.js';

if (!customElements.get('eh-number-question')) customElements.define('eh-number-question', EhNumberQuestion);
// Re-exported as a type so that `define`'s declarations keep `EhNumberQuestion`'s global types (tag and events).
export type { EhNumberQuestion } from './number-question.js';
