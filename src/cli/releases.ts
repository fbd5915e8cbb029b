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
  for (const pack of packs)
    if (pack.status !== 'draft' && next[releaseKey(pack)] === undefined) next[releaseKey(pack)] = packHash(pack);
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** A lock file that cannot be read as `{ "id@version": "<sha-256>" }`, with the reason. */
export class LockFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'LockFileError';
  }
}

/** The lock beside a rules folder, or none; throws `LockFileError` naming what is wrong. */
export function readLock(file: string): ReleaseLock {
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LockFileError(file, (error as Error).message);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new LockFileError(file, 'expected { "id@version": "<sha-256>" }');
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new LockFileError(file, `"${key}": expected a SHA-256 hash as a string`);
  }
  return parsed as ReleaseLock;
}

export function writeLock(file: string, lock: ReleaseLock): void {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
