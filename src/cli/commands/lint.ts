/**
 * `eh-rules lint <pack.json> [--tries N] [--seed S] [--json] [--lang cy]`: what a valid pack
 * may still get wrong. Exits 1 on errors (a rule, level or service no answers were found to
 * reach; a showIf cycle), 0 when there are only warnings.
 */
import { existsSync } from 'node:fs';
import type { AnswerValue, Answers } from '../../engine/schema.js';
import { packWithFloors, sidecarFile } from './prove.js';
import { lint, type LintFinding, type LintResult } from '../../engine/lint.js';
import { catalogue } from '../../i18n/index.js';
import { table } from '../table.js';
import { type CommandIo, type Flags } from '../io.js';
import { countFlag, localeOf, readPack } from '../shared.js';
import { ruleToolsStrings, type RuleToolsStrings } from '../../i18n/rule-tools.js';

/** A witness's changes as `question=value; list=a|b`. */
export function formatChanges(changes: Answers): string {
  const show = (value: AnswerValue) => (Array.isArray(value) ? value.join('|') : String(value));
  return Object.entries(changes)
    .map(([id, value]) => `${id}=${show(value)}`)
    .join('; ');
}

export function lintText(result: LintResult, t: RuleToolsStrings): string {
  const out: string[] = [t.lint.heading(result.packId, result.version), ''];
  const order = (finding: LintFinding) => (finding.severity === 'error' ? 0 : 1);
  const findings = [...result.findings].sort((a, b) => order(a) - order(b));
  if (findings.length === 0) out.push(t.lint.noFindings);
  else {
    out.push(
      table(
        [t.columns.severity, t.columns.kind, t.columns.item, t.columns.message],
        findings.map((finding) => [
          t.lint.severity[finding.severity],
          t.lint.kinds[finding.target.kind],
          finding.target.id,
          finding.message,
        ]),
      ),
    );
  }
  if (result.cycles.length === 0) out.push('', t.lint.noCycles);
  out.push('', t.lint.reached);
  out.push(
    table(
      [t.columns.kind, t.columns.item, t.columns.witness],
      result.witnesses.map((witness) => [
        t.lint.kinds[witness.kind],
        witness.id,
        Object.keys(witness.changes).length === 0 ? t.lint.baselineItself : formatChanges(witness.changes),
      ]),
    ),
  );
  out.push(
    '',
    t.lint.baseline,
    t.lint.method,
    t.lint.searched(result.tries, result.elapsedMs / 1000),
    '',
    t.lint.summary(result.errors, result.warnings),
  );
  return out.join('\n');
}

/** `eh-rules lint`: 1 when there are errors (or the pack cannot be read), 0 with warnings only, 2 on a usage error. */
export function lintCommand(args: readonly string[], flags: Flags, io: CommandIo): number {
  const locale = localeOf(flags);
  const t = ruleToolsStrings[locale];
  const [packFile] = args;
  if (packFile === undefined) {
    io.err(catalogue(locale).cli.usage);
    return 2;
  }
  const tries = countFlag(flags, 'tries', 400, io, t);
  const seed = countFlag(flags, 'seed', 11, io, t);
  if (tries === null || seed === null) return 2;
  // Floors kept beside a released pack count as declared.
  const withFloors = existsSync(sidecarFile(packFile)) ? packWithFloors(packFile) : undefined;
  if (withFloors && !withFloors.pack)
    for (const problem of withFloors.problems) io.err(`${sidecarFile(packFile)}: ${problem}`);
  const pack = withFloors ? withFloors.pack : readPack(packFile, io, locale);
  if (!pack) return 1;
  const result = lint(pack, { locale, tries, seed });
  io.out(flags.has('json') ? JSON.stringify(result, null, 2) : lintText(result, t));
  return result.errors > 0 ? 1 : 0;
}
