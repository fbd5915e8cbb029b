import { EhTextQuestion } from './text-question.js';

if (!customElements.get('eh-text-question')) customElements.define('eh-text-question', EhTextQuestion);
// Re-exported as a type so that `define`'s declarations keep `EhTextQuestion`'s global types (tag and events).
export type { EhTextQuestion } from './text-question.js';
