#!/usr/bin/env node
/**
 * `eh-rules`: the rule author's command line. Exits non-zero whenever anything is
 * wrong, so it can guard a release in CI.
 */
import { whatWouldChange } from '../engine/what-if.js';
import { whatIfLines, whatIfText } from '../engine/what-if-text.js';
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { caseAppliesTo, runCase } from '../engine/cases.js';
import { evaluate } from '../engine/evaluate.js';
import { PackError, parsePack } from '../engine/pack.js';
import { referralJsonSchema } from '../engine/referral.js';
import { recommendationText } from '../engine/report.js';
import { packJsonSchema, type Answers, type Locale, type Pack } from '../engine/schema.js';
import { catalogue } from '../i18n/index.js';
import { displayPath, findPackFiles, readCaseFiles, readPackFile } from './files.js';
import { checkReleases, extendLock, LockFileError, readLock, writeLock } from './releases.js';
import { diffCommand } from './commands/diff.js';
import { lintCommand } from './commands/lint.js';
import { proveCommand, proveTarget } from './commands/prove.js';
import { simulateCommand } from './commands/simulate.js';
import { ruleToolsStrings } from '../i18n/rule-tools.js';
import { table } from './table.js';
import type { Io } from './io.js';

export type { Io } from './io.js';

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

type Options = NonNullable<ParseArgsConfig['options']>;
const flag = { type: 'boolean' } as const;
const value = { type: 'string' } as const;

/** Each command's options (besides `--lang` and `--help`) and how many files or folders it takes. */
const COMMANDS: Readonly<Record<string, { readonly options: Options; readonly args: readonly [number, number] }>> = {
  check: { options: {}, args: [0, 1] },
  explain: {
    options: { json: flag, now: value, 'allow-incomplete': flag, 'allow-invalid': flag, 'what-if': flag },
    args: [2, 2],
  },
  lock: { options: {}, args: [0, 1] },
  library: { options: { write: value }, args: [0, 1] },
  schema: { options: { referral: flag, write: value }, args: [0, 0] },
  simulate: { options: { json: flag, generate: value, seed: value }, args: [1, 2] },
  diff: {
    options: { json: flag, ndjson: flag, cases: value, generate: value, seed: value, limit: value },
    args: [2, 2],
  },
  lint: { options: { json: flag, tries: value, seed: value }, args: [1, 1] },
  prove: { options: { json: flag, all: flag }, args: [0, 1] },
};
const COMMON: Options = { lang: value, help: { type: 'boolean', short: 'h' } };

/** The usage lines of one command (and their continuations), under the usage heading. */
function commandHelp(usage: string, command: string): string {
  const lines = usage.split('\n');
  let on = false;
  const picked = lines.slice(1).filter((line) => {
    const entry = /^\s{2}eh-rules (\S+)/.exec(line);
    if (entry) on = entry[1] === command;
    return on;
  });
  return [lines[0], ...picked].join('\n');
}

type ParseResult =
  | { readonly ok: true; readonly command: string | undefined; readonly parsed: Parsed }
  | { readonly ok: false; readonly code: number };

/**
 * Strict parsing (node:util parseArgs): an unknown option, a missing value, `--lang` other
 * than en or cy, or the wrong number of files is an error with the command's usage, never
 * silently ignored.
 */
function parseCommand(argv: readonly string[], io: Io): ParseResult {
  // A first, lenient pass finds the command and the language for the messages.
  const all: Options = { ...COMMON };
  for (const { options } of Object.values(COMMANDS)) Object.assign(all, options);
  const loose = parseArgs({ args: [...argv], options: all, allowPositionals: true, strict: false });
  const command = loose.positionals[0];
  const lang = loose.values.lang === 'cy' ? 'cy' : 'en';
  const t = catalogue(lang).cli;
  const usage = `${t.usage}\n${ruleToolsStrings[lang].usage}`;
  const spec = command === undefined || command === 'help' ? { options: {}, args: [0, 1] as const } : COMMANDS[command];
  if (spec === undefined) {
    io.err(t.unknownCommand(command!));
    io.err(usage);
    return { ok: false, code: 2 };
  }
  const name = command ?? 'help';
  const help = command === undefined || command === 'help' ? usage : commandHelp(usage, name);
  let strict;
  try {
    strict = parseArgs({
      args: [...argv],
      options: { ...COMMON, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    io.err(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? t.unknownOption(option, name)
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? t.badOptionValue(option.split(' ')[0]!)
          : (error as Error).message,
    );
    io.err(help);
    return { ok: false, code: 2 };
  }
  const language = strict.values.lang;
  if (language !== undefined && language !== 'en' && language !== 'cy') {
    io.err(t.badLang(String(language)));
    io.err(help);
    return { ok: false, code: 2 };
  }
  if (strict.values.help === true) {
    io.out(help);
    return { ok: false, code: 0 };
  }
  const rest = strict.positionals.slice(command === undefined ? 0 : 1);
  if (rest.length < spec.args[0] || rest.length > spec.args[1]) {
    io.err(t.wrongArguments(name));
    io.err(help);
    return { ok: false, code: 2 };
  }
  const flags = new Map<string, string | true>();
  for (const [key, given] of Object.entries(strict.values))
    if (given !== undefined && given !== false) flags.set(key, given === true ? true : String(given));
  return { ok: true, command, parsed: { positional: strict.positionals, flags } };
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
  // Problems that are not a golden case (an invalid pack, the lock, a proof): counted apart so
  // the summary never reads "-2 passed".
  let otherProblems = 0;
  const invalid = new Set<string>();
  for (const file of files) {
    const read = readPackFile(file);
    if (!read.pack) {
      otherProblems++;
      invalid.add(file);
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
    rows.push([
      pack.id,
      pack.version,
      pack.status,
      String(passed + failed),
      String(passed),
      String(failed),
      failed ? t.failed : t.ok,
    ]);
  }
  // Released versions must match the lock kept beside them.
  const lockFile = join(target, 'releases.lock.json');
  if (existsSync(lockFile)) {
    try {
      const problems = checkReleases(packs, readLock(lockFile), t);
      otherProblems += problems.length;
      details.push(...problems.map((problem) => problem.message));
      if (problems.length === 0) details.push(t.releasesOk(packs.filter((pack) => pack.status !== 'draft').length));
    } catch (error) {
      if (!(error instanceof LockFileError)) throw error;
      otherProblems++;
      details.push(t.cannotRead(displayPath(lockFile), error.message));
    }
  }
  const c = t.columns;
  io.out(table([c.pack, c.version, c.status, c.cases, c.passed, c.failed, c.result], rows));
  if (details.length > 0) io.out(`\n${details.join('\n')}`);
  // Safety floors and monotonicity are part of every check; a pack already reported invalid
  // above is not reported again.
  const proofs = proveTarget(target, locale, invalid);
  io.out(`\n${proofs.lines.join('\n')}`);
  otherProblems += proofs.failures;
  io.out(`\n${t.summary(files.length, totalCases, totalFailures, otherProblems)}`);
  return totalFailures + otherProblems > 0 ? 1 : 0;
}

/** `--write <file>` writes the text there and says so; without it the text goes to standard output. */
function writeOrPrint(
  text: string,
  target: string | boolean | undefined,
  io: Io,
  wrote: (file: string) => string,
): void {
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
    // A golden case, or any file that wraps its answers as {"answers": {…}}, carries them under "answers".
    const wrapperKeys = new Set(['$schema', 'description', 'versions', 'answers', 'expect']);
    const wrapped =
      typeof parsed.answers === 'object' &&
      parsed.answers !== null &&
      !Array.isArray(parsed.answers) &&
      Object.keys(parsed).every((key) => wrapperKeys.has(key));
    answers = (wrapped ? parsed.answers : parsed) as Answers;
  } catch (error) {
    io.err(t.cannotRead(answersFile, (error as Error).message));
    return 1;
  }
  const day = flags.get('now');
  const now = typeof day === 'string' ? new Date(`${day}T12:00:00`) : new Date();
  if (typeof day === 'string' && (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(now.getTime()))) {
    io.err(catalogue(locale).selection.badDate(day));
    return 2;
  }
  const recommendation = evaluate(pack, answers, { locale, now });
  // Answers that cannot be used, or required questions left open, are a mistake in the file
  // unless the author says otherwise: a provisional "Level 1" must not pass for a result.
  if (recommendation.invalid.length > 0 && !flags.has('allow-invalid')) {
    io.err(t.answerProblems);
    for (const problem of recommendation.invalid) io.err(`  ${problem.path}: ${problem.message}`);
    io.err(t.answersInvalid);
    return 1;
  }
  if (!recommendation.complete && !recommendation.urgent && !flags.has('allow-incomplete')) {
    io.err(t.answersIncomplete(recommendation.missing.length));
    for (const missing of recommendation.missing) io.err(`  ${missing.questionId}: ${missing.question}`);
    return 1;
  }
  // What would change this: searched only when asked, as it tries every nearby answer set.
  const whatIf = flags.has('what-if') ? whatWouldChange(pack, answers) : undefined;
  if (flags.has('json')) {
    io.out(JSON.stringify(whatIf ? { ...recommendation, whatIf } : recommendation, null, 2));
  } else {
    if (recommendation.invalid.length > 0) {
      io.err(t.answerProblems);
      for (const problem of recommendation.invalid) io.err(`  ${problem.path}: ${problem.message}`);
    }
    io.out(recommendationText(recommendation));
    if (whatIf) io.out(`\n${whatIfLines(whatIfText(pack, whatIf, recommendation.locale)).join('\n')}`);
  }
  return 0;
}

export function main(argv: readonly string[], io: Io = processIo): number {
  const read = parseCommand(argv, io);
  if (!read.ok) return read.code;
  const { positional, flags } = read.parsed;
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
      let lock;
      try {
        lock = readLock(lockFile);
      } catch (error) {
        if (!(error instanceof LockFileError)) throw error;
        // Never overwrite a lock that cannot be read: what it records would be lost.
        io.err(t.cannotRead(displayPath(lockFile), error.message));
        return 1;
      }
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
              .map((name) => ({
                path: relativeTo(join(folder, name)),
                text: readFileSync(join(folder, name), 'utf8'),
              })),
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
