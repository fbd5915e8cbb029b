/**
 * Caseload simulation: how a pack would distribute a caseload across its levels and
 * services. Cases go through the batch path (`batch.ts`), which a property test holds equal
 * to `evaluate` on every case, so the simulation never disagrees with what a practitioner
 * would be shown.
 */
import { levelOutcome, localize, type Recommendation } from './evaluate.js';
import { type OutcomeSummary } from './outcome.js';
import { batchOutcomes, caseLayout, encodeCases, summaryAt } from './batch.js';
import {
  answersOf,
  isCaseloadCase,
  isCaseSource,
  isGeneratedCases,
  type CaseloadCase,
  type CaseSource,
} from './caseload.js';
import type { Answers, Locale, Pack } from './schema.js';

export interface RunOptions {
  /** Evaluation date (default: now). It only changes notices, never a level or a service. */
  readonly now?: Date;
  /** Language of level and service names in the result (default: the pack's first locale). */
  readonly locale?: Locale;
  /** Called every `progressEvery` cases and once at the end with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cases between progress reports and cancellation checks (default 2,000). */
  readonly progressEvery?: number;
  /** Checked between batches: once aborted, the run throws the signal's reason. */
  readonly signal?: AbortSignal;
}

/** One level (or the urgent outcome) with how many cases it was given to. */
export interface LevelCount {
  readonly id: string;
  readonly name: string;
  readonly rank: number;
  readonly urgent: boolean;
  readonly count: number;
  /** Share of all cases, 0–100. */
  readonly percent: number;
}

/** One service with how many cases it was the first recommendation for. */
export interface ServiceCount {
  readonly id: string;
  readonly name: string;
  readonly count: number;
  readonly percent: number;
}

export interface Distribution {
  readonly packId: string;
  readonly version: string;
  readonly locale: Locale;
  readonly total: number;
  /** Cases whose every asked, required question had a valid answer. */
  readonly complete: number;
  /** Cases still missing a required answer: their level is provisional. */
  readonly incomplete: number;
  /** Cases given the urgent outcome (immediate danger). */
  readonly urgent: number;
  /** Cases with at least one answer the engine could not use (unknown question, not an option…). */
  readonly withInvalidAnswers: number;
  /** Every level of the pack, lowest rank first, then the urgent outcome; levels no case reached count 0. */
  readonly levels: readonly LevelCount[];
  /** Every service of the pack, in pack order, counted by the first service of each case. */
  readonly services: readonly ServiceCount[];
  readonly elapsedMs: number;
  readonly casesPerSecond: number;
}

export type { OutcomeSummary };

/** The summary of a full recommendation, as `evaluateOutcome` gives it without the text. */
export function summaryOf(recommendation: Recommendation): OutcomeSummary {
  return {
    level: recommendation.level.id,
    rank: recommendation.level.rank,
    urgent: recommendation.urgent,
    complete: recommendation.complete,
    services: recommendation.services.map((service) => service.id),
    invalid: recommendation.invalid.length > 0,
  };
}

/** Percent of `total`, rounded to two decimals (0 when there are no cases). */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 10000) / 100;
}

/** A caseload: plain answers or caseload cases, as an array or made on demand (`generatedCases`). */
export type Caseload = ReadonlyArray<Answers | CaseloadCase> | CaseSource<Answers | CaseloadCase>;

/** Reads case i of a caseload, whichever form it has. */
export function caseAt(caseload: Caseload): (index: number) => Answers | CaseloadCase {
  return isCaseSource(caseload) ? (index) => caseload.get(index) : (index) => caseload[index]!;
}

export { answersOf, isCaseloadCase };

/** The levels of a pack in rank order, then its urgent outcome, named in `locale`. */
export function outcomesOf(
  pack: Pack,
  locale: Locale,
): Array<{ id: string; name: string; rank: number; urgent: boolean }> {
  const levels = [...pack.levels].sort((a, b) => a.rank - b.rank).map((level) => levelOutcome(pack, level.id, locale));
  if (pack.urgent) levels.push(levelOutcome(pack, pack.urgent.id, locale));
  return levels.map(({ id, name, rank, urgent }) => ({ id, name, rank, urgent }));
}

/**
 * Counts recommendations as they arrive, so a long run can be fed in batches (a Web Worker
 * between messages, or a command line drawing a progress bar) and read at any point.
 */
export class SimulationTally {
  readonly #pack: Pack;
  readonly #locale: Locale;
  readonly #levels = new Map<string, number>();
  readonly #services = new Map<string, number>();
  #total = 0;
  #complete = 0;
  #urgent = 0;
  #invalid = 0;

  constructor(pack: Pack, locale?: Locale) {
    this.#pack = pack;
    this.#locale = locale && pack.locales.includes(locale) ? locale : pack.locales[0]!;
  }

  add(outcome: OutcomeSummary): void {
    this.#total++;
    if (outcome.complete) this.#complete++;
    if (outcome.urgent) this.#urgent++;
    if (outcome.invalid) this.#invalid++;
    const level = outcome.level;
    this.#levels.set(level, (this.#levels.get(level) ?? 0) + 1);
    const service = outcome.services[0];
    if (service !== undefined) this.#services.set(service, (this.#services.get(service) ?? 0) + 1);
  }

  get total(): number {
    return this.#total;
  }

  result(elapsedMs = 0): Distribution {
    const total = this.#total;
    const pack = this.#pack;
    const locale = this.#locale;
    return {
      packId: pack.id,
      version: pack.version,
      locale,
      total,
      complete: this.#complete,
      incomplete: total - this.#complete,
      urgent: this.#urgent,
      withInvalidAnswers: this.#invalid,
      levels: outcomesOf(pack, locale).map((level) => {
        const count = this.#levels.get(level.id) ?? 0;
        return { ...level, count, percent: percentOf(count, total) };
      }),
      services: pack.services.map((service) => {
        const count = this.#services.get(service.id) ?? 0;
        return { id: service.id, name: localize(service.name, locale, pack), count, percent: percentOf(count, total) };
      }),
      elapsedMs: Math.round(elapsedMs * 10) / 10,
      casesPerSecond: elapsedMs > 0 ? Math.round((total / elapsedMs) * 1000) : 0,
    };
  }
}

/** Runs `block(start, end)` over every index in blocks, reporting progress and honouring the signal between them. */
export function inBlocks(total: number, options: RunOptions, block: (start: number, end: number) => void): void {
  const every = Math.max(1, options.progressEvery ?? 2000);
  options.signal?.throwIfAborted();
  for (let start = 0; start < total; start += every) {
    const end = Math.min(total, start + every);
    block(start, end);
    options.onProgress?.(end, total);
    if (end < total) options.signal?.throwIfAborted();
  }
  if (total === 0) options.onProgress?.(0, 0);
}

/** As `inBlocks`, yielding to the event loop between blocks so that a Cancel button can be pressed. */
export async function inBlocksAsync(
  total: number,
  options: RunOptions,
  block: (start: number, end: number) => void,
): Promise<void> {
  const every = Math.max(1, options.progressEvery ?? 2000);
  options.signal?.throwIfAborted();
  for (let start = 0; start < total; start += every) {
    const end = Math.min(total, start + every);
    block(start, end);
    options.onProgress?.(end, total);
    if (end < total) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      options.signal?.throwIfAborted();
    }
  }
  if (total === 0) options.onProgress?.(0, 0);
}

/** Runs `step(i)` for every index, yielding to the event loop between batches. */
export function inBatchesAsync(total: number, options: RunOptions, step: (index: number) => void): Promise<void> {
  return inBlocksAsync(total, options, (start, end) => {
    for (let i = start; i < end; i++) step(i);
  });
}

/**
 * A block of a caseload through the batch path: encoded once (a generated caseload straight
 * into rows), each pack's outcomes found for the whole block, then `visit` told of every case
 * with one outcome per pack (in the order of `packs`).
 */
export function outcomeBlocks(
  packs: readonly Pack[],
  caseload: Caseload,
  visit: (index: number, outcomes: readonly OutcomeSummary[]) => void,
): (start: number, end: number) => void {
  const generated = isGeneratedCases(caseload) ? caseload : undefined;
  const layout = caseLayout(
    generated ? [...generated.packs, ...packs.filter((pack) => !generated.packs.includes(pack))] : packs,
  );
  const at = caseAt(caseload);
  const outcomes: OutcomeSummary[] = [];
  return (start, end) => {
    const encoded = generated
      ? generated.encode(layout, start, end)
      : encodeCases(layout, (i) => answersOf(at(i)), start, end);
    const results = packs.map((pack) => batchOutcomes(pack, encoded));
    for (let i = 0; i < encoded.count; i++) {
      for (let p = 0; p < packs.length; p++) outcomes[p] = summaryAt(packs[p]!, results[p]!, i);
      visit(start + i, outcomes);
    }
  };
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The distribution of levels and services over a caseload: counts and percentages, how
 * many cases are incomplete or urgent, and the speed of the run. Synchronous; see
 * `simulateAsync` for a run that yields between batches.
 */
export function simulate(pack: Pack, caseload: Caseload, options: RunOptions = {}): Distribution {
  const tally = new SimulationTally(pack, options.locale);
  const start = clock();
  inBlocks(
    caseload.length,
    options,
    outcomeBlocks([pack], caseload, (_, [outcome]) => tally.add(outcome!)),
  );
  return tally.result(clock() - start);
}

/** `simulate`, yielding to the event loop between batches (for a worker or a page that must stay responsive). */
export async function simulateAsync(pack: Pack, caseload: Caseload, options: RunOptions = {}): Promise<Distribution> {
  const tally = new SimulationTally(pack, options.locale);
  const start = clock();
  await inBlocksAsync(
    caseload.length,
    options,
    outcomeBlocks([pack], caseload, (_, [outcome]) => tally.add(outcome!)),
  );
  return tally.result(clock() - start);
}
