import type { AnswerValue, Answers } from '../engine/schema.js';

/** A practitioner changed an answer. Fired by question controls and by `<eh-pathway>`. */
export class EhAnswerChangeEvent extends Event {
  static readonly eventName = 'eh-answer-change';
  constructor(
    /** The question id (a control's `name`). */
    readonly questionId: string,
    /** The new answer; `undefined` when cleared. */
    readonly value: AnswerValue | undefined,
    /** All answers after the change (only from `<eh-pathway>`). */
    readonly answers?: Answers,
  ) {
    super(EhAnswerChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'eh-answer-change': EhAnswerChangeEvent;
  }
  // Bubbling and composed: heard on document and window as well.
  interface GlobalEventHandlersEventMap {
    'eh-answer-change': EhAnswerChangeEvent;
  }
}
