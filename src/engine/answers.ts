/**
 * Answers at the boundary, and what follows from them before any rule runs:
 * which questions are asked (showIf) and which required ones are still open.
 * Nothing here drops or rewrites what a practitioner gave; problems are reported
 * beside the answers, and evaluation simply does not read an invalid value.
 */
import { engineStrings } from '../i18n/engine.js';
import { apply, applyWithTrace, truthy } from './logic.js';
import { decidingReads } from './reads.js';
import { DERIVED, readOf, listQuestions, type QuestionEntry } from './pack.js';
import { YES_NO_UNSURE, type AnswerValue, type Answers, type Locale, type Pack, type Question } from './schema.js';

export interface AnswerProblem {
  readonly questionId: string;
  /** JSONPath into the answers object, e.g. `$.factors[1]`. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface AnswerCheck {
  readonly valid: boolean;
  readonly problems: readonly AnswerProblem[];
  /** The answers exactly as given. */
  readonly answers: Answers;
}

const entryCache = new WeakMap<Pack, { list: QuestionEntry[]; byId: Map<string, QuestionEntry> }>();

/** Questions in order and by id; computed once per pack. */
export function questionIndex(pack: Pack): { list: QuestionEntry[]; byId: Map<string, QuestionEntry> } {
  let index = entryCache.get(pack);
  if (!index) {
    const list = listQuestions(pack);
    index = { list, byId: new Map(list.map((entry) => [entry.question.id, entry])) };
    entryCache.set(pack, index);
  }
  return index;
}

/** An empty note or an empty selection is no answer; "don't know" and 0 are answers. */
export function isAnswered(value: AnswerValue | undefined | null): value is AnswerValue {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** A choice question's values in order: yes, no, not sure, or its options' (none for a number or a text). */
export function choiceValues(question: Question): readonly string[] {
  return question.type === 'yes-no-unsure' ? YES_NO_UNSURE : (question.options ?? []).map((option) => option.value);
}

const allowedCache = new WeakMap<Question, ReadonlySet<string>>();
/** The values a choice question accepts; cached because validation runs on every keystroke and caseload row. */
export function allowedValues(question: Question): ReadonlySet<string> {
  let allowed = allowedCache.get(question);
  if (!allowed) {
    allowed = new Set(choiceValues(question));
    allowedCache.set(question, allowed);
  }
  return allowed;
}

/** Whether an answer is acceptable; the common case, kept free of allocation. */
export function acceptable(question: Question, value: unknown): boolean {
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unsure':
      return typeof value === 'string' && allowedValues(question).has(value);
    case 'multiple-choice': {
      if (!Array.isArray(value)) return false;
      const allowed = allowedValues(question);
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item !== 'string' || !allowed.has(item) || value.indexOf(item) !== i) return false;
        if (value.length > 1 && question.options?.some((option) => option.exclusive && option.value === item))
          return false;
      }
      return true;
    }
    case 'text':
      return typeof value === 'string' && (question.maxLength === undefined || value.length <= question.maxLength);
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (question.min === undefined || value >= question.min) &&
        (question.max === undefined || value <= question.max)
      );
  }
}

/** Problems with one answer, in words; only called for answers that are not acceptable. */
function checkAnswer(question: Question, value: unknown, locale: Locale | undefined): AnswerProblem[] {
  const t = engineStrings(locale).answerProblems;
  const id = question.id;
  const problem = (code: string, message: string, suffix = ''): AnswerProblem => ({
    questionId: id,
    path: `$.${id}${suffix}`,
    code,
    message,
  });
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unsure':
      if (typeof value !== 'string') return [problem('answer.type', t.wrongType(id, t.expected.choice))];
      return allowedValues(question).has(value) ? [] : [problem('answer.not-an-option', t.notAnOption(id, value))];
    case 'multiple-choice': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        return [problem('answer.type', t.wrongType(id, t.expected.choices))];
      }
      const allowed = allowedValues(question);
      // Far more items than options is one problem, not one per item (an answer of 150,000
      // items must not become 150,000 problems); a few stray items are each named.
      if (value.length > allowed.size + 20) return [problem('answer.too-many', t.tooMany(id, allowed.size))];
      const problems: AnswerProblem[] = [];
      const seen = new Set<string>();
      (value as string[]).forEach((item, i) => {
        if (!allowed.has(item)) problems.push(problem('answer.not-an-option', t.notAnOption(id, item), `[${i}]`));
        else if (seen.has(item)) problems.push(problem('answer.repeated', t.repeated(id, item), `[${i}]`));
        else if (value.length > 1 && question.options?.find((option) => option.value === item)?.exclusive) {
          problems.push(problem('answer.exclusive', t.exclusive(id, item), `[${i}]`));
        }
        seen.add(item);
      });
      return problems;
    }
    case 'text':
      if (typeof value !== 'string') return [problem('answer.type', t.wrongType(id, t.expected.text))];
      return question.maxLength !== undefined && value.length > question.maxLength
        ? [problem('answer.too-long', t.tooLong(id, question.maxLength))]
        : [];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return [problem('answer.type', t.wrongType(id, t.expected.number))];
      return (question.min !== undefined && value < question.min) ||
        (question.max !== undefined && value > question.max)
        ? [problem('answer.out-of-range', t.outOfRange(id, question.min, question.max))]
        : [];
  }
}

/**
 * Checks answers against the pack: unknown question ids, values outside a question's
 * options, wrong types. Never throws and never changes `answers`.
 */
export function validateAnswers(pack: Pack, answers: unknown, options: { locale?: Locale } = {}): AnswerCheck {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    const t = engineStrings(options.locale).answerProblems;
    const problem = {
      questionId: '',
      path: '$',
      code: 'answers.type',
      message: t.wrongType('answers', t.expected.object),
    };
    return { valid: false, problems: [problem], answers: {} };
  }
  const { byId } = questionIndex(pack);
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const entry = byId.get(id);
    if (!entry) {
      const message = engineStrings(options.locale).answerProblems.unknownQuestion(id);
      problems.push({ questionId: id, path: `$.${id}`, code: 'answer.unknown-question', message });
      continue;
    }
    if (value === null || value === undefined || acceptable(entry.question, value)) continue;
    for (const found of checkAnswer(entry.question, value, options.locale)) problems.push(found);
  }
  return { valid: problems.length === 0, problems, answers: answers as Answers };
}

/** What the rules see: only asked, valid, given answers, plus derived graded levels. */
export interface AnswerState {
  /** Answers of questions that are asked, valid and given, keyed by question id. */
  readonly data: Record<string, unknown>;
  /** Ids of questions asked under these answers, in order. */
  readonly visible: ReadonlySet<string>;
  /** Required questions that are asked but have no valid answer, in order. */
  readonly missing: readonly QuestionEntry[];
  /**
   * Questions whose answer is not yet known, with the missing required questions they
   * wait on: each missing question waits on itself; a question hidden only because its
   * `showIf` read a missing answer waits on that answer.
   */
  readonly open: ReadonlyMap<string, readonly string[]>;
  readonly problems: readonly AnswerProblem[];
}

const rankCache = new WeakMap<Pack, Map<string, number>>();
/** Level id → rank, made once per pack. */
export function levelRanks(pack: Pack): ReadonlyMap<string, number> {
  let ranks = rankCache.get(pack);
  if (!ranks) {
    ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
    rankCache.set(pack, ranks);
  }
  return ranks;
}

/**
 * Works through the questionnaire in order: a question is asked when its `showIf`
 * holds over the answers to earlier asked questions. Answers to questions that are
 * not asked stay in the caller's object but are not read.
 */
export function answerState(pack: Pack, answers: Answers, options: { locale?: Locale } = {}): AnswerState {
  const { list } = questionIndex(pack);
  const check = validateAnswers(pack, answers, options);
  const invalid = new Set(check.problems.map((problem) => problem.questionId));
  const ranks = levelRanks(pack);
  const levels: Record<string, number | null> = {};
  const sections: Record<string, number | null> = {};
  const data: Record<string, unknown> = { [DERIVED.level]: levels, [DERIVED.section]: sections };
  const visible = new Set<string>();
  const missing: QuestionEntry[] = [];
  const open = new Map<string, readonly string[]>();
  /** The missing answers a showIf's value rests on (empty when it is decided). */
  const showIfWaits = (showIf: unknown): { shown: boolean; waits: string[] } => {
    if (open.size === 0) return { shown: truthy(apply(showIf, data)), waits: [] };
    const { value, trace } = applyWithTrace(showIf, data);
    const reads: string[] = [];
    decidingReads(trace, reads);
    const waits = reads.flatMap((path) => {
      const read = readOf(path);
      return read.kind === 'answer' || read.kind === 'level' ? (open.get(read.id) ?? []) : [];
    });
    return { shown: truthy(value), waits: [...new Set(waits)] };
  };
  for (const entry of list) {
    const { question, section } = entry;
    // A question whose showIf rests on a missing answer is itself not yet known, shown or not.
    let waits: readonly string[] = [];
    if (question.showIf !== undefined) {
      const decision = showIfWaits(question.showIf);
      waits = decision.waits;
      if (!decision.shown) {
        if (waits.length > 0) open.set(question.id, waits);
        continue;
      }
    }
    visible.add(question.id);
    // Own answers only, from what validation accepted as an answers object ({} for anything else).
    const value = Object.hasOwn(check.answers, question.id) ? check.answers[question.id] : undefined;
    if (!isAnswered(value) || invalid.has(question.id)) {
      if (question.required) {
        missing.push(entry);
        open.set(question.id, [question.id, ...waits]);
      } else if (waits.length > 0) open.set(question.id, waits);
      continue;
    }
    if (waits.length > 0) open.set(question.id, waits);
    data[question.id] = value;
    if (question.type === 'single-choice') {
      const level = question.options?.find((option) => option.value === value)?.level;
      if (level !== undefined) {
        const rank = ranks.get(level) ?? null;
        levels[question.id] = rank;
        if (rank !== null && (sections[section.id] ?? -1) < rank) sections[section.id] = rank;
      } else if (question.options?.some((option) => option.level !== undefined)) {
        // "Don't know" on a graded question: answered, with no level to read.
        levels[question.id] = null;
      }
    }
  }
  return { data, visible, missing, open, problems: check.problems };
}
