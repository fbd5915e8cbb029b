/**
 * What a new version of a pack changes, case by case: the same caseload through both
 * versions, a level-shift matrix, service changes, and every changed case with the old and
 * the new rationale side by side. Outcomes come from the batch path, which a property test
 * holds equal to `evaluate`; the changed cases kept are explained by `evaluate` itself.
 */
import { ruleToolsStrings } from '../i18n/rule-tools.js';
import { evaluate, localize, type Recommendation } from './evaluate.js';
import type { CaseloadCase } from './caseload.js';
import type { Answers, Locale, Pack } from './schema.js';
import {
  answersOf,
  caseAt,
  inBlocks,
  inBlocksAsync,
  outcomeBlocks,
  isCaseloadCase,
  outcomesOf,
  percentOf,
  type Caseload,
  type OutcomeSummary,
  type RunOptions,
} from './simulate.js';

export interface DiffOptions extends RunOptions {
  /** Keep at most this many changed cases in `cases` (default: all); the rest are only counted. */
  readonly maxCases?: number;
  /**
   * Told of every changed case as it is found, outcomes only (nothing explained), so that a
   * caller can stream them (`eh-rules diff --ndjson`) while memory stays flat in the caseload.
   */
  readonly onChanged?: (change: ChangedOutcome) => void;
}

/** A changed case as `onChanged` hears it: where it is, and each version's level and services. */
export interface ChangedOutcome {
  readonly index: number;
  readonly name: string;
  readonly source: ChangedCase['source'];
  readonly old: { readonly level: string; readonly services: readonly string[] };
  readonly new: { readonly level: string; readonly services: readonly string[] };
  readonly levelChanged: boolean;
  readonly servicesChanged: boolean;
}

/** One version's side of the comparison. */
export interface DiffSide {
  readonly packId: string;
  readonly version: string;
  readonly status: Pack['status'];
  /** Levels in rank order, then the urgent outcome. */
  readonly levels: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly rank: number;
    readonly urgent: boolean;
  }>;
  readonly services: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/** What one version recommends for a case. */
export interface CaseOutcome {
  readonly level: string;
  readonly levelName: string;
  readonly rank: number;
  readonly urgent: boolean;
  readonly complete: boolean;
  /** Service ids, first recommended first. */
  readonly services: readonly string[];
  readonly serviceNames: readonly string[];
  /** The rules that decided the level (or the pack's default), with their rationale. */
  readonly rationale: ReadonlyArray<{ readonly ruleId: string; readonly text: string }>;
}

export interface ChangedCase {
  /** Position in the caseload (0-based). */
  readonly index: number;
  readonly name: string;
  readonly source: CaseloadCase['source'] | 'answers';
  readonly answers: Answers;
  readonly old: CaseOutcome;
  readonly new: CaseOutcome;
  readonly levelChanged: boolean;
  /** The list of services differs (a level change usually brings one). */
  readonly servicesChanged: boolean;
}

export interface LevelShift {
  readonly from: string;
  readonly fromName: string;
  readonly to: string;
  readonly toName: string;
  readonly count: number;
  readonly percent: number;
  /** By rank: the new level is higher, lower, or the same rank under another id. */
  readonly direction: 'up' | 'down' | 'across';
}

export interface ServiceChange {
  readonly from: string | null;
  readonly fromName: string;
  readonly to: string | null;
  readonly toName: string;
  readonly count: number;
  readonly percent: number;
}

export interface DiffResult {
  readonly old: DiffSide;
  readonly new: DiffSide;
  readonly locale: Locale;
  readonly total: number;
  /** Cases whose level or services differ. */
  readonly changed: number;
  readonly levelChanged: number;
  /** Cases given a higher / lower ranked level by the new version. */
  readonly up: number;
  readonly down: number;
  /** Same level, different services. */
  readonly servicesOnly: number;
  /** Old level (rows) × new level (columns) counts; the diagonal holds cases that keep their level. */
  readonly matrix: {
    readonly rows: readonly string[];
    readonly columns: readonly string[];
    readonly counts: ReadonlyArray<readonly number[]>;
  };
  /** The off-diagonal cells of the matrix that are not empty, largest first. */
  readonly shifts: readonly LevelShift[];
  /** First-service changes (old → new), largest first. */
  readonly serviceChanges: readonly ServiceChange[];
  /** The changed cases (up to `maxCases`), in caseload order. */
  readonly cases: readonly ChangedCase[];
  /** Changed cases counted but not kept because of `maxCases`. */
  readonly casesOmitted: number;
  /** Sentences for a reader, e.g. "7 of 120 cases move from "Additional needs" to "Complex needs"". */
  readonly summary: readonly string[];
  readonly elapsedMs: number;
  /** Cases compared per second (each case is evaluated by both versions). */
  readonly casesPerSecond: number;
}

function side(pack: Pack, locale: Locale): DiffSide {
  return {
    packId: pack.id,
    version: pack.version,
    status: pack.status,
    levels: outcomesOf(pack, locale),
    services: pack.services.map((service) => ({ id: service.id, name: localize(service.name, locale, pack) })),
  };
}

function outcome(recommendation: Recommendation): CaseOutcome {
  return {
    level: recommendation.level.id,
    levelName: recommendation.level.name,
    rank: recommendation.level.rank,
    urgent: recommendation.urgent,
    complete: recommendation.complete,
    services: recommendation.services.map((service) => service.id),
    serviceNames: recommendation.services.map((service) => service.name),
    rationale: recommendation.rationale.map((rule) => ({ ruleId: rule.ruleId, text: rule.text })),
  };
}

function sameServices(a: OutcomeSummary, b: OutcomeSummary): boolean {
  if (a.services.length !== b.services.length) return false;
  for (let i = 0; i < a.services.length; i++) if (a.services[i] !== b.services[i]) return false;
  return true;
}

/**
 * Collects pairs of recommendations (old, new) as they arrive, so a long comparison can be
 * fed in batches and read at the end.
 */
export class DiffTally {
  readonly #old: Pack;
  readonly #new: Pack;
  readonly #locale: Locale;
  readonly #maxCases: number;
  readonly #rows: Map<string, number>;
  readonly #columns: Map<string, number>;
  readonly #counts: number[][];
  readonly #services = new Map<string, { from: string | null; to: string | null; count: number }>();
  readonly #cases: ChangedCase[] = [];
  #total = 0;
  #changed = 0;
  #levelChanged = 0;
  #up = 0;
  #down = 0;
  #servicesOnly = 0;

  readonly #onChanged: DiffOptions['onChanged'];

  constructor(
    oldPack: Pack,
    newPack: Pack,
    options: { locale?: Locale; maxCases?: number; onChanged?: DiffOptions['onChanged'] } = {},
  ) {
    this.#onChanged = options.onChanged;
    this.#old = oldPack;
    this.#new = newPack;
    const wanted = options.locale ?? newPack.locales[0]!;
    this.#locale = wanted;
    this.#maxCases = options.maxCases ?? Number.POSITIVE_INFINITY;
    const rows = outcomesOf(oldPack, wanted).map((level) => level.id);
    const columns = outcomesOf(newPack, wanted).map((level) => level.id);
    this.#rows = new Map(rows.map((id, i) => [id, i]));
    this.#columns = new Map(columns.map((id, i) => [id, i]));
    this.#counts = rows.map(() => columns.map(() => 0));
  }

  get locale(): Locale {
    return this.#locale;
  }

  /**
   * One case's outcome under each version. `given` is the case, or a way to read it (read
   * only when the case changed). `explain` gives both recommendations in full; it is called
   * only for a changed case that is kept.
   */
  add(
    index: number,
    given: Answers | CaseloadCase | (() => Answers | CaseloadCase),
    before: OutcomeSummary,
    after: OutcomeSummary,
    explain: () => readonly [Recommendation, Recommendation],
  ): void {
    this.#total++;
    const row = this.#rows.get(before.level)!;
    const column = this.#columns.get(after.level)!;
    this.#counts[row]![column]!++;
    const levelChanged = before.level !== after.level;
    const servicesChanged = !sameServices(before, after);
    if (!levelChanged && !servicesChanged) return;
    this.#changed++;
    if (levelChanged) {
      this.#levelChanged++;
      if (after.rank > before.rank) this.#up++;
      else if (after.rank < before.rank) this.#down++;
    } else this.#servicesOnly++;
    const from = before.services[0] ?? null;
    const to = after.services[0] ?? null;
    if (from !== to) {
      const key = `${from}\u0000${to}`;
      const entry = this.#services.get(key);
      if (entry) entry.count++;
      else this.#services.set(key, { from, to, count: 1 });
    }
    const item = typeof given === 'function' ? given() : given;
    const named = isCaseloadCase(item);
    const name = named ? item.name : `#${index + 1}`;
    const source = named ? item.source : 'answers';
    this.#onChanged?.({
      index,
      name,
      source,
      old: { level: before.level, services: before.services },
      new: { level: after.level, services: after.services },
      levelChanged,
      servicesChanged,
    });
    if (this.#cases.length < this.#maxCases) {
      const [oldRecommendation, newRecommendation] = explain();
      this.#cases.push({
        index,
        name,
        source,
        answers: answersOf(item),
        old: outcome(oldRecommendation),
        new: outcome(newRecommendation),
        levelChanged,
        servicesChanged,
      });
    }
  }

  result(elapsedMs = 0): DiffResult {
    const locale = this.#locale;
    const oldSide = side(this.#old, locale);
    const newSide = side(this.#new, locale);
    const total = this.#total;
    const shifts: LevelShift[] = [];
    oldSide.levels.forEach((from, r) =>
      newSide.levels.forEach((to, c) => {
        const count = this.#counts[r]![c]!;
        if (count === 0 || from.id === to.id) return;
        const direction = to.rank > from.rank ? 'up' : to.rank < from.rank ? 'down' : 'across';
        shifts.push({
          from: from.id,
          fromName: from.name,
          to: to.id,
          toName: to.name,
          count,
          percent: percentOf(count, total),
          direction,
        });
      }),
    );
    shifts.sort((a, b) => b.count - a.count);
    const serviceName = (sideOf: DiffSide, id: string | null) =>
      id === null ? '—' : (sideOf.services.find((s) => s.id === id)?.name ?? id);
    const serviceChanges: ServiceChange[] = [...this.#services.values()]
      .map(({ from, to, count }) => ({
        from,
        fromName: serviceName(oldSide, from),
        to,
        toName: serviceName(newSide, to),
        count,
        percent: percentOf(count, total),
      }))
      .sort((a, b) => b.count - a.count);
    const t = ruleToolsStrings[locale].diff;
    const summary: string[] = [];
    if (this.#changed === 0) summary.push(t.noChange(total));
    else {
      if (this.#levelChanged > 0) summary.push(t.levelChanged(this.#levelChanged, total, this.#up, this.#down));
      for (const shift of shifts) summary.push(t.moved(shift.count, total, shift.fromName, shift.toName));
      if (this.#servicesOnly > 0) summary.push(t.servicesOnly(this.#servicesOnly, total));
      for (const change of serviceChanges)
        summary.push(t.serviceChanged(change.count, total, change.fromName, change.toName));
    }
    return {
      old: oldSide,
      new: newSide,
      locale,
      total,
      changed: this.#changed,
      levelChanged: this.#levelChanged,
      up: this.#up,
      down: this.#down,
      servicesOnly: this.#servicesOnly,
      matrix: {
        rows: oldSide.levels.map((level) => level.id),
        columns: newSide.levels.map((level) => level.id),
        counts: this.#counts.map((row) => [...row]),
      },
      shifts,
      serviceChanges,
      cases: [...this.#cases],
      casesOmitted: this.#changed - this.#cases.length,
      summary,
      elapsedMs: Math.round(elapsedMs * 10) / 10,
      casesPerSecond: elapsedMs > 0 ? Math.round((total / elapsedMs) * 1000) : 0,
    };
  }
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The locale both packs can speak, preferring the one asked for. */
function diffLocale(oldPack: Pack, newPack: Pack, wanted: Locale | undefined): Locale {
  if (wanted && newPack.locales.includes(wanted)) return wanted;
  return newPack.locales.find((locale) => oldPack.locales.includes(locale)) ?? newPack.locales[0]!;
}

/**
 * Runs a caseload through two versions of a pack (or two different packs: each side uses
 * its own level ids) and says what changes. Answers to questions a version does not have
 * are reported by that version as invalid and never read, so one caseload serves both.
 */
export function diff(oldPack: Pack, newPack: Pack, caseload: Caseload, options: DiffOptions = {}): DiffResult {
  const locale = diffLocale(oldPack, newPack, options.locale);
  const tally = new DiffTally(oldPack, newPack, {
    locale,
    ...(options.maxCases !== undefined ? { maxCases: options.maxCases } : {}),
    ...(options.onChanged ? { onChanged: options.onChanged } : {}),
  });
  const start = clock();
  inBlocks(caseload.length, options, diffBlocks(oldPack, newPack, caseload, tally, options.now ?? new Date(), locale));
  return tally.result(clock() - start);
}

/** Both versions' outcomes for each block of the caseload; a case is read again only if it changed and is kept. */
function diffBlocks(
  oldPack: Pack,
  newPack: Pack,
  caseload: Caseload,
  tally: DiffTally,
  now: Date,
  locale: Locale,
): (start: number, end: number) => void {
  const at = caseAt(caseload);
  return outcomeBlocks([oldPack, newPack], caseload, (i, [before, after]) =>
    tally.add(
      i,
      () => at(i),
      before!,
      after!,
      () => {
        const answers = answersOf(at(i));
        return [
          evaluate(oldPack, answers, { now, locale, explain: false }),
          evaluate(newPack, answers, { now, locale, explain: false }),
        ];
      },
    ),
  );
}

/** `diff`, yielding to the event loop between batches. */
export async function diffAsync(
  oldPack: Pack,
  newPack: Pack,
  caseload: Caseload,
  options: DiffOptions = {},
): Promise<DiffResult> {
  const locale = diffLocale(oldPack, newPack, options.locale);
  const tally = new DiffTally(oldPack, newPack, {
    locale,
    ...(options.maxCases !== undefined ? { maxCases: options.maxCases } : {}),
    ...(options.onChanged ? { onChanged: options.onChanged } : {}),
  });
  const start = clock();
  await inBlocksAsync(
    caseload.length,
    options,
    diffBlocks(oldPack, newPack, caseload, tally, options.now ?? new Date(), locale),
  );
  return tally.result(clock() - start);
}
