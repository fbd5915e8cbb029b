import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/engine/pack.js';
import { compareVersions, PackSelectionError, selectPack } from '../../src/engine/select.js';
import { rawFixture } from './helpers.js';

function version(v: string, from: string, to?: string, status = 'illustrative') {
  const raw = rawFixture();
  raw.version = v;
  raw.effectiveFrom = from;
  if (to) raw.effectiveTo = to;
  else delete raw.effectiveTo;
  raw.status = status;
  return parsePack(raw);
}

const v1 = version('1.0.0', '2026-01-01', '2026-06-30');
const v11 = version('1.1.0', '2026-07-01');
const draft = version('1.2.0-draft.1', '2026-09-01', undefined, 'draft');

function selectionError(run: () => unknown): PackSelectionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PackSelectionError);
    return error as PackSelectionError;
  }
  throw new Error('expected a selection error');
}

describe('selectPack', () => {
  it('chooses the version in force on the date, including the first and last day', () => {
    expect(selectPack([v11, v1], '2026-01-01').version).toBe('1.0.0');
    expect(selectPack([v11, v1], '2026-06-30').version).toBe('1.0.0');
    expect(selectPack([v11, v1], '2026-07-01').version).toBe('1.1.0');
    expect(selectPack([v1, v11], new Date(2030, 0, 1)).version).toBe('1.1.0');
  });

  it('ignores drafts unless asked for them', () => {
    expect(selectPack([v1, v11, draft], '2026-10-01').version).toBe('1.1.0');
    expect(selectPack([v1, v11, draft], '2026-10-01', { includeDrafts: true }).version).toBe('1.2.0-draft.1');
  });

  it('refuses, with the versions it knows, when nothing is in force', () => {
    const early = selectionError(() => selectPack([v1, v11], '2025-12-31'));
    expect(early.code).toBe('none-in-force');
    expect(early.message).toBe(
      'No version of "fixture" is in force on 2025-12-31. Versions cover: 1.0.0 (2026-01-01 – 2026-06-30); 1.1.0 (2026-07-01 – …).',
    );
    expect(selectionError(() => selectPack([v1], '2026-07-01')).code).toBe('none-in-force');
  });

  it('refuses an empty list, a mix of packs, a bad date and two versions starting the same day', () => {
    expect(selectionError(() => selectPack([], '2026-01-01')).code).toBe('empty');
    const other = parsePack({ ...rawFixture(), id: 'other' });
    expect(selectionError(() => selectPack([v1, other], '2026-01-01')).message).toContain('fixture, other');
    expect(selectionError(() => selectPack([v1], '1 Jan 2026')).code).toBe('bad-date');
    expect(selectionError(() => selectPack([v1], new Date('nonsense'))).code).toBe('bad-date');
    const twin = version('1.0.1', '2026-01-01', '2026-06-30');
    expect(selectionError(() => selectPack([v1, twin], '2026-02-01')).message).toContain('1.0.0, 1.0.1');
  });
});

describe('compareVersions', () => {
  it('orders by number, with pre-releases before their release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-draft.1', '0.9.9', '2.0.0'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.2.0-draft.1', '1.2.0', '1.10.0', '2.0.0']);
  });

  it('orders pre-releases by SemVer precedence: numbers as numbers, below words, fewer parts first', () => {
    // The example order of SemVer 2.0.0, section 11, shuffled.
    const precedence = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    expect([...precedence].reverse().sort(compareVersions)).toEqual(precedence);
    expect(['1.1.0-draft.10', '1.1.0-draft.2', '1.1.0-draft.1'].sort(compareVersions)).toEqual([
      '1.1.0-draft.1',
      '1.1.0-draft.2',
      '1.1.0-draft.10',
    ]);
    expect(compareVersions('1.1.0-draft-a.2', '1.1.0-draft-a.10')).toBe(-1);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});
