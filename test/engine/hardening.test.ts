/**
 * Whatever `parsePack` accepts must evaluate, and nothing a host or a file gives can make the
 * engine overflow its stack or throw a raw TypeError. Each case here broke before its fix.
 */
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/engine/answers.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { PACK_LIMITS, PackError, parsePack } from '../../src/engine/pack.js';
import { recommendationText } from '../../src/engine/report.js';
import type { Answers } from '../../src/engine/schema.js';
import { fixturePack, rawFixture } from './helpers.js';

const now = new Date('2026-05-01T10:00:00Z');

/** The problems parsePack names, as `code at path`. */
function refusal(raw: unknown): string[] {
  try {
    parsePack(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems.map((problem) => `${problem.code} at ${problem.path}`);
  }
  return [];
}

function withRule(when: unknown): Record<string, any> {
  const raw = rawFixture();
  raw.rules[1].when = when;
  return raw;
}

describe('packs that parse evaluate', () => {
  it('refuses the argument shapes that make json-logic-js throw, with their path', () => {
    for (const when of [
      { '*': [] },
      { missing_some: [1] },
      { missing_some: [1, null] },
      { missing_some: [1, { var: 'factors' }] },
    ]) {
      const problems = refusal(withRule(when));
      expect(problems, JSON.stringify(when)).toHaveLength(1);
      expect(problems[0]).toMatch(/^logic\.bad-arguments at \$\.rules\[1\]\.when/);
    }
    // What json-logic-js does accept still parses.
    expect(refusal(withRule({ '*': [2, 3] }))).toEqual([]);
    expect(refusal(withRule({ '!': { missing_some: [1, ['health', 'education']] } }))).toEqual([]);
  });

  it('refuses the urgent outcome where only a level may stand (found by the fuzz test)', () => {
    const raw = rawFixture();
    raw.rules[1].level = 'immediate-danger';
    expect(refusal(raw)).toEqual(['ref.urgent-not-a-level at $.rules[1].level']);
    expect(refusal({ ...rawFixture(), default: { ...rawFixture().default, level: 'immediate-danger' } })).toEqual([
      'ref.urgent-not-a-level at $.default.level',
    ]);
  });

  it('refuses logic nested deeper than the limit with a PackError, not a stack overflow', () => {
    let deep: unknown = { '==': [{ var: 'danger' }, 'yes'] };
    for (let i = 0; i < 2_000; i++) deep = { '!': deep };
    const [problem] = refusal(withRule(deep));
    expect(problem).toMatch(/^pack\.too-deep at \$\.rules\[1\]\.when/);
    // A text that long is refused before it is read.
    expect(refusal(' '.repeat(PACK_LIMITS.textLength + 1))).toEqual(['pack.too-large at $']);
  });

  it('refuses impossible dates and invalid pre-release versions', () => {
    for (const effectiveFrom of ['2024-02-30', '9999-99-99', '2026-13-01']) {
      expect(refusal({ ...rawFixture(), effectiveFrom }), effectiveFrom).toContain('schema.format at $.effectiveFrom');
    }
    for (const version of ['1.0.0-01', '1.0.0-a..b', '1.0.0-', '01.0.0']) {
      expect(refusal({ ...rawFixture(), version }), version).toContain('schema.format at $.version');
    }
    expect(refusal({ ...rawFixture(), version: '1.1.0-draft.1', effectiveFrom: '2024-02-29' })).toEqual([]);
  });
});

describe('answers never break the engine', () => {
  const pack = fixturePack();

  it('takes an answer of 150,000 items as one problem, without overflowing', () => {
    const huge = { factors: Array.from({ length: 150_000 }, () => 'none') } as Answers;
    const check = validateAnswers(pack, huge);
    expect(check.problems.map((problem) => problem.code)).toEqual(['answer.too-many']);
    expect(evaluate(pack, huge, { now }).invalid).toHaveLength(1);
  });

  it('reads null or a list as no answers, and says so', () => {
    for (const given of [null, [], 'danger'] as unknown[]) {
      const result = evaluate(pack, given as Answers, { now });
      expect(result.invalid.map((problem) => problem.path)).toEqual(['$']);
      expect(result.complete).toBe(false);
    }
  });

  it('keeps answers named after built-in properties as plain values, in the result and the copied text', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) {
      const answers = JSON.parse(`{"danger": "${name}", "health": "${name}", "${name}": "yes"}`) as Answers;
      const result = evaluate(pack, answers, { now });
      expect(result.invalid.map((problem) => problem.questionId).sort()).toEqual(['danger', 'health', name].sort());
      const text = recommendationText(result, { pack, answers });
      expect(text).toContain(result.level.name);
    }
  });
});
