import type { Recommendation } from '../engine/evaluate.js';
import type { Override } from '../engine/override.js';

/** The practitioner confirmed the result (with their override, if any). */
export class EhCompleteEvent extends Event {
  static readonly eventName = 'eh-complete';
  constructor(
    readonly recommendation: Recommendation,
    readonly override?: Override,
  ) {
    super(EhCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-complete': EhCompleteEvent;
  }
  // Bubbling and composed: heard on document and window as well.
  interface GlobalEventHandlersEventMap {
    'eh-complete': EhCompleteEvent;
  }
}
