/**
 * Uncertainty is never reassurance (`policy.uncertainty`), and its other side: only cases
 * where something points to a concern and an answer that matters is unknown move, and
 * they move to the level the pack names, never further.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedCases } from '../../src/engine/caseload.js';
import { caseAppliesTo, readGoldenCase } from '../../src/engine/cases.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateOutcome } from '../../src/engine/outcome.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers, Floor, Pack } from '../../src/engine/schema.js';
import { prove } from '../../src/engine/prove/prove.js';
import { unknownValues } from '../../src/engine/uncertainty.js';
import { listQuestions } from '../../src/engine/pack.js';

const rules = new URL('../../rules/', import.meta.url);
const draftRaw = JSON.parse(readFileSync(new URL('continuum/1.1.0-draft.1.json', rules), 'utf8'));
const floors: Floor[] = JSON.parse(readFileSync(new URL('continuum/floors/1.1.0-draft.1.json', rules), 'utf8')).floors;
const uncertaintyFloor = floors.find((floor) => floor.standard === 'uncertainty')!;
/**
 * The shipped draft with an uncertainty policy: the floor's own "something points to a
 * concern" (its first part; the second is "a graded answer is don't know"), at Level 2.
 * The packs gain the policy in their next editions; this is the policy as they will use it.
 */
const policy = {
  level: 'level-2',
  when: (uncertaintyFloor.when as { and: unknown[] }).and[0],
  rationale: {
    en: 'Something points to a concern and answers that could change the level are not known.',
    cy: 'Mae rhywbeth yn awgrymu pryder ac nid yw atebion a allai newid y lefel yn hysbys.',
  },
};
const draft = parsePack({ ...draftRaw, policy: { ...draftRaw.policy, uncertainty: policy } });
const withoutPolicy: Pack = parsePack(draftRaw);
const now = new Date('2026-06-01T12:00:00Z');
const GENERATED = 2_000;

function cases(): { name: string; answers: Answers }[] {
  const dir = new URL('continuum/cases/', rules);
  const golden = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const { golden: read } = readGoldenCase(readFileSync(new URL(name, dir), 'utf8'));
      return read && caseAppliesTo(read, draft.version) ? [{ name, answers: read.answers }] : [];
    });
  const generated = generatedCases(draft, GENERATED, { seed: 11 });
  return [
    ...golden,
    ...Array.from({ length: GENERATED }, (_, i) => ({ name: `generated #${i}`, answers: generated.get(i).answers })),
  ];
}

describe('uncertainty, on continuum 1.1.0-draft.1 with the policy', { timeout: 60_000 }, () => {
  it('is proved as the standard uncertainty floor, which fails without the policy', () => {
    const proof = prove(draft, { floors: [uncertaintyFloor], skipMonotonicity: true });
    expect(proof.floors.map((floor) => floor.status)).toEqual(['proved']);
    const before = prove(withoutPolicy, { floors: [uncertaintyFloor], skipMonotonicity: true });
    expect(before.floors[0]!.status).toBe('violated');
    expect(evaluate(draft, before.floors[0]!.counterexample!, { now }).level.id).toBe('level-2');
  }, 60_000);

  it('turns "points to a concern, and what could raise it is unknown" into Level 2 with what to find out', () => {
    const answers = { 'family-community': 'dont-know', factors: ['adult-criminality'] };
    const result = evaluate(draft, answers, { now });
    expect(result.level.id).toBe('level-2');
    expect(result.rationale.map((rule) => rule.ruleId)).toEqual(['uncertainty']);
    const cited = result.rationale[0]!.because;
    // Unknowns are conditions (what to find out), never the reason for the concern.
    expect(cited.filter((item) => item.condition).map((item) => item.questionId)).toEqual(
      expect.arrayContaining(['family-community', 'immediate-danger']),
    );
    expect(result.unknowns.map((item) => item.questionId)).toContain('family-community');
    expect(evaluate(withoutPolicy, answers, { now }).level.id).toBe('level-1');
  });

  it('leaves a universal result standing where nothing points to a concern, with the unknowns listed', () => {
    const golden = readGoldenCase(
      readFileSync(new URL('continuum/cases/all-dont-know-universal-with-advice.json', rules), 'utf8'),
    ).golden!;
    const result = evaluate(draft, golden.answers, { now });
    expect(result.level.id).toBe('level-1');
    expect(result.unknowns.length).toBeGreaterThan(0);
    expect(result.uncertainty?.status).toBe('not-fired');
  });

  it('moves only cases with a concern and an unknown, only to Level 2, and agrees with evaluateOutcome', () => {
    let moved = 0;
    for (const { name, answers } of cases()) {
      const before = evaluate(withoutPolicy, answers, { now, explain: false });
      const after = evaluate(draft, answers, { now });
      expect(evaluateOutcome(draft, answers).level, name).toBe(after.level.id);
      if (before.level.id === after.level.id) continue;
      moved++;
      expect([before.level.id, after.level.id], name).toEqual(['level-1', 'level-2']);
      expect(after.uncertainty?.status, name).toBe('fired');
      expect(
        after.rationale.map((rule) => rule.ruleId),
        name,
      ).toEqual(['uncertainty']);
      expect(after.unknowns.length, name).toBeGreaterThan(0);
    }
    // The policy does something on this caseload, and not to most of it.
    expect(moved).toBeGreaterThan(0);
  }, 120_000);

  it('counts "not applicable" before birth as known, and "not known yet" as unknown (continuum 2.0.0)', () => {
    const second = parsePack(readFileSync(new URL('continuum/2.0.0.json', rules), 'utf8'));
    const question = (id: string) => listQuestions(second).find((entry) => entry.question.id === id)!.question;
    expect(unknownValues(question('child-education'))).toEqual(['dont-know']);
    expect(unknownValues(question('engagement'))).toEqual(['dont-know']);
    // An unborn baby with a Level 2 need: schooling "not applicable" is no reason to raise it.
    const golden = readGoldenCase(
      readFileSync(new URL('continuum/cases/2.0.0-pre-birth-late-booking-not-applicable.json', rules), 'utf8'),
    ).golden!;
    const result = evaluate(second, golden.answers, { now });
    expect(result.uncertainty?.status).toBe('not-fired');
    expect(result.unknowns).toEqual([]);
    expect(result.level.id).toBe('level-2');
  });
});
