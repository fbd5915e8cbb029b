import { EhChoiceQuestion } from './choice-question.js';

if (!customElements.get('eh-choice-question')) customElements.define('eh-choice-question', EhChoiceQuestion);
