/**
 * Fuzzing: the shipped packs with random changes (rule logic replaced by random JSON-Logic over
 * the pack's own questions, levels and services moved, texts and floors dropped), fed random
 * answers, valid or not. Whatever `parsePack` accepts, `evaluate` and every output
 * (`recommendationText`, `toReferral`, the FHIR bundle, Signs of Safety, next steps) return
 * without throwing. Sized to take seconds here; `FUZZ_RUNS=1000000` runs about a million cases
 * (packs × answer sets) outside CI, and `FUZZ_SEED` another sequence of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { toFhirBundle } from '../../src/engine/fhir.js';
import { nextSteps } from '../../src/engine/next-steps.js';
import { makeOverride } from '../../src/engine/override.js';
import { OPERATORS } from '../../src/engine/logic.js';
import { PackError, parsePack } from '../../src/engine/pack.js';
import { toReferral } from '../../src/engine/referral.js';
import { recommendationText } from '../../src/engine/report.js';
import type { Pack } from '../../src/engine/schema.js';
import { signsOfSafety } from '../../src/engine/signs-of-safety.js';
import { nowFor, optionValues, packsUnderTest, questionsOf } from './arbitraries.js';

const TOTAL = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 1_500;
const ANSWERS_PER_PACK = 20;
const packs = packsUnderTest();

/** Random JSON-Logic over a pack's questions: any operator, any small arguments, a few levels deep. */
function logicArb(pack: Pack): fc.Arbitrary<unknown> {
  const questions = questionsOf(pack);
  const paths = [
    ...questions.map((question) => question.id),
    ...questions.map((question) => `$level.${question.id}`),
    ...pack.questionnaire.sections.map((section) => `$section.${section.id}`),
  ];
  const values = [...new Set(questions.flatMap(optionValues))];
  const operators = [...OPERATORS];
  const { logic } = fc.letrec((tie) => ({
    leaf: fc.oneof(
      fc.constantFrom(...paths).map((path) => ({ var: path })),
      values.length > 0 ? fc.constantFrom(...values) : fc.string(),
      fc.integer({ min: -3, max: 5 }),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
    ),
    logic: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('leaf'),
      fc
        .record({ op: fc.constantFrom(...operators), args: fc.array(tie('logic'), { maxLength: 3 }) })
        .map(({ op, args }) => ({ [op]: args })),
      fc.record({ op: fc.constantFrom(...operators), arg: tie('logic') }).map(({ op, arg }) => ({ [op]: arg })),
    ),
  }));
  return logic;
}

/** A change to the raw pack: new logic for a rule or a showIf, a level or service moved, a part dropped. */
function mutationArb(pack: Pack): fc.Arbitrary<(raw: any) => void> {
  const levelIds = [...pack.levels.map((level) => level.id), ...(pack.urgent ? [pack.urgent.id] : []), 'no-such-level'];
  return fc.oneof(
    fc.tuple(fc.nat(), logicArb(pack)).map(
      ([i, when]) =>
        (raw: any) =>
          void (raw.rules[i % raw.rules.length].when = when),
    ),
    fc.tuple(fc.nat(), fc.constantFrom(...levelIds)).map(([i, level]) => (raw: any) => {
      const rule = raw.rules[i % raw.rules.length];
      if (rule.kind === 'concern') rule.level = level;
    }),
    fc.tuple(fc.nat(), logicArb(pack)).map(([i, showIf]) => (raw: any) => {
      const all = raw.questionnaire.sections.flatMap((section: any) => section.questions);
      all[i % all.length].showIf = showIf;
    }),
    fc.nat().map((i) => (raw: any) => void raw.services.splice(i % raw.services.length, 1)),
    fc.nat().map((i) => (raw: any) => void raw.rules.splice(i % raw.rules.length, 1)),
    fc.constant((raw: any) => void delete raw.floors),
  );
}

/** Answers as a host might send them: mostly valid, sometimes not. */
function answersArb(pack: Pack): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const question of questionsOf(pack)) {
    const options = optionValues(question);
    record[question.id] = fc.oneof(
      {
        weight: 6,
        arbitrary:
          options.length > 0
            ? question.type === 'multiple-choice'
              ? fc.subarray(options)
              : fc.constantFrom(...options)
            : fc.oneof(fc.string(), fc.integer()),
      },
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc.constant('not-an-option'),
          fc.integer(),
          fc.constant(null),
          fc.constant(['x', 'y']),
          fc.constant('constructor'),
        ),
      },
    );
  }
  return fc.record(record, { requiredKeys: [] });
}

describe.each(packs.map((entry) => [entry.name, entry.pack] as const))('fuzzing %s', (_name, pack) => {
  it('evaluates and writes every output for whatever parsePack accepts', () => {
    const raw = JSON.parse(JSON.stringify(pack));
    const now = nowFor(pack);
    let accepted = 0;
    let cases = 0;
    fc.assert(
      fc.property(
        fc.array(mutationArb(pack), { minLength: 1, maxLength: 3 }),
        fc.array(answersArb(pack), { minLength: 1, maxLength: ANSWERS_PER_PACK }),
        (mutations, answerSets) => {
          const copy = structuredClone(raw);
          for (const mutate of mutations) mutate(copy);
          let mutated: Pack;
          try {
            mutated = parsePack(copy);
          } catch (error) {
            // Refused with its reasons is fine; anything else is a defect.
            if (!(error instanceof PackError)) throw error;
            return;
          }
          accepted++;
          for (const answers of answerSets) {
            cases++;
            const result = evaluate(mutated, answers as never, { now });
            recommendationText(result, { pack: mutated, answers: answers as never });
            signsOfSafety(result, { pack: mutated, answers: answers as never });
            nextSteps(mutated, result, { answers: answers as never });
            const other = mutated.levels.find((level) => level.id !== result.level.id);
            const override = other ? makeOverride(mutated, result, other.id, 'Fuzz', now) : undefined;
            toReferral(mutated, answers as never, result, override, { now });
            toFhirBundle(mutated, answers as never, result, { now, ...(override ? { override } : {}) });
          }
        },
      ),
      // About 7 cases per run: most mutated packs are accepted, with 1 to 20 answer sets each.
      { numRuns: Math.max(20, Math.ceil(TOTAL / 7 / packs.length)), seed: Number(process.env.FUZZ_SEED) || 42 },
    );
    // The fuzzing reached evaluation, not only refusals.
    expect(accepted).toBeGreaterThan(0);
    expect(cases).toBeGreaterThan(0);
    if (process.env.FUZZ_RUNS) console.log(`${_name}: ${accepted} mutated packs accepted, ${cases} cases`);
  }, 600_000);
});
