import type { Recommendation } from '../engine/evaluate.js';

/** A complete evaluation is available (every required question answered, or urgent). */
export class EhRecommendationEvent extends Event {
  static readonly eventName = 'eh-recommendation';
  constructor(readonly recommendation: Recommendation) {
    super(EhRecommendationEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-recommendation': EhRecommendationEvent;
  }
  // Bubbling and composed: heard on document and window as well.
  interface GlobalEventHandlersEventMap {
    'eh-recommendation': EhRecommendationEvent;
  }
}
