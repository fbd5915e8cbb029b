/** Registers every `eh-*` element. The only entry point with side effects. */
import './components/pack-stamp/define.js';
import './components/choice-question/define.js';
import './components/multi-choice-question/define.js';
import './components/yes-no-question/define.js';
import './components/text-question/define.js';
import './components/number-question/define.js';
import './components/recommendation/define.js';
import './components/pathway/define.js';
