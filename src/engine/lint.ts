/**
 * Lint for rule packs: what a valid pack may still get wrong.
 *
 * - Rules, levels and services that no answers reach. This is a **search**, not a proof: a
 *   random caseload, then for each rule not yet seen to fire a targeted search that sets the
 *   answers its `when` reads (one at a time, then in random combinations, with whatever the
 *   questions' `showIf` needs). Whatever is found gets a witness (a set of answers, shrunk to
 *   as few changes from a calm baseline as still work); whatever is not is reported as
 *   "no witness found in N tries".
 * - Questions no rule reads (static: every `var` of every `when`, with `$level.q` read as q
 *   and `$section.s` as the graded questions of s).
 * - Rules that never changed the outcome: in every case found where the rule fired, taking
 *   the rule out of the pack left the level and the services the same. Also a search.
 * - `showIf` cycles (static). `parsePack` already refuses a `showIf` that reads the question
 *   itself or a later one, so none should exist; the graph is checked anyway.
 */
import { decidesOutcome } from './decide.js';
import { ruleToolsStrings, type RuleToolsStrings } from '../i18n/rule-tools.js';
import { answerState } from './answers.js';
import { generateCaseload, seededRandom } from './caseload.js';
import { evaluate, type Recommendation } from './evaluate.js';
import { namesRead, walkLogic } from './logic.js';
import { isGraded, listQuestions, readOf, type QuestionEntry } from './pack.js';
import {
  STANDARD_FLOOR_IDS,
  YES_NO_UNSURE,
  type AnswerValue,
  type Answers,
  type Locale,
  type Pack,
  type Question,
  type Rule,
} from './schema.js';

export type LintSeverity = 'error' | 'warning';

export type LintCode =
  | 'unreachable-rule'
  | 'unreachable-level'
  | 'unreachable-service'
  | 'unread-question'
  | 'never-decides'
  | 'showif-cycle'
  | 'dynamic-read'
  | 'missing-floor';

export interface LintFinding {
  readonly severity: LintSeverity;
  readonly code: LintCode;
  /** What the finding is about. */
  readonly target: { readonly kind: 'rule' | 'level' | 'service' | 'question' | 'floor'; readonly id: string };
  readonly message: string;
  /** For `never-decides`: the cases it fired in, and the rules that fired in every one of them at the same or a higher level. */
  readonly firedIn?: number;
  readonly alwaysWith?: readonly string[];
  /** For `showif-cycle`: the questions around the cycle. */
  readonly cycle?: readonly string[];
  /** For `unread-question`: questions whose `showIf` reads it (it then only decides what is asked). */
  readonly readByShowIf?: readonly string[];
}

/** Answers that reach a rule (fires), a level (is the outcome) or a service (is recommended). */
export interface Witness {
  readonly kind: 'rule' | 'level' | 'service';
  readonly id: string;
  /** The complete answer set. */
  readonly answers: Answers;
  /** Only the answers that differ from the calm baseline. */
  readonly changes: Answers;
}

export interface LintOptions {
  /** Random answer sets evaluated before the targeted search (default 400). */
  readonly tries?: number;
  /** Targeted answer sets tried per rule still without a witness (default 400). */
  readonly triesPerRule?: number;
  /** Cases (where the rule fired) re-evaluated without each rule to see whether it decides (default 60). */
  readonly decideSample?: number;
  readonly seed?: number;
  /** Language of the messages (default: English). */
  readonly locale?: Locale;
}

export interface LintResult {
  readonly packId: string;
  readonly version: string;
  readonly locale: Locale;
  readonly findings: readonly LintFinding[];
  readonly witnesses: readonly Witness[];
  /** The calm baseline witnesses are given against. */
  readonly baseline: Answers;
  /** Answer sets evaluated while searching. */
  readonly tries: number;
  readonly errors: number;
  readonly warnings: number;
  /** The showIf cycles found (none in a pack `parsePack` accepted). */
  readonly cycles: ReadonlyArray<readonly string[]>;
  readonly elapsedMs: number;
}

// ---------------------------------------------------------------------------------------------
// Static reads

interface Reads {
  /** Question ids read. */
  readonly questions: Set<string>;
  /** A `var` whose name is computed, so what it reads is not known without answers. */
  dynamic: boolean;
}

/** The questions a piece of logic reads: `q`, `$level.q` → q, `$section.s` → the graded questions of s. */
export function logicReads(pack: Pack, logic: unknown): Reads {
  const entries = listQuestions(pack);
  const ids = new Set(entries.map((entry) => entry.question.id));
  const reads: Reads = { questions: new Set(), dynamic: false };
  walkLogic(logic, ({ op, args, scoped }) => {
    if (scoped) return;
    for (const name of namesRead(op, args)) {
      if (name === undefined || name === null || name === '') continue;
      if (typeof name !== 'string' && typeof name !== 'number') {
        reads.dynamic = true;
        continue;
      }
      const read = readOf(name);
      if (read.kind === 'outcome') continue;
      if (read.kind === 'section') {
        for (const entry of entries)
          if (entry.section.id === read.id && isGraded(entry.question)) reads.questions.add(entry.question.id);
      } else if (ids.has(read.id)) reads.questions.add(read.id);
    }
  });
  return reads;
}

/** Every cycle in the showIf graph (question → questions its showIf reads), each once. */
export function showIfCycles(pack: Pack): string[][] {
  const edges = new Map<string, string[]>();
  for (const { question } of listQuestions(pack)) {
    edges.set(question.id, question.showIf === undefined ? [] : [...logicReads(pack, question.showIf).questions]);
  }
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, next]);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

// ---------------------------------------------------------------------------------------------
// Answers to search with

/** The least concerning valid answer to every question: the baseline witnesses are shrunk towards. */
export function calmAnswers(pack: Pack): Record<string, AnswerValue> {
  const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const answers: Record<string, AnswerValue> = {};
  for (const { question } of listQuestions(pack)) {
    switch (question.type) {
      case 'yes-no-unsure':
        answers[question.id] = 'no';
        break;
      case 'single-choice': {
        const options = question.options ?? [];
        const graded = options.filter((option) => option.level !== undefined && ranks.has(option.level));
        graded.sort((a, b) => ranks.get(a.level!)! - ranks.get(b.level!)!);
        answers[question.id] = (graded[0] ?? options[0])!.value;
        break;
      }
      case 'multiple-choice': {
        const options = question.options ?? [];
        const none = options.find((option) => option.exclusive);
        if (none) answers[question.id] = [none.value];
        else if (question.required && options[0]) answers[question.id] = [options[0].value];
        break;
      }
      // Notes and numbers only where the question must be answered: an optional one is left empty.
      case 'number':
        if (question.required) answers[question.id] = Math.max(question.min ?? 0, Math.min(question.max ?? 0, 0));
        break;
      case 'text':
        if (question.required) answers[question.id] = 'Lint'.slice(0, question.maxLength ?? 4);
        break;
    }
  }
  return answers;
}

/** Numbers a rule compares a number question with, for candidate answers around them. */
function numberLiterals(pack: Pack): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const visitLogic = (logic: unknown) =>
    walkLogic(logic, ({ args }) => {
      const name = args.find(
        (arg): arg is { var: string } =>
          !!arg && typeof arg === 'object' && typeof (arg as { var?: unknown }).var === 'string',
      );
      if (!name) return;
      for (const arg of args) {
        if (typeof arg !== 'number') continue;
        const set = out.get(name.var) ?? new Set<number>();
        set.add(arg);
        out.set(name.var, set);
      }
    });
  for (const rule of pack.rules) visitLogic(rule.when);
  for (const { question } of listQuestions(pack)) if (question.showIf !== undefined) visitLogic(question.showIf);
  return out;
}

/** Every answer worth trying for a question (one value, or one choice of a multiple choice). */
function candidates(question: Question, literals: ReadonlySet<number> | undefined): AnswerValue[] {
  switch (question.type) {
    case 'yes-no-unsure':
      return [...YES_NO_UNSURE];
    case 'single-choice':
      return (question.options ?? []).map((option) => option.value);
    case 'multiple-choice':
      return (question.options ?? []).map((option) => [option.value]);
    case 'text':
      return ['A note'.slice(0, question.maxLength ?? 6)];
    case 'number': {
      const values = new Set<number>([question.min ?? 0, question.max ?? 10, 0]);
      for (const n of literals ?? []) for (const d of [-1, 0, 1]) values.add(n + d);
      return [...values].filter(
        (n) => (question.min === undefined || n >= question.min) && (question.max === undefined || n <= question.max),
      );
    }
  }
}

/** One evaluated answer set, kept for witnesses and for the "does it decide" check. */
interface Tried {
  readonly answers: Answers;
  readonly recommendation: Recommendation;
  readonly fired: ReadonlySet<string>;
}

/** An answer that makes one comparison in a rule hold: a value to set, or a choice to add to a list. */
interface Atom {
  readonly id: string;
  readonly value: AnswerValue;
}

const COMPARE: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '==': (a, b) => a === b,
  '===': (a, b) => a === b,
};

/**
 * The answers a rule's comparisons ask for, read off its logic: `{"in": ["x", {"var": "q"}]}`
 * asks for x in q, `{"==": [{"var": "q"}, "x"]}` for q = x, `{">=": [{"var": "$level.q"}, 3]}`
 * for the lowest answer to q graded 3 or more (`$section.s`: the first graded question of
 * s), `{"some": [{"var": "q"}, …]}` for a choice in q. Setting them all satisfies an `and`
 * of such comparisons; a subset, an `or` or a `count`.
 */
function positiveAtoms(pack: Pack, logic: unknown): Atom[] {
  const entries = listQuestions(pack);
  const byId = new Map(entries.map((entry) => [entry.question.id, entry]));
  const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const atoms: Atom[] = [];
  const nameOf = (arg: unknown): string | undefined => {
    if (!arg || typeof arg !== 'object' || Array.isArray(arg)) return undefined;
    const record = arg as Record<string, unknown>;
    if ('var' in record) {
      const name = Array.isArray(record.var) ? record.var[0] : record.var;
      return typeof name === 'string' ? name : undefined;
    }
    for (const op of ['max', 'min']) {
      const list = record[op];
      if (Array.isArray(list)) for (const item of list) if (nameOf(item)) return nameOf(item);
    }
    return undefined;
  };
  const add = (id: string, value: AnswerValue) => {
    const entry = byId.get(id);
    if (!entry) return;
    atoms.push({
      id,
      value: entry.question.type === 'multiple-choice' && !Array.isArray(value) ? [String(value)] : value,
    });
  };
  /** The lowest graded answer to a question whose rank passes `test`. */
  const graded = (id: string, test: (rank: number) => boolean) => {
    const question = byId.get(id)?.question;
    const options = (question?.options ?? [])
      .filter((option) => option.level !== undefined && ranks.has(option.level) && test(ranks.get(option.level)!))
      .sort((a, b) => ranks.get(a.level!)! - ranks.get(b.level!)!);
    if (options[0]) add(id, options[0].value);
  };
  walkLogic(logic, ({ op, args, scoped }) => {
    if (scoped) return;
    const [a, b] = args;
    const left = nameOf(a);
    const right = nameOf(b);
    const name = left ?? right;
    const literal = left !== undefined ? b : a;
    if (op === 'in') {
      if (right !== undefined && (typeof a === 'string' || typeof a === 'number')) add(right, String(a));
      else if (left !== undefined && Array.isArray(b) && (typeof b[0] === 'string' || typeof b[0] === 'number'))
        add(left, String(b[0]));
      return;
    }
    if (op === 'some' && left !== undefined) {
      const question = byId.get(left)?.question;
      const first = question?.options?.find((option) => !option.exclusive);
      if (first) add(left, [first.value]);
      return;
    }
    if (op === '!!' && left !== undefined) {
      const question = byId.get(left)?.question;
      if (question) add(left, candidates(question, undefined)[0] ?? 'yes');
      return;
    }
    const compare = COMPARE[op];
    if (!compare || name === undefined) return;
    const read = readOf(name);
    const head = read.kind === 'answer' ? read.id : name;
    if (typeof literal === 'number' && (read.kind === 'level' || read.kind === 'section')) {
      // Keep the comparison's direction when the variable is on the right: `3 <= $level.q`.
      const test = (rank: number) => (left !== undefined ? compare(rank, literal) : compare(literal, rank));
      if (read.kind === 'level') graded(read.id, test);
      else {
        const first = entries.find(
          (entry) =>
            entry.section.id === read.id &&
            isGraded(entry.question) &&
            entry.question.options?.some((o) => o.level && test(ranks.get(o.level) ?? -1)),
        );
        if (first) graded(first.question.id, test);
      }
      return;
    }
    if (typeof literal === 'number' && byId.get(head)?.question.type === 'number') {
      for (const candidate of [literal, literal + 1, literal - 1]) {
        if (left !== undefined ? compare(candidate, literal) : compare(literal, candidate)) {
          add(head, candidate);
          break;
        }
      }
      return;
    }
    if ((op === '==' || op === '===') && (typeof literal === 'string' || typeof literal === 'number'))
      add(head, literal);
  });
  return atoms;
}

const CHANCES = [0.25, 0.5, 0.9];

function same(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

type LintStrings = RuleToolsStrings['lint'];

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Runs the whole lint. Deterministic for a pack, options and seed. */
export function lint(pack: Pack, options: LintOptions = {}): LintResult {
  const started = clock();
  const locale: Locale = options.locale ?? 'en';
  const t = ruleToolsStrings[locale].lint;
  const seed = options.seed ?? 11;
  const perRule = options.triesPerRule ?? 400;
  const search = new Search(pack, seed);
  const outcomes = outcomeIds(pack);

  randomCaseload(search, options.tries ?? 400, seed);
  for (const rule of pack.rules) if (!search.ruleWitness.has(rule.id)) targetRule(search, rule, perRule);
  reachLevels(search, outcomes);
  reachServices(search);
  const witnesses = shrinkWitnesses(search, outcomes);
  // Counted before the "does it decide" search, which evaluates more.
  const unreachable = unreachableFindings(search, outcomes, t);
  const neverDecides = neverDecidesFindings(search, witnesses, { sample: options.decideSample ?? 60, perRule }, t);
  const cycles = showIfCycles(pack);
  const findings = [
    ...unreachable,
    ...neverDecides,
    ...unreadQuestionFindings(pack, t),
    ...cycleFindings(cycles, t),
    ...missingFloorFindings(pack, t),
  ];

  return {
    packId: pack.id,
    version: pack.version,
    locale,
    findings,
    witnesses,
    baseline: search.baseline,
    tries: search.tries,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    cycles,
    elapsedMs: Math.round((clock() - started) * 10) / 10,
  };
}

// ---------------------------------------------------------------------------------------------
// The search's shared state

/**
 * One lint's search: every answer set evaluated, the first that reached each rule, level and
 * service, and the one seeded random source. Every draw goes through `rand` in a fixed order,
 * so the same seed gives the same witnesses; reorder calls here and the witnesses change.
 */
class Search {
  readonly pack: Pack;
  readonly rand: () => number;
  readonly entries: readonly QuestionEntry[];
  readonly baseline: Record<string, AnswerValue>;
  /** Every answer set kept, in the order evaluated. */
  readonly tried: Tried[] = [];
  readonly ruleWitness = new Map<string, Tried>();
  readonly levelWitness = new Map<string, Tried>();
  readonly serviceWitness = new Map<string, Tried>();
  /** Answer sets evaluated while searching (kept ones only). */
  tries = 0;
  readonly now: Date;
  private readonly byId: Map<string, Question>;
  private readonly literals: Map<string, Set<number>>;
  /** Per question: changes to the baseline that make it asked, null when none was found. */
  private readonly prerequisites = new Map<string, Answers | null>();
  /** Per graded question: its graded answers, least concerning first (what shrinking steps down). */
  private readonly gradedOrder = new Map<string, string[]>();

  constructor(pack: Pack, seed: number) {
    this.pack = pack;
    this.rand = seededRandom(seed);
    this.now = new Date(`${pack.effectiveFrom}T12:00:00Z`);
    this.entries = listQuestions(pack);
    this.byId = new Map(this.entries.map((entry) => [entry.question.id, entry.question]));
    this.literals = numberLiterals(pack);
    this.baseline = calmAnswers(pack);
    const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
    for (const { question } of this.entries) {
      if (!isGraded(question)) continue;
      const graded = (question.options ?? []).filter((option) => option.level !== undefined && ranks.has(option.level));
      this.gradedOrder.set(
        question.id,
        graded.sort((a, b) => ranks.get(a.level!)! - ranks.get(b.level!)!).map((option) => option.value),
      );
    }
  }

  question(id: string): Question {
    return this.byId.get(id)!;
  }

  /** Every answer worth trying for a question. */
  candidates(id: string): AnswerValue[] {
    return candidates(this.question(id), this.literals.get(id));
  }

  /** Evaluates answers; unless `keep` is false, counts them and records what they reached first. */
  run(answers: Answers, keep = true): Tried {
    if (keep) this.tries++;
    const recommendation = evaluate(this.pack, answers, { now: this.now, explain: false });
    const fired = new Set(recommendation.rules.filter((rule) => rule.status === 'fired').map((rule) => rule.ruleId));
    const entry: Tried = { answers, recommendation, fired };
    if (keep) {
      this.tried.push(entry);
      for (const id of fired) if (!this.ruleWitness.has(id)) this.ruleWitness.set(id, entry);
      if (!this.levelWitness.has(recommendation.level.id)) this.levelWitness.set(recommendation.level.id, entry);
      for (const service of recommendation.services)
        if (!this.serviceWitness.has(service.id)) this.serviceWitness.set(service.id, entry);
    }
    return entry;
  }

  /** Only the answers that differ from the baseline. */
  changesOf(answers: Answers): Answers {
    const changes: Record<string, AnswerValue> = {};
    for (const [id, value] of Object.entries(answers)) if (!same(value, this.baseline[id])) changes[id] = value;
    return changes;
  }

  /** Sets an answer; with `combine`, a list's choices join those already there (an exclusive one only alone). */
  setAnswer(answers: Record<string, AnswerValue>, id: string, value: AnswerValue, combine: boolean): void {
    const question = this.byId.get(id);
    if (question?.type === 'multiple-choice' && combine && Array.isArray(answers[id]) && Array.isArray(value)) {
      const exclusive = new Set(
        (question.options ?? []).filter((option) => option.exclusive).map((option) => option.value),
      );
      const merged = [...new Set([...(answers[id] as string[]), ...value])];
      const ordinary = merged.filter((item) => !exclusive.has(item));
      answers[id] = ordinary.length > 0 ? ordinary : merged.slice(-1);
    } else answers[id] = value;
  }

  /** Answers with the changes, and whatever the changed questions' showIf needs to ask them. */
  withChanges(base: Answers, changes: Answers, combine: boolean): Record<string, AnswerValue> {
    const answers: Record<string, AnswerValue> = { ...base };
    for (const [id, value] of Object.entries(changes)) {
      const before = this.askedBy(id);
      if (before) for (const [k, v] of Object.entries(before)) this.setAnswer(answers, k, v, true);
      this.setAnswer(answers, id, value, combine);
    }
    return answers;
  }

  /** The changes a set of atoms asks for: a list's choices combined, otherwise the first value wins. */
  atomChanges(chosen: readonly Atom[]): Record<string, AnswerValue> {
    const changes: Record<string, AnswerValue> = {};
    for (const atom of chosen) {
      if (Array.isArray(atom.value) && Array.isArray(changes[atom.id]))
        this.setAnswer(changes, atom.id, atom.value, true);
      else if (changes[atom.id] === undefined) changes[atom.id] = atom.value;
    }
    return changes;
  }

  /** Random answers to some of `reads`: each set with probability p; a list gets each of its choices with probability p. */
  randomChanges(reads: readonly string[], p: number): Record<string, AnswerValue> {
    const changes: Record<string, AnswerValue> = {};
    for (const read of reads) {
      const question = this.question(read);
      if (question.type === 'multiple-choice') {
        const chosen = ordinaryChoices(question).filter(() => this.rand() < p);
        if (chosen.length > 0) changes[read] = chosen;
        continue;
      }
      if (this.rand() >= p) continue;
      const values = this.candidates(read);
      if (values.length > 0) changes[read] = values[Math.floor(this.rand() * values.length)]!;
    }
    return changes;
  }

  /**
   * Changes to the baseline that make a question asked (null when none was found): each answer
   * its showIf reads alone, then random combinations, each with what its own showIf needs.
   * Memoised, so random numbers are drawn only the first time a question is asked about.
   */
  private askedBy(id: string, depth = 0): Answers | null {
    if (this.prerequisites.has(id)) return this.prerequisites.get(id)!;
    const question = this.byId.get(id);
    if (!question || question.showIf === undefined || answerState(this.pack, this.baseline).visible.has(id)) {
      this.prerequisites.set(id, {});
      return {};
    }
    this.prerequisites.set(id, null); // While searching: a cycle finds nothing.
    for (const attempt of this.showIfAttempts(question.showIf)) {
      const answers: Record<string, AnswerValue> = { ...this.baseline };
      for (const [key, value] of Object.entries(attempt)) {
        const before = depth < 4 ? this.askedBy(key, depth + 1) : {};
        if (before) for (const [k, v] of Object.entries(before)) this.setAnswer(answers, k, v, true);
        this.setAnswer(answers, key, value, true);
      }
      if (answerState(this.pack, answers).visible.has(id)) {
        const changes = this.changesOf(answers);
        this.prerequisites.set(id, changes);
        return changes;
      }
    }
    return null;
  }

  /** Answers to try for what a showIf reads: every candidate of each alone, then 50 random combinations. */
  private showIfAttempts(showIf: unknown): Array<Record<string, AnswerValue>> {
    const reads = [...logicReads(this.pack, showIf).questions];
    const attempts: Array<Record<string, AnswerValue>> = [];
    for (const read of reads) for (const value of this.candidates(read)) attempts.push({ [read]: value });
    for (let i = 0; i < 50 && reads.length > 1; i++) {
      const attempt: Record<string, AnswerValue> = {};
      for (const read of reads) {
        if (this.rand() < 0.5) continue;
        const values = this.candidates(read);
        attempt[read] = values[Math.floor(this.rand() * values.length)]!;
      }
      attempts.push(attempt);
    }
    return attempts;
  }

  /**
   * Fewer changes that still hold: each changed answer back to the baseline if that still
   * works, else a list with fewer choices, else a lower graded answer. Nothing is kept.
   */
  shrink(start: Answers, holds: (entry: Tried) => boolean): Tried {
    let current: Record<string, AnswerValue> = { ...start };
    let best = this.run(current, false);
    const attempt = (next: Record<string, AnswerValue>): boolean => {
      const entry = this.run(next, false);
      if (!holds(entry)) return false;
      current = next;
      best = entry;
      return true;
    };
    for (const { question } of this.entries) {
      const id = question.id;
      if (same(current[id], this.baseline[id])) continue;
      const reset: Record<string, AnswerValue> = { ...current };
      if (this.baseline[id] === undefined) delete reset[id];
      else reset[id] = this.baseline[id]!;
      if (attempt(reset)) continue;
      const value = current[id];
      if (Array.isArray(value)) {
        for (const item of value) {
          const now = current[id] as string[];
          if (now.length > 1) attempt({ ...current, [id]: now.filter((other) => other !== item) });
        }
      } else if (typeof value === 'string' && this.gradedOrder.has(id)) {
        const order = this.gradedOrder.get(id)!;
        for (const lower of order.slice(0, Math.max(0, order.indexOf(value))))
          if (attempt({ ...current, [id]: lower })) break;
      }
    }
    return best;
  }
}

/** A multiple choice's choices other than an exclusive "none of these". */
function ordinaryChoices(question: Question): string[] {
  return (question.options ?? []).filter((option) => !option.exclusive).map((option) => option.value);
}

/** The levels a pack can give, then its urgent outcome. */
function outcomeIds(pack: Pack): string[] {
  return [...pack.levels.map((level) => level.id), ...(pack.urgent ? [pack.urgent.id] : [])];
}

// ---------------------------------------------------------------------------------------------
// 1. Random caseload

/** The baseline, then a random caseload: half skewed like a real one, half uniform. */
function randomCaseload(search: Search, tries: number, seed: number): void {
  search.run(search.baseline);
  for (const generated of generateCaseload(search.pack, Math.ceil(tries / 2), { seed })) search.run(generated.answers);
  for (let i = 0; i < Math.floor(tries / 2); i++) search.run(uniformAnswers(search));
}

/** An answer to every question, each candidate equally likely (a list: each choice a 1 in 4 chance). */
function uniformAnswers(search: Search): Record<string, AnswerValue> {
  const { rand } = search;
  const answers: Record<string, AnswerValue> = {};
  for (const { question } of search.entries) {
    const values = search.candidates(question.id);
    if (question.type === 'multiple-choice') {
      const chosen = ordinaryChoices(question).filter(() => rand() < 0.25);
      answers[question.id] = chosen.length > 0 ? chosen : (values[Math.floor(rand() * values.length)] ?? []);
      if ((answers[question.id] as string[]).length === 0) delete answers[question.id];
    } else if (values.length > 0) answers[question.id] = values[Math.floor(rand() * values.length)]!;
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// 2. Targeted search for a rule not yet seen to fire

/** One rule's targeted search: what its `when` reads, the answers to start from, and the tries left. */
interface Target {
  readonly rule: Rule;
  readonly reads: readonly string[];
  readonly bases: readonly Answers[];
  budget: number;
}

/**
 * Sets what the rule's `when` reads, from the baseline and from each level reached so far
 * (advice may read the outcome), until it fires or the budget is spent.
 */
function targetRule(search: Search, rule: Rule, budget: number): void {
  const target: Target = {
    rule,
    reads: [...logicReads(search.pack, rule.when).questions],
    bases: [search.baseline, ...[...search.levelWitness.values()].map((entry) => entry.answers)],
    budget,
  };
  tryAtoms(search, target);
  trySingles(search, target);
  tryRandomReads(search, target);
}

/** Every comparison's answer at once (an `and`), then random subsets of them (an `or`, a `count`). */
function tryAtoms(search: Search, target: Target): void {
  const { rule, bases } = target;
  const atoms = positiveAtoms(search.pack, rule.when);
  if (atoms.length === 0) return;
  for (const base of bases) {
    if (
      target.budget-- <= 0 ||
      search.run(search.withChanges(base, search.atomChanges(atoms), true)).fired.has(rule.id)
    )
      break;
  }
  for (let i = 0; i < 100 && target.budget > 0 && !search.ruleWitness.has(rule.id); i++, target.budget--) {
    const p = CHANCES[i % CHANCES.length]!;
    const chosen = atoms.filter(() => search.rand() < p);
    search.run(search.withChanges(bases[i % bases.length]!, search.atomChanges(chosen), true));
  }
}

/** Each answer the rule reads set alone, on each base in turn. */
function trySingles(search: Search, target: Target): void {
  const { rule } = target;
  for (const base of target.bases) {
    if (search.ruleWitness.has(rule.id)) return;
    for (const read of target.reads) {
      for (const value of search.candidates(read)) {
        if (target.budget-- <= 0) return;
        if (search.run(search.withChanges(base, { [read]: value }, false)).fired.has(rule.id)) return;
      }
    }
  }
}

/** Random answers to what the rule reads, with the budget left. */
function tryRandomReads(search: Search, target: Target): void {
  const { rule, reads, bases } = target;
  for (let i = 0; target.budget > 0 && !search.ruleWitness.has(rule.id) && reads.length > 0; i++, target.budget--) {
    const changes = search.randomChanges(reads, CHANCES[i % CHANCES.length]!);
    search.run(search.withChanges(bases[i % bases.length]!, changes, true));
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Levels and services not reached yet, and the witnesses

/** Whether a rule fires towards a level (or the urgent outcome). */
function pointsAt(pack: Pack, rule: Rule, level: string): boolean {
  return rule.kind === 'urgent' ? level === pack.urgent?.id : rule.level === level || rule.cap === level;
}

/** A level not reached yet: shrink the witness of a rule that points there, in case fewer answers land on it. */
function reachLevels(search: Search, outcomes: readonly string[]): void {
  for (const level of outcomes) {
    if (search.levelWitness.has(level)) continue;
    for (const rule of search.pack.rules) {
      const witness = search.ruleWitness.get(rule.id);
      if (!witness || !pointsAt(search.pack, rule, level)) continue;
      const entry = search.shrink(witness.answers, (candidate) => candidate.fired.has(rule.id));
      if (entry.recommendation.level.id === level) {
        search.tried.push(entry);
        search.levelWitness.set(level, entry);
        break;
      }
    }
  }
}

/** A service not reached yet: shrink the witness of a rule that adds it, or of a level it serves. */
function reachServices(search: Search): void {
  const { pack, ruleWitness, levelWitness } = search;
  for (const service of pack.services) {
    if (search.serviceWitness.has(service.id)) continue;
    const sources = [
      ...pack.rules
        .filter((rule) => rule.service === service.id)
        .flatMap((rule) => (ruleWitness.has(rule.id) ? [ruleWitness.get(rule.id)!] : [])),
      ...service.levels.flatMap((level) => (levelWitness.has(level) ? [levelWitness.get(level)!] : [])),
    ];
    for (const source of sources) {
      const entry = search.shrink(
        source.answers,
        (candidate) => candidate.recommendation.level.id === source.recommendation.level.id,
      );
      if (entry.recommendation.services.some((s) => s.id === service.id)) {
        search.tried.push(entry);
        search.serviceWitness.set(service.id, entry);
        break;
      }
    }
  }
}

/** Witnesses for every rule, level and service reached, shrunk to as few changes from the baseline as still reach it. */
function shrinkWitnesses(search: Search, outcomes: readonly string[]): Witness[] {
  const witnesses: Witness[] = [];
  const add = (kind: Witness['kind'], id: string, found: Tried | undefined, holds: (entry: Tried) => boolean) => {
    if (!found) return;
    const small = search.shrink(found.answers, holds);
    search.tried.push(small);
    witnesses.push({ kind, id, answers: small.answers, changes: search.changesOf(small.answers) });
  };
  for (const rule of search.pack.rules)
    add('rule', rule.id, search.ruleWitness.get(rule.id), (entry) => entry.fired.has(rule.id));
  for (const level of outcomes)
    add('level', level, search.levelWitness.get(level), (entry) => entry.recommendation.level.id === level);
  for (const service of search.pack.services)
    add('service', service.id, search.serviceWitness.get(service.id), (entry) =>
      entry.recommendation.services.some((s) => s.id === service.id),
    );
  return witnesses;
}

/** Rules, levels and services with no witness after `search.tries` evaluations. */
function unreachableFindings(search: Search, outcomes: readonly string[], t: LintStrings): LintFinding[] {
  const evaluations = search.tries;
  const unreachable = (code: LintCode, kind: 'rule' | 'level' | 'service', id: string, message: string) => ({
    severity: 'error' as const,
    code,
    target: { kind, id },
    message,
  });
  return [
    ...search.pack.rules
      .filter((rule) => !search.ruleWitness.has(rule.id))
      .map((rule) => unreachable('unreachable-rule', 'rule', rule.id, t.unreachableRule(rule.id, evaluations))),
    ...outcomes
      .filter((level) => !search.levelWitness.has(level))
      .map((level) => unreachable('unreachable-level', 'level', level, t.unreachableLevel(level, evaluations))),
    ...search.pack.services
      .filter((service) => !search.serviceWitness.has(service.id))
      .map((service) =>
        unreachable('unreachable-service', 'service', service.id, t.unreachableService(service.id, evaluations)),
      ),
  ];
}

// ---------------------------------------------------------------------------------------------
// 4. Rules that never changed the outcome

/** One rule's cases where it fired, each checked for whether leaving the rule out changes the outcome. */
interface Trial {
  readonly rule: Rule;
  /** The pack without the rule. */
  readonly without: Pack;
  readonly checked: Tried[];
  decided: boolean;
}

/** Rules that never changed the outcome where they fired: re-evaluate without the rule. */
function neverDecidesFindings(
  search: Search,
  witnesses: readonly Witness[],
  limits: { readonly sample: number; readonly perRule: number },
  t: LintStrings,
): LintFinding[] {
  const { pack } = search;
  const allReads = [...new Set(pack.rules.flatMap((rule) => [...logicReads(pack, rule.when).questions]))];
  const witnessOf = new Map(witnesses.map((witness) => [`${witness.kind}:${witness.id}`, witness]));
  const findings: LintFinding[] = [];
  for (const rule of pack.rules) {
    if (!decidesOutcome(pack, rule) || !search.ruleWitness.has(rule.id)) continue;
    const trial = startTrial(search, rule, limits.sample);
    // Not yet: look for answers where it fires and matters.
    const own = witnessOf.get(`rule:${rule.id}`)!;
    stackOnWitnesses(search, trial, own, witnesses);
    searchWhereItMatters(search, trial, own, allReads, limits.perRule);
    if (trial.decided) continue;
    const always = alwaysFiredWith(pack, rule, trial.checked);
    findings.push({
      severity: 'warning',
      code: 'never-decides',
      target: { kind: 'rule', id: rule.id },
      message: t.neverDecides(rule.id, trial.checked.length, always.map((id) => `"${id}"`).join(', ')),
      firedIn: trial.checked.length,
      alwaysWith: always,
    });
  }
  return findings;
}

/** Whether the pack without the rule gives another level or other services for the case. */
function changesOutcome(search: Search, trial: Trial, entry: Tried): boolean {
  const other = evaluate(trial.without, entry.answers, { now: search.now, explain: false });
  const before = entry.recommendation;
  return (
    other.level.id !== before.level.id ||
    other.services.length !== before.services.length ||
    other.services.some((service, i) => service.id !== before.services[i]!.id)
  );
}

/** Adds a case to the trial if the rule fired in it, and judges it. */
function check(search: Search, trial: Trial, entry: Tried): void {
  if (!entry.fired.has(trial.rule.id)) return;
  trial.checked.push(entry);
  trial.decided = changesOutcome(search, trial, entry);
}

/** The cases kept where the rule fired, smallest first: the fewer other answers, the better its chance to decide alone. */
function startTrial(search: Search, rule: Rule, sample: number): Trial {
  const { pack } = search;
  const size = (entry: Tried) => Object.keys(search.changesOf(entry.answers)).length;
  const firedIn = search.tried.filter((entry) => entry.fired.has(rule.id));
  const checked = [...firedIn].sort((a, b) => size(a) - size(b)).slice(0, sample);
  const trial: Trial = {
    rule,
    without: { ...pack, rules: pack.rules.filter((other) => other !== rule) },
    checked,
    decided: false,
  };
  trial.decided = checked.some((entry) => changesOutcome(search, trial, entry));
  return trial;
}

/** Its witness on top of every other witness (another rule's case, where this one may cap or add). */
function stackOnWitnesses(search: Search, trial: Trial, own: Witness, witnesses: readonly Witness[]): void {
  for (const other of witnesses) {
    if (trial.decided || other === own) continue;
    check(search, trial, search.run(search.withChanges(other.answers, own.changes, true)));
  }
}

/**
 * In turn: parts of what it asks for from the baseline, its witness with other answers
 * changed, and its witness on top of a level reached.
 */
function searchWhereItMatters(
  search: Search,
  trial: Trial,
  own: Witness,
  allReads: readonly string[],
  tries: number,
): void {
  const { rand } = search;
  const atoms = positiveAtoms(search.pack, trial.rule.when);
  const levelBases = [...search.levelWitness.values()].map((entry) => entry.answers);
  for (let i = 0; !trial.decided && i < tries; i++) {
    let answers: Answers;
    if (i % 3 === 0 && atoms.length > 0) {
      const chosen = atoms.filter(() => rand() < CHANCES[(i / 3) % CHANCES.length]!);
      answers = search.withChanges(search.baseline, search.atomChanges(chosen), true);
    } else if (i % 3 === 1 || levelBases.length === 0)
      answers = search.withChanges(own.answers, search.randomChanges(allReads, 0.1), false);
    else answers = search.withChanges(levelBases[Math.floor(rand() * levelBases.length)]!, own.changes, true);
    check(search, trial, search.run(answers));
  }
}

/** How concerning an outcome is: the urgent outcome above every level, none below. */
function outcomeRank(pack: Pack, levelId: string | undefined): number {
  if (levelId === undefined) return -1;
  if (levelId === pack.urgent?.id) return Number.POSITIVE_INFINITY;
  return pack.levels.find((level) => level.id === levelId)?.rank ?? -1;
}

/** The outcome a rule fires towards: the urgent one, its level, or its cap. */
function ruleOutcome(pack: Pack, rule: Rule): string | undefined {
  return rule.kind === 'urgent' ? pack.urgent?.id : (rule.level ?? rule.cap);
}

/** Rules that decide, point at the same or a higher outcome, and fired in every case checked. */
function alwaysFiredWith(pack: Pack, rule: Rule, checked: readonly Tried[]): string[] {
  const rank = outcomeRank(pack, ruleOutcome(pack, rule));
  return pack.rules
    .filter(
      (other) => other !== rule && decidesOutcome(pack, other) && outcomeRank(pack, ruleOutcome(pack, other)) >= rank,
    )
    .filter((other) => checked.every((entry) => entry.fired.has(other.id)))
    .map((other) => other.id);
}

// ---------------------------------------------------------------------------------------------
// 5. Static findings

/** Rules whose reads are computed, then (only if none is) questions no rule reads. */
function unreadQuestionFindings(pack: Pack, t: LintStrings): LintFinding[] {
  const entries = listQuestions(pack);
  const findings: LintFinding[] = [];
  const ruleReads = new Set<string>();
  for (const rule of pack.rules) {
    const reads = logicReads(pack, rule.when);
    for (const id of reads.questions) ruleReads.add(id);
    if (reads.dynamic)
      findings.push({
        severity: 'warning',
        code: 'dynamic-read',
        target: { kind: 'rule', id: rule.id },
        message: t.dynamicRead(rule.id),
      });
  }
  // A computed read may read anything, so no question can be called unread.
  if (findings.length > 0) return findings;
  for (const { question } of entries) {
    if (ruleReads.has(question.id)) continue;
    const readers = entries
      .filter(
        (entry) =>
          entry.question.showIf !== undefined && logicReads(pack, entry.question.showIf).questions.has(question.id),
      )
      .map((entry) => entry.question.id);
    findings.push({
      severity: 'warning',
      code: 'unread-question',
      target: { kind: 'question', id: question.id },
      message: readers.length > 0 ? t.readOnlyByShowIf(question.id, readers.join(', ')) : t.unreadQuestion(question.id),
      ...(readers.length > 0 ? { readByShowIf: readers } : {}),
    });
  }
  return findings;
}

function cycleFindings(cycles: ReadonlyArray<readonly string[]>, t: LintStrings): LintFinding[] {
  return cycles.map((cycle) => ({
    severity: 'error',
    code: 'showif-cycle',
    target: { kind: 'question', id: cycle[0]! },
    message: t.cycle(cycle.join(' → ')),
    cycle,
  }));
}

/** Standard safety floors the pack does not declare (proved by `eh-rules prove`, not here). */
function missingFloorFindings(pack: Pack, t: LintStrings): LintFinding[] {
  const declared = new Set((pack.floors ?? []).map((floor) => floor.standard));
  return STANDARD_FLOOR_IDS.filter((standard) => !declared.has(standard)).map((standard) => ({
    severity: 'warning',
    code: 'missing-floor',
    target: { kind: 'floor', id: standard },
    message: t.missingFloor(standard),
  }));
}
