import { describe, expect, it } from 'vitest';
import { JOURNEY_START, move, resumableStep, type Journey, type JourneyMove } from '../../src/questionnaire/journey.js';

const pageIds = ['about', 'development', 'parenting', 'family'];
const run = (...moves: JourneyMove[]): Journey => moves.reduce(move, JOURNEY_START);
const section = (sectionId: string): JourneyMove => ({ type: 'go', step: { kind: 'section', sectionId } });

describe('the journey between pages', () => {
  it('continues page by page to check your answers, and back page by page to the start', () => {
    let state = run(section('about'));
    const seen: string[] = [];
    while (state.step.kind === 'section') {
      seen.push(state.step.sectionId);
      state = move(state, { type: 'continue', pageIds, sectionId: state.step.sectionId });
    }
    expect(seen).toEqual(pageIds);
    expect(state.step).toEqual({ kind: 'check' });
    state = run(section('family'));
    const back: string[] = [];
    while (state.step.kind === 'section') {
      back.push(state.step.sectionId);
      state = move(state, { type: 'back', pageIds, sectionId: state.step.sectionId });
    }
    expect(back).toEqual([...pageIds].reverse());
    expect(state.step).toEqual({ kind: 'start' });
  });

  it('returns to check your answers after a Change link, by Continue or by Back, once', () => {
    const changed = run({ type: 'go', step: { kind: 'check' } }, { type: 'change', sectionId: 'development' });
    expect(changed.step).toEqual({ kind: 'section', sectionId: 'development' });
    expect(changed.returnToCheck).toBe(true);
    for (const leave of [
      { type: 'continue', pageIds, sectionId: 'development' },
      { type: 'back', pageIds, sectionId: 'development' },
    ] as const) {
      const after = move(changed, leave);
      expect(after.step).toEqual({ kind: 'check' });
      expect(after.returnToCheck).toBe(false);
      // The next Continue from a section goes on as usual.
      expect(move(move(after, section('about')), { type: 'continue', pageIds, sectionId: 'about' }).step).toEqual({
        kind: 'section',
        sectionId: 'development',
      });
    }
  });

  it('shows errors only after Continue found some, and clears them on any move or when the host sets answers', () => {
    const error = { questionId: 'age', message: 'Enter a number' };
    const invalid = run(section('about'), { type: 'invalid', controlErrors: [error] });
    expect(invalid.showErrors).toBe(true);
    expect(invalid.controlErrors).toEqual([error]);
    // Answering that question drops its control's error; the summary stays until the next Continue.
    expect(move(invalid, { type: 'answer', questionId: 'age' }).controlErrors).toEqual([]);
    expect(move(invalid, { type: 'answer', questionId: 'other' }).controlErrors).toEqual([error]);
    for (const next of [section('development'), { type: 'answers-set' } as const]) {
      const after = move(invalid, next);
      expect(after.showErrors).toBe(false);
      expect(after.controlErrors).toEqual([]);
    }
    // Check your answers shows what is missing without replacing the controls' own errors.
    expect(move(invalid, { type: 'invalid' }).controlErrors).toEqual([error]);
  });

  it('interrupts for danger, alerts while it is shown, and carries on where it interrupted', () => {
    const urgent = run(section('parenting'), { type: 'urgent', from: 'parenting' });
    expect(urgent.step).toEqual({ kind: 'urgent', from: 'parenting' });
    expect(urgent.alert).toBe('urgent');
    const unsure = run(section('about'), { type: 'unsure', from: 'about' });
    expect(unsure.alert).toBe('unsure');
    for (const state of [urgent, unsure]) {
      const from = state.step.kind === 'urgent' || state.step.kind === 'unsure' ? state.step.from : undefined;
      const after = move(state, { type: 'carry-on', from });
      expect(after.step).toEqual({ kind: 'section', sectionId: from });
      expect(after.alert).toBeUndefined();
    }
    expect(move(urgent, { type: 'carry-on', from: undefined }).step).toEqual({ kind: 'start' });
  });

  it('announces the result, and forgets everything on restart', () => {
    const result = run(section('about'), { type: 'result' });
    expect(result.step).toEqual({ kind: 'result' });
    expect(result.announcement).toBe('result');
    const busy = run(
      { type: 'go', step: { kind: 'check' } },
      { type: 'change', sectionId: 'about' },
      { type: 'invalid' },
      { type: 'urgent', from: 'about' },
    );
    expect(move(busy, { type: 'restart' })).toEqual(JOURNEY_START);
  });

  it('says it resumed until the first move, and keeps only pages a reload can return to', () => {
    const resumed = run({ type: 'resume', step: { kind: 'check' }, restored: true });
    expect(resumed.step).toEqual({ kind: 'check' });
    expect(resumed.restored).toBe(true);
    expect(move(resumed, section('about')).restored).toBe(false);
    // A draft whose page no longer exists leaves the practitioner where they were.
    expect(run({ type: 'resume', step: undefined, restored: true }).step).toEqual({ kind: 'start' });
    expect(resumableStep({ kind: 'section', sectionId: 'about' })).toEqual({ kind: 'section', sectionId: 'about' });
    expect(resumableStep({ kind: 'result' })).toEqual({ kind: 'result' });
    for (const step of [
      { kind: 'start' },
      { kind: 'urgent', from: 'about' },
      { kind: 'unsure', from: undefined },
    ] as const)
      expect(resumableStep(step)).toBeUndefined();
  });
});
