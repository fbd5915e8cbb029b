/**
 * The evaluator's semantics over every possible answer set at once.
 *
 * Each question gets boolean variables: one per option (or per representative number or
 * note) plus "unanswered" for a single answer, one per option for a multiple choice. A
 * JSON-Logic value then becomes a finite list of (concrete value, condition) entries, and
 * each operation is computed on concrete values by the evaluator's own operation table
 * (`operate`), so the model agrees with `evaluate` by construction. Only control flow
 * (`and`, `or`, `!`, the array operators, `count`, `max`, `min`) is modelled here, and it
 * follows the evaluator's rules exactly, including which reads decide a value: a rule that
 * rests on an open required answer is "undecided" and never fires (see `reads.ts`).
 *
 * Numbers are represented by the constants the pack's logic compares them with and the
 * points between, which is exact because a number answer may only be compared with
 * constants; anything the model cannot represent exactly raises `Unsupported`, so a
 * proof is never claimed over an approximation.
 */
import { isAnswered } from '../answers.js';
import { apply, isLogic, operation, truthy } from '../logic.js';
import { isGraded, listQuestions, readOf, type QuestionEntry } from '../pack.js';
import type { AnswerValue, Answers, Pack, Question } from '../schema.js';
import { FALSE, Formulas, TRUE, type F } from './formula.js';

/** Something the model cannot represent exactly; `at` is the JSON path of the construct. */
export class Unsupported extends Error {
  constructor(
    readonly at: string,
    readonly reason: string,
  ) {
    super(`${at}: ${reason}`);
    this.name = 'Unsupported';
  }
}

/** A value with the condition under which it is the value: `g` when its deciding reads are all known, `d` when one is open. */
export interface Entry {
  readonly value: unknown;
  readonly g: F;
  readonly d: F;
}

/** A multiple-choice answer (or a filter of one), kept as one membership condition per option. */
export interface SetSym {
  readonly kind: 'set';
  readonly options: readonly string[];
  readonly member: ReadonlyMap<string, F>;
  /** The answer is an array (otherwise it reads as null). */
  readonly defined: F;
  /** Reading it rests on an open answer. */
  readonly dep: F;
}

export interface ValuesSym {
  readonly kind: 'values';
  readonly entries: readonly Entry[];
}

export type Sym = ValuesSym | SetSym;

/** The most concrete combinations one operation may expand to before the model gives up. */
const MAX_COMBINATIONS = 50_000;
/** A multiple choice with more options than this is never expanded into its subsets. */
const MAX_SUBSET_OPTIONS = 10;

/** The text answer that stands for "any note other than these constants". */
export const ANY_NOTE = 'note';

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=']);
const TRUTH = new Set(['!', '!!', 'and', 'or']);

function keyOf(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  switch (typeof value) {
    case 'number':
      return `d${Object.is(value, -0) ? 0 : value}`;
    case 'string':
      return `s${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    default:
      return `j${JSON.stringify(value)}`;
  }
}

/** One question's answer space. */
export interface Domain {
  readonly entry: QuestionEntry;
  /** single answers: the values it can take (options, representative numbers or notes). */
  readonly values: readonly unknown[];
  /** One variable per value, or per option of a multiple choice. */
  readonly vars: readonly F[];
  /** The question is answered. */
  readonly answered: F;
  /** Constraints every assignment meets (exactly one value; exclusive options alone). */
  readonly constraint: F;
  readonly multiple: boolean;
}

/** Where the answer space of a question depends on the pack's logic: the constants it compares with. */
function constantsIn(pack: Pack): { numbers: number[]; strings: string[] } {
  const numbers = new Set<number>();
  const strings = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) numbers.add(value);
    else if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    // A var's path is a name, not a value an answer could take.
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) if (key !== 'var') walk(inner);
  };
  for (const rule of pack.rules) walk(rule.when);
  for (const { question } of listQuestions(pack)) if (question.showIf !== undefined) walk(question.showIf);
  for (const floor of pack.floors ?? []) walk(floor.when);
  return { numbers: [...numbers].sort((a, b) => a - b), strings: [...strings] };
}

/** Numbers that stand for every number the question accepts, as far as comparisons with `constants` can tell. */
export function representativeNumbers(question: Question, constants: readonly number[]): number[] {
  const points = new Set<number>();
  const sorted = [...new Set(constants)].sort((a, b) => a - b);
  if (sorted.length === 0) points.add(0);
  sorted.forEach((c, i) => {
    points.add(c);
    const next = sorted[i + 1];
    // Any point strictly between two constants stands for all of them; a whole number reads better.
    if (next !== undefined) points.add(next - c > 1 ? Math.floor(c) + 1 : (c + next) / 2);
  });
  if (sorted.length > 0) {
    points.add(sorted[0]! - 1);
    points.add(sorted[sorted.length - 1]! + 1);
  }
  if (question.min !== undefined) points.add(question.min);
  if (question.max !== undefined) points.add(question.max);
  return [...points]
    .filter(
      (n) => (question.min === undefined || n >= question.min) && (question.max === undefined || n <= question.max),
    )
    .sort((a, b) => a - b);
}

export function domainsOf(pack: Pack, f: Formulas, prefix = 'q'): Map<string, Domain> {
  const { numbers, strings } = constantsIn(pack);
  const domains = new Map<string, Domain>();
  listQuestions(pack).forEach((entry, index) => {
    const { question } = entry;
    const name = (i: number | string) => f.variable(`${prefix}${index}_${i}`);
    if (question.type === 'multiple-choice') {
      const options = (question.options ?? []).map((option) => option.value);
      const vars = options.map((_, i) => name(i));
      const exclusive = (question.options ?? []).flatMap((option, i) => (option.exclusive ? [i] : []));
      const constraint = f.and(
        ...exclusive.map((i) => f.implies(vars[i]!, f.and(...vars.filter((_, j) => j !== i).map((v) => f.not(v))))),
      );
      domains.set(question.id, { entry, values: options, vars, answered: f.or(...vars), constraint, multiple: true });
      return;
    }
    let values: unknown[];
    switch (question.type) {
      case 'single-choice':
        values = (question.options ?? []).map((option) => option.value);
        break;
      case 'yes-no-unsure':
        values = ['yes', 'no', 'not-sure'];
        break;
      case 'number':
        values = representativeNumbers(question, numbers);
        break;
      case 'text':
        values = [
          ...new Set([
            ANY_NOTE,
            ...strings.filter(
              (s) => s.trim() !== '' && (question.maxLength === undefined || s.length <= question.maxLength),
            ),
          ]),
        ];
        break;
    }
    const vars = values.map((_, i) => name(i));
    const none = name('none');
    domains.set(question.id, {
      entry,
      values,
      vars,
      answered: f.not(none),
      constraint: f.exactlyOne([...vars, none]),
      multiple: false,
    });
  });
  return domains;
}

/** The answers an assignment stands for: only asked questions, as a practitioner would give them. */
export function answersOf(
  domains: ReadonlyMap<string, Domain>,
  model: Model,
  assignment: ReadonlySet<string>,
  f: Formulas,
): Answers {
  const answers: Record<string, AnswerValue> = {};
  const memo = new Map<F, boolean>();
  for (const [id, domain] of domains) {
    if (!f.evaluate(model.question(id).visible, assignment, memo)) continue;
    if (domain.multiple) {
      const chosen = domain.values.filter((_, i) => f.evaluate(domain.vars[i]!, assignment, memo)) as string[];
      if (chosen.length > 0) answers[id] = chosen;
    } else {
      const i = domain.vars.findIndex((v) => f.evaluate(v, assignment, memo));
      if (i >= 0) answers[id] = domain.values[i] as AnswerValue;
    }
  }
  return answers;
}

/** The variables that hold for a concrete answer set (answers outside a question's space are an error). */
export function assignmentOf(domains: ReadonlyMap<string, Domain>, answers: Answers, f: Formulas): Set<string> {
  const names = new Set<string>();
  const nameOf = (id: F) => {
    const node = f.node(id);
    if (node.kind !== 'var') throw new Error('not a variable');
    return node.name;
  };
  for (const [id, domain] of domains) {
    const value = answers[id];
    if (!isAnswered(value as AnswerValue | undefined)) {
      if (!domain.multiple) {
        const none = f.node(domain.answered);
        if (none.kind === 'not') names.add(nameOf(none.arg));
      }
      continue;
    }
    if (domain.multiple) {
      for (const item of value as readonly string[]) names.add(nameOf(domain.vars[domain.values.indexOf(item)]!));
    } else {
      const i = domain.values.findIndex((candidate) => candidate === value);
      if (i < 0) throw new Error(`${id}: ${String(value)} is not in the modelled answer space`);
      names.add(nameOf(domain.vars[i]!));
    }
  }
  return names;
}

/** What the model knows of one question under every assignment. */
export interface QuestionModel {
  readonly visible: F;
  /** The answer is not yet known (evaluate's `open`). */
  readonly open: F;
  /** Asked, required and unanswered. */
  readonly missing: F;
  readonly value: Sym;
  /** `$level.<id>` for a graded question. */
  readonly level?: ValuesSym;
}

type Reader = (path: string, at: string) => Sym;

/**
 * The questionnaire and rules of one pack over one set of domains. Built per set of
 * domains so that a proof can compare two answer sets that differ in one question.
 */
export class Model {
  readonly #questions = new Map<string, QuestionModel>();
  readonly #sections = new Map<string, { value: ValuesSym; dep: F }>();
  readonly #ranks: ReadonlyMap<string, number>;

  constructor(
    readonly pack: Pack,
    readonly f: Formulas,
    readonly domains: ReadonlyMap<string, Domain>,
  ) {
    this.#ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
    checkReads(pack);
    const entries = listQuestions(pack);
    for (const { question, path } of entries) {
      const domain = domains.get(question.id)!;
      let visible: F = TRUE;
      let waits: F = FALSE;
      if (question.showIf !== undefined) {
        const sym = this.evaluate(question.showIf, this.#reader('showIf'), `${pathText(path)}.showIf`);
        const parts = truthParts(f, sym);
        visible = f.or(parts.tg, parts.td);
        waits = f.or(parts.td, parts.fd);
      }
      const missing = f.and(visible, f.not(domain.answered), question.required ? TRUE : FALSE);
      const open = f.or(waits, missing);
      const given = f.and(visible, domain.answered);
      let value: Sym;
      if (domain.multiple) {
        value = {
          kind: 'set',
          options: domain.values as string[],
          member: new Map(domain.values.map((option, i) => [option as string, f.and(visible, domain.vars[i]!)])),
          defined: given,
          dep: open,
        };
      } else {
        value = split(
          f,
          [
            ...domain.values.map((v, i) => ({ value: v, cond: f.and(visible, domain.vars[i]!) })),
            { value: null, cond: f.not(given) },
          ],
          open,
        );
      }
      let level: ValuesSym | undefined;
      if (isGraded(question)) {
        const rank = (v: unknown) => {
          const id = question.options?.find((option) => option.value === v)?.level;
          return id === undefined ? null : (this.#ranks.get(id) ?? null);
        };
        level = split(
          f,
          [
            ...domain.values.map((v, i) => ({ value: rank(v), cond: f.and(visible, domain.vars[i]!) })),
            { value: null, cond: f.not(given) },
          ],
          open,
        );
      }
      this.#questions.set(question.id, { visible, open, missing, value, ...(level ? { level } : {}) });
    }
    // A section's highest graded level, and whether any of its graded answers is open.
    for (const section of pack.questionnaire.sections) {
      let states: Array<{ value: number | null; cond: F }> = [{ value: null, cond: TRUE }];
      const deps: F[] = [];
      for (const question of section.questions) {
        const model = this.#questions.get(question.id)!;
        if (!model.level) continue;
        deps.push(model.open);
        const next = new Map<string, { value: number | null; cond: F }>();
        for (const state of states) {
          for (const entry of model.level.entries) {
            const cond = f.and(state.cond, f.or(entry.g, entry.d));
            if (cond === FALSE) continue;
            const rank = entry.value as number | null;
            const value = rank !== null && (state.value === null || state.value < rank) ? rank : state.value;
            const key = keyOf(value);
            const known = next.get(key);
            next.set(key, { value, cond: known ? f.or(known.cond, cond) : cond });
          }
        }
        states = [...next.values()];
      }
      const dep = f.or(...deps);
      this.#sections.set(section.id, { value: split(f, states, dep), dep });
    }
  }

  question(id: string): QuestionModel {
    return this.#questions.get(id)!;
  }

  /** The section's highest level, as a rule reads `$section.<id>`. */
  section(id: string): { value: ValuesSym; dep: F } {
    return this.#sections.get(id)!;
  }

  /** Some required question that is asked has no answer. */
  incomplete(): F {
    return this.f.or(...[...this.#questions.values()].map((q) => q.missing));
  }

  /** Reads as a rule (`rule`) or a showIf (`showIf`) sees them. */
  #reader(context: 'rule' | 'showIf' | 'floor'): Reader {
    return (path, at) => {
      const read = readOf(path);
      const ignoreDep = context === 'floor';
      const withDep = (sym: Sym, dep: F): Sym => (ignoreDep ? withoutDep(this.f, sym) : redep(this.f, sym, dep));
      if (read.kind === 'outcome') throw new Unsupported(at, `cannot read ${path}`);
      if (read.kind === 'level') {
        const model = this.#questions.get(read.id);
        if (!model?.level || !read.exact) throw new Unsupported(at, `cannot read ${path}`);
        return withDep(model.level, model.open);
      }
      if (read.kind === 'section') {
        const section = this.#sections.get(read.id);
        if (!section || !read.exact) throw new Unsupported(at, `cannot read ${path}`);
        // A showIf's reads of a section never wait (evaluate maps only answers and levels to open questions).
        return withDep(section.value, context === 'rule' ? section.dep : FALSE);
      }
      const model = this.#questions.get(read.id);
      if (!model || !read.exact) throw new Unsupported(at, `cannot read ${path}`);
      return withDep(model.value, model.open);
    };
  }

  /** The value of a rule's condition. */
  rule(logic: unknown, at: string): Sym {
    return this.evaluate(logic, this.#reader('rule'), at);
  }

  /** A floor's condition: over the answers given and asked, whether or not anything is open. */
  condition(logic: unknown, at: string): F {
    const parts = truthParts(this.f, this.evaluate(logic, this.#reader('floor'), at));
    return this.f.or(parts.tg, parts.td);
  }

  evaluate(logic: unknown, read: Reader, at: string, yesNo = true): Sym {
    const f = this.f;
    if (Array.isArray(logic)) {
      const items = logic.map((item, i) => this.evaluate(item, read, `${at}[${i}]`, false));
      return product(f, items, (values) => values, at);
    }
    if (!isLogic(logic)) return constant(logic);
    const op = Object.keys(logic)[0]!;
    const raw = (logic as Record<string, unknown>)[op];
    const args: unknown[] = Array.isArray(raw) ? raw : [raw];
    const argAt = (i: number) => (Array.isArray(raw) ? `${at}.${op}[${i}]` : `${at}.${op}`);
    switch (op) {
      case 'var': {
        const [path, fallback] = args;
        if (typeof path !== 'string' || path === '') throw new Unsupported(at, 'a var must name an answer');
        if (isLogic(fallback) || Array.isArray(fallback)) throw new Unsupported(at, 'a var default must be a constant');
        const sym = read(path, at);
        if (args.length < 2 || fallback === null || fallback === undefined) return sym;
        return mapValues(f, sym, (value) => (value === null ? fallback : value), at);
      }
      case 'and':
      case 'or':
        if (args.length === 0) throw new Unsupported(at, `an empty ${op}`);
        return this.#andOr(
          op,
          args.map((arg, i) => this.evaluate(arg, read, argAt(i), yesNo)),
          yesNo,
        );
      case '!':
      case '!!': {
        const parts = truthParts(f, this.evaluate(args[0], read, argAt(0), true));
        const yes = op === '!!' ? parts : { tg: parts.fg, td: parts.fd, fg: parts.tg, fd: parts.td };
        return values(f, [
          { value: true, g: yes.tg, d: yes.td },
          { value: false, g: yes.fg, d: yes.fd },
        ]);
      }
      case 'some':
      case 'none':
      case 'filter':
      case 'all':
      case 'map':
      case 'reduce':
        return this.#scoped(op, args, read, at, argAt);
      case 'count': {
        const items = args.map((arg, i) => this.evaluate(arg, read, argAt(i), false));
        if (items.length === 1) {
          const only = items[0]!;
          if (only.kind === 'set') return cardinality(f, only);
          return mapValues(f, only, (value) => operate('count', [value])!.value, at);
        }
        return countTruthy(f, items);
      }
      case 'max':
      case 'min':
        return fold(
          f,
          op,
          args.map((arg, i) => this.evaluate(arg, read, argAt(i), false)),
          at,
        );
      case 'in': {
        const [needle, haystack] = args.map((arg, i) => this.evaluate(arg, read, argAt(i), false));
        if (haystack?.kind === 'set' && needle?.kind === 'values') return membership(f, needle, haystack);
        return generic(f, op, [needle ?? constant(undefined), haystack ?? constant(undefined)], at);
      }
      case 'if':
      case '?:':
      case 'missing':
      case 'missing_some':
        throw new Unsupported(at, `the prover does not model "${op}"`);
      default: {
        if (operation(op) === undefined) throw new Unsupported(at, `unknown operator "${op}"`);
        return generic(
          f,
          op,
          args.map((arg, i) => this.evaluate(arg, read, argAt(i), false)),
          at,
        );
      }
    }
  }

  #andOr(op: 'and' | 'or', items: readonly Sym[], yesNo: boolean): Sym {
    const f = this.f;
    // Conditions that every earlier item continued the chain, with no open read so far (p0) or with one (p1).
    let p0: F = TRUE;
    let p1: F = FALSE;
    const out: Entry[] = [];
    const stops = (value: unknown) => (op === 'or' ? truthy(value) : !truthy(value));
    items.forEach((item, i) => {
      const last = i === items.length - 1;
      const cont0: F[] = [];
      const cont1: F[] = [];
      for (const entry of entriesOf(f, item, '')) {
        if (stops(entry.value) || last) {
          // In a yes/no position, a stop rests on the item that stopped the chain alone.
          const alone = yesNo && stops(entry.value);
          out.push(
            alone
              ? { value: entry.value, g: f.and(f.or(p0, p1), entry.g), d: f.and(f.or(p0, p1), entry.d) }
              : {
                  value: entry.value,
                  g: f.and(p0, entry.g),
                  d: f.or(f.and(p1, f.or(entry.g, entry.d)), f.and(p0, entry.d)),
                },
          );
        } else {
          cont0.push(entry.g);
          cont1.push(entry.d);
        }
      }
      if (!last) {
        const g = f.or(...cont0);
        const d = f.or(...cont1);
        const next1 = f.or(f.and(p1, f.or(g, d)), f.and(p0, d));
        p0 = f.and(p0, g);
        p1 = next1;
      }
    });
    return values(f, out);
  }

  #scoped(op: string, args: readonly unknown[], read: Reader, at: string, argAt: (i: number) => string): Sym {
    const f = this.f;
    const source = this.evaluate(args[0], read, argAt(0), false);
    const predicate = args[1];
    if (op === 'map' || op === 'reduce' || op === 'all') {
      if (source.kind === 'set') throw new Unsupported(at, `the prover does not model "${op}" over a multiple choice`);
    }
    if (source.kind === 'values') {
      return mapValues(f, source, (value) => apply({ [op]: [{ var: 'x' }, ...args.slice(1)] }, { x: value }), at);
    }
    // The predicate sees only the element, so it is a fixed property of each option.
    const holds = new Map(source.options.map((option) => [option, truthy(apply(predicate, option))]));
    const matching = source.options.filter((option) => holds.get(option));
    const any = f.or(...matching.map((option) => source.member.get(option)!));
    if (op === 'filter') {
      return {
        kind: 'set',
        options: source.options,
        member: new Map(
          source.options.map((option) => [option, holds.get(option) ? source.member.get(option)! : FALSE]),
        ),
        defined: TRUE,
        dep: source.dep,
      };
    }
    const yes = op === 'some' ? any : f.not(any);
    return split(
      f,
      [
        { value: true, cond: yes },
        { value: false, cond: f.not(yes) },
      ],
      source.dep,
    );
  }
}

function operate(op: string, args: readonly unknown[]): { value: unknown } {
  return { value: operation(op)!(args) };
}

function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${part}`), '$');
}

function constant(value: unknown): ValuesSym {
  return { kind: 'values', entries: [{ value, g: TRUE, d: FALSE }] };
}

/** Entries merged by value, dropping impossible ones. */
function values(f: Formulas, entries: readonly Entry[]): ValuesSym {
  const merged = new Map<string, { value: unknown; g: F[]; d: F[] }>();
  for (const entry of entries) {
    if (entry.g === FALSE && entry.d === FALSE) continue;
    const key = keyOf(entry.value);
    const known = merged.get(key);
    if (known) {
      known.g.push(entry.g);
      known.d.push(entry.d);
    } else merged.set(key, { value: entry.value, g: [entry.g], d: [entry.d] });
  }
  return {
    kind: 'values',
    entries: [...merged.values()].map((m) => ({ value: m.value, g: f.or(...m.g), d: f.or(...m.d) })),
  };
}

/** Values under conditions, each split by whether the read rests on an open answer. */
function split(f: Formulas, list: ReadonlyArray<{ value: unknown; cond: F }>, dep: F): ValuesSym {
  return values(
    f,
    list.map(({ value, cond }) => ({ value, g: f.and(cond, f.not(dep)), d: f.and(cond, dep) })),
  );
}

function redep(f: Formulas, sym: Sym, dep: F): Sym {
  if (sym.kind === 'set') return { ...sym, dep };
  return split(
    f,
    sym.entries.map((entry) => ({ value: entry.value, cond: f.or(entry.g, entry.d) })),
    dep,
  );
}

function withoutDep(f: Formulas, sym: Sym): Sym {
  return redep(f, sym, FALSE);
}

/** A set's values one by one: every subset of a small multiple choice. */
function entriesOf(f: Formulas, sym: Sym, at: string): readonly Entry[] {
  if (sym.kind === 'values') return sym.entries;
  if (sym.options.length > MAX_SUBSET_OPTIONS) {
    throw new Unsupported(at, `a multiple choice with ${sym.options.length} options is used as a whole value`);
  }
  const list: Array<{ value: unknown; cond: F }> = [{ value: null, cond: f.not(sym.defined) }];
  const n = sym.options.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen: string[] = [];
    const conds: F[] = [sym.defined];
    sym.options.forEach((option, i) => {
      const member = sym.member.get(option)!;
      if (mask & (1 << i)) {
        chosen.push(option);
        conds.push(member);
      } else conds.push(f.not(member));
    });
    list.push({ value: chosen, cond: f.and(...conds) });
  }
  return split(f, list, sym.dep).entries;
}

/** Conditions for truthy and falsy, each with known (g) or open (d) reads. */
export function truthParts(f: Formulas, sym: Sym): { tg: F; td: F; fg: F; fd: F } {
  if (sym.kind === 'set') {
    const nonEmpty = f.and(sym.defined, f.or(...sym.member.values()));
    return {
      tg: f.and(nonEmpty, f.not(sym.dep)),
      td: f.and(nonEmpty, sym.dep),
      fg: f.and(f.not(nonEmpty), f.not(sym.dep)),
      fd: f.and(f.not(nonEmpty), sym.dep),
    };
  }
  const tg: F[] = [];
  const td: F[] = [];
  const fg: F[] = [];
  const fd: F[] = [];
  for (const entry of sym.entries) {
    if (truthy(entry.value)) {
      tg.push(entry.g);
      td.push(entry.d);
    } else {
      fg.push(entry.g);
      fd.push(entry.d);
    }
  }
  return { tg: f.or(...tg), td: f.or(...td), fg: f.or(...fg), fd: f.or(...fd) };
}

function mapValues(f: Formulas, sym: Sym, fn: (value: unknown) => unknown, at: string): ValuesSym {
  return values(
    f,
    entriesOf(f, sym, at).map((entry) => ({ value: fn(entry.value), g: entry.g, d: entry.d })),
  );
}

/** Every combination of the arguments' values, with the condition that all its reads are known or that one is open. */
function product(f: Formulas, items: readonly Sym[], combine: (values: unknown[]) => unknown, at: string): ValuesSym {
  let states: Array<{ values: unknown[]; c0: F; c1: F }> = [{ values: [], c0: TRUE, c1: FALSE }];
  for (const item of items) {
    const entries = entriesOf(f, item, at);
    if (states.length * entries.length > MAX_COMBINATIONS)
      throw new Unsupported(at, 'too many combinations of answers to model exactly');
    const next: typeof states = [];
    for (const state of states) {
      for (const entry of entries) {
        const c0 = f.and(state.c0, entry.g);
        const c1 = f.or(f.and(state.c1, f.or(entry.g, entry.d)), f.and(state.c0, entry.d));
        if (c0 === FALSE && c1 === FALSE) continue;
        next.push({ values: [...state.values, entry.value], c0, c1 });
      }
    }
    states = next;
  }
  return values(
    f,
    states.map((state) => ({ value: combine(state.values), g: state.c0, d: state.c1 })),
  );
}

function generic(f: Formulas, op: string, items: readonly Sym[], at: string): ValuesSym {
  return product(f, items, (values) => operate(op, values)!.value, at);
}

/** `in` with a multiple choice as the list: membership of each possible needle. */
function membership(f: Formulas, needle: ValuesSym, set: SetSym): ValuesSym {
  const out: Entry[] = [];
  for (const entry of needle.entries) {
    const member = typeof entry.value === 'string' ? (set.member.get(entry.value) ?? FALSE) : FALSE;
    for (const [value, holds] of [
      [true, member],
      [false, f.not(member)],
    ] as const) {
      out.push({
        value,
        g: f.and(entry.g, holds, f.not(set.dep)),
        d: f.and(holds, f.or(f.and(entry.g, set.dep), entry.d)),
      });
    }
  }
  return values(f, out);
}

/** How many options of a multiple choice are chosen (null counts as none). */
function cardinality(f: Formulas, set: SetSym): ValuesSym {
  let states: F[] = [TRUE];
  for (const option of set.options) {
    const member = set.member.get(option)!;
    const next: F[] = [];
    states.forEach((cond, k) => {
      next[k] = f.or(next[k] ?? FALSE, f.and(cond, f.not(member)));
      next[k + 1] = f.or(next[k + 1] ?? FALSE, f.and(cond, member));
    });
    states = next;
  }
  return split(
    f,
    states.map((cond, k) => ({ value: k, cond })),
    set.dep,
  );
}

/** `count` over several conditions: how many are truthy. */
function countTruthy(f: Formulas, items: readonly Sym[]): ValuesSym {
  let states: Array<{ c0: F; c1: F }> = [{ c0: TRUE, c1: FALSE }];
  for (const item of items) {
    const parts = truthParts(f, item);
    const next: Array<{ c0: F[]; c1: F[] }> = [];
    const add = (k: number, c0: F, c1: F) => {
      next[k] ??= { c0: [], c1: [] };
      next[k].c0.push(c0);
      next[k].c1.push(c1);
    };
    states.forEach((state, k) => {
      for (const [step, g, d] of [
        [1, parts.tg, parts.td],
        [0, parts.fg, parts.fd],
      ] as const) {
        add(k + step, f.and(state.c0, g), f.or(f.and(state.c1, f.or(g, d)), f.and(state.c0, d)));
      }
    });
    states = next.map((state) => ({ c0: f.or(...(state?.c0 ?? [])), c1: f.or(...(state?.c1 ?? [])) }));
  }
  return values(
    f,
    states.map((state, k) => ({ value: k, g: state.c0, d: state.c1 })),
  );
}

/** `max` / `min` folded pairwise, which is what Math.max over all arguments computes. */
function fold(f: Formulas, op: 'max' | 'min', items: readonly Sym[], at: string): ValuesSym {
  if (items.length === 0) return constant(operate(op, [])!.value);
  let acc = mapValues(f, items[0]!, (value) => operate(op, [value])!.value, at);
  for (const item of items.slice(1)) acc = product(f, [acc, item], (pair) => operate(op, pair)!.value, at);
  return acc;
}

/**
 * A number or note answer may only be compared with constants (or tested for being
 * given): then a handful of representative answers stand exactly for all of them.
 */
const readsChecked = new WeakSet<Pack>();
function checkReads(pack: Pack): void {
  // A proof builds more than one model of a pack (monotonicity compares two); its logic is checked once.
  if (readsChecked.has(pack)) return;
  const kinds = new Map(listQuestions(pack).map(({ question }) => [question.id, question.type]));
  const visit = (logic: unknown, at: string, parent: string | undefined, siblings: readonly unknown[]) => {
    if (Array.isArray(logic)) {
      logic.forEach((item, i) => visit(item, `${at}[${i}]`, parent, []));
      return;
    }
    if (!isLogic(logic)) return;
    const op = Object.keys(logic)[0]!;
    const raw = (logic as Record<string, unknown>)[op];
    if (op === 'var') {
      const path = Array.isArray(raw) ? raw[0] : raw;
      const type = typeof path === 'string' ? kinds.get(path) : undefined;
      if (type !== 'number' && type !== 'text') return;
      const constants = siblings.every((sibling) => !isLogic(sibling) && !Array.isArray(sibling));
      const allowed = parent === undefined || TRUTH.has(parent) || (COMPARISONS.has(parent) && constants);
      if (!allowed)
        throw new Unsupported(
          at,
          `the ${type} answer "${path}" is used in "${parent}", not only compared with constants`,
        );
      return;
    }
    const args: unknown[] = Array.isArray(raw) ? raw : [raw];
    args.forEach((arg, i) =>
      visit(
        arg,
        Array.isArray(raw) ? `${at}.${op}[${i}]` : `${at}.${op}`,
        op,
        args.filter((_, j) => j !== i),
      ),
    );
  };
  pack.rules.forEach((rule, i) => {
    if (rule.kind !== 'advice') visit(rule.when, `$.rules[${i}].when`, undefined, []);
  });
  (pack.floors ?? []).forEach((floor, i) => visit(floor.when, `$.floors[${i}].when`, undefined, []));
  listQuestions(pack).forEach(({ question, path }) => {
    if (question.showIf !== undefined) visit(question.showIf, `${pathText(path)}.showIf`, undefined, []);
  });
  readsChecked.add(pack);
}
