import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCaseFiles } from '../../src/cli/files.js';
import { concatCases, generatedCases, type CaseloadCase } from '../../src/engine/caseload.js';
import { DiffTally, diff, diffAsync } from '../../src/engine/diff.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers } from '../../src/engine/schema.js';
import { summaryOf } from '../../src/engine/simulate.js';
import { fixturePack, rawFixture } from './helpers.js';

const continuumFile = new URL('../../rules/continuum/1.0.0.json', import.meta.url).pathname;
const draftFile = new URL('../../rules/continuum/1.1.0-draft.1.json', import.meta.url).pathname;
const continuum = parsePack(readFileSync(continuumFile, 'utf8'));
const draft = parsePack(readFileSync(draftFile, 'utf8'));

const calm = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none', consent: 'agrees' } as const;
const now = new Date('2026-06-01T12:00:00Z');

/** The fixture with domestic abuse over a year raised from Level 3 to Level 4 (Front Door). */
function stricterFixture() {
  const raw = rawFixture();
  raw.version = '1.1.0';
  const rule = raw.rules.find((candidate: { id: string }) => candidate.id === 'chronic-abuse');
  rule.level = 'level-4';
  rule.service = 'front-door';
  return parsePack(raw);
}

const caseload: CaseloadCase[] = [
  { name: 'calm', source: 'golden', answers: calm },
  {
    name: 'long abuse',
    source: 'golden',
    answers: { ...calm, factors: ['domestic-abuse'], 'da-duration': 'over-12-months' },
  },
  {
    name: 'long abuse, level 2 health',
    source: 'file',
    answers: { ...calm, health: 'l2', factors: ['domestic-abuse'], 'da-duration': 'over-12-months' },
  },
  {
    name: 'recent abuse',
    source: 'generated',
    answers: { ...calm, factors: ['domestic-abuse'], 'da-duration': 'under-3-months' },
  },
];

describe('diff on the fixture', () => {
  const result = diff(fixturePack(), stricterFixture(), caseload, { now });

  it("builds the level-shift matrix with each version's level ids", () => {
    expect(result.matrix.rows).toEqual(['level-1', 'level-2', 'level-3', 'level-4', 'immediate-danger']);
    expect(result.matrix.columns).toEqual(result.matrix.rows);
    expect(result.matrix.counts).toEqual([
      [2, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 2, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(result.shifts).toEqual([
      {
        from: 'level-3',
        fromName: 'Complex needs',
        to: 'level-4',
        toName: 'Specialist',
        count: 2,
        percent: 50,
        direction: 'up',
      },
    ]);
    expect(result).toMatchObject({
      total: 4,
      changed: 2,
      levelChanged: 2,
      up: 2,
      down: 0,
      servicesOnly: 0,
      casesOmitted: 0,
    });
  });

  it('counts service changes by first service', () => {
    expect(result.serviceChanges).toEqual([
      {
        from: 'team-around-family',
        fromName: 'Team Around the Family',
        to: 'front-door',
        toName: 'Front Door',
        count: 2,
        percent: 50,
      },
    ]);
  });

  it('lists the changed cases with both outcomes and both rationales', () => {
    expect(result.cases.map((changed) => [changed.index, changed.name, changed.source])).toEqual([
      [1, 'long abuse', 'golden'],
      [2, 'long abuse, level 2 health', 'file'],
    ]);
    const first = result.cases[0]!;
    expect(first.old).toMatchObject({
      level: 'level-3',
      levelName: 'Complex needs',
      services: ['team-around-family'],
      complete: true,
    });
    expect(first.new).toMatchObject({ level: 'level-4', levelName: 'Specialist', services: ['front-door'] });
    expect(first.old.rationale).toEqual([
      { ruleId: 'chronic-abuse', text: 'Domestic abuse has gone on for over a year.' },
    ]);
    expect(first.new.rationale).toEqual([
      { ruleId: 'chronic-abuse', text: 'Domestic abuse has gone on for over a year.' },
    ]);
    expect(first.answers).toEqual(caseload[1]!.answers);
    expect(first.levelChanged && first.servicesChanged).toBe(true);
  });

  it('sums it up in sentences, in English or Welsh', () => {
    expect(result.summary).toEqual([
      '2 of 4 cases change level: 2 higher, 0 lower.',
      '2 of 4 cases move from "Complex needs" to "Specialist".',
      '2 of 4 cases change their first service from "Team Around the Family" to "Front Door".',
    ]);
    const welsh = diff(fixturePack(), stricterFixture(), caseload, { now, locale: 'cy' });
    expect(welsh.summary).toEqual([
      "Mae 2 o'r 4 achos yn newid lefel: 2 yn uwch, 0 yn is.",
      `Mae 2 o'r 4 achos yn symud o "Anghenion cymhleth" i "Arbenigol".`,
      `Mae 2 o'r 4 achos yn newid eu gwasanaeth cyntaf o "Tîm o Amgylch y Teulu" i "Drws Ffrynt".`,
    ]);
    expect(welsh.cases[0]!.new.rationale[0]!.text).toBe('Mae cam-drin domestig wedi parhau am dros flwyddyn.');
  });

  it('says when nothing changes', () => {
    const same = diff(fixturePack(), fixturePack(), caseload, { now });
    expect(same.changed).toBe(0);
    expect(same.cases).toEqual([]);
    expect(same.shifts).toEqual([]);
    expect(same.summary).toEqual(['None of the 4 cases changes level or service.']);
    expect(same.matrix.counts.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('notices a service change that keeps the level', () => {
    const raw = rawFixture();
    raw.rules.find((rule: { id: string }) => rule.id === 'chronic-abuse').service = 'single-agency';
    raw.services.find((service: { id: string }) => service.id === 'single-agency').levels.push('level-3');
    const result = diff(fixturePack(), parsePack(raw), caseload, { now });
    expect(result).toMatchObject({ changed: 2, levelChanged: 0, servicesOnly: 2 });
    expect(result.summary[0]).toBe('2 of 4 cases keep their level but get different services.');
  });

  it('compares packs whose levels differ, each with its own level ids', () => {
    const raw = rawFixture();
    raw.id = 'other';
    raw.levels = raw.levels.map((level: { id: string }) => ({ ...level, id: level.id.replace('level', 'tier') }));
    raw.services.forEach(
      (service: { levels: string[] }) => (service.levels = service.levels.map((id) => id.replace('level', 'tier'))),
    );
    raw.rules.forEach((rule: { level?: string }) => rule.level && (rule.level = rule.level.replace('level', 'tier')));
    raw.default.level = 'tier-1';
    for (const section of raw.questionnaire.sections) {
      for (const question of section.questions) {
        for (const option of question.options ?? [])
          if (option.level) option.level = option.level.replace('level', 'tier');
      }
    }
    const result = diff(fixturePack(), parsePack(raw), caseload, { now });
    expect(result.matrix.columns).toEqual(['tier-1', 'tier-2', 'tier-3', 'tier-4', 'immediate-danger']);
    expect(result.matrix.rows[0]).toBe('level-1');
    // Every case "changes": its level is a different id in the other pack, at the same rank.
    expect(result.changed).toBe(4);
    expect(result.shifts.every((shift) => shift.direction === 'across')).toBe(true);
  });

  it('keeps only the first changed cases when asked, and counts the rest', () => {
    const limited = diff(fixturePack(), stricterFixture(), caseload, { now, maxCases: 1 });
    expect(limited.cases).toHaveLength(1);
    expect(limited.casesOmitted).toBe(1);
  });

  it('accepts plain answers, runs asynchronously and can be fed case by case', async () => {
    const plain: Answers[] = caseload.map((entry) => entry.answers);
    const result = await diffAsync(fixturePack(), stricterFixture(), plain, { now, progressEvery: 1 });
    expect(result.cases.map((changed) => [changed.name, changed.source])).toEqual([
      ['#2', 'answers'],
      ['#3', 'answers'],
    ]);
    const tally = new DiffTally(fixturePack(), stricterFixture());
    plain.forEach((answers, i) => {
      const before = evaluate(fixturePack(), answers, { now });
      const after = evaluate(stricterFixture(), answers, { now });
      tally.add(i, answers, summaryOf(before), summaryOf(after), () => [before, after]);
    });
    expect(tally.result().matrix).toEqual(result.matrix);
  });
});

describe('diff of the default pack, 1.0.0 against the domestic-abuse draft', () => {
  const golden: CaseloadCase[] = readCaseFiles(continuumFile).flatMap((file) =>
    file.golden ? [{ name: file.name, source: 'golden' as const, answers: file.golden.answers as Answers }] : [],
  );
  const generated = generatedCases([draft, continuum], 1500, { seed: 1 });
  const result = diff(continuum, draft, concatCases(golden, generated), { now });

  it('shows a real shift, only upwards, only where domestic abuse is named', () => {
    expect(result.total).toBe(golden.length + 1500);
    expect(result.levelChanged).toBeGreaterThan(10);
    expect(result.down).toBe(0);
    expect(result.up).toBe(result.levelChanged);
    for (const changed of result.cases) expect(changed.answers.factors).toContain('domestic-abuse');
    const moves = new Set(result.shifts.map((shift) => `${shift.from}>${shift.to}`));
    expect(moves).toContain('level-2>level-3');
    expect(moves).toContain('level-3>level-4');
  });

  it('moves the golden case that 1.0.0 keeps at Level 2 to Level 3, with the new rationale beside the old', () => {
    const moved = result.cases.find((changed) => changed.name === 'toxic-trio-one-factor-only')!;
    expect(moved.old).toMatchObject({ level: 'level-2', services: ['single-agency-early-help'] });
    expect(moved.new).toMatchObject({ level: 'level-3', services: ['multi-agency-early-help'] });
    expect(moved.old.rationale.map((rule) => rule.ruleId)).toEqual(['factor-present']);
    expect(moved.new.rationale.map((rule) => rule.ruleId)).toEqual(['domestic-abuse-emotional-harm']);
    expect(moved.new.rationale[0]!.text).toMatch(/^The child lives with domestic abuse\./);
  });

  it('sends long-running domestic abuse to the Front Door', () => {
    const long = result.cases.find((changed) => changed.name === 'domestic-abuse-over-12-months-front-door')!;
    expect(long.old.level).toBe('level-2');
    expect(long.new).toMatchObject({ level: 'level-4', services: ['front-door'] });
    expect(result.summary[0]).toMatch(/^\d+ of \d[\d,]* cases change level: \d+ higher, 0 lower\.$/);
    expect(
      result.summary.some((sentence) =>
        /move from "Additional needs – single agency" to "Complex needs – multi-agency early help"/.test(sentence),
      ),
    ).toBe(true);
  });
});
