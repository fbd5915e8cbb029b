/**
 * Released rule packs never change. `rules/releases.lock.json` records the content hash
 * of every released (non-draft) version; a released file whose hash no longer matches is
 * an error, and the fix is a new version, not a new hash.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { packHash } from '../engine/pack.js';
import type { Pack } from '../engine/schema.js';
import type { Catalogue } from '../i18n/types.js';

export type ReleaseLock = Readonly<Record<string, string>>;

export interface ReleaseProblem {
  readonly key: string;
  readonly code: 'changed' | 'unlocked';
  readonly message: string;
}

export const releaseKey = (pack: Pack) => `${pack.id}@${pack.version}`;

/** Compares packs with the lock: a changed released pack, or a released pack not yet locked. */
export function checkReleases(packs: readonly Pack[], lock: ReleaseLock, t: Catalogue['cli']): ReleaseProblem[] {
  const problems: ReleaseProblem[] = [];
  for (const pack of packs) {
    if (pack.status === 'draft') continue;
    const key = releaseKey(pack);
    const locked = lock[key];
    if (locked === undefined) problems.push({ key, code: 'unlocked', message: t.releaseUnlocked(key) });
    else if (locked !== packHash(pack)) problems.push({ key, code: 'changed', message: t.releaseChanged(key) });
  }
  return problems;
}

/** Adds released packs that are not in the lock yet; never rewrites an existing entry. */
export function extendLock(packs: readonly Pack[], lock: ReleaseLock): Record<string, string> {
  const next: Record<string, string> = { ...lock };
  for (const pack of packs) if (pack.status !== 'draft' && next[releaseKey(pack)] === undefined) next[releaseKey(pack)] = packHash(pack);
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

export function readLock(file: string): ReleaseLock {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseLock) : {};
}

export function writeLock(file: string, lock: ReleaseLock): void {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
