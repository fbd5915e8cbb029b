import type { Recommendation } from '../engine/evaluate.js';

/** Immediate danger was answered yes: the host may want to log or alert at once. */
export class EhUrgentEvent extends Event {
  static readonly eventName = 'eh-urgent';
  constructor(readonly recommendation: Recommendation) {
    super(EhUrgentEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-urgent': EhUrgentEvent;
  }
  // Bubbling and composed: heard on document and window as well.
  interface GlobalEventHandlersEventMap {
    'eh-urgent': EhUrgentEvent;
  }
}
