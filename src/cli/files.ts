/**
 * Reading packs and golden cases from disk for the command line and the tests.
 * Layout: `<dir>/<pack-id>/<semver>.json` and `<dir>/<pack-id>/cases/*.json`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { readGoldenCase, type GoldenCase } from '../engine/cases.js';
import { en } from '../i18n/en.js';
import { formatPath, PackError, parsePack, type PackProblem } from '../engine/pack.js';
import type { Pack } from '../engine/schema.js';

const VERSION_FILE = /^(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.json$/;

export interface PackFile {
  readonly file: string;
  readonly pack?: Pack;
  readonly problems: readonly PackProblem[];
}

export interface CaseFile {
  readonly file: string;
  readonly name: string;
  readonly golden?: GoldenCase;
  readonly problems: readonly string[];
}

/** Every `<id>/<semver>.json` under `dir` (or `dir` itself when it is one pack's folder, or a file). */
export function findPackFiles(target: string): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  const own = readdirSync(target).filter((name) => VERSION_FILE.test(name));
  if (own.length > 0) return own.sort().map((name) => join(target, name));
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      findPackFiles(join(target, entry.name)).filter((file) => dirname(file) === join(target, entry.name)),
    )
    .sort();
}

/** Reads and checks one pack file, including that its folder and name match its id and version. */
export function readPackFile(file: string): PackFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, problems: [{ path: '$', where: '', code: 'file.unreadable', message: (error as Error).message }] };
  }
  try {
    const pack = parsePack(text);
    const t = en.cli;
    const problems: PackProblem[] = [];
    const version = VERSION_FILE.exec(basename(file))?.[1];
    const folder = basename(dirname(file));
    if (version !== undefined && version !== pack.version) {
      problems.push({
        path: formatPath(['version']),
        where: '',
        code: 'file.version-mismatch',
        message: t.versionMismatch(version, pack.version),
      });
    }
    if (version !== undefined && folder !== pack.id) {
      problems.push({
        path: formatPath(['id']),
        where: '',
        code: 'file.id-mismatch',
        message: t.idMismatch(folder, pack.id),
      });
    }
    return problems.length ? { file, problems } : { file, pack, problems };
  } catch (error) {
    if (error instanceof PackError) return { file, problems: error.problems };
    throw error;
  }
}

/** The golden cases kept beside a pack file, each checked against the case format. */
export function readCaseFiles(packFile: string): CaseFile[] {
  const dir = join(dirname(packFile), 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const read = readGoldenCase(readFileSync(file, 'utf8'));
      return {
        file,
        name: name.replace(/\.json$/, ''),
        ...(read.golden ? { golden: read.golden } : {}),
        problems: read.problems,
      };
    });
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
