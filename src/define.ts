/** Registers every `eh-*` element. The only entry point with side effects. */
import './components/pack-stamp/define.js';
import './components/choice-question/define.js';
import './components/multi-choice-question/define.js';
import './components/yes-no-question/define.js';
import './components/text-question/define.js';
import './components/number-question/define.js';
import './components/recommendation/define.js';
import './components/pathway/define.js';
// Re-exported as types so that this module's declarations carry every element's global types.
export type { EhPathway } from './components/pathway/define.js';
export type { EhRecommendation } from './components/recommendation/define.js';
export type { EhPackStamp } from './components/pack-stamp/define.js';
export type { EhChoiceQuestion } from './components/choice-question/define.js';
export type { EhMultiChoiceQuestion } from './components/multi-choice-question/define.js';
export type { EhYesNoQuestion } from './components/yes-no-question/define.js';
export type { EhTextQuestion } from './components/text-question/define.js';
export type { EhNumberQuestion } from './components/number-question/define.js';
export type {
  EhAnswerChangeEvent,
  EhCompleteEvent,
  EhOverrideEvent,
  EhRecommendationEvent,
  EhUrgentEvent,
} from './events/index.js';
