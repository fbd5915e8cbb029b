import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  caseName,
  compareVersionsOver,
  libraryCases,
  libraryPacks,
  runGoldenCases,
  runLabTask,
  type LabFile,
} from '../../src/engine/lab.js';
import { parsePack } from '../../src/engine/pack.js';
import { caseAppliesTo } from '../../src/engine/cases.js';

const rules = new URL('../../rules/', import.meta.url).pathname;
const read = (path: string): LabFile => ({ path, text: readFileSync(join(rules, path), 'utf8') });
const continuumCases = readdirSync(join(rules, 'continuum/cases'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => read(`continuum/cases/${name}`));
const oldText = read('continuum/1.0.0.json');
const draftText = read('continuum/1.1.0-draft.1.json');
const continuum = parsePack(oldText.text);
const draft = parsePack(draftText.text);
const now = new Date('2026-06-01T12:00:00Z');

describe('the rule library', () => {
  it('offers packs by id then version, newest last, and leaves out files not named <id>/<semver>.json', () => {
    const packs = libraryPacks({
      packs: [
        draftText,
        { path: 'rule-pack.schema.json', text: '{}' },
        oldText,
        { path: 'alpha/2.0.0.json', text: '{}' },
        { path: 'continuum/notes.json', text: '{}' },
      ],
      cases: [],
    });
    expect(packs.map((pack) => `${pack.id}@${pack.version}`)).toEqual([
      'alpha@2.0.0',
      'continuum@1.0.0',
      'continuum@1.1.0-draft.1',
    ]);
  });

  it('gives each pack only its own golden cases, named after their files', () => {
    const library = { packs: [], cases: [...continuumCases, { path: 'halton/cases/x.json', text: '{}' }] };
    const cases = libraryCases(library, 'continuum');
    expect(cases).toHaveLength(continuumCases.length);
    expect(cases.every((file) => file.path.startsWith('continuum/cases/'))).toBe(true);
    expect(caseName({ path: 'continuum/cases/toxic-trio.json', text: '' })).toBe('toxic-trio');
  });
});

describe('running golden cases', () => {
  it('passes every shipped continuum case on 1.0.0, skipping those for other versions', async () => {
    const result = await runGoldenCases(continuum, continuumCases, { now });
    const failed = result.runs
      .filter((run) => !run.passed)
      .map((run) => `${run.name}: ${JSON.stringify(run.failures)}`);
    expect(failed).toEqual([]);
    expect(result.passed + result.skipped).toBe(continuumCases.length);
    expect(result.skipped).toBeGreaterThan(0);
  });

  it('shows a failing case with the expected and actual level and both rationales', async () => {
    const source = continuumCases.find((file) => {
      const golden = JSON.parse(file.text);
      return (
        caseAppliesTo(golden, continuum.version) &&
        golden.expect.level === 'level-3' &&
        golden.expect.fires?.[0] === 'graded-level-3'
      );
    })!;
    const golden = JSON.parse(source.text);
    const wrong: LabFile = {
      path: source.path,
      text: JSON.stringify({ ...golden, expect: { ...golden.expect, level: 'level-2' } }),
    };
    const result = await runGoldenCases(continuum, [wrong], { now });
    const [run] = result.runs;
    expect(result.failed).toBe(1);
    expect(run!.failures.map((failure) => failure.check)).toContain('level');
    expect(run!.expected!.level).toEqual({
      id: 'level-2',
      name: continuum.levels.find((level) => level.id === 'level-2')!.name.en,
    });
    expect(run!.actual!.level.id).toBe('level-3');
    // The expected side is the rules the case names, in the pack's words; the actual side is what fired.
    const firstExpected = golden.expect.fires[0] as string;
    expect(run!.expected!.rationale[0]).toEqual({
      ruleId: firstExpected,
      text: continuum.rules.find((rule) => rule.id === firstExpected)!.rationale.en,
    });
    expect(run!.actual!.rationale.map((line) => line.ruleId)).toContain(firstExpected);
  });

  it('reports a file that is not a golden case with what is wrong, and goes on with the rest', async () => {
    const result = await runGoldenCases(
      continuum,
      [{ path: 'continuum/cases/broken.json', text: '{"answers": {' }, continuumCases[0]!],
      { now },
    );
    expect(result.runs[0]!.passed).toBe(false);
    expect(result.runs[0]!.problems.join(' ')).toMatch(/JSON|position|expected/i);
    expect(result.runs).toHaveLength(2);
  });

  it('answers in Welsh when asked', async () => {
    const forThisVersion = continuumCases.filter((file) => caseAppliesTo(JSON.parse(file.text), continuum.version));
    const result = await runGoldenCases(continuum, forThisVersion.slice(0, 3), { now, locale: 'cy' });
    const run = result.runs.find((candidate) => candidate.actual)!;
    expect(run.actual!.level.name).toBe(
      continuum.levels.find((level) => level.id === run.actual!.level.id)?.name.cy ?? continuum.urgent!.name.cy,
    );
  });
});

describe('comparing versions', () => {
  it('moves cases between levels when domestic abuse is treated as emotional harm, and counts every case', async () => {
    const result = await compareVersionsOver(continuum, draft, continuumCases, { now, generate: 500, seed: 7 });
    const forEither = continuumCases.filter((file) =>
      [continuum.version, draft.version].some((version) => caseAppliesTo(JSON.parse(file.text), version)),
    );
    expect(forEither.length).toBeLessThan(continuumCases.length);
    expect(result.total).toBe(forEither.length + 500);
    expect(result.up).toBeGreaterThan(0);
    const moved = result.cases.filter((changed) => changed.old.level !== changed.new.level);
    expect(moved.length).toBe(Math.min(result.levelChanged, 200));
    // The same pack on both sides moves nothing.
    const same = await compareVersionsOver(continuum, continuum, continuumCases, { now, generate: 100 });
    expect(same.changed).toBe(0);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const run = compareVersionsOver(continuum, draft, continuumCases, {
      now,
      generate: 20_000,
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
  });

  it('runs a task sent as JSON, checking the packs again', async () => {
    const task = {
      kind: 'cases',
      pack: JSON.parse(oldText.text),
      cases: continuumCases.slice(0, 5),
      locale: 'en',
    } as const;
    const done = await runLabTask(task);
    expect(done.kind).toBe('cases');
    await expect(runLabTask({ ...task, pack: { ...JSON.parse(oldText.text), levels: [] } })).rejects.toThrow(/levels/);
  });
});
