/**
 * "What would change this": the fewest answer changes that would raise the outcome, and
 * that would lower it to the next level down, found by exhaustive search over the pack's own
 * evaluation.
 *
 * A change is one answer differing: another option of a single choice or yes/no, or one
 * option of a multiple choice added or taken away. When a change opens follow-up questions
 * (a new factor asks how long it has gone on), the claim must hold whatever those
 * follow-ups are answered, so every combination of their answers is evaluated; the
 * follow-ups are not counted as extra changes. Changes of size k are tried only once no
 * change of size k − 1 reaches the target, up to `maxChanges`, so every suggestion is a
 * smallest one and "none within k" is a finding, not a guess.
 *
 * The suggestions are conditions to watch, never advice to alter an answer: facts about
 * the child, the person filling in the form, and consent are not changed (see `isFixed`),
 * nor is an answer moved to "don't know"; and going down, only a need on a graded scale
 * may ease (see `eases`): nothing recorded as having happened is taken back.
 */
import { answerState, acceptable, choiceValues, isAnswered, levelRanks, questionIndex } from './answers.js';
import { evaluateOutcome, outcomeOrOpen, type OutcomeSummary } from './outcome.js';
import { decisionPlan } from './decide.js';
import { isUnknownAnswer } from './uncertainty.js';
import { isGraded } from './pack.js';
import { YES_NO_UNSURE, type AnswerValue, type Answers, type Pack, type Question, type Section } from './schema.js';

/** One answer that would differ. */
export interface AnswerChange {
  readonly questionId: string;
  /** The answer given (undefined when the question is not answered). */
  readonly from: AnswerValue | undefined;
  /** The answer in the changed case. */
  readonly to: AnswerValue;
  /** A multiple choice: the one option added or taken away. */
  readonly added?: string;
  readonly removed?: string;
}

/** A smallest set of changes that reaches the target, with the outcome it gives. */
export interface WhatIfSuggestion {
  readonly changes: readonly AnswerChange[];
  /** The outcome reached, the direction's target: the lowest over follow-up answers going up, the highest going down. */
  readonly level: string;
  readonly rank: number;
  /** Every combination of follow-up answers gives this same level ("would be", not "at least"/"at most"). */
  readonly exact: boolean;
  /** Follow-up questions the changes open; the claim holds whatever they are answered. */
  readonly opens: readonly string[];
}

export interface WhatIfDirection {
  readonly direction: 'up' | 'down';
  /**
   * The next outcome that way: going down, every suggestion reaches exactly it (at most it,
   * over follow-ups); going up, at least it. Undefined at the end of the scale. Nothing is
   * searched from the urgent outcome, nor up from the level below it.
   */
  readonly target: string | undefined;
  /** The number of changes in each suggestion; undefined when none within `maxChanges` was found. */
  readonly size: number | undefined;
  /** At most `limit` suggestions: the nearest level first, exact claims, then recorded concerns, other areas, history. */
  readonly suggestions: readonly WhatIfSuggestion[];
  /** How many smallest change sets reach the target in all (the suggestions are the first of them). */
  readonly found: number;
  /**
   * Change sets not claimed either way because they open more follow-ups than can be tried
   * (turning "immediate danger" to "no" opens the whole form): a "none found" is then "none
   * found among the changes that could be checked".
   */
  readonly unclaimed: number;
}

export interface WhatIf {
  readonly level: string;
  readonly rank: number;
  /** Whether the search could run: it needs a complete, valid answer set. */
  readonly searched: boolean;
  readonly maxChanges: number;
  readonly up: WhatIfDirection;
  readonly down: WhatIfDirection;
}

export interface WhatIfOptions {
  /** The most answers changed together (default 2); each size up to it is searched exhaustively. */
  readonly maxChanges?: number;
  /** Suggestions kept each way (default 3). */
  readonly limit?: number;
}

/** Combinations of follow-up answers tried for one change set before it is left out as too wide to claim. */
const MAX_FOLLOW_UP_COMBINATIONS = 4096;
/** A follow-up multiple choice with more options than this is not expanded into its subsets. */
const MAX_FOLLOW_UP_OPTIONS = 8;

const FIXED_ROLES: ReadonlySet<Section['role']> = new Set(['about-child', 'consent']);

/**
 * A fact rather than a condition to watch: the child's age and circumstances, who fills the
 * form in and consent (by section role), yes-or-no history, numbers and notes, unless the
 * pack says otherwise.
 */
export function isFixed(question: Question, section: Section): boolean {
  if (question.fixed !== undefined) return question.fixed;
  if (question.type === 'text' || question.type === 'number') return true;
  // A yes or no about the family's history (a previous plan, a past referral) can only be
  // found out, not watched for.
  if (section.role === 'history' && question.type === 'yes-no-unsure') return true;
  return section.role !== undefined && FIXED_ROLES.has(section.role);
}

interface Move {
  readonly change: AnswerChange;
  /** Position of the question in the questionnaire, for a stable order. */
  readonly index: number;
  /**
   * How far the change strays from the case as recorded, for ordering only: 0 for a concern
   * already recorded on the question (or a follow-up of a recorded factor), 1 for another
   * area, 2 for the family's history with services; plus the grade steps moved.
   */
  readonly reach: number;
}

function gradeOf(question: Question, value: unknown, ranks: ReadonlyMap<string, number>): number | undefined {
  const level = question.options?.find((option) => option.value === value)?.level;
  return level === undefined ? undefined : ranks.get(level);
}

/** A concern is already recorded on the question, or it follows up a recorded factor. */
function inPlay(
  question: Question,
  section: Section,
  value: unknown,
  lowest: number,
  ranks: ReadonlyMap<string, number>,
): boolean {
  // A follow-up of a recorded factor (how long, how risky) is part of that concern.
  if (section.role === 'factors' && question.type === 'single-choice') return true;
  if (question.type === 'yes-no-unsure') return value === 'yes';
  if (question.type === 'multiple-choice')
    return Array.isArray(value) && value.some((item) => !question.options?.find((o) => o.value === item)?.exclusive);
  const grade = gradeOf(question, value, ranks);
  return grade !== undefined && grade > lowest;
}

/**
 * Going down, only a need described on a graded scale may ease, to a lower grade: what was
 * recorded as having happened (a factor, a disclosure, a "yes", how long, the history) is
 * never taken back to reach a lower level.
 */
function eases(question: Question, from: unknown, to: AnswerValue, ranks: ReadonlyMap<string, number>): boolean {
  if (!isGraded(question)) return false;
  const before = gradeOf(question, from, ranks);
  const after = gradeOf(question, to, ranks);
  return before !== undefined && after !== undefined && after < before;
}

function movesOf(pack: Pack, answers: Answers, visible: ReadonlySet<string>, direction: 'up' | 'down'): Move[] {
  const moves: Move[] = [];
  const ranks = levelRanks(pack);
  const lowest = Math.min(...ranks.values());
  for (const { question, section, index } of questionIndex(pack).list) {
    if (!visible.has(question.id) || isFixed(question, section)) continue;
    if (direction === 'down' && !isGraded(question)) continue;
    const from = answers[question.id] ?? undefined;
    // The recorded concerns getting worse first, then other areas, the history last.
    const base = section.role === 'history' ? 2 : inPlay(question, section, from, lowest, ranks) ? 0 : 1;
    const push = (to: AnswerValue, extra: { added?: string; removed?: string } = {}) => {
      if (!acceptable(question, to) || isUnknownAnswer(question, extra.added ?? to)) return;
      if (direction === 'down' && !eases(question, from, to, ranks)) return;
      if (question.required && !isAnswered(to)) return;
      // Grade steps from the answer given; "don't know" or "not applicable" count as the lowest grade.
      const steps = Math.abs((gradeOf(question, to, ranks) ?? lowest) - (gradeOf(question, from, ranks) ?? lowest));
      moves.push({ change: { questionId: question.id, from, to, ...extra }, index, reach: base + steps });
    };
    const options = choiceValues(question);
    if (question.type === 'multiple-choice') {
      const given = Array.isArray(from) ? (from as string[]) : [];
      for (const option of options) {
        if (given.includes(option)) {
          push(
            given.filter((item) => item !== option),
            { removed: option },
          );
        } else {
          const exclusive = question.options?.find((o) => o.value === option)?.exclusive;
          const others = given.filter((item) => !question.options?.find((o) => o.value === item)?.exclusive);
          push(exclusive ? [option] : [...others, option], { added: option });
        }
      }
    } else {
      for (const option of options) if (option !== from) push(option);
    }
  }
  return moves;
}

/** Every acceptable answer to a follow-up, or undefined when there are too many to try. */
function answersTo(question: Question): AnswerValue[] | undefined {
  if (question.type === 'yes-no-unsure') return [...YES_NO_UNSURE];
  const options = question.options ?? [];
  if (question.type === 'single-choice') return options.map((option) => option.value);
  if (question.type !== 'multiple-choice' || options.length > MAX_FOLLOW_UP_OPTIONS) return undefined;
  const subsets: AnswerValue[] = [];
  for (let mask = 1; mask < 1 << options.length; mask++) {
    const subset = options.filter((_, i) => mask & (1 << i)).map((option) => option.value);
    if (acceptable(question, subset)) subsets.push(subset);
  }
  return subsets;
}

/**
 * The outcomes of a changed answer set over every way its newly opened required questions
 * could be answered, stopping as soon as one misses `holds`. Undefined when the follow-ups
 * are too many to try (the set is then not claimed).
 */
function outcomesOver(
  pack: Pack,
  answers: Answers,
  holds: (outcome: OutcomeSummary) => boolean,
  budget: { left: number },
): { outcomes: OutcomeSummary[]; opens: string[] } | undefined | false {
  budget.left--;
  const decided = outcomeOrOpen(pack, answers);
  if ('level' in decided) return !decided.invalid && holds(decided) ? { outcomes: [decided], opens: [] } : false;
  const values = answersTo(decided.open);
  if (!values) return undefined;
  const outcomes: OutcomeSummary[] = [];
  const opens = new Set<string>([decided.open.id]);
  for (const value of values) {
    if (budget.left <= 0) return undefined;
    const found = outcomesOver(pack, { ...answers, [decided.open.id]: value }, holds, budget);
    if (!found) return found;
    outcomes.push(...found.outcomes);
    for (const id of found.opens) opens.add(id);
  }
  return { outcomes, opens: [...opens] };
}

function* combinations<T>(items: readonly T[], size: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length === size) {
    yield chosen.slice();
    return;
  }
  for (let i = start; i <= items.length - (size - chosen.length); i++) {
    chosen.push(items[i]!);
    yield* combinations(items, size, i + 1, chosen);
    chosen.pop();
  }
}

/** Applies moves on distinct questions, or on distinct options of one multiple choice. */
function applyMoves(pack: Pack, answers: Answers, moves: readonly Move[]): Answers | undefined {
  const next: Record<string, AnswerValue> = { ...(answers as Record<string, AnswerValue>) };
  const byQuestion = new Map<string, Move[]>();
  for (const move of moves)
    byQuestion.set(move.change.questionId, [...(byQuestion.get(move.change.questionId) ?? []), move]);
  for (const [id, group] of byQuestion) {
    if (group.length === 1) {
      next[id] = group[0]!.change.to;
      continue;
    }
    // Several options of one multiple choice: each toggled once, on the answer given.
    if (group.some((move) => move.change.added === undefined && move.change.removed === undefined)) return undefined;
    let value = Array.isArray(answers[id]) ? [...(answers[id] as string[])] : [];
    for (const { change } of group) {
      if (change.removed !== undefined) value = value.filter((item) => item !== change.removed);
      else value = [...value, change.added!];
    }
    if (!acceptable(questionIndex(pack).byId.get(id)!.question, value)) return undefined;
    next[id] = value;
  }
  return next;
}

/** Change sets tried between two yields of the stepwise search. */
const SETS_PER_STEP = 250;

function* search(
  pack: Pack,
  answers: Answers,
  current: OutcomeSummary,
  moves: readonly Move[],
  direction: 'up' | 'down',
  maxChanges: number,
  limit: number,
): Generator<void, WhatIfDirection> {
  const { outcomes } = decisionPlan(pack);
  // The next outcome that way: one level, never a leap (a single eased need that would take
  // Level 4 to Universal is not offered as a way down).
  const next =
    direction === 'up'
      ? outcomes.find((outcome) => outcome.rank > current.rank)
      : outcomes.findLast((outcome) => outcome.rank < current.rank);
  // Nothing below the lowest level; nothing is searched from the urgent outcome, and the way
  // up from the top level is immediate danger, which the page answers with its own action.
  if (!next || current.urgent || next.urgent)
    return { direction, target: next?.id, size: undefined, found: 0, suggestions: [], unclaimed: 0 };
  let unclaimed = 0;
  // Every completion lands beyond the current level, and the nearest lands on the next one.
  const holds = (outcome: OutcomeSummary) =>
    direction === 'up' ? outcome.rank > current.rank : outcome.rank < current.rank;
  for (let size = 1; size <= maxChanges; size++) {
    const found: (WhatIfSuggestion & { order: number[]; reach: number })[] = [];
    let tried = 0;
    for (const set of combinations(moves, size)) {
      if (++tried % SETS_PER_STEP === 0) yield;
      const changed = applyMoves(pack, answers, set);
      if (!changed) continue;
      const result = outcomesOver(pack, changed, holds, { left: MAX_FOLLOW_UP_COMBINATIONS });
      if (result === undefined) unclaimed++;
      if (!result) continue;
      const ranks = result.outcomes.map((outcome) => outcome.rank);
      const reached = direction === 'up' ? Math.min(...ranks) : Math.max(...ranks);
      // Going down, only the next level: one eased need must not read as a way to Universal.
      // Going up, whatever it reaches (a previous plan can make any new concern Level 4).
      if (direction === 'down' && reached !== next.rank) continue;
      const outcome = result.outcomes.find((o) => o.rank === reached)!;
      found.push({
        changes: set.map((move) => move.change),
        level: outcome.level,
        rank: outcome.rank,
        exact: ranks.every((rank) => rank === reached),
        opens: result.opens,
        order: set.map((move) => move.index),
        reach: set.reduce((sum, move) => sum + move.reach, 0),
      });
    }
    if (found.length > 0) {
      // The nearest level first, then a claim that holds exactly, then the change closest to
      // the case as recorded, then questionnaire order. One suggestion per set of questions,
      // so three ways to reach a level are three different things to watch.
      const distance = (suggestion: WhatIfSuggestion) => Math.abs(suggestion.rank - current.rank);
      found.sort(
        (a, b) =>
          distance(a) - distance(b) ||
          Number(b.exact) - Number(a.exact) ||
          a.reach - b.reach ||
          compareOrder(a.order, b.order),
      );
      const seen = new Set<string>();
      const distinct = found.filter((suggestion) => {
        const key = [...new Set(suggestion.changes.map((change) => change.questionId))].sort().join(' ');
        return !seen.has(key) && (seen.add(key), true);
      });
      return {
        direction,
        target: next.id,
        size,
        found: found.length,
        suggestions: distinct.slice(0, limit).map(({ order: _order, reach: _reach, ...suggestion }) => suggestion),
        unclaimed,
      };
    }
  }
  return { direction, target: next.id, size: undefined, found: 0, suggestions: [], unclaimed };
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function* steps(pack: Pack, answers: Answers, options: WhatIfOptions): Generator<void, WhatIf> {
  const maxChanges = Math.max(1, Math.min(options.maxChanges ?? 2, 3));
  const limit = Math.max(0, options.limit ?? 3);
  const current = evaluateOutcome(pack, answers);
  const none = (direction: 'up' | 'down'): WhatIfDirection => ({
    direction,
    target: undefined,
    size: undefined,
    found: 0,
    suggestions: [],
    unclaimed: 0,
  });
  const base = { level: current.level, rank: current.rank, maxChanges };
  if (!current.complete || current.invalid) return { ...base, searched: false, up: none('up'), down: none('down') };
  const { visible } = answerState(pack, answers);
  // Answers to questions not asked are dropped, so a follow-up a change opens is tried with
  // every answer, never with one left over from an earlier path through the form.
  const asked: Answers = Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
  const up = yield* search(pack, asked, current, movesOf(pack, asked, visible, 'up'), 'up', maxChanges, limit);
  const down = yield* search(pack, asked, current, movesOf(pack, asked, visible, 'down'), 'down', maxChanges, limit);
  return { ...base, searched: true, up, down };
}

/**
 * The smallest sets of answer changes that would move the outcome of `evaluate(pack,
 * answers)` up, and down, from where it is. Needs a complete and valid answer set;
 * otherwise `searched` is false and nothing is suggested.
 */
export function whatWouldChange(pack: Pack, answers: Answers, options: WhatIfOptions = {}): WhatIf {
  const run = steps(pack, answers, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * As `whatWouldChange`, giving the page back between steps (a few milliseconds each), so a
 * long search never blocks input. Rejects with the signal's reason when aborted.
 */
export async function whatWouldChangeAsync(
  pack: Pack,
  answers: Answers,
  options: WhatIfOptions & { readonly signal?: AbortSignal } = {},
): Promise<WhatIf> {
  const run = steps(pack, answers, options);
  for (;;) {
    options.signal?.throwIfAborted();
    const step = run.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
