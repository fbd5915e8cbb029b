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
import { ruleToolsStrings } from '../i18n/rule-tools.js';
import { answerState } from './answers.js';
import { generateCaseload, seededRandom } from './caseload.js';
import { evaluate, type Recommendation } from './evaluate.js';
import { walkLogic } from './logic.js';
import { isGraded, listQuestions, readOf } from './pack.js';
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
    const names =
      op === 'var'
        ? [args[0]]
        : op === 'missing'
          ? Array.isArray(args[0])
            ? args[0]
            : args
          : op === 'missing_some' && Array.isArray(args[1])
            ? args[1]
            : [];
    for (const name of names) {
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

/** Runs the whole lint. Deterministic for a pack, options and seed. */
export function lint(pack: Pack, options: LintOptions = {}): LintResult {
  const started = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const locale: Locale = options.locale ?? 'en';
  const t = ruleToolsStrings[locale].lint;
  const rand = seededRandom(options.seed ?? 11);
  const now = new Date(`${pack.effectiveFrom}T12:00:00Z`);
  const entries = listQuestions(pack);
  const byId = new Map(entries.map((entry) => [entry.question.id, entry.question]));
  const literals = numberLiterals(pack);
  const baseline = calmAnswers(pack);

  // -- Evaluating, and keeping what each evaluation reached.
  const tried: Tried[] = [];
  const ruleWitness = new Map<string, Tried>();
  const levelWitness = new Map<string, Tried>();
  const serviceWitness = new Map<string, Tried>();
  let searchTries = 0;
  const run = (answers: Answers, keep = true): Tried => {
    if (keep) searchTries++;
    const recommendation = evaluate(pack, answers, { now, explain: false });
    const fired = new Set(recommendation.rules.filter((rule) => rule.status === 'fired').map((rule) => rule.ruleId));
    const entry: Tried = { answers, recommendation, fired };
    if (keep) {
      tried.push(entry);
      for (const id of fired) if (!ruleWitness.has(id)) ruleWitness.set(id, entry);
      if (!levelWitness.has(recommendation.level.id)) levelWitness.set(recommendation.level.id, entry);
      for (const service of recommendation.services)
        if (!serviceWitness.has(service.id)) serviceWitness.set(service.id, entry);
    }
    return entry;
  };

  // -- Answers with a change, and whatever the changed questions' showIf needs to ask them.
  const set = (answers: Record<string, AnswerValue>, id: string, value: AnswerValue, combine: boolean) => {
    const question = byId.get(id);
    if (question?.type === 'multiple-choice' && combine && Array.isArray(answers[id]) && Array.isArray(value)) {
      const exclusive = new Set(
        (question.options ?? []).filter((option) => option.exclusive).map((option) => option.value),
      );
      const merged = [...new Set([...(answers[id] as string[]), ...value])];
      const ordinary = merged.filter((item) => !exclusive.has(item));
      answers[id] = ordinary.length > 0 ? ordinary : merged.slice(-1);
    } else answers[id] = value;
  };
  const prerequisites = new Map<string, Answers | null>();
  /** Changes to the baseline that make a question asked (null when none was found). */
  const askedBy = (id: string, depth = 0): Answers | null => {
    if (prerequisites.has(id)) return prerequisites.get(id)!;
    const question = byId.get(id);
    if (!question || question.showIf === undefined || answerState(pack, baseline).visible.has(id)) {
      prerequisites.set(id, {});
      return {};
    }
    prerequisites.set(id, null); // While searching: a cycle finds nothing.
    const reads = [...logicReads(pack, question.showIf).questions];
    const attempts: Array<Record<string, AnswerValue>> = [];
    for (const read of reads)
      for (const value of candidates(byId.get(read)!, literals.get(read))) attempts.push({ [read]: value });
    for (let i = 0; i < 50 && reads.length > 1; i++) {
      const attempt: Record<string, AnswerValue> = {};
      for (const read of reads) {
        if (rand() < 0.5) continue;
        const values = candidates(byId.get(read)!, literals.get(read));
        attempt[read] = values[Math.floor(rand() * values.length)]!;
      }
      attempts.push(attempt);
    }
    for (const attempt of attempts) {
      const answers: Record<string, AnswerValue> = { ...baseline };
      for (const [key, value] of Object.entries(attempt)) {
        const before = depth < 4 ? askedBy(key, depth + 1) : {};
        if (before) for (const [k, v] of Object.entries(before)) set(answers, k, v, true);
        set(answers, key, value, true);
      }
      if (answerState(pack, answers).visible.has(id)) {
        const changes: Record<string, AnswerValue> = {};
        for (const [key, value] of Object.entries(answers)) if (!same(value, baseline[key])) changes[key] = value;
        prerequisites.set(id, changes);
        return changes;
      }
    }
    return null;
  };
  const withChanges = (base: Answers, changes: Answers, combine: boolean): Record<string, AnswerValue> => {
    const answers: Record<string, AnswerValue> = { ...base };
    for (const [id, value] of Object.entries(changes)) {
      const before = askedBy(id);
      if (before) for (const [k, v] of Object.entries(before)) set(answers, k, v, true);
      set(answers, id, value, combine);
    }
    return answers;
  };

  /** Random answers to some of `reads`: each set with probability p; a list gets each of its choices with probability p. */
  const randomChanges = (reads: readonly string[], p: number): Record<string, AnswerValue> => {
    const changes: Record<string, AnswerValue> = {};
    for (const read of reads) {
      const question = byId.get(read)!;
      if (question.type === 'multiple-choice') {
        const ordinary = (question.options ?? []).filter((option) => !option.exclusive).map((option) => option.value);
        const chosen = ordinary.filter(() => rand() < p);
        if (chosen.length > 0) changes[read] = chosen;
        continue;
      }
      if (rand() >= p) continue;
      const values = candidates(question, literals.get(read));
      if (values.length > 0) changes[read] = values[Math.floor(rand() * values.length)]!;
    }
    return changes;
  };

  // 1. The baseline, then a random caseload: half skewed like a real one, half uniform.
  run(baseline);
  const randomTries = options.tries ?? 400;
  for (const generated of generateCaseload(pack, Math.ceil(randomTries / 2), { seed: options.seed ?? 11 }))
    run(generated.answers);
  for (let i = 0; i < Math.floor(randomTries / 2); i++) {
    const answers: Record<string, AnswerValue> = {};
    for (const { question } of entries) {
      const values = candidates(question, literals.get(question.id));
      if (question.type === 'multiple-choice') {
        const ordinary = (question.options ?? []).filter((option) => !option.exclusive).map((option) => option.value);
        const chosen = ordinary.filter(() => rand() < 0.25);
        answers[question.id] = chosen.length > 0 ? chosen : (values[Math.floor(rand() * values.length)] ?? []);
        if ((answers[question.id] as string[]).length === 0) delete answers[question.id];
      } else if (values.length > 0) answers[question.id] = values[Math.floor(rand() * values.length)]!;
    }
    run(answers);
  }

  // 2. Targeted: for each rule not yet seen to fire, set what its `when` reads, from the
  //    baseline and from each level reached so far (advice may read the outcome).
  const perRule = options.triesPerRule ?? 400;
  for (const rule of pack.rules) {
    if (ruleWitness.has(rule.id)) continue;
    const reads = [...logicReads(pack, rule.when).questions];
    const bases: Answers[] = [baseline, ...[...levelWitness.values()].map((entry) => entry.answers)];
    let budget = perRule;
    // Every comparison's answer at once (an `and`), then random subsets of them (an `or`, a `count`).
    const atoms = positiveAtoms(pack, rule.when);
    const atomChanges = (chosen: readonly Atom[]) => {
      const changes: Record<string, AnswerValue> = {};
      for (const atom of chosen) {
        if (Array.isArray(atom.value) && Array.isArray(changes[atom.id])) set(changes, atom.id, atom.value, true);
        else if (changes[atom.id] === undefined) changes[atom.id] = atom.value;
      }
      return changes;
    };
    if (atoms.length > 0) {
      for (const base of bases) {
        if (budget-- <= 0 || run(withChanges(base, atomChanges(atoms), true)).fired.has(rule.id)) break;
      }
      for (let i = 0; i < 100 && budget > 0 && !ruleWitness.has(rule.id); i++, budget--) {
        const p = CHANCES[i % CHANCES.length]!;
        run(withChanges(bases[i % bases.length]!, atomChanges(atoms.filter(() => rand() < p)), true));
      }
    }
    singles: for (const base of bases) {
      if (ruleWitness.has(rule.id)) break;
      for (const read of reads) {
        for (const value of candidates(byId.get(read)!, literals.get(read))) {
          if (budget-- <= 0) break singles;
          if (run(withChanges(base, { [read]: value }, false)).fired.has(rule.id)) break singles;
        }
      }
    }
    for (let i = 0; budget > 0 && !ruleWitness.has(rule.id) && reads.length > 0; i++, budget--) {
      run(withChanges(bases[i % bases.length]!, randomChanges(reads, CHANCES[i % CHANCES.length]!), true));
    }
  }

  // 3. Levels and services not reached yet: shrink the witness of a rule that points there.
  const gradedOrder = new Map<string, string[]>();
  for (const { question } of entries) {
    if (!isGraded(question)) continue;
    const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
    const graded = (question.options ?? []).filter((option) => option.level !== undefined && ranks.has(option.level));
    gradedOrder.set(
      question.id,
      graded.sort((a, b) => ranks.get(a.level!)! - ranks.get(b.level!)!).map((option) => option.value),
    );
  }
  /**
   * Fewer changes that still hold: each changed answer back to the baseline if that still
   * works, else a list with fewer choices, else a lower graded answer.
   */
  const shrink = (start: Answers, holds: (entry: Tried) => boolean): Tried => {
    let current: Record<string, AnswerValue> = { ...start };
    let best = run(current, false);
    const attempt = (next: Record<string, AnswerValue>): boolean => {
      const entry = run(next, false);
      if (!holds(entry)) return false;
      current = next;
      best = entry;
      return true;
    };
    for (const { question } of entries) {
      const id = question.id;
      if (same(current[id], baseline[id])) continue;
      const reset: Record<string, AnswerValue> = { ...current };
      if (baseline[id] === undefined) delete reset[id];
      else reset[id] = baseline[id]!;
      if (attempt(reset)) continue;
      const value = current[id];
      if (Array.isArray(value)) {
        for (const item of value) {
          const now = current[id] as string[];
          if (now.length > 1) attempt({ ...current, [id]: now.filter((other) => other !== item) });
        }
      } else if (typeof value === 'string' && gradedOrder.has(id)) {
        const order = gradedOrder.get(id)!;
        for (const lower of order.slice(0, Math.max(0, order.indexOf(value))))
          if (attempt({ ...current, [id]: lower })) break;
      }
    }
    return best;
  };
  const outcomes = [...pack.levels.map((level) => level.id), ...(pack.urgent ? [pack.urgent.id] : [])];
  for (const level of outcomes) {
    if (levelWitness.has(level)) continue;
    for (const rule of pack.rules) {
      const witness = ruleWitness.get(rule.id);
      const pointsThere =
        rule.kind === 'urgent' ? level === pack.urgent?.id : rule.level === level || rule.cap === level;
      if (!witness || !pointsThere) continue;
      const entry = shrink(witness.answers, (candidate) => candidate.fired.has(rule.id));
      if (entry.recommendation.level.id === level) {
        tried.push(entry);
        levelWitness.set(level, entry);
        break;
      }
    }
  }
  for (const service of pack.services) {
    if (serviceWitness.has(service.id)) continue;
    const sources = [
      ...pack.rules
        .filter((rule) => rule.service === service.id)
        .flatMap((rule) => (ruleWitness.has(rule.id) ? [ruleWitness.get(rule.id)!] : [])),
      ...service.levels.flatMap((level) => (levelWitness.has(level) ? [levelWitness.get(level)!] : [])),
    ];
    for (const source of sources) {
      const entry = shrink(
        source.answers,
        (candidate) => candidate.recommendation.level.id === source.recommendation.level.id,
      );
      if (entry.recommendation.services.some((s) => s.id === service.id)) {
        tried.push(entry);
        serviceWitness.set(service.id, entry);
        break;
      }
    }
  }

  // 4. Witnesses, shrunk to as few changes from the baseline as still reach the item.
  const witnesses: Witness[] = [];
  const changesOf = (answers: Answers): Answers => {
    const changes: Record<string, AnswerValue> = {};
    for (const [id, value] of Object.entries(answers)) if (!same(value, baseline[id])) changes[id] = value;
    return changes;
  };
  const addWitness = (kind: Witness['kind'], id: string, found: Tried, holds: (entry: Tried) => boolean) => {
    const small = shrink(found.answers, holds);
    tried.push(small);
    witnesses.push({ kind, id, answers: small.answers, changes: changesOf(small.answers) });
  };
  for (const rule of pack.rules) {
    const found = ruleWitness.get(rule.id);
    if (found) addWitness('rule', rule.id, found, (entry) => entry.fired.has(rule.id));
  }
  for (const level of outcomes) {
    const found = levelWitness.get(level);
    if (found) addWitness('level', level, found, (entry) => entry.recommendation.level.id === level);
  }
  for (const service of pack.services) {
    const found = serviceWitness.get(service.id);
    if (found)
      addWitness('service', service.id, found, (entry) =>
        entry.recommendation.services.some((s) => s.id === service.id),
      );
  }

  const evaluations = searchTries;
  const findings: LintFinding[] = [];
  for (const rule of pack.rules) {
    if (!ruleWitness.has(rule.id)) {
      findings.push({
        severity: 'error',
        code: 'unreachable-rule',
        target: { kind: 'rule', id: rule.id },
        message: t.unreachableRule(rule.id, evaluations),
      });
    }
  }
  for (const level of outcomes) {
    if (!levelWitness.has(level)) {
      findings.push({
        severity: 'error',
        code: 'unreachable-level',
        target: { kind: 'level', id: level },
        message: t.unreachableLevel(level, evaluations),
      });
    }
  }
  for (const service of pack.services) {
    if (!serviceWitness.has(service.id)) {
      findings.push({
        severity: 'error',
        code: 'unreachable-service',
        target: { kind: 'service', id: service.id },
        message: t.unreachableService(service.id, evaluations),
      });
    }
  }

  // 5. Rules that never changed the outcome where they fired: re-evaluate without the rule.
  const decides = (rule: Rule): boolean => decidesOutcome(pack, rule);
  const rank = (levelId: string | undefined) =>
    levelId === undefined
      ? -1
      : levelId === pack.urgent?.id
        ? Number.POSITIVE_INFINITY
        : (pack.levels.find((level) => level.id === levelId)?.rank ?? -1);
  const sample = options.decideSample ?? 60;
  const decideTries = options.triesPerRule ?? 400;
  const allReads = [...new Set(pack.rules.flatMap((rule) => [...logicReads(pack, rule.when).questions]))];
  const witnessOf = new Map(witnesses.map((witness) => [`${witness.kind}:${witness.id}`, witness]));
  for (const rule of pack.rules) {
    if (!decides(rule) || !ruleWitness.has(rule.id)) continue;
    const without: Pack = { ...pack, rules: pack.rules.filter((other) => other !== rule) };
    const changesOutcome = (entry: Tried): boolean => {
      const other = evaluate(without, entry.answers, { now, explain: false });
      const before = entry.recommendation;
      return (
        other.level.id !== before.level.id ||
        other.services.length !== before.services.length ||
        other.services.some((service, i) => service.id !== before.services[i]!.id)
      );
    };
    // Smallest witnesses first: the fewer other answers, the better the rule's chance to decide alone.
    const firedIn = tried.filter((entry) => entry.fired.has(rule.id));
    const ordered = [...firedIn].sort(
      (a, b) => Object.keys(changesOf(a.answers)).length - Object.keys(changesOf(b.answers)).length,
    );
    const checked = ordered.slice(0, sample);
    let decided = checked.some(changesOutcome);
    // Not yet: look for answers where it fires and matters: its witness on top of every other
    // witness, then parts of what it asks for from the baseline, its witness with other answers
    // changed, and its witness on top of each level reached.
    const own = witnessOf.get(`rule:${rule.id}`)!;
    const atoms = positiveAtoms(pack, rule.when);
    // First its witness on top of every other witness (another rule's case, where this one may cap or add).
    for (const other of witnesses) {
      if (decided || other === own) continue;
      const entry = run(withChanges(other.answers, own.changes, true));
      if (!entry.fired.has(rule.id)) continue;
      checked.push(entry);
      decided = changesOutcome(entry);
    }
    const levelBases = [...levelWitness.values()].map((entry) => entry.answers);
    for (let i = 0; !decided && i < decideTries; i++) {
      let answers: Answers;
      if (i % 3 === 0 && atoms.length > 0) {
        const chosen = atoms.filter(() => rand() < CHANCES[(i / 3) % CHANCES.length]!);
        const changes: Record<string, AnswerValue> = {};
        for (const atom of chosen) {
          if (Array.isArray(atom.value) && Array.isArray(changes[atom.id])) set(changes, atom.id, atom.value, true);
          else if (changes[atom.id] === undefined) changes[atom.id] = atom.value;
        }
        answers = withChanges(baseline, changes, true);
      } else if (i % 3 === 1 || levelBases.length === 0)
        answers = withChanges(own.answers, randomChanges(allReads, 0.1), false);
      else answers = withChanges(levelBases[Math.floor(rand() * levelBases.length)]!, own.changes, true);
      const entry = run(answers);
      if (!entry.fired.has(rule.id)) continue;
      checked.push(entry);
      decided = changesOutcome(entry);
    }
    if (decided) continue;
    const rankOf = rank(rule.kind === 'urgent' ? pack.urgent?.id : (rule.level ?? rule.cap));
    const always = pack.rules
      .filter(
        (other) =>
          other !== rule &&
          decides(other) &&
          rank(other.kind === 'urgent' ? pack.urgent?.id : (other.level ?? other.cap)) >= rankOf,
      )
      .filter((other) => checked.every((entry) => entry.fired.has(other.id)))
      .map((other) => other.id);
    findings.push({
      severity: 'warning',
      code: 'never-decides',
      target: { kind: 'rule', id: rule.id },
      message: t.neverDecides(rule.id, checked.length, always.map((id) => `"${id}"`).join(', ')),
      firedIn: checked.length,
      alwaysWith: always,
    });
  }

  // 6. Questions no rule reads (static).
  const ruleReads = new Set<string>();
  let dynamic = false;
  for (const rule of pack.rules) {
    const reads = logicReads(pack, rule.when);
    for (const id of reads.questions) ruleReads.add(id);
    if (reads.dynamic) {
      dynamic = true;
      findings.push({
        severity: 'warning',
        code: 'dynamic-read',
        target: { kind: 'rule', id: rule.id },
        message: t.dynamicRead(rule.id),
      });
    }
  }
  if (!dynamic) {
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
        message:
          readers.length > 0 ? t.readOnlyByShowIf(question.id, readers.join(', ')) : t.unreadQuestion(question.id),
        ...(readers.length > 0 ? { readByShowIf: readers } : {}),
      });
    }
  }

  // 7. showIf cycles.
  const cycles = showIfCycles(pack);
  for (const cycle of cycles) {
    findings.push({
      severity: 'error',
      code: 'showif-cycle',
      target: { kind: 'question', id: cycle[0]! },
      message: t.cycle(cycle.join(' → ')),
      cycle,
    });
  }

  // 8. Standard safety floors the pack does not declare (proved by `eh-rules prove`, not here).
  const declared = new Set((pack.floors ?? []).map((floor) => floor.standard));
  for (const standard of STANDARD_FLOOR_IDS) {
    if (!declared.has(standard)) {
      findings.push({
        severity: 'warning',
        code: 'missing-floor',
        target: { kind: 'floor', id: standard },
        message: t.missingFloor(standard),
      });
    }
  }

  const finished = typeof performance !== 'undefined' ? performance.now() : Date.now();
  return {
    packId: pack.id,
    version: pack.version,
    locale,
    findings,
    witnesses,
    baseline,
    tries: searchTries,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    cycles,
    elapsedMs: Math.round((finished - started) * 10) / 10,
  };
}
