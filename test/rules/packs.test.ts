import { describe, expect, it } from 'vitest';
import { findPackFiles, readCaseFiles, readPackFile } from '../../src/cli/files.js';
import { checkReleases, readLock } from '../../src/cli/releases.js';
import { caseAppliesTo, runCase } from '../../src/engine/cases.js';
import { forEachText, formatPath } from '../../src/engine/pack.js';
import type { Pack } from '../../src/engine/schema.js';
import { en } from '../../src/i18n/en.js';

const rulesDir = new URL('../../rules', import.meta.url).pathname;
const files = findPackFiles(rulesDir);
const loaded = files.map((file) => ({ ...readPackFile(file), cases: readCaseFiles(file) }));
const packs = loaded.flatMap((entry) => (entry.pack ? [entry.pack] : []));

/** Minimum golden cases per pack, from the issue that introduced the shipped packs. */
const MINIMUM_CASES: Readonly<Record<string, number>> = {
  continuum: 60,
  'tower-hamlets': 20,
  'tri-borough': 20,
  torfaen: 20,
  walsall: 20,
  halton: 20,
};

describe('shipped rule packs', () => {
  it('include the default pack and one pack per seed authority', () => {
    expect([...new Set(packs.map((pack) => pack.id))].sort()).toEqual(expect.arrayContaining(Object.keys(MINIMUM_CASES).sort()));
  });

  it.each(loaded.map((entry) => [entry.file.slice(rulesDir.length + 1), entry] as const))('%s is a valid pack', (_name, entry) => {
    expect(entry.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
    expect(entry.cases.flatMap((c) => c.problems.map((p) => `${c.name} ${p}`))).toEqual([]);
  });

  describe.each(packs.map((pack) => [`${pack.id}@${pack.version}`, pack] as const))('%s', (_name, pack: Pack) => {
    const entry = loaded.find((candidate) => candidate.pack === pack)!;
    const cases = entry.cases.filter((c) => c.golden && caseAppliesTo(c.golden, pack.version));
    const results = cases.map((c) => runCase(pack, c.name, c.golden!, { now: new Date(`${pack.effectiveFrom}T12:00:00Z`) }));

    it('passes every golden case', () => {
      expect(results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.failures.map((f) => `${f.check} ${f.rule ?? ''}: expected ${f.expected}, got ${f.actual}`).join('; ')}`)).toEqual([]);
    });

    it('has enough golden cases', () => {
      if (pack.status === 'draft') return;
      // The second edition of the default pack asks more, and is pinned by more.
      const minimum = pack.id === 'continuum' && Number(pack.version.split('.')[0]) >= 2 ? 120 : (MINIMUM_CASES[pack.id] ?? 20);
      expect(results.length).toBeGreaterThanOrEqual(minimum);
    });

    it('has every rule fire in at least one case and stay silent in at least one', () => {
      const fired = new Set<string>();
      const silent = new Set<string>();
      for (const result of results) {
        for (const rule of result.recommendation.rules) {
          if (rule.status === 'fired') fired.add(rule.ruleId);
          if (rule.status === 'not-fired') silent.add(rule.ruleId);
        }
      }
      expect(pack.rules.filter((rule) => !fired.has(rule.id)).map((rule) => rule.id), 'never fired').toEqual([]);
      expect(pack.rules.filter((rule) => !silent.has(rule.id)).map((rule) => rule.id), 'never silent').toEqual([]);
    });

    it('reaches every level and every service in some case', () => {
      const levels = new Set(results.map((r) => r.recommendation.level.id));
      const services = new Set(results.flatMap((r) => r.recommendation.services.map((s) => s.id)));
      expect(pack.levels.map((level) => level.id).filter((id) => !levels.has(id))).toEqual([]);
      if (pack.urgent) expect(levels.has(pack.urgent.id)).toBe(true);
      expect(pack.services.map((service) => service.id).filter((id) => !services.has(id))).toEqual([]);
    });

    it('gives every text in every declared locale, with no markup', () => {
      const problems: string[] = [];
      forEachText(pack, (text, path) => {
        for (const locale of pack.locales) {
          const value = text[locale];
          if (!value?.trim()) problems.push(`${formatPath(path)}: no ${locale}`);
          else if (/[<>]|&[#a-z0-9]+;/i.test(value)) problems.push(`${formatPath(path)}.${locale}: markup in "${value}"`);
        }
      });
      expect(problems).toEqual([]);
    });

    it('says when it is illustrative and cites its sources', () => {
      if (pack.status !== 'illustrative') return;
      expect(pack.provenance.disclaimer).toBeDefined();
      expect(pack.provenance.sources.length).toBeGreaterThan(0);
    });
  });

  it('keeps released versions unchanged (rules/releases.lock.json)', () => {
    const lock = readLock(`${rulesDir}/releases.lock.json`);
    expect(Object.keys(lock).length).toBeGreaterThanOrEqual(Object.keys(MINIMUM_CASES).length);
    expect(checkReleases(packs, lock, en.cli).map((problem) => problem.message)).toEqual([]);
  });
});
