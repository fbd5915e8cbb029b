import type { PackProblem } from '../engine/pack.js';
import type { Pack } from '../engine/schema.js';

/** A rule author changed a pack's JSON in `<eh-rule-lab>`; the text was checked. */
export class EhPackEditEvent extends Event {
  static readonly eventName = 'eh-pack-edit';
  constructor(
    /** The JSON as it now stands, valid or not. */
    readonly text: string,
    /** The parsed pack when the text is valid, else undefined. */
    readonly pack: Pack | undefined,
    /** Every problem found (empty when valid). */
    readonly problems: readonly PackProblem[],
  ) {
    super(EhPackEditEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-pack-edit': EhPackEditEvent;
  }
  // Bubbling and composed: heard on document and window as well.
  interface GlobalEventHandlersEventMap {
    'eh-pack-edit': EhPackEditEvent;
  }
}
