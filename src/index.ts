/**
 * Side-effect free: element classes, events, types and the engine. Import
 * `early-help-pathway/define` to register the elements.
 */
export * from './engine/index.js';
export * from './events/index.js';
export * from './questionnaire/index.js';
export { EhPackStamp } from './components/pack-stamp/pack-stamp.js';
export { EhQuestionBase } from './components/question-base/question-base.js';
export type { ChoiceOption } from './components/question-base/question-base.js';
export { EhChoiceQuestion } from './components/choice-question/choice-question.js';
export { EhMultiChoiceQuestion } from './components/multi-choice-question/multi-choice-question.js';
export type { MultiChoiceOption } from './components/multi-choice-question/multi-choice-question.js';
export { EhYesNoQuestion } from './components/yes-no-question/yes-no-question.js';
export { EhTextQuestion } from './components/text-question/text-question.js';
export { EhNumberQuestion, parseNumber } from './components/number-question/number-question.js';
export { EhRecommendation } from './components/recommendation/recommendation.js';
export type { RecommendationView } from './components/recommendation/recommendation.js';
export { EhPathway } from './components/pathway/pathway.js';
export type { Step } from './components/pathway/pathway.js';
export { LocaleController, nearestLang } from './controllers/locale.js';
export { catalogue, catalogues, en, cy } from './i18n/index.js';
export type { Catalogue } from './i18n/index.js';
