import type { Override } from '../engine/override.js';

/**
 * The practitioner disagreed with the suggested level and gave a reason, or withdrew
 * that decision (`override` is then undefined).
 */
export class EhOverrideEvent extends Event {
  static readonly eventName = 'eh-override';
  constructor(readonly override: Override | undefined) {
    super(EhOverrideEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-override': EhOverrideEvent;
  }
  // Bubbling and composed: heard on document and window as well.
  interface GlobalEventHandlersEventMap {
    'eh-override': EhOverrideEvent;
  }
}
