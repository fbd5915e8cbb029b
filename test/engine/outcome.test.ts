/**
 * `evaluateOutcome` is the fast path simulations and diffs count with. It must give exactly
 * the level, services, urgency, completeness and invalid flag `evaluate` gives, for every
 * shipped pack and for packs whose rules read data in ways the slot frame cannot hold.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedCases } from '../../src/engine/caseload.js';
import { BOOLEANS, decide, decideOutcome, decisionPlan, outcomeIndex } from '../../src/engine/decide.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateOutcome } from '../../src/engine/outcome.js';
import { WordDecision } from '../../src/engine/batch.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers, Pack } from '../../src/engine/schema.js';
import { summaryOf } from '../../src/engine/simulate.js';
import { completeAnswersArb, injectionArb, packsUnderTest, partialAnswersArb } from './arbitraries.js';

const full = (pack: Pack, answers: Answers) => summaryOf(evaluate(pack, answers, { explain: false }));

function disagreements(pack: Pack, caseload: Iterable<Answers>): string[] {
  const out: string[] = [];
  for (const answers of caseload) {
    const fast = evaluateOutcome(pack, answers);
    const slow = full(pack, answers);
    if (JSON.stringify(fast) !== JSON.stringify(slow)) {
      out.push(`${JSON.stringify(answers)}\n  fast: ${JSON.stringify(fast)}\n  evaluate: ${JSON.stringify(slow)}`);
    }
  }
  return out;
}

function* generated(pack: Pack, count: number): Iterable<Answers> {
  const source = generatedCases(pack, count, { seed: 11 });
  for (let i = 0; i < source.length; i++) yield source.get(i).answers;
}

describe('evaluateOutcome agrees with evaluate', { timeout: 60_000 }, () => {
  for (const { name, pack } of packsUnderTest()) {
    it(`on ${name}: generated caseloads, complete, partial and invalid answers`, () => {
      expect(disagreements(pack, generated(pack, 1500))).toEqual([]);
      fc.assert(
        fc.property(fc.oneof(completeAnswersArb(pack), partialAnswersArb(pack)), (answers) => {
          expect(evaluateOutcome(pack, answers)).toEqual(full(pack, answers));
        }),
        { numRuns: 150 },
      );
      fc.assert(
        fc.property(injectionArb(pack), ({ answers }) => {
          const fast = evaluateOutcome(pack, answers as Answers);
          expect(fast.invalid).toBe(true);
          expect(fast).toEqual(full(pack, answers as Answers));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('on rules that read data the slot frame cannot place (missing, a path into a list)', () => {
    const raw = JSON.parse(readFileSync(new URL('../fixtures/small-pack.json', import.meta.url), 'utf8'));
    const extra = [
      // A level 3 concern when the note is missing, read through `missing`.
      { id: 'no-note', when: { in: ['note', { missing: ['note'] }] } },
      // The first factor chosen, read by position.
      { id: 'first-factor', when: { '==': [{ var: 'factors.0' }, 'domestic-abuse'] } },
    ];
    const concern = raw.rules.find((rule: { kind: string }) => rule.kind === 'concern');
    raw.rules.push(...extra.map((rule) => ({ ...concern, ...rule, level: 'level-3' })));
    const pack = parsePack(raw);
    // Generated cases always carry a note, so every other one loses it.
    const cases: Answers[] = [...generated(pack, 800)].map((answers, i) => {
      if (i % 2 === 0) return answers;
      const { note: _note, ...rest } = answers;
      return rest;
    });
    expect(disagreements(pack, cases)).toEqual([]);
    // The added rules fire in some of these cases and not in others, so the comparison is not idle.
    const firing = (id: string) =>
      cases.filter((answers) =>
        evaluate(pack, answers, { explain: false }).rules.some((rule) => rule.ruleId === id && rule.status === 'fired'),
      ).length;
    for (const id of ['no-note', 'first-factor']) {
      expect(firing(id)).toBeGreaterThan(0);
      expect(firing(id)).toBeLessThan(cases.length);
    }
  });
});

/**
 * The fixture with what no shipped pack combines: strengths that cap (at two levels) and
 * concerns that name a service other than the level's first, so caps change the services.
 */
function cappingPack(): Pack {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/small-pack.json', import.meta.url), 'utf8'));
  raw.policy.strengths = 'may-cap';
  const strength = raw.rules.find((rule: { id: string }) => rule.id === 'protective-adult');
  strength.cap = 'level-2';
  raw.rules.push({ ...strength, id: 'second-cap', cap: 'level-3' });
  raw.services.find((service: { id: string }) => service.id === 'front-door').levels.push('level-2', 'level-3');
  for (const id of ['toxic-trio', 'graded-2'])
    raw.rules.find((rule: { id: string }) => rule.id === id).service = 'front-door';
  return parsePack(raw);
}

describe("decideOutcome and the batch path's WordDecision agree with decide over booleans", { timeout: 60_000 }, () => {
  // Any combination of rules fired, not only those answers can produce: the three must be the
  // same function of `fired`, caps, defaults and the urgent outcome included.
  for (const { name, pack } of [
    ...packsUnderTest(),
    { name: 'the fixture with caps and named services', pack: cappingPack() },
  ]) {
    it(`on ${name}: any rules fired`, () => {
      const { ruleCount } = decisionPlan(pack);
      const words = Math.ceil(ruleCount / 32);
      const batch = new WordDecision(pack, words);
      const check = (fired: boolean[]) => {
        const general = decide(pack, BOOLEANS, fired);
        const fast = decideOutcome(pack, fired);
        expect(fast.outcome).toBe(outcomeIndex(general));
        expect(fast.urgent).toBe(general.urgent);
        expect(fast.services).toEqual(general.services);
        // The batch path reads the same rules fired as bits.
        const bits = new Int32Array(words);
        fired.forEach((on, i) => {
          if (on) bits[i >> 5]! |= 1 << (i & 31);
        });
        batch.run(bits);
        expect(batch.outcome).toBe(fast.outcome);
        expect(batch.urgent).toBe(fast.urgent);
        expect(pack.services.map((_, s) => (batch.services & (1 << s)) !== 0)).toEqual(fast.services);
      };
      check(new Array<boolean>(ruleCount).fill(false));
      check(new Array<boolean>(ruleCount).fill(true));
      // Mostly quiet sets, as real cases are, and dense ones.
      for (const density of [0.02, 0.1, 0.5])
        fc.assert(
          fc.property(
            fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: ruleCount, maxLength: ruleCount }),
            (draws) => check(draws.map((draw) => draw < density)),
          ),
          { numRuns: 200 },
        );
    });
  }
});
