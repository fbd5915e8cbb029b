import { EhYesNoQuestion } from './yes-no-question.js';

if (!customElements.get('eh-yes-no-question')) customElements.define('eh-yes-no-question', EhYesNoQuestion);
