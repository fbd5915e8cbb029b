import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  apply,
  applyWithTrace,
  isLogic,
  LogicError,
  OPERATORS,
  truthy,
  walkLogic,
  type TraceNode,
} from '../../src/engine/logic.js';
import { CUSTOM_OPERATIONS, registerCustomOperations } from '../../src/engine/operations.js';

registerCustomOperations(jsonLogic);

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

function run(fn: () => unknown): Outcome {
  try {
    return { ok: true, value: fn() };
  } catch {
    return { ok: false };
  }
}

/** Same value (NaN equals NaN, -0 differs from 0), or both threw. */
function agree(a: Outcome, b: Outcome): boolean {
  if (a.ok && b.ok) return isDeepStrictEqual(a.value, b.value);
  return a.ok === b.ok;
}

function reference(rule: unknown, data: unknown): unknown {
  return jsonLogic.apply(rule as never, data);
}

// ---------------------------------------------------------------------------------------------
// Generators. Keys are drawn from a fixed, prototype-free vocabulary so the only differences left
// between the two evaluators are the deliberate ones, which have their own tests below.

const TOP_KEYS = ['name', 'age', 'score', 'flag', 'note', 'factors', 'tags', 'nested', 'empty'] as const;
const PATHS = [
  ...TOP_KEYS,
  'nested.level',
  'nested.items',
  'nested.deep.value',
  'factors.0',
  'factors.1',
  'factors.length',
  'name.length',
  'name.0',
  'absent',
  'absent.child',
  'age.child',
  '',
] as const;
const ELEMENT_PATHS = ['', 'current', 'accumulator', 'length', '0', 'absent'] as const;
const WORDS = ['', 'a', 'b', 'abc', 'neglect', 'school', '0', '1', '2.5', 'true', 'null', ' '];

const scalar = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(0, -0, 1.5, -2.25, 100),
  fc.boolean(),
  fc.constant(null),
);
const stringList = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 });

const dataArb = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...WORDS), fc.constant(null)),
    age: fc.oneof(fc.integer({ min: -1, max: 18 }), fc.constant(null)),
    score: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double({ min: -10, max: 10, noNaN: true })),
    flag: fc.oneof(fc.boolean(), fc.constantFrom('yes', 'no', 'unsure')),
    note: scalar,
    factors: stringList,
    tags: fc.oneof(stringList, fc.constant([])),
    nested: fc.record(
      {
        level: fc.integer({ min: 0, max: 4 }),
        items: stringList,
        deep: fc.record({ value: scalar }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    empty: fc.constantFrom('', null, [] as string[], 0),
  },
  { requiredKeys: [] },
);

const varArb = fc.oneof(
  fc.constantFrom(...PATHS).map((path) => ({ var: path })),
  fc.tuple(fc.constantFrom(...PATHS), scalar).map(([path, fallback]) => ({ var: [path, fallback] })),
);
const elementVarArb = fc.constantFrom(...ELEMENT_PATHS).map((path) => ({ var: path }));
const listArb = fc.oneof(
  fc.constantFrom('factors', 'tags', 'nested.items', 'name', 'absent', 'age').map((path) => ({ var: path })),
  stringList,
);

const BINARY = ['==', '!=', '===', '!==', '>', '>=', '<', '<=', 'in', '/', '%', '-'] as const;
const VARIADIC = ['and', 'or', 'if', '?:', 'cat', '+', '*', 'min', 'max', 'merge', 'count', '-'] as const;
const UNARY = ['!', '!!'] as const;
const SCOPED = ['some', 'all', 'none', 'filter', 'map'] as const;

const { rule: ruleArb } = fc.letrec<{ rule: unknown; element: unknown; operation: unknown }>((tie) => ({
  rule: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, varArb, tie('operation')),
  // Logic evaluated against one list element (a string) or the reduce record.
  element: fc.oneof(
    { depthSize: 'small' },
    scalar,
    elementVarArb,
    fc.tuple(fc.constantFrom(...BINARY), elementVarArb, scalar).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc
      .tuple(fc.constantFrom('and', 'or', 'count', 'cat'), fc.array(tie('element'), { maxLength: 3 }))
      .map(([op, args]) => ({ [op]: args })),
  ),
  operation: fc.oneof(
    fc
      .tuple(fc.constantFrom(...UNARY), tie('rule'), fc.boolean())
      .map(([op, arg, wrap]) => ({ [op]: wrap ? [arg] : arg })),
    fc.tuple(fc.constantFrom(...BINARY), tie('rule'), tie('rule')).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc
      .tuple(fc.constantFrom('<', '<='), tie('rule'), tie('rule'), tie('rule'))
      .map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
    fc
      .tuple(fc.constantFrom(...VARIADIC), fc.array(tie('rule'), { maxLength: 5 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom('count', 'merge', 'cat'), tie('rule')).map(([op, arg]) => ({ [op]: arg })),
    fc
      .tuple(tie('rule'), scalar, fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }))
      .map(([source, start, end]) => ({
        substr: end === undefined ? [source, start] : [source, start, end],
      })),
    fc.array(fc.oneof(fc.constantFrom(...PATHS), tie('rule')), { maxLength: 4 }).map((keys) => ({ missing: keys })),
    fc.constantFrom(...PATHS).map((key) => ({ missing: key })),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...PATHS), { maxLength: 4 }))
      .map(([need, keys]) => ({
        missing_some: [need, keys],
      })),
    fc.tuple(fc.constantFrom(...SCOPED), listArb, tie('element')).map(([op, list, logic]) => ({ [op]: [list, logic] })),
    fc.tuple(listArb, tie('element'), fc.option(scalar, { nil: undefined })).map(([list, logic, initial]) => ({
      reduce: initial === undefined ? [list, logic] : [list, logic, initial],
    })),
  ),
}));

describe('agreement with json-logic-js 2.0.5', () => {
  it('gives the same result as json-logic-js on random rules and answers', () => {
    fc.assert(
      fc.property(ruleArb, dataArb, (rule, data) => {
        const ours = run(() => apply(rule, data));
        const theirs = run(() => reference(rule, data));
        if (!agree(ours, theirs)) {
          throw new Error(`ours ${JSON.stringify(ours)} vs json-logic-js ${JSON.stringify(theirs)}`);
        }
        const traced = run(() => applyWithTrace(rule, data).value);
        if (!agree(ours, traced))
          throw new Error(`traced ${JSON.stringify(traced)} vs untraced ${JSON.stringify(ours)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, unknown, unknown]>([
    ['lone * operand is returned untouched', { '*': ['2'] }, {}],
    ['* turns -0 into 0 between steps', { '*': [0, -1, 5] }, {}],
    ['* with no operands throws', { '*': [] }, {}],
    ['+ with no operands', { '+': [] }, {}],
    ['+ parses strings', { '+': ['1.5', '2x', 3] }, {}],
    ['unary minus', { '-': ['5'] }, {}],
    ['empty and', { and: [] }, {}],
    ['empty or', { or: [] }, {}],
    ['empty if', { if: [] }, {}],
    ['if with two operands and a false condition', { if: [false, 1] }, {}],
    ['non-array if', { if: { var: 'a' } }, { a: 3 }],
    ['missing key given as [path, default]', { missing: [[['a', 'fallback'], 'b']] }, {}],
    ['missing with whole-data key', { missing: [null] }, null],
    ['missing_some without options throws', { missing_some: [1] }, {}],
    ['missing_some with string options', { missing_some: [1, 'ab'] }, { ab: 1 }],
    ['substr with string negative length', { substr: ['abcdef', 1, '-1'] }, {}],
    ['in on a number', { in: ['a', 5] }, {}],
    ['in on a string coerces', { in: [null, 'nullable'] }, {}],
    ['var with default', { var: ['a.b', 1] }, { a: {} }],
    ['var reads string index', { var: 'a.1' }, { a: 'xyz' }],
    ['var on a number has no properties', { var: 'a.b' }, { a: 5 }],
    ['var with numeric path', { var: 1 }, ['x', 'y']],
    ['var with computed path', { var: { cat: ['a', '.', 'b'] } }, { a: { b: 7 } }],
    ['whole data', { var: '' }, { a: 1 }],
    ['whole data via []', { var: [] }, 5],
    ['reduce over a non-array returns the initial value', { reduce: [5, { var: 'current' }, 3] }, {}],
    ['reduce without initial', { reduce: [[1, 2], { '+': [{ var: 'current' }, { var: 'accumulator' }] }] }, {}],
    ['filter with non-array operand', { filter: { var: 'x' } }, { x: [1, 2] }],
    ['map with non-array operand', { map: { var: 'x' } }, { x: [1, 2] }],
    ['all of empty', { all: [[], true] }, {}],
    ['none of empty', { none: [[], true] }, {}],
    ['non-logic object passes through', { a: 1, b: 2 }, {}],
    ['array of logic', [{ var: 'a' }, 1, [{ '!': 0 }]], { a: 2 }],
    ['extra operands are still evaluated', { '==': [1, 1, { nope: 1 }] }, {}],
    ['min of nothing', { min: [] }, {}],
    ['max coerces', { max: ['3', [4], null] }, {}],
    ['merge of scalars and arrays', { merge: [1, [2, [3]], null] }, {}],
    ['cat of nested arrays', { cat: [[1, [2, 3]], null, 'x'] }, {}],
    ['count of conditions', { count: [true, 0, 'x', [], [0]] }, {}],
    ['count of one array', { count: [[true, 0, 'x', []]] }, {}],
    ['count of one scalar', { count: 0 }, {}],
    ['between', { '<': [1, { var: 'a' }, 3] }, { a: 2 }],
  ])('agrees on %s', (_label, rule, data) => {
    const ours = run(() => apply(rule, data));
    const theirs = run(() => reference(rule, data));
    expect(ours).toEqual(theirs);
  });
});

describe('deliberate differences from json-logic-js', () => {
  it.each<[unknown, unknown]>([
    [{ var: 'constructor' }, Object],
    [{ var: 'constructor.name' }, 'Object'],
    [{ var: '__proto__' }, Object.prototype],
    [{ var: 'toString' }, Object.prototype.toString],
    [{ var: 'a.toString' }, String.prototype.toString],
    [{ var: 'n.toFixed' }, Number.prototype.toFixed],
  ])('%j reads nothing inherited', (rule, inherited) => {
    const data = { a: 'text', n: 5 };
    expect(reference(rule, data)).toBe(inherited);
    expect(apply(rule, data)).toBeNull();
  });

  it('inherited members fall back to the default', () => {
    expect(reference({ var: ['constructor', 'none'] }, {})).toBe(Object);
    expect(apply({ var: ['constructor', 'none'] }, {})).toBe('none');
  });

  it('own properties of strings and arrays are still readable', () => {
    const data = { s: 'abc', list: ['x', 'y'] };
    expect(apply({ var: 's.length' }, data)).toBe(3);
    expect(apply({ var: 's.0' }, data)).toBe('a');
    expect(apply({ var: 'list.length' }, data)).toBe(2);
    expect(apply({ var: 'list.1' }, data)).toBe('y');
  });

  it('missing reports inherited names as missing', () => {
    expect(reference({ missing: ['constructor'] }, {})).toEqual([]);
    expect(apply({ missing: ['constructor'] }, {})).toEqual(['constructor']);
    expect(reference({ missing_some: [1, ['toString', 'a']] }, {})).toEqual([]);
    expect(apply({ missing_some: [1, ['toString', 'a']] }, {})).toEqual(['toString', 'a']);
  });

  it('an own __proto__ key (as JSON.parse creates) is still data', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(apply({ var: '__proto__.x' }, data)).toBe(1);
    expect(reference({ var: '__proto__.x' }, data)).toBe(1);
  });

  it('throws LogicError naming an unknown operator', () => {
    expect(() => apply({ frobnicate: [1] }, {})).toThrow(LogicError);
    expect(() => apply({ frobnicate: [1] }, {})).toThrow('Unrecognized operation frobnicate');
    expect(() => applyWithTrace({ and: [true, { frobnicate: 1 }] }, {})).toThrow('Unrecognized operation frobnicate');
  });

  it('reports the innermost unknown operator, as json-logic-js evaluates operands first', () => {
    expect(() => apply({ outer: { inner: 1 } }, {})).toThrow('Unrecognized operation inner');
    expect(() => reference({ outer: { inner: 1 } }, {})).toThrow('Unrecognized operation inner');
  });

  it.each([
    'constructor',
    'toString',
    'hasOwnProperty',
    '__proto__',
    'valueOf',
    'count.length',
    'Math.abs',
    'cat.call',
  ])('does not resolve %s as an operator', (op) => {
    expect(() => apply({ [op]: [1] }, {})).toThrow(new LogicError(`Unrecognized operation ${op}`));
  });

  it('custom operations cannot be added from rule content or reach json-logic-js twice', () => {
    const calls: string[] = [];
    const registry = { add_operation: (name: string) => void calls.push(name) };
    registerCustomOperations(registry);
    registerCustomOperations(registry);
    expect(calls).toEqual(Object.keys(CUSTOM_OPERATIONS));
    expect(OPERATORS.has('count')).toBe(true);
    expect(OPERATORS.has('method')).toBe(false);
    expect(OPERATORS.has('log')).toBe(true);
  });
});

describe('operators', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('log returns its argument without printing', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(apply({ log: { var: 'a' } }, { a: [1] })).toEqual([1]);
    expect(applyWithTrace({ log: 'x' }).value).toBe('x');
    expect(log).not.toHaveBeenCalled();
  });

  it('count counts truthy arguments or the truthy elements of one array', () => {
    expect(apply({ count: { var: 'factors' } }, { factors: ['a', '', 'b'] })).toBe(2);
    expect(apply({ count: [{ '==': [1, 1] }, { '==': [1, 2] }, true] }, {})).toBe(2);
    expect(apply({ count: [[], 0, 'x'] }, {})).toBe(1);
    expect(apply({ count: 'x' }, {})).toBe(1);
    expect(apply({ count: null }, {})).toBe(0);
  });

  it('truthy treats an empty array as false', () => {
    expect(truthy([])).toBe(false);
    expect(truthy([0])).toBe(true);
    expect(truthy('0')).toBe(true);
    expect(truthy(0)).toBe(false);
  });

  it('isLogic accepts exactly one-key plain objects', () => {
    expect(isLogic({ var: 'a' })).toBe(true);
    expect(isLogic({})).toBe(false);
    expect(isLogic({ a: 1, b: 2 })).toBe(false);
    expect(isLogic([{ var: 'a' }])).toBe(false);
    expect(isLogic(null)).toBe(false);
    expect(isLogic('var')).toBe(false);
  });

  it('apply with trace: true returns the trace', () => {
    const result = apply({ var: 'a' }, { a: 1 }, { trace: true });
    expect(result.value).toBe(1);
    expect(result.trace.op).toBe('var');
  });
});

describe('onRead', () => {
  function reads(rule: unknown, data: unknown, traced = false): [string, unknown][] {
    const seen: [string, unknown][] = [];
    const onRead = (path: string, value: unknown): void => void seen.push([path, value]);
    if (traced) applyWithTrace(rule, data, { onRead });
    else apply(rule, data, { onRead });
    return seen;
  }

  it.each([false, true])('reports unscoped reads in order, with null for absent values (traced: %s)', (traced) => {
    const rule = { and: [{ var: 'a' }, { var: ['b.c', 'dflt'] }, { var: 'absent' }, { '==': [{ var: 'a' }, 1] }] };
    expect(reads(rule, { a: 1, b: { c: 2 } }, traced)).toEqual([
      ['a', 1],
      ['b.c', 2],
      ['absent', null],
    ]);
    expect(reads({ var: ['b.c', 'dflt'] }, { a: 1 }, traced)).toEqual([['b.c', null]]);
  });

  it.each([false, true])('respects short-circuiting (traced: %s)', (traced) => {
    expect(reads({ or: [true, { var: 'x' }] }, { x: 1 }, traced)).toEqual([]);
    expect(reads({ and: [{ var: 'y' }, { var: 'x' }] }, { x: 1, y: 0 }, traced)).toEqual([['y', 0]]);
    expect(reads({ if: [{ var: 'c' }, { var: 'then' }, { var: 'else' }] }, { c: false }, traced)).toEqual([
      ['c', false],
      ['else', null],
    ]);
  });

  it.each([false, true])('does not report reads inside scoped logic (traced: %s)', (traced) => {
    // `some` is false (inside the scope "outerLooking" is a property of each element), so `or` goes on.
    const rule = {
      or: [
        { some: [{ var: 'list' }, { '==': [{ var: '' }, { var: 'outerLooking' }] }] },
        { reduce: [{ var: 'list' }, { cat: [{ var: 'accumulator' }, { var: 'current' }] }, { var: 'init' }] },
      ],
    };
    expect(reads(rule, { list: ['a', 'b'], init: 'x', outerLooking: 'a' }, traced)).toEqual([
      ['list', ['a', 'b']],
      ['list', ['a', 'b']],
      ['init', 'x'],
    ]);
  });

  it.each([false, true])('reports the keys missing and missing_some look up (traced: %s)', (traced) => {
    expect(reads({ missing: ['a', 'b'] }, { a: 1 }, traced)).toEqual([
      ['a', 1],
      ['b', null],
    ]);
    expect(reads({ missing_some: [1, ['a', 'b']] }, { b: '' }, traced)).toEqual([
      ['a', null],
      ['b', ''],
    ]);
    expect(reads({ map: [['k'], { missing: ['k'] }] }, { k: 1 }, traced)).toEqual([]);
  });
});

describe('trace', () => {
  function find(node: TraceNode, op: string): TraceNode[] {
    return [...(node.op === op ? [node] : []), ...node.children.flatMap((child) => find(child, op))];
  }

  it('and/or children hold only the operands evaluated, in order', () => {
    const { value, trace } = applyWithTrace({ and: [{ var: 'a' }, { var: 'b' }, { var: 'c' }] }, { a: 1, b: 0, c: 1 });
    expect(value).toBe(0);
    expect(trace.op).toBe('and');
    expect(trace.children.map((child) => [child.op, child.path, child.value])).toEqual([
      ['var', 'a', 1],
      ['var', 'b', 0],
    ]);

    const or = applyWithTrace({ or: [{ var: 'a' }, { var: 'b' }, { var: 'c' }] }, { a: 0, b: 'yes', c: 1 }).trace;
    expect(or.value).toBe('yes');
    expect(or.children.map((child) => child.path)).toEqual(['a', 'b']);
  });

  it('if children are the conditions tested and the branch taken', () => {
    const { trace } = applyWithTrace(
      { if: [{ var: 'x' }, 'one', { var: 'y' }, 'two', 'three'] },
      { x: false, y: true },
    );
    expect(trace.value).toBe('two');
    expect(trace.children.map((child) => [child.op, child.value])).toEqual([
      ['var', false],
      ['var', true],
      ['value', 'two'],
    ]);
  });

  it('var nodes carry path, value and scope', () => {
    const { trace } = applyWithTrace(
      { and: [{ var: ['age', 0] }, { some: [{ var: 'tags' }, { '==': [{ var: '' }, 'b'] }] }] },
      { age: 12, tags: ['a', 'b', 'c'] },
    );
    expect(find(trace, 'var').map((v) => [v.path, v.value, v.scoped])).toEqual([
      ['age', 12, false],
      ['tags', ['a', 'b', 'c'], false],
      ['', 'a', true],
      ['', 'b', true],
    ]);
    const some = find(trace, 'some')[0];
    // data node plus one node per element until the first truthy one
    expect(some?.children.map((child) => child.value)).toEqual([['a', 'b', 'c'], false, true]);
  });

  it('an absent var node records the default returned', () => {
    const { trace } = applyWithTrace({ var: ['nope', 'fallback'] }, {});
    expect(trace).toMatchObject({ op: 'var', path: 'nope', value: 'fallback', scoped: false });
    expect(trace.children.map((child) => child.value)).toEqual(['nope', 'fallback']);
  });

  it('literals and array literals get their own nodes', () => {
    const { trace } = applyWithTrace([1, { var: 'a' }], { a: 2 });
    expect(trace.op).toBe('array');
    expect(trace.value).toEqual([1, 2]);
    expect(trace.children.map((child) => child.op)).toEqual(['value', 'var']);
  });

  it('reduce records the data, the initial value and each step', () => {
    const { trace } = applyWithTrace(
      { reduce: [{ var: 'n' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 10] },
      { n: [1, 2] },
    );
    expect(trace.value).toBe(13);
    expect(trace.children.map((child) => child.value)).toEqual([[1, 2], 10, 11, 13]);
  });
});

describe('walkLogic', () => {
  it('visits every operator node with its path, arguments and scope', () => {
    const seen: [string, readonly (string | number)[], boolean, readonly unknown[]][] = [];
    walkLogic(
      {
        and: [
          { var: 'a' },
          { '!': { var: 'b' } },
          { some: [{ var: 'list' }, { '==': [{ var: '' }, 'x'] }] },
          { reduce: [{ var: 'list' }, { var: 'current' }, { var: 'init' }] },
          [{ mystery: 1 }],
        ],
      },
      ({ op, path, scoped, args }) => void seen.push([op, path, scoped, args]),
    );
    expect(seen.map(([op, path, scoped]) => [op, path, scoped])).toEqual([
      ['and', ['and'], false],
      ['var', ['and', 0, 'var'], false],
      ['!', ['and', 1, '!'], false],
      ['var', ['and', 1, '!', 'var'], false],
      ['some', ['and', 2, 'some'], false],
      ['var', ['and', 2, 'some', 0, 'var'], false],
      ['==', ['and', 2, 'some', 1, '=='], true],
      ['var', ['and', 2, 'some', 1, '==', 0, 'var'], true],
      ['reduce', ['and', 3, 'reduce'], false],
      ['var', ['and', 3, 'reduce', 0, 'var'], false],
      ['var', ['and', 3, 'reduce', 1, 'var'], true],
      ['var', ['and', 3, 'reduce', 2, 'var'], false],
      ['mystery', ['and', 4, 0, 'mystery'], false],
    ]);
    expect(seen[1]?.[3]).toEqual(['a']);
    expect(seen[2]?.[3]).toEqual([{ var: 'b' }]);
    expect(seen[12]?.[3]).toEqual([1]);
  });

  it('does not descend into non-logic objects or evaluate anything', () => {
    const seen: string[] = [];
    walkLogic({ if: [{ a: { var: 'x' }, b: 2 }, { var: 'y' }] }, ({ op }) => void seen.push(op));
    expect(seen).toEqual(['if', 'var']);
  });
});
