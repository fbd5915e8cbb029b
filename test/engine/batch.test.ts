/**
 * The batch path must give every case exactly the outcome `evaluate` gives: level, services,
 * urgency, completeness and the invalid flag. Checked on every shipped pack, on a caseload
 * encoded for two packs at once (as a diff encodes it), and on rules written to catch a
 * lowering that drifts from JavaScript's coercion.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { assert, describe, expect, it } from 'vitest';
import { batchOutcomes, caseLayout, encodeCases, summaryAt } from '../../src/engine/batch.js';
import {
  answersOf,
  concatCases,
  generatedCases,
  isGeneratedCases,
  type CaseloadCase,
} from '../../src/engine/caseload.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers, Pack } from '../../src/engine/schema.js';
import { summaryOf } from '../../src/engine/simulate.js';
import { completeAnswersArb, injectionArb, packsUnderTest, partialAnswersArb } from './arbitraries.js';

const full = (pack: Pack, answers: Answers) => summaryOf(evaluate(pack, answers, { explain: false }));

/** A caseload of generated cases and sampled complete, partial and invalid answer sets. */
function caseloadFor(packs: readonly Pack[], seed: number, generated = 600, sampled = 150): Answers[] {
  const source = generatedCases(packs, generated, { seed });
  const out: Answers[] = Array.from({ length: source.length }, (_, i) => source.get(i).answers);
  for (const pack of packs) {
    out.push(...fc.sample(fc.oneof(completeAnswersArb(pack), partialAnswersArb(pack)), { numRuns: sampled, seed }));
    out.push(...fc.sample(injectionArb(pack), { numRuns: sampled / 3, seed }).map((item) => item.answers as Answers));
  }
  return out;
}

/** Every case where the batch and `evaluate` differ, and how many cases the batch lowered. */
function compare(pack: Pack, packs: readonly Pack[], cases: readonly Answers[]) {
  const encoded = encodeCases(caseLayout(packs), (i) => cases[i]!, 0, cases.length);
  const batch = batchOutcomes(pack, encoded);
  const differences: string[] = [];
  cases.forEach((answers, i) => {
    const fast = summaryAt(pack, batch, i);
    const slow = full(pack, answers);
    if (JSON.stringify(fast) !== JSON.stringify(slow))
      differences.push(
        `${JSON.stringify(answers)}\n  batch: ${JSON.stringify(fast)}\n  evaluate: ${JSON.stringify(slow)}`,
      );
  });
  return { differences: differences.slice(0, 3), lowered: cases.length - batch.perCase };
}

describe('batchOutcomes agrees with evaluate', { timeout: 120_000 }, () => {
  const packs = packsUnderTest();
  for (const { name, pack } of packs) {
    it(`on ${name}: generated, complete, partial and invalid answers`, () => {
      const { differences, lowered } = compare(pack, [pack], caseloadFor([pack], 5));
      expect(differences).toEqual([]);
      // Every shipped pack is lowered: most cases never leave the batch path.
      expect(lowered).toBeGreaterThan(600);
    });
  }

  it('on a caseload encoded for two versions, as a diff reads it', () => {
    const byName = new Map(packs.map(({ name, pack }) => [name, pack]));
    const older = byName.get('continuum@1.0.0')!;
    const newer = byName.get('continuum@2.0.0')!;
    const cases = caseloadFor([newer, older], 9, 800, 60);
    for (const pack of [older, newer]) {
      const { differences, lowered } = compare(pack, [newer, older], cases);
      expect(differences).toEqual([]);
      // Answers given in one version's words leave the other's required questions open: those go case by case.
      expect(lowered).toBeGreaterThan(300);
    }
  });
});

describe('generated cases written straight into rows', () => {
  const packs = packsUnderTest();
  const byName = new Map(packs.map(({ name, pack }) => [name, pack]));
  const older = byName.get('continuum@1.0.0')!;
  const newer = byName.get('continuum@2.0.0')!;
  for (const [label, generatedFor, layoutFor] of [
    ['one pack', [newer], [newer]],
    ['two versions, the layout in the other order', [newer, older], [older, newer]],
    ['the fixture', [packs[0]!.pack], [packs[0]!.pack]],
  ] as const) {
    it(`are the rows their answers encode to: ${label}`, () => {
      const source = generatedCases(generatedFor, 700, { seed: 3 });
      const layout = caseLayout(layoutFor);
      const direct = source.encode(layout, 200, 700);
      const viaAnswers = encodeCases(layout, (i) => source.get(i).answers, 200, 700);
      expect(direct.count).toBe(500);
      expect(Array.from(direct.cells)).toEqual(Array.from(viaAnswers.cells));
      expect(Array.from(direct.broken)).toEqual(Array.from(viaAnswers.broken));
      expect(direct.answersAt(7)).toEqual(source.get(207).answers);
    });
  }
});

it('a caseload of given cases then generated ones encodes each part its own way, end to end', () => {
  const pack = packsUnderTest()[0]!.pack;
  const given = caseloadFor([pack], 8, 0, 30);
  const caseload = concatCases<Answers | CaseloadCase>(given, generatedCases(pack, 200, { seed: 4 }));
  const layout = caseLayout([pack]);
  assert(isGeneratedCases(caseload));
  const direct = caseload.encode(layout, given.length - 10, given.length + 50);
  const viaAnswers = encodeCases(layout, (i) => answersOf(caseload.get(i)), given.length - 10, given.length + 50);
  expect(Array.from(direct.cells)).toEqual(Array.from(viaAnswers.cells));
  expect(Array.from(direct.broken)).toEqual(Array.from(viaAnswers.broken));
  expect(direct.broken.some((flag) => flag === 1)).toBe(true);
});

describe('lowering keeps JavaScript coercion', { timeout: 60_000 }, () => {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/small-pack.json', import.meta.url), 'utf8'));
  const concern = raw.rules.find((rule: { kind: string }) => rule.kind === 'concern');
  const graded = raw.questionnaire.sections
    .flatMap((section: { questions: { id: string; options?: { level?: string }[] }[] }) => section.questions)
    .filter((question: { options?: { level?: string }[] }) => question.options?.some((option) => option.level));
  const [a, b] = graded.map((question: { id: string }) => question.id);
  const section = raw.questionnaire.sections[0].id;
  // Each reads what a lowering could get wrong: null as 0, a missing answer, a text compare,
  // a count of a filter, all/none over an empty choice, max of three, truthiness of `or`.
  const extra: Record<string, unknown>[] = [
    { '>=': [{ var: `$level.${a}` }, 0] },
    { '<': [{ var: `$level.${a}` }, { var: `$level.${b}` }] },
    { '==': [{ var: `$level.${a}` }, null] },
    { '>=': [{ max: [{ var: `$section.${section}` }, { var: `$level.${a}` }, { var: `$level.${b}` }] }, 3] },
    { '>=': [{ count: { filter: [{ var: 'factors' }, { '!=': [{ var: '' }, 'domestic-abuse'] }] } }, 1] },
    { all: [{ var: 'factors' }, { in: [{ var: '' }, ['domestic-abuse', 'mental-health']] }] },
    { none: [{ var: 'factors' }, { '==': [{ var: '' }, 'substance-misuse'] }] },
    { '!': { or: [{ var: `$level.${a}` }, { in: ['mental-health', { var: 'factors' }] }] } },
    { '>': [{ count: [{ var: 'factors' }, { var: `$level.${b}` }] }, 1] },
    { '<=': [{ var: a }, { var: b }] },
    { '>': [{ var: 'referrals' }, 40] },
    { '>=': [{ var: 'referrals' }, { max: [{ var: `$level.${a}` }, 1] }] },
  ];
  raw.rules.push(...extra.map((when, i) => ({ ...concern, id: `coercion-${i}`, when, level: 'level-3' })));
  const pack = parsePack(raw);

  it('gives every case what evaluate gives, and the added rules both fire and do not', () => {
    const cases = caseloadFor([pack], 3, 1500, 300);
    const { differences, lowered } = compare(pack, [pack], cases);
    expect(differences).toEqual([]);
    expect(lowered).toBeGreaterThan(1000);
    for (let i = 0; i < extra.length; i++) {
      const firing = cases.filter((answers) =>
        evaluate(pack, answers, { explain: false }).rules.some(
          (rule) => rule.ruleId === `coercion-${i}` && rule.status === 'fired',
        ),
      ).length;
      expect.soft(firing, `coercion-${i}`).toBeGreaterThan(0);
    }
  });

  it('falls back case by case when a rule reads what it cannot lower (missing, a text answer)', () => {
    const copy = JSON.parse(JSON.stringify(raw));
    copy.rules.push({ ...concern, id: 'no-note', when: { in: ['note', { missing: ['note'] }] }, level: 'level-3' });
    const unlowered = parsePack(copy);
    const cases = caseloadFor([unlowered], 4, 300, 60);
    const { differences, lowered } = compare(unlowered, [unlowered], cases);
    expect(differences).toEqual([]);
    expect(lowered).toBe(0);
  });
});
