/**
 * `eh-rules prove [dir|pack.json] [--json] [--lang cy]`: every safety floor and
 * monotonicity, proved over every answer set. Exits 1 on a violation that is not listed
 * in `known-failures.json`, on a listed failure that now holds (the list must stay true),
 * and on anything the prover cannot model exactly.
 *
 * Floors come from the pack and, for a version released before it declared them, from
 * `<pack-id>/floors/<version>.json` beside it: a released file never changes, and proving
 * it against floors kept apart leaves its content and hash as they were.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FloorsFileError, withFloors } from '../../engine/prove/floors.js';
import { PackError } from '../../engine/pack.js';
import { prove, type PackProof } from '../../engine/prove/prove.js';
import type { Pack } from '../../engine/schema.js';
import { compareVersions } from '../../engine/select.js';
import { catalogue } from '../../i18n/index.js';
import { ruleToolsStrings } from '../../i18n/rule-tools.js';
import { displayPath, findPackFiles } from '../files.js';
import { table } from '../table.js';
import { type CommandIo, type Flags } from '../io.js';
import { localeOf } from '../shared.js';

export interface KnownFailure {
  readonly pack: string;
  readonly version: string;
  /** A floor id, or "monotonicity". */
  readonly check: string;
  readonly note: string;
}

export const MONOTONICITY = 'monotonicity';

/** The floors kept beside a released pack, or none. */
export function sidecarFile(packFile: string): string {
  return join(dirname(packFile), 'floors', basename(packFile));
}

/**
 * A pack with the floors kept beside it merged in, checked by `parsePack` like any floor
 * the pack declares itself.
 */
export function packWithFloors(packFile: string): { pack?: Pack; problems: readonly string[] } {
  const side = sidecarFile(packFile);
  try {
    const text = readFileSync(packFile, 'utf8');
    return { pack: withFloors(text, existsSync(side) ? readFileSync(side, 'utf8') : undefined), problems: [] };
  } catch (error) {
    if (error instanceof PackError)
      return { problems: error.problems.map((p) => `${p.path}${p.where ? ` (${p.where})` : ''}: ${p.message}`) };
    if (error instanceof FloorsFileError) return { problems: [`${displayPath(side)}: ${error.message}`] };
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code !== undefined)
      return { problems: [(error as Error).message] };
    throw error;
  }
}

function readKnown(file: string): { list: KnownFailure[]; problem?: string } {
  if (!existsSync(file)) return { list: [] };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { failures?: unknown };
    const list = parsed.failures;
    if (
      !Array.isArray(list) ||
      !list.every(
        (item) =>
          item &&
          typeof item.pack === 'string' &&
          typeof item.version === 'string' &&
          typeof item.check === 'string' &&
          typeof item.note === 'string',
      )
    ) {
      return { list: [], problem: 'expected { "failures": [{ "pack", "version", "check", "note" }] }' };
    }
    return { list: list as KnownFailure[] };
  } catch (error) {
    return { list: [], problem: (error as Error).message };
  }
}

export interface ProveRun {
  readonly proofs: readonly PackProof[];
  readonly failures: number;
  readonly lines: readonly string[];
}

/**
 * The `known-failures.json` of the rules folder a target sits in: in the target folder or the
 * nearest folder above it, so `eh-rules check rules/halton` reads the same list as `rules`.
 */
function nearestKnownFile(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const file = join(dir, 'known-failures.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) return join(start, 'known-failures.json');
  }
}

/**
 * Pack files a later released version of the same pack replaces: a released version below
 * the newest release, or a draft below it. They are kept unchanged for the record (and
 * their floors beside them), and what they fail is fixed in the version that replaces them.
 */
export function supersededFiles(files: readonly string[]): Map<string, { readonly pack: string; readonly by: string }> {
  const read = files.flatMap((file) => {
    try {
      const { id, version, status } = JSON.parse(readFileSync(file, 'utf8')) as {
        id?: unknown;
        version?: unknown;
        status?: unknown;
      };
      return typeof id === 'string' && typeof version === 'string'
        ? [{ file, id, version, released: status !== 'draft' }]
        : [];
    } catch {
      return [];
    }
  });
  const out = new Map<string, { pack: string; by: string }>();
  for (const entry of read) {
    const newer = read
      .filter((other) => other.id === entry.id && other.released && compareVersions(other.version, entry.version) > 0)
      .sort((a, b) => compareVersions(b.version, a.version))[0];
    if (newer) out.set(entry.file, { pack: `${entry.id} ${entry.version}`, by: `${newer.id} ${newer.version}` });
  }
  return out;
}

export interface ProveOptions {
  /** Prove superseded versions too. */
  readonly all?: boolean;
}

/** Proves every pack under `target`; the text to print and how many failures count against it. */
export function proveTarget(
  target: string,
  locale: 'en' | 'cy',
  reported: ReadonlySet<string> = new Set(),
  options: ProveOptions = {},
): ProveRun {
  const t = ruleToolsStrings[locale].prove;
  const dir = existsSync(target) && !target.endsWith('.json') ? target : dirname(dirname(target));
  const knownFile = nearestKnownFile(resolve(dir));
  const known = readKnown(knownFile);
  const lines: string[] = [];
  let failures = 0;
  if (known.problem) {
    failures++;
    lines.push(t.badKnown(displayPath(knownFile), known.problem));
  }
  const every = findPackFiles(target);
  const superseded = options.all ? new Map<string, { pack: string; by: string }>() : supersededFiles(every);
  const files = every.filter((file) => !superseded.has(file));
  const proofs: PackProof[] = [];
  const rows: string[][] = [];
  const details: string[] = [];
  let proved = 0;
  let violated = 0;
  let listed = 0;
  let cpu = 0;
  for (const file of files) {
    if (reported.has(file)) continue;
    const read = packWithFloors(file);
    if (!read.pack) {
      failures++;
      details.push(t.badFloors(displayPath(file)), ...read.problems.map((problem) => `  ${problem}`));
      continue;
    }
    const proof = prove(read.pack);
    proofs.push(proof);
    cpu += proof.cpuMs;
    const name = `${proof.packId} ${proof.version}`;
    const checks = [
      ...proof.floors.map((floor) => ({
        id: floor.id,
        label: t.floorCheck(floor.id, floor.atLeast, floor.service ?? ''),
        result: floor,
      })),
      { id: MONOTONICITY, label: t.monotonicity, result: proof.monotonicity },
    ];
    checks.forEach((check, i) => {
      const entry = known.list.find(
        (item) => item.pack === proof.packId && item.version === proof.version && item.check === check.id,
      );
      let result: string;
      if (check.result.status === 'proved') {
        proved++;
        if (entry) {
          failures++;
          result = t.results.stale;
          details.push(t.staleKnown(name, check.id));
        } else result = t.results.proved;
      } else {
        if (entry && check.result.status === 'violated') {
          listed++;
          result = t.results.known;
        } else {
          failures++;
          if (check.result.status === 'violated') violated++;
          result = check.result.status === 'violated' ? t.results.violated : t.results.unsupported;
        }
        details.push(t.counterexample(name, check.label));
        if (check.result.status === 'unsupported') details.push(t.unsupported(check.result.reason ?? ''));
        else if ('question' in check.result && check.result.question !== undefined) {
          const m = check.result;
          details.push(`  ${JSON.stringify(m.counterexample)}`);
          details.push(t.moved(m.question!, m.from!, m.to!, m.before!.level, m.after!.level));
        } else if ('outcome' in check.result && check.result.outcome) {
          details.push(`  ${JSON.stringify(check.result.counterexample)}`);
          details.push(t.outcome(check.result.outcome.level, check.result.outcome.services.join(', ')));
        }
        if (entry) details.push(t.knownNote(entry.note));
      }
      rows.push([i === 0 ? name : '', check.label, result, i === 0 ? `${(proof.cpuMs / 1000).toFixed(2)} s` : '']);
    });
  }
  const c = t.columns;
  lines.push(t.heading, '', table([c.pack, c.check, c.result, c.time], rows));
  if (details.length > 0) lines.push('', ...details);
  if (superseded.size > 0) {
    lines.push('', t.superseded(superseded.size));
    for (const { pack, by } of superseded.values()) lines.push(t.supersededBy(pack, by));
  }
  lines.push('', t.method, '', t.summary(files.length, proved, violated, listed, cpu / 1000));
  return { proofs, failures, lines };
}

export function proveCommand(args: readonly string[], flags: Flags, io: CommandIo): number {
  const locale = localeOf(flags);
  const target = resolve(args[0] ?? 'rules');
  if (findPackFiles(target).length === 0) {
    io.err(catalogue(locale).cli.noPacks(target));
    return 1;
  }
  const run = proveTarget(target, locale, new Set(), { all: flags.has('all') });
  if (flags.has('json')) io.out(JSON.stringify({ proofs: run.proofs, failures: run.failures }, null, 2));
  else io.out(run.lines.join('\n'));
  return run.failures > 0 ? 1 : 0;
}
