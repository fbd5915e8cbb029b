/**
 * A JSON-Logic evaluator that gives the same results as json-logic-js 2.0.5, with two safety
 * differences:
 *
 * - `var` (and `missing`, which reads through `var`) only follows own properties, so a rule cannot
 *   reach inherited members such as `constructor` or `__proto__`.
 * - Operators come from one fixed table (standard plus `CUSTOM_OPERATIONS`); there is no dotted
 *   sub-operation lookup and nothing can be added from rule content. Unknown operators throw
 *   `LogicError`.
 *
 * It never builds code from strings, so it runs under a strict Content-Security-Policy.
 *
 * One compiler turns logic into closures once, over one operation table (`TABLE`) and one `var`
 * reader (`readVar`). Its hooks: with recording on, each node also records what it evaluated
 * and reads are reported (`applyWithTrace`: explanations, undecided rules, the Rule Lab); with
 * a resolver, reads go straight to slots (`compileResolved`: tallies). The conformance suite
 * holds every mode to json-logic-js.
 */
import { CUSTOM_OPERATIONS, truthy } from './operations.js';

export { truthy };

export type JsonLogic = unknown;

export interface TraceNode {
  /** operator name, or 'value' for a literal / non-logic value, or 'array' for an array literal that was mapped */
  readonly op: string;
  /** the result of this node */
  readonly value: unknown;
  /**
   * Child nodes in evaluation order, only those actually evaluated (short-circuit respected).
   * Scoped operators (filter/map/all/none/some/reduce) have `[dataNode, ...one node per element
   * evaluation]`; `reduce` with an initial value has `[dataNode, initialNode, ...elements]`.
   */
  readonly children: readonly TraceNode[];
  /** for op 'var': the path read (`String(a)`, or '' when the whole data object was read) */
  readonly path?: string;
  /** for op 'var': whether it was read inside the 2nd argument of filter/map/reduce/all/none/some */
  readonly scoped?: boolean;
}

export interface ApplyOptions {
  /** build and return a trace tree (`apply` then returns `{ value, trace }`) */
  readonly trace?: boolean;
  /**
   * Called for every `var` read (and every key `missing`/`missing_some` look up) that is NOT inside a
   * scoped context, with the path and the value found (null when not found, whatever default the rule
   * gives). Used to know which answers an evaluation depended on.
   */
  readonly onRead?: (path: string, value: unknown) => void;
}

export interface TraceResult {
  readonly value: unknown;
  readonly trace: TraceNode;
}

export class LogicError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogicError';
  }
}

type OnRead = ((path: string, value: unknown) => void) | undefined;
type Operation = (args: readonly unknown[]) => unknown;

const hasOwn = Object.prototype.hasOwnProperty;
const isArray = Array.isArray;
const EMPTY: readonly TraceNode[] = Object.freeze([]);

/**
 * json-logic-js feeds every operand of `+` and `*` through `parseFloat`. For a number that is the
 * identity except that -0 becomes 0 (String(-0) is "0"), and skipping the string round trip is the
 * main saving on arithmetic.
 */
function num(value: unknown): number {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  return parseFloat(value as string);
}

// Casts below only quieten the type checker: operands keep JavaScript's own coercions, exactly as
// json-logic-js applies them.
const STANDARD: Record<string, Operation> = {
  '==': (v) => v[0] == v[1],
  '===': (v) => v[0] === v[1],
  '!=': (v) => v[0] != v[1],
  '!==': (v) => v[0] !== v[1],
  '>': (v) => (v[0] as number) > (v[1] as number),
  '>=': (v) => (v[0] as number) >= (v[1] as number),
  '<': (v) => lessThan(v[0], v[1], v[2]),
  '<=': (v) => lessOrEqual(v[0], v[1], v[2]),
  '!!': (v) => truthy(v[0]),
  '!': (v) => !truthy(v[0]),
  '%': (v) => (v[0] as number) % (v[1] as number),
  // Returns its argument without printing: evaluation has no side effects.
  log: (v) => v[0],
  in: (v) => isIn(v[0], v[1]),
  cat: (v) => v.join(''),
  substr: (v) => {
    const start = v[1] as number;
    const end = v[2] as number;
    if (end < 0) {
      // PHP-style negative length, as json-logic-js emulates it.
      const temp = String(v[0]).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(v[0]).substr(start, end);
  },
  '+': (v) => {
    let sum = 0;
    for (let i = 0; i < v.length; i++) sum = sum + num(v[i]);
    return sum;
  },
  '*': (v) => {
    // Array.prototype.reduce without an initial value: throws on no operands and returns a lone
    // operand untouched (no parseFloat).
    if (v.length === 0) throw new TypeError('Reduce of empty array with no initial value');
    let product: unknown = v[0];
    for (let i = 1; i < v.length; i++) product = num(product) * num(v[i]);
    return product;
  },
  '-': (v) => (v[1] === undefined ? -(v[0] as number) : (v[0] as number) - (v[1] as number)),
  '/': (v) => (v[0] as number) / (v[1] as number),
  min: (v) => Math.min.apply(null, v as number[]),
  max: (v) => Math.max.apply(null, v as number[]),
  merge: (v) => {
    let out: unknown[] = [];
    for (let i = 0; i < v.length; i++) out = out.concat(v[i]);
    return out;
  },
};

function lessThan(a: unknown, b: unknown, c: unknown): boolean {
  return c === undefined
    ? (a as number) < (b as number)
    : (a as number) < (b as number) && (b as number) < (c as number);
}

function lessOrEqual(a: unknown, b: unknown, c: unknown): boolean {
  return c === undefined
    ? (a as number) <= (b as number)
    : (a as number) <= (b as number) && (b as number) <= (c as number);
}

function isIn(a: unknown, b: unknown): boolean {
  // Strings and arrays both have indexOf; anything else (numbers, plain objects) is "not in".
  const list = b as { indexOf?: (item: unknown) => number } | null | undefined;
  if (!list || typeof list.indexOf === 'undefined') return false;
  return list.indexOf(a) !== -1;
}

/** Control-flow and data-reading operators, which the interpreter handles itself. */
const SPECIAL = [
  'if',
  '?:',
  'and',
  'or',
  'filter',
  'map',
  'reduce',
  'all',
  'none',
  'some',
  'var',
  'missing',
  'missing_some',
] as const;

// A null prototype plus own-property lookups keep names like "constructor" or "toString" from
// resolving to anything.
const TABLE: Record<string, Operation> = Object.create(null) as Record<string, Operation>;
for (const name of Object.keys(STANDARD)) TABLE[name] = STANDARD[name] as Operation;
for (const name of Object.keys(CUSTOM_OPERATIONS)) {
  const fn = CUSTOM_OPERATIONS[name] as (...args: unknown[]) => unknown;
  TABLE[name] = (v) => fn(...(v as unknown[]));
}

/** Every operator name this evaluator accepts (standard + custom). */
export const OPERATORS: ReadonlySet<string> = new Set<string>([...SPECIAL, ...Object.keys(TABLE)]);

function lookup(op: string): Operation | undefined {
  return hasOwn.call(TABLE, op) ? TABLE[op] : undefined;
}

/**
 * The function behind a non-scoped operation, applied to values already evaluated exactly
 * as a rule would apply it; undefined for control-flow and data-reading operators. The
 * prover computes every operation through this, so its model of a rule cannot drift from
 * the evaluator.
 */
export function operation(op: string): ((args: readonly unknown[]) => unknown) | undefined {
  return lookup(op);
}

function unknownOperation(op: string): LogicError {
  return new LogicError(`Unrecognized operation ${op}`);
}

/**
 * The operator of a logic node, or undefined when the value is not logic. Equivalent to
 * json-logic-js `is_logic` + `get_operator` (exactly one own enumerable key) without allocating the
 * key array on every node.
 */
function operatorOf(value: object): string | undefined {
  let op: string | undefined;
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue;
    if (op !== undefined) return undefined;
    op = key;
  }
  return op;
}

/** A plain object with exactly one key, as json-logic-js `is_logic`. */
export function isLogic(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value) && operatorOf(value) !== undefined;
}

/**
 * json-logic-js `var`, reading only own properties at each step. `read` is reported the raw value
 * found (null when absent), not the rule's default.
 */
function readVar(data: unknown, a: unknown, b: unknown, read: OnRead): unknown {
  if (a === undefined || a === '' || a === null) {
    if (read !== undefined) read('', data);
    return data;
  }
  const path = String(a);
  let current: unknown = data;
  if (path.indexOf('.') === -1) {
    current =
      current === null || current === undefined || !hasOwn.call(current, path)
        ? undefined
        : (current as Record<string, unknown>)[path];
  } else {
    const parts = path.split('.');
    for (let i = 0; i < parts.length; i++) {
      const key = parts[i] as string;
      if (current === null || current === undefined || !hasOwn.call(current, key)) {
        current = undefined;
        break;
      }
      current = (current as Record<string, unknown>)[key];
      if (current === undefined) break;
    }
  }
  if (current === undefined) {
    if (read !== undefined) read(path, null);
    return b === undefined ? null : b;
  }
  if (read !== undefined) read(path, current);
  return current;
}

/**
 * json-logic-js implements `missing` by applying `{"var": key}` to each key, so a key that is an
 * array is read as `[path, default]` and a key that is itself logic is evaluated first. This mirrors
 * that without building the intermediate rule.
 */
function lookUpKey(key: unknown, data: unknown, read: OnRead): unknown {
  let a: unknown;
  let b: unknown;
  if (isArray(key)) {
    for (let i = 0; i < key.length; i++) {
      const v = runTraced(key[i], data, read).value;
      if (i === 0) a = v;
      else if (i === 1) b = v;
    }
  } else {
    a = runTraced(key, data, read).value;
  }
  return readVar(data, a, b, read);
}

function missing(args: readonly unknown[], data: unknown, read: OnRead): unknown[] {
  const first = args[0];
  const keys: readonly unknown[] = isArray(first) ? first : args;
  const out: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = lookUpKey(key, data, read);
    if (value === null || value === '') out.push(key);
  }
  return out;
}

function missingSome(needCount: unknown, options: unknown, data: unknown, read: OnRead): unknown[] {
  // json-logic-js re-applies `{"missing": options}`, so the (already evaluated) options are
  // evaluated once more as logic.
  const args: unknown[] = [];
  if (isArray(options)) {
    for (let i = 0; i < options.length; i++) args.push(runTraced(options[i], data, read).value);
  } else {
    args.push(runTraced(options, data, read).value);
  }
  const areMissing = missing(args, data, read);
  // `options.length` throws on null/undefined exactly as json-logic-js does.
  if ((options as { length: number }).length - areMissing.length >= (needCount as number)) return [];
  return areMissing;
}

export type Compiled = (data: unknown) => unknown;

/**
 * Gives a reader for a literal `var` path read at the top level (outside filter, map and the
 * like), or undefined when the path cannot be resolved ahead of time. The reader returns
 * undefined for "no value", exactly as an own-property walk of the data would.
 */
export type Resolver = (path: string) => ((data: unknown) => unknown) | undefined;

/** Thrown while compiling against a resolver that cannot place some read. */
class Unresolved extends Error {}

const isLiteral = (value: unknown) => typeof value !== 'object' || value === null;

const constant =
  (value: unknown): Compiled =>
  () =>
    value;

/** A property read through own properties only, the path split once. */
function reader(path: string): (data: unknown) => unknown {
  const parts = path.split('.');
  if (parts.length === 1) {
    return (data) =>
      data === null || data === undefined || !hasOwn.call(data, path)
        ? undefined
        : (data as Record<string, unknown>)[path];
  }
  if (parts.length === 2) {
    const [first, second] = parts as [string, string];
    return (data) => {
      if (data === null || data === undefined || !hasOwn.call(data, first)) return undefined;
      const inner = (data as Record<string, unknown>)[first];
      return inner === null || inner === undefined || !hasOwn.call(inner, second)
        ? undefined
        : (inner as Record<string, unknown>)[second];
    };
  }
  return (data) => {
    let current: unknown = data;
    for (let i = 0; i < parts.length; i++) {
      const key = parts[i] as string;
      if (current === null || current === undefined || !hasOwn.call(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
      if (current === undefined) return undefined;
    }
    return current;
  };
}

/** A comparison against a literal, the shape nearly every threshold rule has. */
function comparison(op: string, a: Compiled, literal: unknown): Compiled | undefined {
  // JavaScript's own coercion, as json-logic-js relies on; `number` only satisfies the compiler.
  const b = literal as number;
  switch (op) {
    case '==':
      return (data) => a(data) == b;
    case '===':
      return (data) => a(data) === b;
    case '!=':
      return (data) => a(data) != b;
    case '!==':
      return (data) => a(data) !== b;
    case '>':
      return (data) => (a(data) as number) > b;
    case '>=':
      return (data) => (a(data) as number) >= b;
    case '<':
      return (data) => (a(data) as number) < b;
    case '<=':
      return (data) => (a(data) as number) <= b;
    default:
      return undefined;
  }
}

const BINARY: Record<string, (a: unknown, b: unknown) => unknown> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  in: isIn,
};

/**
 * A compiler with its own cache. With a resolver, top-level `var` reads go through it (so
 * the data can be any layout the resolver knows, such as an array of slots) and anything it
 * cannot place makes the compilation fail; logic scoped to a list element always reads the
 * element as plain data.
 */
function compiler(resolve: Resolver | undefined, traced: Traced = false): (logic: JsonLogic) => Compiled {
  const cache = new WeakMap<object, Compiled>();
  // Logic inside filter, map and the like reads the element as plain data; traced, its reads are scoped.
  const scopedCompile: (logic: JsonLogic) => Compiled = traced
    ? (logic) => tracedScoped(logic)
    : resolve === undefined
      ? compile
      : plain;
  /** Reads outside scoped logic are reported to the traced form's hook. */
  const hookOf = (): OnRead => (traced === 'top' ? hook : undefined);

  function args(raw: unknown, count?: number): Compiled[] {
    if (!isArray(raw)) return [compile(raw)];
    return (count === undefined ? raw : raw.slice(0, count)).map(compile);
  }

  /** Operand i as `argAt` gives it: undefined when there is none. */
  const operand = (list: readonly Compiled[], i: number): Compiled => list[i] ?? constant(undefined);

  /** Operands past those an operator uses, still evaluated for their errors. */
  function extras(raw: unknown, from: number): Compiled | undefined {
    if (!isArray(raw) || raw.length <= from) return undefined;
    const rest = raw.slice(from).map(compile);
    return (data) => {
      for (let i = 0; i < rest.length; i++) rest[i]!(data);
    };
  }

  function binary(op: string, raw: unknown): Compiled {
    if (!traced && isArray(raw) && raw.length === 2 && isLiteral(raw[1])) {
      const fast = comparison(op, compile(raw[0]), raw[1]);
      if (fast !== undefined) return fast;
    }
    const fn = BINARY[op]!;
    const list = args(raw, 2);
    const a = operand(list, 0);
    const b = operand(list, 1);
    const rest = extras(raw, 2);
    if (rest === undefined) return (data) => fn(a(data), b(data));
    return (data) => {
      const x = a(data);
      const y = b(data);
      rest(data);
      return fn(x, y);
    };
  }

  function variable(raw: unknown): Compiled {
    const first = isArray(raw) ? raw[0] : raw;
    const fallback = isArray(raw) ? raw[1] : undefined;
    const rest = extras(raw, 2);
    // The common case: a literal path and a literal (or no) default.
    if (
      !traced &&
      rest === undefined &&
      isLiteral(first) &&
      isLiteral(fallback) &&
      !(isArray(raw) && raw.length === 0)
    ) {
      const whole = first === undefined || first === '' || first === null;
      if (resolve === undefined && whole) return (data) => data;
      const read = whole ? undefined : resolve === undefined ? reader(String(first)) : resolve(String(first));
      if (read === undefined) throw new Unresolved();
      const otherwise = fallback === undefined ? null : fallback;
      return (data) => {
        const value = read(data);
        return value === undefined ? otherwise : value;
      };
    }
    if (resolve !== undefined) throw new Unresolved();
    const list = args(raw, 2);
    const a = operand(list, 0);
    const b = operand(list, 1);
    return (data) => {
      const path = a(data);
      const otherwise = b(data);
      if (rest !== undefined) rest(data);
      return readVar(data, path, otherwise, hookOf());
    };
  }

  function scoped(op: string, raw: unknown): Compiled {
    const items = isArray(raw) ? operand(raw.length > 0 ? [compile(raw[0])] : [], 0) : compile(raw);
    const logic = scopedCompile(isArray(raw) ? raw[1] : undefined);
    switch (op) {
      case 'filter':
        return (data) => {
          const list = items(data);
          if (!isArray(list)) return [];
          const out: unknown[] = [];
          for (let i = 0; i < list.length; i++) if (truthy(logic(list[i]))) out.push(list[i]);
          return out;
        };
      case 'map':
        return (data) => {
          const list = items(data);
          if (!isArray(list)) return [];
          const out: unknown[] = [];
          for (let i = 0; i < list.length; i++) out.push(logic(list[i]));
          return out;
        };
      case 'reduce': {
        const raw2 = isArray(raw) ? raw[2] : undefined;
        const initial = raw2 !== undefined ? compile(raw2) : constant(null);
        return (data) => {
          const list = items(data);
          let accumulator = initial(data);
          if (!isArray(list)) return accumulator;
          for (let i = 0; i < list.length; i++) accumulator = logic({ current: list[i], accumulator });
          return accumulator;
        };
      }
      case 'all':
        return (data) => {
          const list = items(data);
          if (!isArray(list) || !list.length) return false;
          for (let i = 0; i < list.length; i++) if (!truthy(logic(list[i]))) return false;
          return true;
        };
      case 'none':
        return (data) => {
          const list = items(data);
          if (!isArray(list) || !list.length) return true;
          for (let i = 0; i < list.length; i++) if (truthy(logic(list[i]))) return false;
          return true;
        };
      default:
        return (data) => {
          const list = items(data);
          if (!isArray(list) || !list.length) return false;
          for (let i = 0; i < list.length; i++) if (truthy(logic(list[i]))) return true;
          return false;
        };
    }
  }

  function node(op: string, raw: unknown): Compiled {
    switch (op) {
      case 'var':
        return variable(raw);
      case 'and':
      case 'or': {
        if (!isArray(raw) && !traced) return compile(raw);
        const parts = (isArray(raw) ? raw : [raw]).map(compile);
        const wanted = op === 'or';
        return (data) => {
          let current: unknown;
          for (let i = 0; i < parts.length; i++) {
            current = parts[i]!(data);
            if ((typeof current === 'boolean' ? current : truthy(current)) === wanted) return current;
          }
          return current;
        };
      }
      case 'if':
      case '?:': {
        if (!isArray(raw) && !traced) return compile(raw);
        const parts = (isArray(raw) ? raw : [raw]).map(compile);
        return (data) => {
          let i = 0;
          for (; i < parts.length - 1; i += 2) if (truthy(parts[i]!(data))) return parts[i + 1]!(data);
          return parts.length === i + 1 ? parts[i]!(data) : null;
        };
      }
      case '==':
      case '===':
      case '!=':
      case '!==':
      case '>':
      case '>=':
      case 'in':
        return binary(op, raw);
      case '<':
      case '<=': {
        if (!traced && isArray(raw) && raw.length === 2 && isLiteral(raw[1]))
          return comparison(op, compile(raw[0]), raw[1])!;
        const list = args(raw, 3);
        const a = operand(list, 0);
        const b = operand(list, 1);
        const c = operand(list, 2);
        const rest = extras(raw, 3);
        const compare = op === '<' ? lessThan : lessOrEqual;
        return (data) => {
          const x = a(data);
          const y = b(data);
          const z = c(data);
          if (rest !== undefined) rest(data);
          return compare(x, y, z);
        };
      }
      case '!':
      case '!!': {
        const a = operand(args(raw, 1), 0);
        const rest = extras(raw, 1);
        const negate = op === '!';
        return (data) => {
          const value = a(data);
          if (rest !== undefined) rest(data);
          return truthy(value) !== negate;
        };
      }
      case 'missing': {
        if (resolve !== undefined) throw new Unresolved();
        const list = args(raw);
        return (data) => {
          const keys: unknown[] = [];
          for (let i = 0; i < list.length; i++) keys.push(list[i]!(data));
          return missing(keys, data, hookOf());
        };
      }
      case 'missing_some': {
        if (resolve !== undefined) throw new Unresolved();
        const list = args(raw, 2);
        const need = operand(list, 0);
        const options = operand(list, 1);
        const rest = extras(raw, 2);
        return (data) => {
          const n = need(data);
          const o = options(data);
          if (rest !== undefined) rest(data);
          return missingSome(n, o, data, hookOf());
        };
      }
      case 'filter':
      case 'map':
      case 'reduce':
      case 'all':
      case 'none':
      case 'some':
        return scoped(op, raw);
      default: {
        const fn = lookup(op);
        const list = args(raw);
        return (data) => {
          const values: unknown[] = [];
          for (let i = 0; i < list.length; i++) values.push(list[i]!(data));
          if (fn === undefined) throw unknownOperation(op);
          return fn(values);
        };
      }
    }
  }

  function compile(logic: JsonLogic): Compiled {
    if (typeof logic !== 'object' || logic === null)
      return traced ? recorded('value', constant(logic)) : constant(logic);
    const cached = cache.get(logic);
    if (cached !== undefined) return cached;
    let compiled: Compiled;
    if (isArray(logic)) {
      const parts = logic.map(compile);
      compiled = (data) => {
        const out: unknown[] = [];
        for (let i = 0; i < parts.length; i++) out.push(parts[i]!(data));
        return out;
      };
      if (traced) compiled = recorded('array', compiled);
    } else {
      const op = operatorOf(logic);
      if (op === undefined) compiled = traced ? recorded('value', constant(logic)) : constant(logic);
      else {
        const raw = (logic as Record<string, unknown>)[op];
        compiled = node(op, raw);
        if (traced) compiled = op === 'var' ? recordedVar(compiled, traced === 'scoped') : recorded(op, compiled);
      }
    }
    cache.set(logic, compiled);
    return compiled;
  }

  return compile;
}

const plain = compiler(undefined);

// ---------------------------------------------------------------------------------------------
// The traced form is the same compiler with recording on: each compiled node pushes a TraceNode
// (operator, value, the children it evaluated) into the frame of its parent, and reads outside
// scoped logic go to the hook. Short-circuits need no care: what is not evaluated is not recorded.
// Fast paths that skip compiling a literal operand are off, so every operand has its node.

/** Whether a compiler records: not at all, at the top level, or inside filter/map/some/… logic. */
type Traced = false | 'top' | 'scoped';

/** The children being collected for the node under evaluation; the hook for reads. */
let frame: TraceNode[] = [];
let hook: OnRead;

/** Runs `inner` collecting the nodes its operands record, then records its own node in the parent's frame. */
function recording(inner: Compiled, make: (value: unknown, children: TraceNode[]) => TraceNode): Compiled {
  return (data) => {
    const parent = frame;
    const children: TraceNode[] = [];
    frame = children;
    let value: unknown;
    try {
      value = inner(data);
    } finally {
      frame = parent;
    }
    parent.push(make(value, children));
    return value;
  };
}

function recorded(op: string, inner: Compiled): Compiled {
  return recording(inner, (value, children) => ({ op, value, children: children.length > 0 ? children : EMPTY }));
}

/** A `var` node also carries the path it read (its first operand's value) and whether it was scoped. */
function recordedVar(inner: Compiled, scoped: boolean): Compiled {
  return recording(inner, (value, children) => {
    const a = children[0]?.value;
    return { op: 'var', value, children, path: a === undefined || a === '' || a === null ? '' : String(a), scoped };
  });
}

const tracedTop = compiler(undefined, 'top');
const tracedScoped = compiler(undefined, 'scoped');

/** Runs traced logic apart from any trace being recorded, reporting reads to `read`. */
function runTraced(logic: JsonLogic, data: unknown, read: OnRead): TraceNode {
  const parentFrame = frame;
  const parentHook = hook;
  const root: TraceNode[] = [];
  frame = root;
  hook = read;
  try {
    tracedTop(logic)(data);
  } finally {
    frame = parentFrame;
    hook = parentHook;
  }
  return root[0]!;
}

/**
 * The logic as a function of the data, made once per logic node. Evaluating the result gives
 * what `apply(logic, data)` gives, errors included (an unknown operator throws when reached,
 * not when compiled).
 */
export function compile(logic: JsonLogic): Compiled {
  return plain(logic);
}

/**
 * Compiles logic whose top-level reads all go through `resolve` (see `Resolver`), or gives
 * undefined when some read cannot: a dynamic `var` path, the whole data object, `missing`, or
 * a path the resolver does not know. Calls with the same resolver share one cache.
 */
export function compileResolved(logic: JsonLogic, resolve: Resolver): Compiled | undefined {
  let compile = resolvedCompilers.get(resolve);
  if (compile === undefined) {
    compile = compiler(resolve);
    resolvedCompilers.set(resolve, compile);
  }
  try {
    return compile(logic);
  } catch (error) {
    if (error instanceof Unresolved) return undefined;
    throw error;
  }
}

const resolvedCompilers = new WeakMap<Resolver, (logic: JsonLogic) => Compiled>();

/** Evaluates `logic` against `data`; with `{ trace: true }` returns `{ value, trace }` instead. */
export function apply(logic: JsonLogic, data: unknown, options: ApplyOptions & { readonly trace: true }): TraceResult;
export function apply(logic: JsonLogic, data?: unknown, options?: ApplyOptions): unknown;
export function apply(logic: JsonLogic, data?: unknown, options?: ApplyOptions): unknown {
  if (options === undefined || (options.trace !== true && options.onRead === undefined)) return compile(logic)(data);
  // Reads are reported by the traced form; the compiled form carries no hooks.
  if (options.trace === true) return applyWithTrace(logic, data, options);
  return applyWithTrace(logic, data, options).value;
}

export function applyWithTrace(logic: JsonLogic, data?: unknown, options?: Omit<ApplyOptions, 'trace'>): TraceResult {
  const root = runTraced(logic, data, options?.onRead);
  return { value: root.value, trace: root };
}

export interface LogicNodeVisit {
  readonly op: string;
  /** the operator's arguments, always as an array (a single non-array argument is wrapped) */
  readonly args: readonly unknown[];
  /**
   * JSON path from the root to this node's arguments: the node's location followed by its operator
   * key, e.g. `['and', 1, 'var']` for the `var` in `{"and": [x, {"var": "a"}]}`. Array indices are
   * numbers; a single non-array argument adds no index.
   */
  readonly path: readonly (string | number)[];
  /** inside the 2nd argument of filter/map/reduce/all/none/some, where `var` reads the element */
  readonly scoped: boolean;
}

const SCOPED_OPERATORS: ReadonlySet<string> = new Set(['filter', 'map', 'reduce', 'all', 'none', 'some']);

/**
 * Static walk for validation, without evaluating anything: visits every operator node (known or
 * not) in document order, including nodes nested in array literals.
 */
/**
 * The names an operation reads from the data, as written (`var`, `missing`, `missing_some`);
 * none for any other operator. A computed name (itself logic) comes back as that logic.
 */
export function namesRead(op: string, args: readonly unknown[]): readonly unknown[] {
  if (op === 'var') return [args[0]];
  if (op === 'missing') return Array.isArray(args[0]) ? args[0] : args;
  if (op === 'missing_some' && Array.isArray(args[1])) return args[1];
  return [];
}

export function walkLogic(logic: JsonLogic, visit: (node: LogicNodeVisit) => void): void {
  walk(logic, [], false, visit);
}

/**
 * Where a rule holds an object that is not an operation (no key, or several): JSON-Logic
 * reads it as a constant, always true, which is never what a rule author meant, e.g.
 * `{"==": [...], "in": [...]}` for two tests that should have been inside an `and`.
 * Each entry is the object's path and its keys.
 */
export function nonOperationObjects(
  logic: JsonLogic,
): Array<{ readonly path: readonly (string | number)[]; readonly keys: readonly string[] }> {
  const found: Array<{ path: readonly (string | number)[]; keys: readonly string[] }> = [];
  const visitValue = (value: unknown, at: readonly (string | number)[]): void => {
    if (typeof value !== 'object' || value === null) return;
    if (isArray(value)) {
      value.forEach((item, i) => visitValue(item, [...at, i]));
      return;
    }
    const op = operatorOf(value);
    if (op === undefined) {
      found.push({ path: at, keys: Object.keys(value) });
      return;
    }
    visitValue((value as Record<string, unknown>)[op], [...at, op]);
  };
  visitValue(logic, []);
  return found;
}

function walk(
  logic: unknown,
  at: readonly (string | number)[],
  scoped: boolean,
  visit: (node: LogicNodeVisit) => void,
): void {
  if (typeof logic !== 'object' || logic === null) return;
  if (isArray(logic)) {
    for (let i = 0; i < logic.length; i++) walk(logic[i], [...at, i], scoped, visit);
    return;
  }
  const op = operatorOf(logic);
  if (op === undefined) return;
  const raw = (logic as Record<string, unknown>)[op];
  const path = [...at, op];
  const args: readonly unknown[] = isArray(raw) ? raw : [raw];
  visit({ op, args, path, scoped });
  if (!isArray(raw)) {
    walk(raw, path, scoped, visit);
    return;
  }
  const scopes = SCOPED_OPERATORS.has(op);
  for (let i = 0; i < raw.length; i++) walk(raw[i], [...path, i], scoped || (scopes && i === 1), visit);
}
