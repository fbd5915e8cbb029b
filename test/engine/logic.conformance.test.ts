import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { apply, applyWithTrace } from '../../src/engine/logic.js';
import { registerCustomOperations } from '../../src/engine/operations.js';

registerCustomOperations(jsonLogic);

interface Case {
  readonly name: string;
  readonly rule: unknown;
  readonly data: unknown;
  readonly expected: unknown;
}

const suite = JSON.parse(
  readFileSync(new URL('../fixtures/conformance/jsonlogic-tests.json', import.meta.url), 'utf8'),
) as unknown[];

function loadCases(): Case[] {
  const cases: Case[] = [];
  let heading = '(no heading)';
  let index = 0;
  for (const entry of suite) {
    if (typeof entry === 'string') {
      heading = entry;
      index = 0;
      continue;
    }
    if (!Array.isArray(entry) || entry.length !== 3) throw new Error(`Malformed suite entry: ${JSON.stringify(entry)}`);
    index++;
    cases.push({ name: `${heading} #${index}`, rule: entry[0], data: entry[1], expected: entry[2] });
  }
  return cases;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

function run(fn: () => unknown): Outcome {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** JSON.stringify loses undefined, NaN and -0, which are exactly the values worth seeing here. */
function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && (Number.isNaN(value) || Object.is(value, -0) || !Number.isFinite(value))) {
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (Array.isArray(value)) return `[${value.map(show).join(',')}]`;
  return JSON.stringify(value) ?? String(value);
}

function showOutcome(outcome: Outcome): string {
  return outcome.ok ? show(outcome.value) : `throws ${outcome.error}`;
}

const cases = loadCases();
// The reference is consulted, not assumed: only what json-logic-js itself gets right is binding.
const referencePasses = cases.filter((c) => {
  const outcome = run(() => jsonLogic.apply(c.rule as never, c.data));
  return outcome.ok && isDeepStrictEqual(outcome.value, c.expected);
});

describe('JSON-Logic conformance suite', () => {
  it('has a substantial set of triples json-logic-js 2.0.5 passes', () => {
    // 280 of 280 at the time of writing; the floor stops the comparison below passing vacuously.
    expect(cases.length).toBeGreaterThanOrEqual(270);
    expect(referencePasses.length).toBeGreaterThanOrEqual(270);
  });

  it('gives the expected result on every triple json-logic-js passes', () => {
    const disagreements: string[] = [];
    for (const c of referencePasses) {
      const ours = run(() => apply(c.rule, c.data));
      if (!ours.ok || !isDeepStrictEqual(ours.value, c.expected)) {
        const reference = run(() => jsonLogic.apply(c.rule as never, c.data));
        disagreements.push(
          `${c.name}\n  rule: ${show(c.rule)}\n  data: ${show(c.data)}\n  expected: ${show(c.expected)}` +
            `\n  ours: ${showOutcome(ours)}\n  json-logic-js: ${showOutcome(reference)}`,
        );
      }
    }
    expect(disagreements, `${disagreements.length} disagreement(s):\n${disagreements.join('\n')}`).toEqual([]);
  });

  it('agrees with json-logic-js on every triple, including any the reference fails', () => {
    const disagreements: string[] = [];
    for (const c of cases) {
      const ours = run(() => apply(c.rule, c.data));
      const reference = run(() => jsonLogic.apply(c.rule as never, c.data));
      const same = ours.ok && reference.ok ? isDeepStrictEqual(ours.value, reference.value) : ours.ok === reference.ok;
      if (!same) {
        disagreements.push(
          `${c.name}\n  rule: ${show(c.rule)}\n  data: ${show(c.data)}` +
            `\n  ours: ${showOutcome(ours)}\n  json-logic-js: ${showOutcome(reference)}`,
        );
      }
    }
    expect(disagreements, `${disagreements.length} disagreement(s):\n${disagreements.join('\n')}`).toEqual([]);
  });

  it('traced evaluation gives the same value as untraced evaluation', () => {
    const disagreements: string[] = [];
    for (const c of cases) {
      const plain = run(() => apply(c.rule, c.data));
      const traced = run(() => applyWithTrace(c.rule, c.data).value);
      const same = plain.ok && traced.ok ? isDeepStrictEqual(plain.value, traced.value) : plain.ok === traced.ok;
      if (!same) {
        disagreements.push(
          `${c.name}\n  rule: ${show(c.rule)}\n  data: ${show(c.data)}` +
            `\n  apply: ${showOutcome(plain)}\n  applyWithTrace: ${showOutcome(traced)}`,
        );
      }
    }
    expect(disagreements, `${disagreements.length} disagreement(s):\n${disagreements.join('\n')}`).toEqual([]);
  });
});
