/**
 * `eh-rules diff <old.json> <new.json> [--cases dir|file] [--generate N] [--seed S] [--limit N] [--json|--ndjson] [--lang cy]`:
 * what a new version changes over a caseload. The caseload is the golden cases kept beside
 * both packs (or those in `--cases`, a folder of golden cases or a .jsonl/.csv caseload),
 * plus N cases generated from both versions' questionnaires.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { caseAppliesTo, GoldenCaseSchema, type GoldenCase } from '../../engine/cases.js';
import { concatCases, generatedCases, type CaseloadCase } from '../../engine/caseload.js';
import { diff, type CaseOutcome, type DiffResult } from '../../engine/diff.js';
import type { Answers, Locale, Pack } from '../../engine/schema.js';
import { catalogue } from '../../i18n/index.js';
import { displayPath, readCaseFiles } from '../files.js';
import { progressBar } from '../progress.js';
import { table } from '../table.js';
import { type CommandIo, type Flags } from '../io.js';
import { countFlag, formatCount, formatPercent, localeOf, readCaseload, readPack } from '../shared.js';
import { ruleToolsStrings, type RuleToolsStrings } from '../../i18n/rule-tools.js';

/** A golden case written for either version compared; one written for neither says nothing about the change. */
const forEither = (golden: GoldenCase, versions: readonly string[]) =>
  versions.some((version) => caseAppliesTo(golden, version));

/** Golden cases in a folder (`*.json`), named by file; invalid files are reported on `io.err` and skipped. */
function goldenCasesIn(dir: string, versions: readonly string[], io: CommandIo, locale: Locale): CaseloadCase[] {
  const cli = catalogue(locale).cli;
  const out: CaseloadCase[] = [];
  for (const name of readdirSync(dir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      io.err(cli.cannotRead(displayPath(file), (error as Error).message));
      continue;
    }
    const parsed = GoldenCaseSchema.safeParse(raw);
    if (!parsed.success) {
      io.err(cli.invalidCase(displayPath(file)));
      continue;
    }
    if (!forEither(parsed.data, versions)) continue;
    out.push({ name: name.replace(/\.json$/, ''), source: 'golden', answers: parsed.data.answers as Answers });
  }
  return out;
}

/** The golden cases kept beside each pack file (`<folder>/cases/*.json`), each folder once. */
function goldenCasesBeside(
  files: readonly string[],
  versions: readonly string[],
  io: CommandIo,
  locale: Locale,
): CaseloadCase[] {
  const cli = catalogue(locale).cli;
  const seen = new Set<string>();
  const out: CaseloadCase[] = [];
  for (const file of files) {
    for (const caseFile of readCaseFiles(file)) {
      const key = resolve(caseFile.file);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!caseFile.golden) {
        io.err(cli.invalidCase(displayPath(caseFile.file)));
        continue;
      }
      if (!forEither(caseFile.golden, versions)) continue;
      out.push({ name: caseFile.name, source: 'golden', answers: caseFile.golden.answers as Answers });
    }
  }
  return out;
}

/** Words wrapped to `width` columns (a word longer than the width gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Two blocks of text side by side, each wrapped to its half of `width`. */
export function sideBySide(left: readonly string[], right: readonly string[], width: number): string {
  const column = Math.max(24, Math.floor((width - 3) / 2));
  const wrapAll = (paragraphs: readonly string[]) => paragraphs.flatMap((paragraph) => wrap(paragraph, column));
  const a = wrapAll(left);
  const b = wrapAll(right);
  const rows: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    rows.push(`${(a[i] ?? '').padEnd(column)} | ${b[i] ?? ''}`.trimEnd());
  return rows.join('\n');
}

function outcomeLines(label: string, outcome: CaseOutcome, t: RuleToolsStrings): string[] {
  const level = `${label}: ${outcome.levelName} (${outcome.level})${outcome.complete ? '' : `, ${t.diff.provisional}`}`;
  const services = `→ ${outcome.serviceNames.join('; ')}`;
  return [level, services, ...outcome.rationale.map((rule) => `• ${rule.ruleId}: ${rule.text}`)];
}

/** The diff as text: summary, matrix, legend, service changes, then the first `limit` changed cases. */
export function diffText(
  result: DiffResult,
  t: RuleToolsStrings,
  locale: Locale,
  limit: number,
  width: number,
  parts: string,
): string {
  const out: string[] = [];
  const oldLabel = `${result.old.packId} ${result.old.version}`;
  const newLabel = `${result.new.packId} ${result.new.version}`;
  const count = (value: number) => formatCount(value, locale);
  out.push(t.diff.heading(oldLabel, newLabel, result.total, parts));
  out.push('', t.diff.summary, ...result.summary.map((sentence) => `  ${sentence}`));
  out.push('', t.diff.matrix(result.old.version, result.new.version));
  out.push(
    table(
      [`${result.old.version} \\ ${result.new.version}`, ...result.matrix.columns],
      result.matrix.rows.map((row, r) => [row, ...result.matrix.counts[r]!.map((value) => count(value))]),
    ),
  );
  // One legend when both versions name their levels alike, else one per version.
  const legend = (levels: DiffResult['old']['levels']) => levels.map((level) => [level.id, level.name]);
  const sameLevels = JSON.stringify(result.old.levels) === JSON.stringify(result.new.levels);
  out.push('', t.diff.levels);
  if (sameLevels) out.push(table([t.columns.level, t.columns.name], legend(result.old.levels)));
  else {
    out.push(oldLabel, table([t.columns.level, t.columns.name], legend(result.old.levels)));
    out.push(newLabel, table([t.columns.level, t.columns.name], legend(result.new.levels)));
  }
  if (result.serviceChanges.length > 0) {
    out.push('', t.diff.services);
    out.push(
      table(
        [t.columns.from, t.columns.to, t.columns.cases, t.columns.percent],
        result.serviceChanges.map((change) => [
          change.from ?? '—',
          change.to ?? '—',
          count(change.count),
          formatPercent(change.percent, locale),
        ]),
      ),
    );
  }
  if (result.changed > 0) {
    const shown = result.cases.slice(0, limit);
    out.push('', t.diff.cases(shown.length, result.changed));
    for (const changed of shown) {
      out.push('', t.diff.caseTitle(changed.index + 1, changed.name, t.diff.sources[changed.source]));
      out.push(
        sideBySide(
          outcomeLines(result.old.version, changed.old, t),
          outcomeLines(result.new.version, changed.new, t),
          width,
        ),
      );
    }
    if (result.changed > shown.length) out.push('', t.diff.moreCases(result.changed - shown.length));
  }
  out.push('', t.diff.speed(result.elapsedMs / 1000, result.casesPerSecond));
  return out.join('\n');
}

/** `eh-rules diff`: 0 when the comparison ran (whatever it found), 1 when a pack or the caseload cannot be read, 2 on a usage error. */
export function diffCommand(args: readonly string[], flags: Flags, io: CommandIo): number {
  const locale = localeOf(flags);
  const t = ruleToolsStrings[locale];
  const [oldFile, newFile] = args;
  if (oldFile === undefined || newFile === undefined) {
    io.err(catalogue(locale).cli.usage);
    return 2;
  }
  const generate = countFlag(flags, 'generate', 0, io, t);
  const seed = countFlag(flags, 'seed', 1, io, t);
  const limit = countFlag(flags, 'limit', 10, io, t);
  if (generate === null || seed === null || limit === null) return 2;
  const oldPack: Pack | undefined = readPack(oldFile, io, locale);
  const newPack: Pack | undefined = readPack(newFile, io, locale);
  if (!oldPack || !newPack) return 1;

  let caseload: CaseloadCase[];
  let fromFiles = 0;
  const casesFlag = flags.get('cases');
  if (typeof casesFlag === 'string') {
    if (!existsSync(casesFlag)) {
      io.err(catalogue(locale).cli.cannotRead(casesFlag, 'ENOENT'));
      return 1;
    }
    if (statSync(casesFlag).isDirectory())
      caseload = goldenCasesIn(casesFlag, [oldPack.version, newPack.version], io, locale);
    else {
      // A caseload file is checked against the new version's questionnaire.
      const read = readCaseload(casesFlag, newPack, io, locale);
      if (!read) return 1;
      caseload = read;
      fromFiles = read.length;
    }
  } else caseload = goldenCasesBeside([oldFile, newFile], [oldPack.version, newPack.version], io, locale);
  const golden = caseload.length - fromFiles;
  // Generated from both questionnaires (the new version's questions first), one case at a time.
  const all = concatCases(caseload, generatedCases([newPack, oldPack], generate, { seed }));
  if (all.length === 0) {
    io.err(t.diff.noCases);
    return 1;
  }

  if (flags.has('json') && flags.has('ndjson')) {
    io.err(t.diff.jsonOrNdjson);
    return 2;
  }
  const ndjson = flags.has('ndjson');
  const progress = progressBar(t.progress.diff, io.progress ? { stream: io.progress } : {});
  let result: DiffResult;
  try {
    // Text and NDJSON explain `--limit` changed cases; JSON keeps them all unless a limit is given.
    const keep = flags.has('json') && !flags.has('limit') ? {} : { maxCases: limit };
    result = diff(oldPack, newPack, all, {
      locale,
      ...keep,
      // NDJSON: every changed case as a line as soon as it is found; nothing piles up.
      ...(ndjson ? { onChanged: (change) => io.out(JSON.stringify({ type: 'case', ...change })) } : {}),
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.done();
  }
  const parts = [
    ...(golden > 0 ? [t.diff.partGolden(golden)] : []),
    ...(fromFiles > 0 ? [t.diff.partFile(fromFiles)] : []),
    ...(generate > 0 ? [t.diff.partGenerated(generate)] : []),
  ].join(', ');
  const caseloadParts = { golden, file: fromFiles, generated: generate, seed };
  if (flags.has('json')) {
    io.out(JSON.stringify({ ...result, caseload: caseloadParts }, null, 2));
    return 0;
  }
  if (ndjson) {
    // Last, the totals and the first `--limit` changed cases explained, on one line.
    io.out(JSON.stringify({ type: 'summary', ...result, caseload: caseloadParts }));
    return 0;
  }
  const width = io.columns ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 120;
  io.out(diffText(result, t, locale, limit, width, parts));
  return 0;
}
