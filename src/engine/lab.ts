/**
 * What the Rule Lab runs, as pure functions over text: a library of pack and golden-case
 * files, every golden case against a pack, and a version comparison over the golden cases
 * plus generated ones. The same functions run in a Web Worker or, where no worker can start,
 * on the page between animation frames; nothing here touches the DOM.
 */
import { concatCases, generatedCases, type CaseloadCase } from './caseload.js';
import { caseAppliesTo, readGoldenCase, runCase, type CaseFailure, type GoldenCase } from './cases.js';
import { diffAsync, type DiffResult } from './diff.js';
import { levelOutcome, localize } from './evaluate.js';
import { parsePack } from './pack.js';
import type { Answers, Locale, Pack } from './schema.js';
import { compareVersions } from './select.js';
import { inBatchesAsync } from './simulate.js';

/** One file of a library, by its path under `rules/` (`continuum/1.0.0.json`, `continuum/cases/x.json`). */
export interface LabFile {
  readonly path: string;
  readonly text: string;
}

/** The packs and golden cases a Rule Lab can offer: what `eh-rules library` writes. */
export interface RuleLibrary {
  readonly packs: readonly LabFile[];
  readonly cases: readonly LabFile[];
  /** Safety floors kept beside released packs: `<id>/floors/<version>.json`. */
  readonly floors?: readonly LabFile[];
}

/** The floors file kept beside one pack version, if the library has one. */
export function libraryFloors(library: RuleLibrary, packId: string, version: string): LabFile | undefined {
  return library.floors?.find(
    (file) =>
      file.path === `${packId}/floors/${version}.json` || file.path.endsWith(`/${packId}/floors/${version}.json`),
  );
}

export interface LibraryPack {
  readonly id: string;
  readonly version: string;
  readonly path: string;
  readonly text: string;
}

const PACK_PATH = /^(?:.*\/)?([a-z0-9][a-z0-9-]*)\/(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.json$/;
const CASE_PATH = /^(?:.*\/)?([a-z0-9][a-z0-9-]*)\/cases\/([^/]+)\.json$/;

/** The library's packs, by id and then version (newest last). Files not named `<id>/<semver>.json` are left out. */
export function libraryPacks(library: RuleLibrary): LibraryPack[] {
  const out: LibraryPack[] = [];
  for (const file of library.packs) {
    const match = PACK_PATH.exec(file.path);
    if (match) out.push({ id: match[1]!, version: match[2]!, path: file.path, text: file.text });
  }
  return out.sort((a, b) => (a.id === b.id ? compareVersions(a.version, b.version) : a.id < b.id ? -1 : 1));
}

/** The golden case files kept beside a pack id, by name. */
export function libraryCases(library: RuleLibrary, packId: string): LabFile[] {
  return library.cases
    .filter((file) => CASE_PATH.exec(file.path)?.[1] === packId)
    .map((file) => ({ path: file.path, text: file.text }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A case's name: its file name without `.json`. */
export function caseName(file: LabFile): string {
  return CASE_PATH.exec(file.path)?.[2] ?? file.path.replace(/^.*\//, '').replace(/\.json$/, '');
}

/** A level or service as the lab shows it: id and name. */
interface Named {
  readonly id: string;
  readonly name: string;
}

/** One golden case run against a pack. */
export interface CaseRun {
  readonly name: string;
  readonly description: string;
  /** The case does not apply to this version (`versions`), so it was not run. */
  readonly skipped: boolean;
  /** The file could not be read as a golden case. */
  readonly problems: readonly string[];
  readonly passed: boolean;
  readonly failures: readonly CaseFailure[];
  readonly expected?: {
    readonly level: Named;
    readonly services: readonly Named[];
    readonly rationale: readonly RationaleLine[];
  };
  readonly actual?: {
    readonly level: Named;
    readonly services: readonly Named[];
    readonly rationale: readonly RationaleLine[];
  };
}

export interface RationaleLine {
  readonly ruleId: string;
  readonly text: string;
}

export interface CaseRunResult {
  readonly packId: string;
  readonly version: string;
  readonly runs: readonly CaseRun[];
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

function named(pack: Pack, id: string, locale: Locale, kind: 'level' | 'service'): Named {
  if (kind === 'level') {
    const known = pack.levels.some((level) => level.id === id) || pack.urgent?.id === id;
    return { id, name: known ? levelOutcome(pack, id, locale).name : id };
  }
  const service = pack.services.find((candidate) => candidate.id === id);
  return { id, name: service ? localize(service.name, locale, pack) : id };
}

/**
 * The expected side of a case in words: its level and services, and as its rationale the
 * rules it expects to fire (their text in this pack; a rule the pack lacks is named as such).
 */
function expectedOf(
  pack: Pack,
  golden: GoldenCase,
  locale: Locale,
  missingRule: (id: string) => string,
): NonNullable<CaseRun['expected']> {
  const services = golden.expect.services ?? (golden.expect.service !== undefined ? [golden.expect.service] : []);
  return {
    level: named(pack, golden.expect.level, locale, 'level'),
    services: services.map((id) => named(pack, id, locale, 'service')),
    rationale: (golden.expect.fires ?? []).map((ruleId) => {
      const rule = pack.rules.find((candidate) => candidate.id === ruleId);
      return { ruleId, text: rule ? localize(rule.rationale, locale, pack) : missingRule(ruleId) };
    }),
  };
}

export interface RunOptions {
  readonly locale?: Locale;
  readonly now?: Date;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Words for a rule a case names that the pack lacks (the lab's catalogue). */
  readonly missingRule?: (ruleId: string) => string;
}

/** Every golden case file against the pack: pass/fail, and for each case both sides in words. */
export async function runGoldenCases(
  pack: Pack,
  files: readonly LabFile[],
  options: RunOptions = {},
): Promise<CaseRunResult> {
  const locale = options.locale && pack.locales.includes(options.locale) ? options.locale : pack.locales[0]!;
  const missingRule = options.missingRule ?? ((id: string) => id);
  const runs: CaseRun[] = [];
  await inBatchesAsync(files.length, { ...options, progressEvery: 25 }, (i) => {
    const file = files[i]!;
    const name = caseName(file);
    const read = readGoldenCase(file.text, locale);
    if (!read.golden) {
      runs.push({ name, description: '', skipped: false, problems: read.problems, passed: false, failures: [] });
      return;
    }
    const golden = read.golden;
    if (!caseAppliesTo(golden, pack.version)) {
      runs.push({ name, description: golden.description, skipped: true, problems: [], passed: true, failures: [] });
      return;
    }
    const result = runCase(pack, name, golden, { locale, ...(options.now ? { now: options.now } : {}) });
    const { recommendation } = result;
    runs.push({
      name,
      description: golden.description,
      skipped: false,
      problems: [],
      passed: result.passed,
      failures: result.failures,
      expected: expectedOf(pack, golden, locale, missingRule),
      actual: {
        level: { id: recommendation.level.id, name: recommendation.level.name },
        services: recommendation.services.map((service) => ({ id: service.id, name: service.name })),
        rationale: recommendation.rationale.map((rule) => ({ ruleId: rule.ruleId, text: rule.text })),
      },
    });
  });
  const ran = runs.filter((run) => !run.skipped);
  return {
    packId: pack.id,
    version: pack.version,
    runs,
    passed: ran.filter((run) => run.passed).length,
    failed: ran.filter((run) => !run.passed).length,
    skipped: runs.length - ran.length,
  };
}

/** Golden case files as a caseload (unreadable files are left out: the cases run reports them). */
export function goldenCaseload(files: readonly LabFile[], versions?: readonly string[]): CaseloadCase[] {
  const out: CaseloadCase[] = [];
  for (const file of files) {
    const read = readGoldenCase(file.text);
    // Only cases written for one of the versions compared: a case for neither says nothing about the change.
    if (read.golden && versions && !versions.some((version) => caseAppliesTo(read.golden!, version))) continue;
    if (read.golden) out.push({ name: caseName(file), source: 'golden', answers: read.golden.answers as Answers });
  }
  return out;
}

export interface CompareOptions extends RunOptions {
  /** Generated cases added to the golden ones (from both questionnaires). */
  readonly generate?: number;
  readonly seed?: number;
  /** Changed cases kept with their rationale (default 200); the rest are only counted. */
  readonly maxCases?: number;
}

/** Two versions over the golden cases of both plus `generate` generated cases: `diff`, yielding as it goes. */
export function compareVersionsOver(
  oldPack: Pack,
  newPack: Pack,
  files: readonly LabFile[],
  options: CompareOptions = {},
): Promise<DiffResult> {
  const caseload = concatCases<CaseloadCase>(
    goldenCaseload(files, [oldPack.version, newPack.version]),
    generatedCases([newPack, oldPack], options.generate ?? 0, { seed: options.seed ?? 1 }),
  );
  return diffAsync(oldPack, newPack, caseload, {
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    maxCases: options.maxCases ?? 200,
    progressEvery: 500,
  });
}

/** One check of the Proofs tab: a floor, or monotonicity. */
export interface ProofLine {
  /** The floor's id, or "monotonicity". */
  readonly id: string;
  readonly standard?: string;
  /** What is proved, in the reader's language. */
  readonly statement: string;
  readonly status: 'proved' | 'violated' | 'unsupported';
  /** An answer set that breaks it, to load into Try answers. */
  readonly counterexample?: Answers;
  /** What goes wrong there, in words. */
  readonly detail?: string;
}

export interface ProofsResult {
  readonly packId: string;
  readonly version: string;
  readonly lines: readonly ProofLine[];
  readonly cpuMs: number;
}

/** A request to the lab's worker. Packs travel as JSON (text or parsed) and are checked again there. */
export type LabTask =
  | { readonly kind: 'cases'; readonly pack: unknown; readonly cases: readonly LabFile[]; readonly locale: Locale }
  /** Proved by the worker with the prover loaded on demand (`lab-proofs.ts`), never by the engine entry. */
  | { readonly kind: 'prove'; readonly pack: unknown; readonly floors?: string; readonly locale: Locale }
  | {
      readonly kind: 'compare';
      readonly old: unknown;
      readonly new: unknown;
      readonly cases: readonly LabFile[];
      readonly generate: number;
      readonly seed: number;
      readonly locale: Locale;
    };

export type LabTaskResult =
  | { readonly kind: 'cases'; readonly result: CaseRunResult }
  | { readonly kind: 'compare'; readonly result: DiffResult }
  | { readonly kind: 'prove'; readonly result: ProofsResult };

/** Runs a lab task wherever it is called (the worker, or the page when no worker can start). */
export async function runLabTask(
  task: LabTask,
  options: {
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
    missingRule?: (id: string) => string;
  } = {},
): Promise<LabTaskResult> {
  const common = {
    locale: task.locale,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.missingRule ? { missingRule: options.missingRule } : {}),
  };
  if (task.kind === 'cases')
    return { kind: 'cases', result: await runGoldenCases(parsePack(task.pack), task.cases, common) };
  if (task.kind === 'prove')
    throw new Error('Proofs run in the Rule Lab worker (lab-proofs.ts), not through runLabTask.');
  const result = await compareVersionsOver(parsePack(task.old), parsePack(task.new), task.cases, {
    ...common,
    generate: task.generate,
    seed: task.seed,
  });
  return { kind: 'compare', result };
}
