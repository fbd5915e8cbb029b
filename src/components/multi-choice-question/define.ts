import { EhMultiChoiceQuestion } from './multi-choice-question.js';

if (!customElements.get('eh-multi-choice-question')) customElements.define('eh-multi-choice-question', EhMultiChoiceQuestion);
