/**
 * `eh-rules simulate <pack.json> <cases.jsonl|cases.csv> [--generate N] [--seed S] [--json] [--lang cy]`:
 * the distribution of levels and services a caseload would be given, with a progress bar
 * on a terminal.
 */
import { concatCases, generatedCases, type CaseloadCase } from '../../engine/caseload.js';
import { catalogue } from '../../i18n/index.js';
import { simulate } from '../../engine/simulate.js';
import type { CommandIo, Flags } from '../io.js';
import { progressBar } from '../progress.js';
import { countFlag, formatCount, formatPercent, localeOf, readCaseload, readPack } from '../shared.js';
import { table } from '../table.js';
import { ruleToolsStrings } from '../../i18n/rule-tools.js';

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
