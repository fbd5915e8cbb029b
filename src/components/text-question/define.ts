import { EhTextQuestion } from './text-question.js';

if (!customElements.get('eh-text-question')) customElements.define('eh-text-question', EhTextQuestion);
