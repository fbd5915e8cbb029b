import type { Override } from '../engine/override.js';

/** The practitioner disagreed with the suggested level and gave a reason. */
export class EhOverrideEvent extends Event {
  static readonly eventName = 'eh-override';
  constructor(readonly override: Override) {
    super(EhOverrideEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-override': EhOverrideEvent;
  }
}
