/**
 * Where the practitioner is in the journey, as one value and the moves between its states:
 * the mechanics of the wizard, kept apart from the pages `<eh-pathway>` draws for each step.
 * Pure: no DOM, no storage; the element keeps the draft, focus and events.
 */
import type { FieldError } from './index.js';

/** A page of the journey. Everything else on it is derived from the pack and the answers. */
export type Step =
  | { readonly kind: 'start' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'check' }
  | { readonly kind: 'result' }
  | { readonly kind: 'urgent'; readonly from: string | undefined }
  | { readonly kind: 'unsure'; readonly from: string | undefined }
  | { readonly kind: 'restart'; readonly from: Step };

export interface Journey {
  readonly step: Step;
  /** The page's errors are shown: after Continue (or "Get the recommendation") found some. */
  readonly showErrors: boolean;
  /** Errors only a control knows (a number not yet a number), kept until that question changes. */
  readonly controlErrors: readonly FieldError[];
  /** Reached a section through a Change link: Continue and Back return to check your answers. */
  readonly returnToCheck: boolean;
  /** Resumed from a session draft, until the first move. */
  readonly restored: boolean;
  /** Said once by the polite live region: the result has been worked out. */
  readonly announcement?: 'result';
  /** Said by the assertive live region while its page is shown. */
  readonly alert?: 'urgent' | 'unsure';
}

export const JOURNEY_START: Journey = {
  step: { kind: 'start' },
  showErrors: false,
  controlErrors: [],
  returnToCheck: false,
  restored: false,
};

export type JourneyMove =
  /** To a page; errors shown on the page left are cleared. */
  | { readonly type: 'go'; readonly step: Step }
  /** A Change link on check your answers: to the section, then back to check. */
  | { readonly type: 'change'; readonly sectionId: string }
  /** Back from a section, among the pages that exist now (`pageIds`, in order). */
  | { readonly type: 'back'; readonly pageIds: readonly string[]; readonly sectionId: string }
  /** Continue from a section with nothing to correct. */
  | { readonly type: 'continue'; readonly pageIds: readonly string[]; readonly sectionId: string }
  /** Continue found something to correct; `controlErrors` replace the controls' own, when given. */
  | { readonly type: 'invalid'; readonly controlErrors?: readonly FieldError[] }
  | { readonly type: 'urgent'; readonly from: string | undefined }
  | { readonly type: 'unsure'; readonly from: string | undefined }
  /** Away from the urgent or unsure page, back to the section it interrupted. */
  | { readonly type: 'carry-on'; readonly from: string | undefined }
  | { readonly type: 'result' }
  /** An answer changed: its control's own error no longer applies. */
  | { readonly type: 'answer'; readonly questionId: string }
  /** The host set the answers: nothing the practitioner was correcting still applies. */
  | { readonly type: 'answers-set' }
  /** A draft was read back: where it was (when that page exists) and whether it held answers. */
  | { readonly type: 'resume'; readonly step: Step | undefined; readonly restored: boolean }
  /** Start again, or another pack: from the start page with nothing carried over. */
  | { readonly type: 'restart' };

const to = (state: Journey, step: Step): Journey => ({
  ...state,
  step,
  restored: false,
  showErrors: false,
  controlErrors: [],
});

export function move(state: Journey, action: JourneyMove): Journey {
  switch (action.type) {
    case 'go':
      return to(state, action.step);
    case 'change':
      return { ...to(state, { kind: 'section', sectionId: action.sectionId }), returnToCheck: true };
    case 'back': {
      if (state.returnToCheck) return { ...to(state, { kind: 'check' }), returnToCheck: false };
      const index = action.pageIds.indexOf(action.sectionId);
      return to(state, index > 0 ? { kind: 'section', sectionId: action.pageIds[index - 1]! } : { kind: 'start' });
    }
    case 'continue': {
      const next = action.pageIds[action.pageIds.indexOf(action.sectionId) + 1];
      if (state.returnToCheck || next === undefined) return { ...to(state, { kind: 'check' }), returnToCheck: false };
      return to(state, { kind: 'section', sectionId: next });
    }
    case 'invalid':
      return { ...state, showErrors: true, controlErrors: action.controlErrors ?? state.controlErrors };
    case 'urgent':
      return { ...to(state, { kind: 'urgent', from: action.from }), alert: 'urgent' };
    case 'unsure':
      return { ...to(state, { kind: 'unsure', from: action.from }), alert: 'unsure' };
    case 'carry-on': {
      const { alert: _left, ...rest } = state;
      return to(rest, action.from ? { kind: 'section', sectionId: action.from } : { kind: 'start' });
    }
    case 'result':
      return { ...to(state, { kind: 'result' }), announcement: 'result' };
    case 'answer':
      return {
        ...state,
        controlErrors: state.controlErrors.filter((error) => error.questionId !== action.questionId),
      };
    case 'answers-set':
      return { ...state, showErrors: false, controlErrors: [] };
    case 'resume':
      return { ...state, step: action.step ?? state.step, restored: action.restored };
    case 'restart':
      return JOURNEY_START;
  }
}

/** The part of the journey a session draft keeps: a page a reload can return to. */
export function resumableStep(step: Step): Step | undefined {
  return step.kind === 'section' || step.kind === 'check' || step.kind === 'result' ? step : undefined;
}
