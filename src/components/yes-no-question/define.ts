import { EhYesNoQuestion } from './yes-no-question.js';

if (!customElements.get('eh-yes-no-question')) customElements.define('eh-yes-no-question', EhYesNoQuestion);
// Re-exported as a type so that `define`'s declarations keep `EhYesNoQuestion`'s global types (tag and events).
export type { EhYesNoQuestion } from './yes-no-question.js';
