/**
 * `eh-rules simulate <pack.json> <cases.jsonl|cases.csv> [--generate N] [--seed S] [--json] [--lang cy]`:
 * the distribution of levels and services a caseload would be given, with a progress bar
 * on a terminal. Also the helpers the other rule-tool commands share.
 */
import { readFileSync } from 'node:fs';
import {
  caseloadFormat,
  concatCases,
  generatedCases,
  parseCaseload,
  type CaseloadCase,
  type CaseloadProblem,
} from '../../engine/caseload.js';
import { PackError, parsePack } from '../../engine/pack.js';
import type { Locale, Pack } from '../../engine/schema.js';
import { simulate } from '../../engine/simulate.js';
import { catalogue } from '../../i18n/index.js';
import type { Io } from '../eh-rules.js';
import { progressBar, type ProgressStream } from '../progress.js';
import { table } from '../table.js';
import { ruleToolsStrings, type RuleToolsStrings } from '../../i18n/rule-tools.js';
import { formatCount } from '../../i18n/count.js';

export type Flags = ReadonlyMap<string, string | true>;

/** The command line's output, plus (for tests) where a progress bar would be drawn and how wide the terminal is. */
export interface CommandIo extends Io {
  /** Where the progress bar goes (default: process.stderr, drawn only when it is a terminal). */
  readonly progress?: ProgressStream;
  /** Terminal width for side-by-side text (default: standard output's, or 120). */
  readonly columns?: number;
}

export function localeOf(flags: Flags): Locale {
  return flags.get('lang') === 'cy' ? 'cy' : 'en';
}

export function stringsFor(flags: Flags): RuleToolsStrings {
  return ruleToolsStrings[localeOf(flags)];
}

/** Reads and checks a pack file; says why not on `io.err` and returns undefined when it cannot. */
export function readPack(file: string, io: Io, locale: Locale): Pack | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(catalogue(locale).cli.cannotRead(file, (error as Error).message));
    return undefined;
  }
  try {
    return parsePack(text, { locale });
  } catch (error) {
    io.err(
      error instanceof PackError
        ? `${file}: ${error.message}`
        : catalogue(locale).cli.cannotRead(file, (error as Error).message),
    );
    return undefined;
  }
}

/**
 * A whole-number flag (`--generate 1000`, `--seed 7`): the fallback when absent, null (after
 * saying why) when it is not a whole number from 0 to 10,000,000.
 */
export function countFlag(flags: Flags, name: string, fallback: number, io: Io, t: RuleToolsStrings): number | null {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const value = raw === true ? Number.NaN : Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 10_000_000) {
    io.err(t.caseload.badCount(name, raw === true ? '' : raw));
    return null;
  }
  return value;
}

/** A caseload problem as a sentence. */
export function describeProblem(problem: CaseloadProblem, t: RuleToolsStrings): string {
  const c = t.caseload;
  const at = c.at(problem.line, problem.column);
  const field = problem.field ?? '';
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'jsonl.syntax':
      return c.jsonlSyntax(at);
    case 'jsonl.not-an-object':
      return c.jsonlNotObject(at);
    case 'jsonl.answer-type':
      return c.jsonlAnswerType(at, field, value);
    case 'csv.unclosed-quote':
      return c.csvUnclosedQuote(at);
    case 'csv.empty':
      return c.csvEmpty;
    case 'csv.duplicate-column':
      return c.csvDuplicateColumn(at, field);
    case 'csv.unknown-column':
      return c.csvUnknownColumn(at, field);
    case 'csv.field-count':
      return c.csvFieldCount(at, value, field);
    case 'csv.not-a-number':
      return c.csvNotANumber(at, field, value);
    case 'answer.unknown-question':
      return c.answerUnknownQuestion(at, field);
    case 'answer.not-an-option':
      return c.answerNotAnOption(at, field, value);
    case 'answer.out-of-range':
      return c.answerOutOfRange(at, field, value);
    default:
      return c.answerType(at, field, value);
  }
}

/**
 * Reads a caseload file for a pack. Errors (rows that cannot be read) are all reported
 * and give undefined; warnings (answers the engine will not use) are reported, first ten
 * in full, and the cases are returned.
 */
export function readCaseload(file: string, pack: Pack, io: Io, locale: Locale): CaseloadCase[] | undefined {
  const t = ruleToolsStrings[locale];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(catalogue(locale).cli.cannotRead(file, (error as Error).message));
    return undefined;
  }
  const { cases, problems } = parseCaseload(text, caseloadFormat(file), pack);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (errors.length > 0) {
    for (const problem of errors.slice(0, 50)) io.err(`${file}, ${describeProblem(problem, t)}`);
    if (errors.length > 50) io.err(t.caseload.moreProblems(errors.length - 50));
    io.err(t.caseload.errors(new Set(errors.map((problem) => problem.line)).size));
    return undefined;
  }
  if (warnings.length > 0) {
    io.err(t.caseload.warnings(warnings.length));
    for (const problem of warnings.slice(0, 10)) io.err(`  ${file}, ${describeProblem(problem, t)}`);
    if (warnings.length > 10) io.err(`  ${t.caseload.moreProblems(warnings.length - 10)}`);
  }
  return [...cases];
}

/** "12.5%" in the reader's language. */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(percent / 100);
}

/** Counts are written as the catalogues write them. */
export { formatCount };

/** `eh-rules simulate`: returns the exit code (0, or 1 when the pack or the caseload cannot be read, 2 on a usage error). */
export function simulateCommand(args: readonly string[], flags: Flags, io: CommandIo): number {
  const locale = localeOf(flags);
  const t = ruleToolsStrings[locale];
  const [packFile, caseFile] = args;
  if (packFile === undefined) {
    io.err(catalogue(locale).cli.usage);
    return 2;
  }
  const generate = countFlag(flags, 'generate', 0, io, t);
  const seed = countFlag(flags, 'seed', 1, io, t);
  if (generate === null || seed === null) return 2;
  if (caseFile === undefined && !flags.has('generate')) {
    io.err(t.caseload.needCaseload);
    return 2;
  }
  const pack = readPack(packFile, io, locale);
  if (!pack) return 1;
  const sources: string[] = [];
  let cases: CaseloadCase[] = [];
  if (caseFile !== undefined) {
    const read = readCaseload(caseFile, pack, io, locale);
    if (!read) return 1;
    cases = read;
    sources.push(t.simulate.fileSource(caseFile, read.length));
  }
  if (generate > 0) sources.push(t.simulate.generatedSource(generate, seed));
  // Generated cases are made one at a time as the simulation reads them.
  const caseload = concatCases(cases, generatedCases(pack, generate, { seed }));
  const progress = progressBar(t.progress.simulate, io.progress ? { stream: io.progress } : {});
  let distribution;
  try {
    distribution = simulate(pack, caseload, { locale, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.done();
  }
  if (flags.has('json')) {
    io.out(JSON.stringify({ ...distribution, sources }, null, 2));
    return 0;
  }
  const c = t.columns;
  const count = (value: number) => formatCount(value, locale);
  io.out(t.simulate.heading(pack.id, pack.version, sources.join('; ')));
  io.out(`\n${t.simulate.levels}`);
  io.out(
    table(
      [c.level, c.name, c.cases, c.percent],
      distribution.levels.map((level) => [
        level.id,
        level.name,
        count(level.count),
        formatPercent(level.percent, locale),
      ]),
    ),
  );
  io.out(`\n${t.simulate.services}`);
  io.out(
    table(
      [c.service, c.name, c.cases, c.percent],
      distribution.services.map((service) => [
        service.id,
        service.name,
        count(service.count),
        formatPercent(service.percent, locale),
      ]),
    ),
  );
  io.out(
    `\n${t.simulate.totals(distribution.total, distribution.complete, distribution.incomplete, distribution.urgent)}`,
  );
  if (distribution.withInvalidAnswers > 0) io.out(t.simulate.invalidAnswers(distribution.withInvalidAnswers));
  io.out(t.simulate.speed(distribution.elapsedMs / 1000, distribution.casesPerSecond));
  return 0;
}
