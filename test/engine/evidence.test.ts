/**
 * Evidence that is exactly why, as properties over every shipped pack's golden cases and
 * generated cases (see "Evidence" in rules/README.md):
 * - sufficient: a fired rule still fires when every answer outside its evidence is moved
 *   to that question's no-concern answer;
 * - relevant: a fired concern or urgent rule never gives a "don't know", an unanswered
 *   question or a no-concern answer as a reason (so "two or more areas" cites only the areas
 *   that counted); such answers may appear only as conditions ("when it is not known...").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerState, isAnswered } from '../../src/engine/answers.js';
import { generatedCases } from '../../src/engine/caseload.js';
import { caseAppliesTo, readGoldenCase } from '../../src/engine/cases.js';
import { evaluate, type Evidence, type RuleResult } from '../../src/engine/evaluate.js';
import { walkLogic } from '../../src/engine/logic.js';
import { listQuestions, readOf } from '../../src/engine/pack.js';
import type { AnswerValue, Answers, Pack, Question } from '../../src/engine/schema.js';
import { nowFor, packsUnderTest } from './arbitraries.js';

const rulesDir = fileURLToPath(new URL('../../rules', import.meta.url));
/** Generated cases per pack, on top of its golden cases; `PROPERTY_RUNS_SCALE` runs more. */
const GENERATED = Math.round(
  150 * (Number(process.env.PROPERTY_RUNS_SCALE) > 0 ? Number(process.env.PROPERTY_RUNS_SCALE) : 1),
);
const TIMEOUT = 120_000;

function goldenAnswers(pack: Pack): { name: string; answers: Answers }[] {
  const dir = join(rulesDir, pack.id, 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const { golden } = readGoldenCase(readFileSync(join(dir, name), 'utf8'));
      return golden && caseAppliesTo(golden, pack.version) ? [{ name, answers: golden.answers }] : [];
    });
}

function casesOf(pack: Pack): { name: string; answers: Answers }[] {
  const generated = generatedCases(pack, GENERATED, { seed: 7 });
  const out = goldenAnswers(pack);
  for (let i = 0; i < GENERATED; i++) out.push({ name: `generated #${i}`, answers: generated.get(i).answers });
  return out;
}

const rankOf = (pack: Pack, level: string | undefined) => pack.levels.find((candidate) => candidate.id === level)?.rank;

/** The answer that says "nothing to worry about here", where a question has one. */
function noConcern(pack: Pack, question: Question): AnswerValue | undefined {
  if (question.type === 'yes-no-unsure') return 'no';
  const options = question.options ?? [];
  if (question.type === 'multiple-choice') {
    const none = options.find((option) => option.exclusive);
    return none ? [none.value] : undefined;
  }
  if (question.type === 'single-choice') {
    // Graded at the pack's lowest level; a scale that starts above it has no such answer.
    const lowest = Math.min(...pack.levels.map((level) => level.rank));
    return options.find((option) => option.level !== undefined && rankOf(pack, option.level) === lowest)?.value;
  }
  return undefined;
}

/** "Don't know", "not sure", not answered, or the no-concern answer: never a reason for a concern. */
function reassuringOrUnknown(pack: Pack, question: Question, value: AnswerValue | null): string | undefined {
  if (!isAnswered(value)) return 'unanswered';
  if (question.type === 'yes-no-unsure') return value === 'not-sure' ? "don't know" : undefined;
  const options = question.options ?? [];
  if (question.type === 'single-choice' && options.some((option) => option.level !== undefined)) {
    const option = options.find((candidate) => candidate.value === value);
    if (option?.level === undefined) return "don't know";
    if (value === noConcern(pack, question)) return 'no concern';
  }
  if (
    question.type === 'multiple-choice' &&
    Array.isArray(value) &&
    value.every((item) => options.find((option) => option.value === item)?.exclusive)
  ) {
    return 'no concern';
  }
  return undefined;
}

/** Questions whose answers decide whether `id` is asked, directly or through others. */
function visibilityReads(pack: Pack, id: string, out = new Set<string>()): Set<string> {
  const entry = listQuestions(pack).find((candidate) => candidate.question.id === id);
  if (!entry?.question.showIf) return out;
  walkLogic(entry.question.showIf, ({ op, args, scoped }) => {
    if (op !== 'var' || scoped || (typeof args[0] !== 'string' && typeof args[0] !== 'number')) return;
    const read = readOf(args[0]);
    if (read.kind !== 'outcome' && !out.has(read.id)) {
      out.add(read.id);
      visibilityReads(pack, read.id, out);
    }
  });
  return out;
}

/** The answers with everything outside the evidence moved to no concern, keeping the evidence asked. */
function outsideMovedToNoConcern(pack: Pack, answers: Answers, evidence: readonly Evidence[]): Answers {
  const cited = new Set(evidence.map((item) => item.questionId));
  const keep = new Set(cited);
  for (const id of cited) for (const read of visibilityReads(pack, id)) keep.add(read);
  const moved: Record<string, AnswerValue> = { ...(answers as Record<string, AnswerValue>) };
  // Moving an answer can show a follow-up: settle those too, a few rounds at most.
  for (let round = 0; round < 3; round++) {
    const { visible } = answerState(pack, moved);
    for (const { question } of listQuestions(pack)) {
      if (keep.has(question.id) || !visible.has(question.id)) continue;
      const quiet = noConcern(pack, question);
      if (quiet !== undefined) moved[question.id] = quiet;
    }
  }
  return moved;
}

const decidingKinds = new Set(['urgent', 'concern']);

describe.each(packsUnderTest().map((entry) => [entry.name, entry.pack] as const))('evidence of %s', (_name, pack) => {
  const now = nowFor(pack);
  const byId = new Map(listQuestions(pack).map((entry) => [entry.question.id, entry.question]));
  const cases = casesOf(pack);
  const fired = (answers: Answers): RuleResult[] =>
    evaluate(pack, answers, { now }).rules.filter((rule) => rule.status === 'fired');

  it(
    'is sufficient: each fired rule still fires with everything else at no concern',
    () => {
      const failures: string[] = [];
      let checked = 0;
      for (const { name, answers } of cases) {
        for (const rule of fired(answers)) {
          if (rule.kind === 'advice') continue;
          checked++;
          const moved = outsideMovedToNoConcern(pack, answers, rule.because);
          const again = evaluate(pack, moved, { now, explain: false }).rules.find(
            (other) => other.ruleId === rule.ruleId,
          )!;
          if (again.status !== 'fired') {
            failures.push(
              `${name}: ${rule.ruleId} cites ${rule.because.map((item) => item.questionId).join(', ') || 'nothing'} but ${again.status} with ${JSON.stringify(moved)}`,
            );
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(failures.slice(0, 5)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'is relevant: no concern or urgent rule cites an unknown, unanswered or no-concern answer',
    () => {
      const failures: string[] = [];
      for (const { name, answers } of cases) {
        for (const rule of fired(answers)) {
          if (!decidingKinds.has(rule.kind)) continue;
          // A condition ("not aged 14 to 17", "not known to come only from outside the family")
          // says when the rule applies; only its reasons must be concerns.
          for (const item of rule.because.filter((evidence) => !evidence.condition)) {
            const why = reassuringOrUnknown(pack, byId.get(item.questionId)!, item.value);
            if (why)
              failures.push(
                `${name}: ${rule.ruleId} cites ${item.questionId} = ${JSON.stringify(item.value)} (${why})`,
              );
          }
        }
      }
      expect(failures.slice(0, 5)).toEqual([]);
    },
    TIMEOUT,
  );
});
