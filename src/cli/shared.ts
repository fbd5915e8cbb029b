/** Helpers every rule-tool command shares: flags, reading packs and caseloads, numbers. */
import { readFileSync } from 'node:fs';
import { caseloadFormat, parseCaseload, type CaseloadCase, type CaseloadProblem } from '../engine/caseload.js';
import { PackError, parsePack } from '../engine/pack.js';
import type { Locale, Pack } from '../engine/schema.js';
import { formatCount } from '../i18n/count.js';
import { catalogue } from '../i18n/index.js';
import { ruleToolsStrings, type RuleToolsStrings } from '../i18n/rule-tools.js';
import type { Flags, Io } from './io.js';

export function localeOf(flags: Flags): Locale {
  return flags.get('lang') === 'cy' ? 'cy' : 'en';
}

export function stringsFor(flags: Flags): RuleToolsStrings {
  return ruleToolsStrings[localeOf(flags)];
}

/** A file's text; says why not on `io.err` and returns undefined when it cannot be read. */
export function readText(file: string, io: Io, locale: Locale): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    io.err(catalogue(locale).cli.cannotRead(file, (error as Error).message));
    return undefined;
  }
}

/** Reads and checks a pack file; says why not on `io.err` and returns undefined when it cannot. */
export function readPack(file: string, io: Io, locale: Locale): Pack | undefined {
  const text = readText(file, io, locale);
  if (text === undefined) return undefined;
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
  const text = readText(file, io, locale);
  if (text === undefined) return undefined;
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
