/**
 * Properties every pack must keep, checked over generated answers: the fixture pack and
 * every pack shipped under `rules/` (each gets its own describe block, `id@version`).
 * Answers are generated from the pack's own questions, so a new pack is covered as soon
 * as it lands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerState, validateAnswers } from '../../src/engine/answers.js';
import { evaluate, type Recommendation, type RuleResult, type RuleStatus } from '../../src/engine/evaluate.js';
import type { AnswerValue, Answers, Pack } from '../../src/engine/schema.js';
import {
  cloneReversed,
  completeAnswersArb,
  deepFreeze,
  injectionArb,
  nowFor,
  packsUnderTest,
  partialAnswersArb,
  possibleRaises,
  questionsOf,
} from './arbitraries.js';

const packs = packsUnderTest();

/**
 * Runs per property. The fixture always gets the full count; the shipped packs share a
 * budget of about three packs' worth, so the file stays near 20 s however many land.
 * `PROPERTY_RUNS_SCALE=10` (say) runs ten times as many, for a deeper search.
 */
const deeper = Number(process.env.PROPERTY_RUNS_SCALE) > 0 ? Number(process.env.PROPERTY_RUNS_SCALE) : 1;
const shipped = packs.length - 1;
const runsFor = (isFixture: boolean) => (n: number) => {
  const share = isFixture ? 1 : Math.min(1, 3 / Math.max(1, shipped));
  return { numRuns: Math.round(Math.max(100, n * share) * deeper) };
};
/** Generous: a slow CI machine must not turn a passing property into a timeout. */
const TIMEOUT = 60_000;

/** The rank of an outcome; the urgent outcome sits above every level. */
function rankOf(pack: Pack, result: Recommendation): number {
  if (pack.urgent && result.level.id === pack.urgent.id) return Number.POSITIVE_INFINITY;
  return pack.levels.find((level) => level.id === result.level.id)!.rank;
}

const statuses = (result: Recommendation): Map<string, RuleStatus> =>
  new Map(result.rules.map((rule: RuleResult) => [rule.ruleId, rule.status]));

for (const [index, { name, pack, reparse }] of packs.entries()) {
  describe(name, { timeout: 60_000 }, () => {
    const runs = runsFor(index === 0);
    const now = nowFor(pack);
    const questions = questionsOf(pack);
    const levelIds = new Set(pack.levels.map((level) => level.id));
    const required = new Set(questions.filter((question) => question.required).map((question) => question.id));
    const complete = completeAnswersArb(pack);
    const anyAnswers: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
      complete,
      partialAnswersArb(pack),
      injectionArb(pack).map((injection) => injection.answers),
    );
    const run = (answers: unknown) => evaluate(pack, answers as Answers, { now });

    it(
      'is deterministic, whatever the key order or the pack object',
      () => {
        const again = reparse();
        const optionsArb = fc.record({
          locale: fc.constantFrom(...pack.locales),
          explain: fc.boolean(),
          trace: fc.boolean(),
        });
        fc.assert(
          fc.property(anyAnswers, optionsArb, (answers, options) => {
            const first = evaluate(pack, answers as Answers, { now, ...options });
            const same = (result: Recommendation) => {
              // Comparing the JSON first is much cheaper; toEqual then explains any difference.
              if (JSON.stringify(result) !== JSON.stringify(first)) expect(result).toEqual(first);
            };
            same(evaluate(pack, answers as Answers, { now, ...options }));
            same(evaluate(pack, cloneReversed(answers) as Answers, { now, ...options }));
            same(evaluate(again, answers as Answers, { now, ...options }));
          }),
          runs(300),
        );
      },
      TIMEOUT,
    );

    it(
      'gives every complete answer set one decided level and a service',
      () => {
        fc.assert(
          fc.property(complete, (answers) => {
            const result = run(answers);
            expect(result.complete).toBe(true);
            expect(result.missing).toEqual([]);
            expect(result.invalid).toEqual([]);
            const isUrgentOutcome = pack.urgent !== undefined && result.level.id === pack.urgent.id;
            expect(levelIds.has(result.level.id) || isUrgentOutcome).toBe(true);
            expect(result.urgent).toBe(isUrgentOutcome);
            expect(result.level.urgent).toBe(isUrgentOutcome);
            expect(result.services.length).toBeGreaterThanOrEqual(1);
            expect(result.rules.map((rule) => rule.ruleId)).toEqual(pack.rules.map((rule) => rule.id));
            // Collected first: one expect per run keeps a thousand runs cheap.
            const undecided = result.rules.filter((rule) => rule.status !== 'fired' && rule.status !== 'not-fired');
            expect(undecided).toEqual([]);
            expect(result.rules.filter((rule) => rule.waitingOn.length > 0)).toEqual([]);
          }),
          runs(1000),
        );
      },
      TIMEOUT,
    );

    const raises = possibleRaises(pack);
    it.skipIf(raises.length === 0)(
      'never lowers the level when a graded answer moves up',
      () => {
        fc.assert(
          fc.property(complete, fc.constantFrom(...raises), (answers, raise) => {
            const lower = run({ ...answers, [raise.questionId]: raise.from });
            const higher = run({ ...answers, [raise.questionId]: raise.to });
            expect(rankOf(pack, higher)).toBeGreaterThanOrEqual(rankOf(pack, lower));
          }),
          runs(500),
        );
      },
      TIMEOUT,
    );

    /**
     * Deletes the answer to one asked, required question from a complete set and compares
     * every rule with the complete result; advice on `$outcome` included, since the outcome
     * is provisional while an answer is missing.
     */
    it(
      'never reads a missing required answer as "no"',
      () => {
        const property = fc.property(complete, fc.nat(), (answers, pick) => {
          const { visible } = answerState(pack, answers);
          const candidates = questions.filter((question) => required.has(question.id) && visible.has(question.id));
          if (candidates.length === 0) return;
          const gone = candidates[pick % candidates.length]!.id;
          const full = run(answers);
          const rest: Record<string, AnswerValue> = { ...answers };
          delete rest[gone];
          const partial = run(rest);

          // (a) provisional, and says what is missing; an urgent outcome needs nothing more.
          if (partial.urgent) {
            expect(partial.missing).toEqual([]);
          } else {
            expect(partial.complete).toBe(false);
            expect(partial.missing.map((entry) => entry.questionId)).toEqual([gone]);
          }
          // (b) no rule flips between fired and not-fired; (c) undecided rules wait on the gap.
          const before = statuses(full);
          const flipped = partial.rules
            .filter((rule) => rule.status !== 'undecided' && rule.status !== before.get(rule.ruleId))
            .map((rule) => `${rule.ruleId}: ${before.get(rule.ruleId)} -> ${rule.status} without "${gone}"`);
          expect(flipped).toEqual([]);
          const notWaiting = partial.rules
            .filter((rule) => rule.status === 'undecided' && !rule.waitingOn.includes(gone))
            .map((rule) => `${rule.ruleId} is undecided, waiting on [${rule.waitingOn.join(', ')}] not "${gone}"`);
          expect(notWaiting).toEqual([]);
        });
        fc.assert(property, runs(1000));
      },
      TIMEOUT,
    );

    it(
      'never alters the answers it is given',
      () => {
        fc.assert(
          fc.property(anyAnswers, (answers) => {
            const copy = structuredClone(answers);
            deepFreeze(answers);
            run(answers);
            expect(answers).toEqual(copy);
            expect(validateAnswers(pack, answers).answers).toBe(answers);
            expect(answers).toEqual(copy);
          }),
          runs(300),
        );
      },
      TIMEOUT,
    );

    it(
      'finds no problem in generated answers',
      () => {
        fc.assert(
          fc.property(fc.oneof(complete, partialAnswersArb(pack)), (answers) => {
            const check = validateAnswers(pack, answers);
            expect(check.problems).toEqual([]);
            expect(check.valid).toBe(true);
            expect(run(answers).invalid).toEqual([]);
          }),
          runs(300),
        );
      },
      TIMEOUT,
    );

    it(
      'reports exactly the one invalid answer injected, and still evaluates',
      () => {
        fc.assert(
          fc.property(injectionArb(pack), ({ answers, questionId, code, path }) => {
            const check = validateAnswers(pack, answers, { locale: pack.locales[0] });
            expect(check.valid).toBe(false);
            expect(check.problems).toHaveLength(1);
            expect(check.problems[0]).toMatchObject({ questionId, code, path });
            const result = run(answers);
            expect(result.invalid).toEqual(check.problems);
            // An invalid answer to an asked, required question is not read: it is missing.
            const { visible } = answerState(pack, answers as Answers);
            if (required.has(questionId) && visible.has(questionId) && !result.urgent) {
              expect(result.missing.map((entry) => entry.questionId)).toContain(questionId);
            }
          }),
          runs(500),
        );
      },
      TIMEOUT,
    );
  });
}
