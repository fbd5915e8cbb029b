export { EhAnswerChangeEvent } from './answer-change.js';
export { EhRecommendationEvent } from './recommendation.js';
export { EhUrgentEvent } from './urgent.js';
export { EhOverrideEvent } from './override.js';
export { EhCompleteEvent } from './complete.js';
