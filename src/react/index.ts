/**
 * React components for the `eh-*` elements, made with `@lit/react`: objects such as `pack`,
 * `answers` and `options` are passed as properties, and the typed events arrive through
 * `on…` props.
 *
 * ```tsx
 * import { EhPathway } from 'early-help-pathway/react';
 *
 * <EhPathway src="/rules/continuum/2.0.0.json" onEhComplete={(event) => save(event.recommendation, event.override)} />
 * ```
 *
 * Importing this module registers the elements (it imports `early-help-pathway/define`).
 * `react` is an optional peer dependency: only this entry point needs it.
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import '../define.js';
import { EhChoiceQuestion as EhChoiceQuestionElement } from '../components/choice-question/choice-question.js';
import { EhMultiChoiceQuestion as EhMultiChoiceQuestionElement } from '../components/multi-choice-question/multi-choice-question.js';
import { EhNumberQuestion as EhNumberQuestionElement } from '../components/number-question/number-question.js';
import { EhPackStamp as EhPackStampElement } from '../components/pack-stamp/pack-stamp.js';
import { EhPathway as EhPathwayElement } from '../components/pathway/pathway.js';
import { EhRecommendation as EhRecommendationElement } from '../components/recommendation/recommendation.js';
import { EhTextQuestion as EhTextQuestionElement } from '../components/text-question/text-question.js';
import { EhYesNoQuestion as EhYesNoQuestionElement } from '../components/yes-no-question/yes-no-question.js';
import { EhAnswerChangeEvent } from '../events/answer-change.js';
import { EhCompleteEvent } from '../events/complete.js';
import { EhOverrideEvent } from '../events/override.js';
import { EhRecommendationEvent } from '../events/recommendation.js';
import { EhUrgentEvent } from '../events/urgent.js';

export type { EhAnswerChangeEvent, EhCompleteEvent, EhOverrideEvent, EhRecommendationEvent, EhUrgentEvent };

const onEhAnswerChange = EhAnswerChangeEvent.eventName as EventName<EhAnswerChangeEvent>;
const onEhRecommendation = EhRecommendationEvent.eventName as EventName<EhRecommendationEvent>;
const onEhUrgent = EhUrgentEvent.eventName as EventName<EhUrgentEvent>;
const onEhOverride = EhOverrideEvent.eventName as EventName<EhOverrideEvent>;
const onEhComplete = EhCompleteEvent.eventName as EventName<EhCompleteEvent>;

/** `<eh-pathway>`: the whole journey, from the start page to the recommendation. */
export const EhPathway = createComponent({
  react: React,
  tagName: 'eh-pathway',
  elementClass: EhPathwayElement,
  displayName: 'EhPathway',
  events: { onEhAnswerChange, onEhRecommendation, onEhUrgent, onEhOverride, onEhComplete },
});

/** `<eh-recommendation>`: a recommendation from `evaluate()`, with the practitioner's decision. */
export const EhRecommendation = createComponent({
  react: React,
  tagName: 'eh-recommendation',
  elementClass: EhRecommendationElement,
  displayName: 'EhRecommendation',
  events: { onEhOverride, onEhComplete },
});

/** `<eh-pack-stamp>`: which rule pack made a recommendation. */
export const EhPackStamp = createComponent({
  react: React,
  tagName: 'eh-pack-stamp',
  elementClass: EhPackStampElement,
  displayName: 'EhPackStamp',
});

/** `<eh-choice-question>`: radios, one answer from a list. */
export const EhChoiceQuestion = createComponent({
  react: React,
  tagName: 'eh-choice-question',
  elementClass: EhChoiceQuestionElement,
  displayName: 'EhChoiceQuestion',
  events: { onEhAnswerChange },
});

/** `<eh-multi-choice-question>`: checkboxes, with exclusive "none of these" options. */
export const EhMultiChoiceQuestion = createComponent({
  react: React,
  tagName: 'eh-multi-choice-question',
  elementClass: EhMultiChoiceQuestionElement,
  displayName: 'EhMultiChoiceQuestion',
  events: { onEhAnswerChange },
});

/** `<eh-yes-no-question>`: yes / no / not sure. */
export const EhYesNoQuestion = createComponent({
  react: React,
  tagName: 'eh-yes-no-question',
  elementClass: EhYesNoQuestionElement,
  displayName: 'EhYesNoQuestion',
  events: { onEhAnswerChange },
});

/** `<eh-text-question>`: a note with a character count. */
export const EhTextQuestion = createComponent({
  react: React,
  tagName: 'eh-text-question',
  elementClass: EhTextQuestionElement,
  displayName: 'EhTextQuestion',
  events: { onEhAnswerChange },
});

/** `<eh-number-question>`: a whole number typed as text. */
export const EhNumberQuestion = createComponent({
  react: React,
  tagName: 'eh-number-question',
  elementClass: EhNumberQuestionElement,
  displayName: 'EhNumberQuestion',
  events: { onEhAnswerChange },
});
