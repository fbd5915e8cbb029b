#!/usr/bin/env node
/**
 * `eh-rules`: the rule author's command line. Exits non-zero whenever anything is
 * wrong, so it can guard a release in CI.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { caseAppliesTo, runCase } from '../engine/cases.js';
import { evaluate } from '../engine/evaluate.js';
import { PackError, parsePack } from '../engine/pack.js';
import { referralJsonSchema } from '../engine/referral.js';
import { recommendationText } from '../engine/report.js';
import { packJsonSchema, type Answers, type Locale, type Pack } from '../engine/schema.js';
import { catalogue } from '../i18n/index.js';
import { displayPath, findPackFiles, readCaseFiles, readPackFile } from './files.js';
import { checkReleases, extendLock, readLock, writeLock } from './releases.js';
import { diffCommand } from './commands/diff.js';
import { lintCommand } from './commands/lint.js';
import { proveCommand, proveTarget } from './commands/prove.js';
import { simulateCommand } from './commands/simulate.js';
import { ruleToolsStrings } from '../i18n/rule-tools.js';
import { table } from './table.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const next = args[i + 1];
      if (inline !== undefined) flags.set(name, inline);
      else if (next !== undefined && !next.startsWith('--') && name !== 'json') {
        flags.set(name, next);
        i++;
      } else flags.set(name, true);
    } else positional.push(arg);
  }
  return { positional, flags };
}

function localeFlag(flags: Parsed['flags']): Locale {
  return flags.get('lang') === 'cy' ? 'cy' : 'en';
}

/** `check [dir|file]`: validate every pack and run its golden cases. */
export function check(target: string, io: Io, locale: Locale = 'en'): number {
  const t = catalogue(locale).cli;
  const files = findPackFiles(target);
  if (files.length === 0) {
    io.err(t.noPacks(target));
    return 1;
  }
  const rows: string[][] = [];
  const details: string[] = [];
  const packs: Pack[] = [];
  let totalCases = 0;
  let totalFailures = 0;
  for (const file of files) {
    const read = readPackFile(file);
    if (!read.pack) {
      totalFailures++;
      rows.push([displayPath(file), '', '', '', '', '', t.invalidPack]);
      details.push(`${displayPath(file)}: ${catalogue(locale).packProblems.summary(read.problems.length)}`);
      for (const problem of read.problems) {
        details.push(`  ${problem.path}${problem.where ? ` (${problem.where})` : ''}: ${problem.message}`);
      }
      continue;
    }
    const { pack } = read;
    packs.push(pack);
    let passed = 0;
    let failed = 0;
    for (const caseFile of readCaseFiles(file)) {
      if (!caseFile.golden) {
        failed++;
        details.push(t.invalidCase(displayPath(caseFile.file)));
        for (const problem of caseFile.problems) details.push(`  ${problem}`);
        continue;
      }
      if (!caseAppliesTo(caseFile.golden, pack.version)) continue;
      const result = runCase(pack, caseFile.name, caseFile.golden);
      if (result.passed) passed++;
      else {
        failed++;
        details.push(`${pack.id}@${pack.version}: ${t.caseFailed(caseFile.name, caseFile.golden.description)}`);
        const { check: c } = ruleToolsStrings[locale];
        for (const f of result.failures) details.push(`  ${c.failure(f.check, f.expected, f.actual, f.rule ?? '')}`);
      }
    }
    totalCases += passed + failed;
    totalFailures += failed;
    rows.push([pack.id, pack.version, pack.status, String(passed + failed), String(passed), String(failed), failed ? t.failed : t.ok]);
  }
  // Released versions must match the lock kept beside them.
  const lockFile = join(target, 'releases.lock.json');
  if (existsSync(lockFile)) {
    const problems = checkReleases(packs, readLock(lockFile), t);
    totalFailures += problems.length;
    details.push(...problems.map((problem) => problem.message));
    if (problems.length === 0) details.push(t.releasesOk(packs.filter((pack) => pack.status !== 'draft').length));
  }
  const c = t.columns;
  io.out(table([c.pack, c.version, c.status, c.cases, c.passed, c.failed, c.result], rows));
  if (details.length > 0) io.out(`\n${details.join('\n')}`);
  // Safety floors and monotonicity are part of every check.
  const proofs = proveTarget(target, locale);
  io.out(`\n${proofs.lines.join('\n')}`);
  totalFailures += proofs.failures;
  io.out(`\n${t.summary(files.length, totalCases, totalFailures)}`);
  return totalFailures > 0 ? 1 : 0;
}

/** `--write <file>` writes the text there and says so; without it the text goes to standard output. */
function writeOrPrint(text: string, target: string | boolean | undefined, io: Io, wrote: (file: string) => string): void {
  if (typeof target === 'string') {
    writeFileSync(target, text);
    io.out(wrote(target));
  } else io.out(text.trimEnd());
}

/** `explain <pack> <answers>`: the recommendation with its rationale, as text or JSON. */
export function explain(packFile: string, answersFile: string, io: Io, flags: Parsed['flags'] = new Map()): number {
  const locale = localeFlag(flags);
  const t = catalogue(locale).cli;
  let pack;
  let answers: Answers;
  try {
    pack = parsePack(readFileSync(packFile, 'utf8'), { locale });
  } catch (error) {
    io.err(error instanceof PackError ? error.message : t.cannotRead(packFile, (error as Error).message));
    return 1;
  }
  try {
    const parsed = JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, unknown>;
    // A golden case carries its answers under "answers"; either file works.
    const isCase = typeof parsed.answers === 'object' && parsed.answers !== null && 'expect' in parsed;
    answers = (isCase ? parsed.answers : parsed) as Answers;
  } catch (error) {
    io.err(t.cannotRead(answersFile, (error as Error).message));
    return 1;
  }
  const now = typeof flags.get('now') === 'string' ? new Date(`${String(flags.get('now'))}T12:00:00`) : new Date();
  const recommendation = evaluate(pack, answers, { locale, now });
  if (flags.has('json')) {
    io.out(JSON.stringify(recommendation, null, 2));
  } else {
    if (recommendation.invalid.length > 0) {
      io.err(t.answerProblems);
      for (const problem of recommendation.invalid) io.err(`  ${problem.path}: ${problem.message}`);
    }
    io.out(recommendationText(recommendation));
  }
  return 0;
}

export function main(argv: readonly string[], io: Io = processIo): number {
  const { positional, flags } = parseArgs(argv);
  const [command, ...rest] = positional;
  const t = catalogue(localeFlag(flags)).cli;
  const usage = `${t.usage}\n${ruleToolsStrings[localeFlag(flags)].usage}`;
  switch (command) {
    case 'simulate':
      return simulateCommand(rest, flags, io);
    case 'diff':
      return diffCommand(rest, flags, io);
    case 'lint':
      return lintCommand(rest, flags, io);
    case 'prove':
      return proveCommand(rest, flags, io);
    case 'check':
      return check(resolve(rest[0] ?? 'rules'), io, localeFlag(flags));
    case 'explain':
      if (rest.length < 2) break;
      return explain(rest[0]!, rest[1]!, io, flags);
    case 'lock': {
      const dir = resolve(rest[0] ?? 'rules');
      const packs = findPackFiles(dir).flatMap((file) => readPackFile(file).pack ?? []);
      const lockFile = join(dir, 'releases.lock.json');
      const lock = readLock(lockFile);
      const changed = checkReleases(packs, lock, t).filter((problem) => problem.code === 'changed');
      for (const problem of changed) io.err(problem.message);
      writeLock(lockFile, extendLock(packs, lock));
      io.out(t.wrote(displayPath(lockFile)));
      return changed.length > 0 ? 1 : 0;
    }
    case 'library': {
      // Every pack, golden case and floors file under a folder, as one JSON file for `<eh-rule-lab library-src>`.
      const dir = resolve(rest[0] ?? 'rules');
      const files = findPackFiles(dir);
      const relativeTo = (file: string) => relative(dir, file).split(sep).join('/');
      const library = {
        packs: files.map((file) => ({ path: relativeTo(file), text: readFileSync(file, 'utf8') })),
        cases: [...new Set(files.map((file) => join(dirname(file), 'cases')))]
          .filter((folder) => existsSync(folder))
          .flatMap((folder) =>
            readdirSync(folder)
              .filter((name) => name.endsWith('.json'))
              .sort()
              .map((name) => ({ path: relativeTo(join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })),
          ),
        // The safety floors kept beside released packs, for the Rule Lab's Proofs tab.
        floors: files.flatMap((file) => {
          const side = join(dirname(file), 'floors', basename(file));
          return existsSync(side) ? [{ path: relativeTo(side), text: readFileSync(side, 'utf8') }] : [];
        }),
      };
      writeOrPrint(`${JSON.stringify(library)}\n`, flags.get('write'), io, t.wrote);
      return 0;
    }
    case 'schema': {
      // `--referral`: the referral summary's schema instead of the rule pack's.
      const schema = flags.has('referral') ? referralJsonSchema() : packJsonSchema();
      writeOrPrint(`${JSON.stringify(schema, null, 2)}\n`, flags.get('write'), io, t.wrote);
      return 0;
    }
    case undefined:
    case 'help':
      io.out(usage);
      return 0;
    default:
      io.err(t.unknownCommand(command));
  }
  io.err(usage);
  return 2;
}

/**
 * Run as a program, not imported. npm's `.bin/eh-rules` (what `npx eh-rules` runs) is a
 * symlink, and Node gives the module its real path: compare real paths, or an installed
 * package would silently check nothing and exit 0.
 */
function isMain(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
  }
}

if (isMain()) {
  process.exitCode = main(process.argv.slice(2));
}
