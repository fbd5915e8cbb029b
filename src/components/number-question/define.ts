import { EhNumberQuestion } from './number-question.js';

if (!customElements.get('eh-number-question')) customElements.define('eh-number-question', EhNumberQuestion);
