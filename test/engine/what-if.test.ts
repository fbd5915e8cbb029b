/**
 * "What would change this" is exact: over every golden case of the default pack, each
 * suggested change gives the stated level whatever its follow-ups are answered, and no
 * smaller change moves the outcome that way. The oracle here is written independently of
 * the search: its neighbours are every answer one step away (another option, or a multiple
 * choice differing in one option), and it completes follow-ups through `answerState`.
 */
import { describe, expect, it } from 'vitest';
import { findPackFiles, readCaseFiles, readPackFile } from '../../src/cli/files.js';
import { answerState, acceptable } from '../../src/engine/answers.js';
import { caseAppliesTo } from '../../src/engine/cases.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateOutcome } from '../../src/engine/outcome.js';
import { listQuestions } from '../../src/engine/pack.js';
import type { AnswerValue, Answers, Question } from '../../src/engine/schema.js';
import { isUnknownAnswer } from '../../src/engine/uncertainty.js';
import { isFixed, whatWouldChange, type WhatIfSuggestion } from '../../src/engine/what-if.js';
import { whatIfText } from '../../src/engine/what-if-text.js';

const file = findPackFiles(new URL('../../rules/continuum', import.meta.url).pathname).find((path) =>
  path.endsWith('/2.0.0.json'),
)!;
const pack = readPackFile(file).pack!;
const cases = readCaseFiles(file).filter((c) => c.golden && caseAppliesTo(c.golden, pack.version));

/** Every answer a question could have, multiple choices as every acceptable subset. */
function everyAnswer(question: Question): AnswerValue[] {
  if (question.type === 'yes-no-unsure') return ['yes', 'no', 'not-sure'];
  if (question.type === 'text') return ['a note'];
  if (question.type === 'number') return [question.min ?? 0];
  const values = (question.options ?? []).map((option) => option.value);
  if (question.type === 'single-choice') return values;
  const subsets: AnswerValue[] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) subsets.push(values.filter((_, i) => mask & (1 << i)));
  return subsets.filter((subset) => acceptable(question, subset));
}

/** Every way to answer what the answers leave open, depth first. */
function* completions(answers: Answers): Generator<Answers> {
  const open = answerState(pack, answers).missing[0];
  if (!open) {
    yield answers;
    return;
  }
  for (const value of everyAnswer(open.question)) yield* completions({ ...answers, [open.question.id]: value });
}

const rankOf = (answers: Answers) => evaluateOutcome(pack, answers).rank;

/** More completions than this and a change is too wide to claim, for the oracle as for the search. */
const TOO_WIDE = 5000;

/** The next outcome's rank above or below `rank` on the pack's scale (the urgent outcome ranks above every level). */
function nextRank(direction: 'up' | 'down', rank: number): number | undefined {
  const ranks = [
    ...pack.levels.map((level) => level.rank),
    ...(pack.urgent ? [Math.max(...pack.levels.map((level) => level.rank)) + 1] : []),
  ].sort((a, b) => a - b);
  return direction === 'up' ? ranks.find((r) => r > rank) : ranks.findLast((r) => r < rank);
}

/**
 * Every completion lands beyond `rank` the way asked, and the nearest lands on the next
 * outcome; undefined when too wide to tell.
 */
function reaches(answers: Answers, direction: 'up' | 'down', rank: number): boolean | undefined {
  let tried = 0;
  let nearest = direction === 'up' ? Infinity : -Infinity;
  for (const complete of completions(answers)) {
    if (++tried > TOO_WIDE) return undefined;
    const reached = rankOf(complete);
    if (direction === 'up' ? reached <= rank : reached >= rank) return false;
    nearest = direction === 'up' ? Math.min(nearest, reached) : Math.max(nearest, reached);
  }
  // Going down, only the next level counts; going up, any higher level.
  return direction === 'up' || nearest === nextRank(direction, rank);
}

/** Answers of the questions asked, as the search sees the case. */
function asked(answers: Answers): Answers {
  const { visible } = answerState(pack, answers);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
}

const rank = new Map(pack.levels.map((level) => [level.id, level.rank]));
/** The level a graded option points to, if any. */
const grade = (question: Question, value: unknown) => {
  const level = question.options?.find((option) => option.value === value)?.level;
  return level === undefined ? undefined : rank.get(level);
};

/**
 * Every answer set one change away that the search may consider: facts and "not known"
 * excluded; going down, only a graded need easing to a lower grade.
 */
function* neighbours(answers: Answers, direction: 'up' | 'down'): Generator<Answers> {
  const { visible } = answerState(pack, answers);
  for (const { question, section } of listQuestions(pack)) {
    if (
      !visible.has(question.id) ||
      isFixed(question, section) ||
      question.type === 'text' ||
      question.type === 'number'
    )
      continue;
    const given = answers[question.id];
    for (const value of everyAnswer(question)) {
      if (direction === 'down') {
        const [before, after] = [grade(question, given), grade(question, value)];
        if (before === undefined || after === undefined || after >= before) continue;
      }
      if (question.type === 'multiple-choice') {
        const before = new Set(Array.isArray(given) ? given : []);
        const after = new Set(value as string[]);
        const difference = [...before]
          .filter((item) => !after.has(item))
          .concat([...after].filter((item) => !before.has(item)));
        const added = [...after].filter((item) => !before.has(item));
        // One option in or out, or an exclusive option taking the place of the rest.
        const exclusiveSwap = added.length === 1 && question.options!.find((o) => o.value === added[0])?.exclusive;
        if (!(difference.length === 1 || exclusiveSwap) || added.some((item) => isUnknownAnswer(question, [item])))
          continue;
      } else if (value === given || isUnknownAnswer(question, value)) continue;
      yield { ...answers, [question.id]: value };
    }
  }
}

function applied(answers: Answers, suggestion: WhatIfSuggestion): Answers {
  const changed: Record<string, AnswerValue> = { ...answers } as Record<string, AnswerValue>;
  for (const change of suggestion.changes) {
    if (change.added === undefined && change.removed === undefined) changed[change.questionId] = change.to;
    else {
      const current = (changed[change.questionId] as string[] | undefined) ?? [];
      const exclusive = pack.questionnaire.sections
        .flatMap((s) => s.questions)
        .find((q) => q.id === change.questionId)!.options!;
      const isExclusive = (value: string) => exclusive.find((o) => o.value === value)?.exclusive === true;
      changed[change.questionId] =
        change.removed !== undefined
          ? current.filter((item) => item !== change.removed)
          : isExclusive(change.added!)
            ? [change.added!]
            : [...current.filter((item) => !isExclusive(item)), change.added!];
    }
  }
  return changed;
}

describe('what would change this, on every golden case of continuum 2.0.0', { timeout: 120_000 }, () => {
  const results = cases.map((c) => ({
    name: c.name,
    answers: asked(c.golden!.answers as Answers),
    whatIf: whatWouldChange(pack, c.golden!.answers as Answers),
  }));

  it('searches every complete case and has something to say for most', () => {
    const searched = results.filter((r) => r.whatIf.searched);
    expect(searched.length).toBeGreaterThan(cases.length * 0.9);
    // Below the top level, almost every case has a way up to watch for.
    const below = searched.filter((r) => r.whatIf.up.target !== undefined && r.whatIf.up.target !== pack.urgent?.id);
    expect(below.length).toBeGreaterThan(50);
    expect(below.filter((r) => r.whatIf.up.suggestions.length > 0).length).toBeGreaterThan(below.length * 0.9);
    // Incomplete answers are never searched: a gap is not a fact to build on.
    for (const r of results) if (!evaluate(pack, r.answers).complete) expect(r.whatIf.searched, r.name).toBe(false);
  });

  it('each suggestion gives the level it states, whatever the follow-ups it opens are answered', () => {
    const wrong: string[] = [];
    for (const { name, answers, whatIf } of results) {
      for (const direction of [whatIf.up, whatIf.down]) {
        for (const suggestion of direction.suggestions) {
          const ranks = [...completions(applied(answers, suggestion))].map(rankOf);
          const stated = suggestion.rank;
          // Going down, always the next level, never a leap; going up, the lowest it would reach.
          const next = nextRank(direction.direction, whatIf.rank)!;
          const holds =
            direction.direction === 'up'
              ? stated >= next && ranks.every((r) => r >= stated)
              : stated === next && ranks.every((r) => r <= stated);
          if (!holds || ranks.includes(stated) === false || (suggestion.exact && ranks.some((r) => r !== stated))) {
            wrong.push(
              `${name} ${direction.direction} ${JSON.stringify(suggestion.changes)}: stated ${stated}, got ${[...new Set(ranks)]}`,
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no smaller change moves the outcome that way, and "none within two" is true of every single change', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { name, answers, whatIf } of results) {
      if (!whatIf.searched) continue;
      for (const direction of [whatIf.up, whatIf.down]) {
        // Nothing is searched from the urgent outcome or towards it (the page says what to do now).
        if (
          direction.size === 1 ||
          whatIf.level === pack.urgent?.id ||
          direction.target === pack.urgent?.id ||
          direction.target === undefined
        )
          continue;
        for (const neighbour of neighbours(answers, direction.direction)) {
          checked++;
          const reached = reaches(neighbour, direction.direction, whatIf.rank);
          if (reached) wrong.push(`${name} ${direction.direction}: one change is enough: ${JSON.stringify(neighbour)}`);
          // A change too wide to settle must be owned up to, not passed over as "none".
          if (reached === undefined && direction.unclaimed === 0)
            wrong.push(`${name} ${direction.direction}: unsettled change not reported: ${JSON.stringify(neighbour)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('never takes back what was recorded to reach a lower level: going down, only a graded need eases', () => {
    const entries = new Map(listQuestions(pack).map((entry) => [entry.question.id, entry]));
    let seen = 0;
    for (const { whatIf } of results) {
      for (const suggestion of whatIf.down.suggestions) {
        for (const change of suggestion.changes) {
          seen++;
          const { question } = entries.get(change.questionId)!;
          expect(grade(question, change.to), `${change.questionId} → ${JSON.stringify(change.to)}`).to.be.lessThan(
            grade(question, change.from)!,
          );
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('never varies a fact, and never suggests an answer of "not known"', () => {
    const entries = new Map(listQuestions(pack).map((entry) => [entry.question.id, entry]));
    for (const { whatIf } of results) {
      for (const suggestion of [...whatIf.up.suggestions, ...whatIf.down.suggestions]) {
        for (const change of suggestion.changes) {
          const { question, section } = entries.get(change.questionId)!;
          expect(isFixed(question, section), change.questionId).toBe(false);
          expect(
            isUnknownAnswer(question, change.added ?? change.to),
            `${change.questionId} → ${JSON.stringify(change.to)}`,
          ).toBe(false);
        }
      }
    }
  });
});

describe('what would change this, by example', () => {
  it('suggests nothing up from the urgent outcome and nothing down from the lowest level', () => {
    const answers = cases.find((c) => c.name.includes('calm-universal'))!.golden!.answers as Answers;
    const result = whatWouldChange(pack, answers);
    expect(result.rank).toBe(1);
    expect(result.down.suggestions).toEqual([]);
    expect(result.up.size).toBe(1);
    expect(result.up.suggestions.every((s) => s.rank === 2)).toBe(true);
    const urgent = whatWouldChange(pack, { ...answers, 'immediate-danger': 'yes' });
    expect(urgent.level).toBe('immediate-danger');
    // Immediate danger is acted on, not weighed: nothing is searched from it.
    expect(urgent.up.suggestions).toEqual([]);
    expect(urgent.down.suggestions).toEqual([]);
    expect(whatIfText(pack, urgent, 'en').blocks).toEqual([]);
    // Nor up from the top level, whose next step is immediate danger.
    const top = cases.find(
      (c) => c.golden!.expect.level === 'level-4' && whatWouldChange(pack, c.golden!.answers as Answers).searched,
    )!;
    const fromTop = whatWouldChange(pack, top.golden!.answers as Answers);
    expect(fromTop.up.target).toBe('immediate-danger');
    expect(fromTop.up.suggestions).toEqual([]);
  });

  it('reads a missing answer as nothing to build on', () => {
    const result = whatWouldChange(pack, {});
    expect(result.searched).toBe(false);
    expect(result.up.suggestions).toEqual([]);
  });
});
