import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPackFiles, readPackFile } from '../../src/cli/files.js';
import { validateAnswers } from '../../src/engine/answers.js';
import {
  concatCases,
  generateCaseload,
  generatedCases,
  parseCaseloadCsv,
  parseCaseloadJsonl,
  parseCsvRecords,
  seededRandom,
  type CaseloadCase,
} from '../../src/engine/caseload.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers, Pack } from '../../src/engine/schema.js';
import { SimulationTally, simulate, simulateAsync, summaryOf } from '../../src/engine/simulate.js';
import { fixturePack } from './helpers.js';

const rulesDir = new URL('../../rules', import.meta.url).pathname;
const continuum = parsePack(readFileSync(new URL('../../rules/continuum/1.0.0.json', import.meta.url), 'utf8'));
const shipped: Pack[] = findPackFiles(rulesDir).flatMap((file) => readPackFile(file).pack ?? []);

const calm = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none', consent: 'agrees' } as const;

describe('simulate on the fixture', () => {
  const pack = fixturePack();
  const caseload: Answers[] = [
    calm,
    { ...calm, health: 'l2' },
    { ...calm, health: 'l3' },
    { ...calm, 'basic-care': 'l4' },
    { danger: 'yes' },
    { danger: 'no' }, // incomplete: provisional Level 1
    { ...calm, factors: ['domestic-abuse', 'mental-health'], 'da-duration': 'under-3-months' },
    { ...calm, health: 'not-an-option' }, // an answer the engine cannot use
  ];
  const result = simulate(pack, caseload, { now: new Date('2026-06-01T12:00:00Z') });

  it('counts every level of the pack, lowest first, then the urgent outcome, with percentages', () => {
    expect(result.levels.map((level) => [level.id, level.count])).toEqual([
      ['level-1', 3],
      ['level-2', 1],
      ['level-3', 2],
      ['level-4', 1],
      ['immediate-danger', 1],
    ]);
    expect(result.levels[0]).toMatchObject({ name: 'Universal', rank: 1, urgent: false, percent: 37.5 });
    expect(result.levels[4]).toMatchObject({ urgent: true, percent: 12.5 });
    expect(result.levels.reduce((sum, level) => sum + level.count, 0)).toBe(result.total);
  });

  it('counts each case by its first service, and every service of the pack appears', () => {
    expect(Object.fromEntries(result.services.map((service) => [service.id, service.count]))).toEqual({
      universal: 3,
      'single-agency': 1,
      'team-around-family': 2,
      'front-door': 2,
      police: 0,
    });
    expect(result.services.reduce((sum, service) => sum + service.count, 0)).toBe(result.total);
  });

  it('says how many cases are incomplete, urgent or carry answers the engine cannot use', () => {
    expect(result).toMatchObject({ packId: 'fixture', version: '1.0.0', total: 8, urgent: 1, withInvalidAnswers: 1 });
    // Urgent and missing-answer cases are incomplete; so is the invalid health answer.
    expect(result.incomplete).toBe(caseload.filter((answers) => !evaluate(pack, answers).complete).length);
    expect(result.complete + result.incomplete).toBe(8);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('names levels and services in the language asked for', () => {
    const welsh = simulate(pack, caseload, { locale: 'cy' });
    expect(welsh.levels[0]!.name).toBe('Cyffredinol');
    expect(welsh.services[0]!.name).toBe('Gwasanaethau cyffredinol');
    expect(welsh.levels.map((level) => level.count)).toEqual(result.levels.map((level) => level.count));
  });

  it('gives an empty distribution for an empty caseload', () => {
    const empty = simulate(pack, []);
    expect(empty.total).toBe(0);
    expect(empty.levels.every((level) => level.count === 0 && level.percent === 0)).toBe(true);
  });

  it('reports progress by batch and stops when the signal is aborted', () => {
    const seen: Array<[number, number]> = [];
    simulate(pack, caseload, { progressEvery: 3, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [3, 8],
      [6, 8],
      [8, 8],
    ]);
    const controller = new AbortController();
    expect(() =>
      simulate(pack, caseload, {
        progressEvery: 2,
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 4) controller.abort(new Error('cancelled by the author'));
        },
      }),
    ).toThrow('cancelled by the author');
  });

  it('runs asynchronously in batches, so a Cancel button can stop it between them', async () => {
    const same = await simulateAsync(pack, caseload, { progressEvery: 2 });
    expect(same.levels).toEqual(result.levels);
    const controller = new AbortController();
    const run = simulateAsync(pack, generatedCases(pack, 5000), { progressEvery: 100, signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    await expect(run).rejects.toThrow();
  });

  it('can be fed one recommendation at a time', () => {
    const tally = new SimulationTally(pack);
    for (const answers of caseload) tally.add(summaryOf(evaluate(pack, answers, { explain: false })));
    expect(tally.result().levels).toEqual(result.levels);
  });
});

describe('generated caseloads', () => {
  it('are reproducible for a seed, differ between seeds, and are the same however they are read', () => {
    const a = generateCaseload(continuum, 50, { seed: 5 });
    const b = generateCaseload(continuum, 50, { seed: 5 });
    const c = generateCaseload(continuum, 50, { seed: 6 });
    expect(a).toEqual(b);
    expect(a.map((entry) => entry.answers)).not.toEqual(c.map((entry) => entry.answers));
    const lazy = generatedCases(continuum, 1000, { seed: 5 });
    expect(lazy.get(7)).toEqual(a[7]);
    expect(lazy.get(999)).toEqual(generatedCases(continuum, 2000, { seed: 5 }).get(999));
    expect(() => lazy.get(1000)).toThrow(RangeError);
  });

  it.each(shipped.map((pack) => [`${pack.id}@${pack.version}`, pack] as const))(
    '%s: every generated case is valid and complete',
    (_name, pack) => {
      for (const { answers } of generateCaseload(pack, 300, { seed: 9 })) {
        expect(validateAnswers(pack, answers).problems).toEqual([]);
        expect(evaluate(pack, answers, { explain: false }).missing).toEqual([]);
      }
    },
  );

  it('reach every level of the default pack, mostly the lower ones', () => {
    const result = simulate(continuum, generatedCases(continuum, 3000, { seed: 1 }));
    for (const level of result.levels) expect(level.count, level.id).toBeGreaterThan(0);
    const lower = result.levels.filter((level) => level.rank <= 2).reduce((sum, level) => sum + level.count, 0);
    expect(lower / result.total).toBeGreaterThan(0.4);
    expect(result.urgent / result.total).toBeLessThan(0.05);
  });

  it('answer the questions of every pack given, the first pack first', () => {
    const extra = JSON.parse(readFileSync(new URL('../fixtures/small-pack.json', import.meta.url), 'utf8'));
    extra.questionnaire.sections[1].questions.push({
      id: 'new-question',
      type: 'yes-no-unsure',
      required: true,
      text: { en: 'New?', cy: 'Newydd?' },
    });
    const newer = parsePack(extra);
    const [first] = generateCaseload([newer, fixturePack()], 1);
    expect(Object.keys(first!.answers)).toContain('new-question');
    const [onlyOld] = generateCaseload([fixturePack()], 1);
    expect(Object.keys(onlyOld!.answers)).not.toContain('new-question');
  });

  it('uses mulberry32 for the seeded numbers', () => {
    const rand = seededRandom(42);
    const values = [rand(), rand(), rand()];
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom(42)()).toBe(values[0]);
  });

  it('can be put after other cases', () => {
    const golden: CaseloadCase[] = [{ name: 'one', source: 'golden', answers: calm }];
    const all = concatCases(golden, generatedCases(fixturePack(), 3));
    expect(all.length).toBe(4);
    expect(all.get(0).name).toBe('one');
    expect(all.get(3).name).toBe('generated-3');
  });

  it('agree with evaluate case by case on the default pack', () => {
    const cases = generatedCases(continuum, 400, { seed: 3 });
    const result = simulate(continuum, cases);
    const direct = new Map<string, number>();
    for (let i = 0; i < cases.length; i++) {
      const id = evaluate(continuum, cases.get(i).answers).level.id;
      direct.set(id, (direct.get(id) ?? 0) + 1);
    }
    for (const level of result.levels) expect(level.count).toBe(direct.get(level.id) ?? 0);
  });
});

describe('reading a caseload', () => {
  const pack = fixturePack();

  it('reads JSON Lines of answers or golden cases, skipping blank lines and comments', () => {
    const text = [
      JSON.stringify(calm),
      '',
      '// a comment',
      JSON.stringify({
        description: 'A golden case',
        answers: { ...calm, health: 'l3' },
        expect: { level: 'level-3' },
      }),
      JSON.stringify({ ...calm, factors: ['domestic-abuse'], referrals: 2 }),
    ].join('\n');
    const read = parseCaseloadJsonl(text, pack);
    expect(read.problems).toEqual([]);
    expect(read.cases.map((entry) => [entry.name, entry.line])).toEqual([
      ['#1', 1],
      ['A golden case', 4],
      ['#5', 5],
    ]);
    expect(read.cases[1]!.answers.health).toBe('l3');
    expect(read.cases[2]!.answers.referrals).toBe(2);
  });

  it('says which line and column of a JSON Lines file is wrong', () => {
    const read = parseCaseloadJsonl(
      ['{"danger": "no"}', '{"danger": "no",}', '[1, 2]', '{"danger": {"no": 1}}'].join('\n'),
      pack,
    );
    expect(read.cases).toHaveLength(1);
    expect(read.problems).toEqual([
      { severity: 'error', code: 'jsonl.syntax', line: 2, column: 17 },
      { severity: 'error', code: 'jsonl.not-an-object', line: 3, column: 1 },
      { severity: 'error', code: 'jsonl.answer-type', line: 4, column: 2, field: 'danger', value: '{"no":1}' },
    ]);
  });

  it('warns about answers the engine will not use, with their column', () => {
    const read = parseCaseloadJsonl('{"danger": "maybe", "colour": "blue", "referrals": 99}', pack);
    expect(read.cases).toHaveLength(1);
    expect(read.problems).toEqual([
      { severity: 'warning', code: 'answer.not-an-option', line: 1, column: 2, field: 'danger', value: 'maybe' },
      { severity: 'warning', code: 'answer.unknown-question', line: 1, column: 21, field: 'colour', value: 'colour' },
      { severity: 'warning', code: 'answer.out-of-range', line: 1, column: 39, field: 'referrals', value: '99' },
    ]);
  });

  it('reads CSV: a header of question ids, | between choices, numbers for number questions, quoted cells', () => {
    const text = [
      'name,danger,health,education,basic-care,factors,da-duration,note,referrals,consent',
      'first,no,none,none,none,,,,0,agrees',
      '"second, quoted",no,l2,none,none,domestic-abuse|mental-health,under-3-months,"A note, with a comma',
      'and a new line",3,agrees',
      '',
    ].join('\r\n');
    const read = parseCaseloadCsv(text, pack);
    expect(read.problems).toEqual([]);
    expect(read.cases.map((entry) => [entry.name, entry.line])).toEqual([
      ['first', 2],
      ['second, quoted', 3],
    ]);
    expect(read.cases[0]!.answers).toEqual({
      danger: 'no',
      health: 'none',
      education: 'none',
      'basic-care': 'none',
      referrals: 0,
      consent: 'agrees',
    });
    expect(read.cases[1]!.answers.factors).toEqual(['domestic-abuse', 'mental-health']);
    expect(read.cases[1]!.answers.note).toBe('A note, with a comma\r\nand a new line');
    expect(read.cases[1]!.answers.referrals).toBe(3);
    expect(evaluate(pack, read.cases[1]!.answers).level.id).toBe('level-3');
  });

  it('names the line and column of each CSV problem', () => {
    expect(parseCaseloadCsv('danger,colour\nno,blue\n', pack).problems).toEqual([
      { severity: 'error', code: 'csv.unknown-column', line: 1, column: 2, field: 'colour' },
    ]);
    const read = parseCaseloadCsv('danger,referrals,health\nno,three,none\nno,1\nno,2,l9\n', pack);
    expect(read.problems).toEqual([
      { severity: 'error', code: 'csv.not-a-number', line: 2, column: 2, field: 'referrals', value: 'three' },
      { severity: 'error', code: 'csv.field-count', line: 3, column: 3, field: '3', value: '2' },
      { severity: 'warning', code: 'answer.not-an-option', line: 4, column: 3, field: 'health', value: 'l9' },
    ]);
    expect(read.cases).toHaveLength(1);
    expect(parseCsvRecords('a,"b\nc').problems).toEqual([
      { severity: 'error', code: 'csv.unclosed-quote', line: 1, column: 3 },
    ]);
    expect(parseCaseloadCsv('', pack).problems[0]!.code).toBe('csv.empty');
  });
});
