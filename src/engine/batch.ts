/**
 * Outcomes for many cases at once, from answers encoded as numbers: the path simulations and
 * version diffs take over hundreds of thousands of cases.
 *
 * A caseload is encoded once into one `Float64Array` (a row per case, a cell per question of
 * every pack compared). Each pack's rules are then lowered, once, onto those numbers:
 *
 * - Any part of a rule that reads only choice questions and section levels, whose answers
 *   have few possible values together, is worked out in advance for every combination by the
 *   engine's own `apply`, and becomes a table lookup. Most threshold rules are one lookup.
 * - What remains (`and`, `or`, `!`, comparisons of counts and maxima, `in`/`some`/`all`/`none`
 *   over a multiple choice as a bit mask) is built from those parts, keeping JavaScript's
 *   own coercion where it could matter (two operands that may both be strings stay unlowered).
 *
 * Anything else (a text answer read by a rule, `missing`, a computed path) leaves the pack
 * unlowered, and each case goes through `evaluateOutcome` as before; so does any case with a
 * required question still open. Lowering never guesses: a property test holds every case of
 * every shipped pack equal to `evaluate`, answers valid, invalid or missing.
 */
import { decidesOutcome, decisionPlan } from './decide.js';
import { apply, compileResolved, truthy } from './logic.js';
import { DERIVED, isGraded, listQuestions, readOf } from './pack.js';
import { evaluateOutcome, type OutcomeSummary } from './outcome.js';
import { questionsThatMatter, unknownValues } from './uncertainty.js';
import { choiceValues } from './answers.js';
import type { AnswerValue, Answers, Pack, Question } from './schema.js';

// ---------------------------------------------------------------------------------------------
// Layout and encoding

/** One question of the packs a caseload is encoded for. */
export interface CaseColumn {
  readonly id: string;
  readonly type: Question['type'];
  /** Choice values over every pack, first pack's order first: code `k` (or bit `k` of the mask) is values[k-1] (values[k]). */
  readonly values: readonly string[];
  /** Its first cell in a row, and how many it takes (a multiple choice takes one per 31 options). */
  readonly cell: number;
  readonly words: number;
}

/**
 * Where each question's answer sits in an encoded row, for a set of packs (those a diff
 * compares). `encodable` is false when no encoding can hold the answers exactly (a question
 * whose type differs between the packs); every case then takes the per-case path.
 */
export interface CaseLayout {
  readonly columns: readonly CaseColumn[];
  readonly byId: ReadonlyMap<string, number>;
  /** Cells per row. */
  readonly width: number;
  readonly encodable: boolean;
}

const layouts = new WeakMap<Pack, Map<string, CaseLayout>>();
/** Bits per mask word: 31, so that every word is a non-negative 32-bit integer. */
const WORD = 31;

/** The layout for `packs` (cached per list of packs): every question once, first pack's questions first. */
export function caseLayout(packs: readonly Pack[]): CaseLayout {
  const first = packs[0]!;
  let cached = layouts.get(first);
  const key = packs.map((pack) => `${pack.id}@${pack.version}#${packs.indexOf(pack)}`).join(' ');
  const hit = cached?.get(key);
  if (hit) return hit;
  const found: { id: string; type: Question['type']; values: string[] }[] = [];
  const byId = new Map<string, number>();
  let encodable = true;
  for (const pack of packs) {
    for (const { question } of listQuestions(pack)) {
      const at = byId.get(question.id);
      const values = question.type === 'number' || question.type === 'text' ? [] : choiceValues(question);
      if (at === undefined) {
        byId.set(question.id, found.length);
        found.push({ id: question.id, type: question.type, values: [...values] });
        continue;
      }
      const column = found[at]!;
      if (column.type !== question.type) encodable = false;
      for (const value of values) if (!column.values.includes(value)) column.values.push(value);
    }
  }
  let width = 0;
  const columns = found.map((column): CaseColumn => {
    const words = column.type === 'multiple-choice' ? Math.max(1, Math.ceil(column.values.length / WORD)) : 1;
    const placed = { ...column, cell: width, words };
    width += words;
    return placed;
  });
  const layout: CaseLayout = { columns, byId, width, encodable };
  if (!cached) layouts.set(first, (cached = new Map()));
  cached.set(key, layout);
  return layout;
}

/**
 * Encoded cases. Cells: a single choice is 0 (no answer) or 1 + the value's place in the
 * column; a multiple choice is a bit mask over its values, 31 to a cell, with -1 in its first
 * cell for no answer; a number is NaN (no answer) or itself; a text is -1 (no answer) or
 * twice its length, plus one when it is blank.
 */
export interface EncodedCases {
  readonly layout: CaseLayout;
  readonly count: number;
  readonly cells: Float64Array;
  /** Per case, 1 when some answer no pack can use was given (an unknown question, a value of the wrong kind). */
  readonly broken: Uint8Array;
  /** Case i as it was given, for the per-case path. */
  answersAt(index: number): Answers;
}

/** Writes one case's answers into `cells` at `base`; returns whether some answer no pack can use was given. */
export function encodeAnswers(layout: CaseLayout, answers: Answers, cells: Float64Array, base: number): boolean {
  const { columns, byId } = layout;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    cells.fill(0, base + column.cell, base + column.cell + column.words);
    cells[base + column.cell] = absentCell(column.type);
  }
  let broken = false;
  for (const id of Object.keys(answers)) {
    const c = byId.get(id);
    const value = answers[id];
    if (c === undefined) {
      broken = true;
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!encodeValue(columns[c]!, value, cells, base)) broken = true;
  }
  return broken;
}

function absentCell(type: Question['type']): number {
  return type === 'single-choice' || type === 'yes-no-unsure' ? 0 : type === 'number' ? Number.NaN : -1;
}

/** Writes a usable value into its cells; false (writing nothing) when no pack could use it. */
function encodeValue(column: CaseColumn, value: AnswerValue, cells: Float64Array, base: number): boolean {
  const at = base + column.cell;
  switch (column.type) {
    case 'single-choice':
    case 'yes-no-unsure': {
      const k = typeof value === 'string' ? column.values.indexOf(value) : -1;
      if (k >= 0) cells[at] = k + 1;
      return k >= 0;
    }
    case 'multiple-choice': {
      if (!Array.isArray(value)) return false;
      const words = new Array<number>(column.words).fill(0);
      for (const item of value) {
        const k = typeof item === 'string' ? column.values.indexOf(item) : -1;
        if (k < 0) return false;
        const bit = 1 << (k % WORD);
        const w = Math.floor(k / WORD);
        if (words[w]! & bit) return false;
        words[w]! |= bit;
      }
      for (let w = 0; w < words.length; w++) cells[at + w] = words[w]!;
      return true;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      cells[at] = value;
      return true;
    case 'text':
      if (typeof value !== 'string') return false;
      cells[at] = value.length * 2 + (value.trim() === '' ? 1 : 0);
      return true;
  }
}

/** Encodes cases `start` to `end` (exclusive) of a caseload read by `answersAt`. */
export function encodeCases(
  layout: CaseLayout,
  answersAt: (index: number) => Answers,
  start: number,
  end: number,
): EncodedCases {
  const count = end - start;
  const width = layout.width;
  const cells = new Float64Array(count * width);
  const broken = new Uint8Array(count);
  if (layout.encodable)
    for (let i = 0; i < count; i++) broken[i] = encodeAnswers(layout, answersAt(start + i), cells, i * width) ? 1 : 0;
  return { layout, count, cells, broken, answersAt: (i) => answersAt(start + i) };
}

// ---------------------------------------------------------------------------------------------
// Lowering rules onto encoded answers

/** What a lowered piece of logic gives: a truth value, and a number where comparisons need one. */
interface Lowered {
  readonly test: () => boolean;
  /** `Number(value)`, where the value may be read as a number (as `>=` or `max` would). */
  readonly num?: () => number;
  /** The value may be a string to JavaScript's comparisons (a string, an array): two such operands compare as text. */
  readonly stringy: boolean;
  /** The value may be an array, which `count` with one argument counts item by item. */
  readonly arrayish: boolean;
  /** A multiple choice read whole, for `in`, `some`, `count`. */
  readonly multi?: Mask;
  /** `filter` over a multiple choice: which, and the options the condition keeps. */
  readonly filter?: { readonly multi: Mask; readonly keep: Int32Array };
  /** A table over one slot: its truth by the slot's value (rules of this shape are merged per slot). */
  readonly single?: { readonly slot: number; readonly truth: Uint8Array };
  /** One option of a multiple choice chosen (`in`): the word and bit to test. */
  readonly bit?: { readonly word: number; readonly bit: number };
  /** A constant: comparisons against it read no second operand. */
  readonly constant?: number;
}

class Unlowerable extends Error {}

/** One group of a table: a choice question (by its code) or a section (by its highest level). */
interface Group {
  readonly slot: number;
  readonly size: number;
  /** Writes what the group's value `k` means into data built for `apply`. */
  readonly set: (data: Record<string, Record<string, unknown> | unknown>, k: number) => void;
}

const TABLE_LIMIT = 1024;

const CHOICE = 0;
const MULTI = 1;
const NUMBER = 2;
const TEXT = 3;

interface BatchQuestion {
  readonly question: Question;
  /** CHOICE, MULTI, NUMBER or TEXT. */
  readonly kind: number;
  readonly required: boolean;
  readonly showIf: (() => boolean) | undefined;
  /** Its first cell in a row. */
  readonly column: number;
  /** Choice: column code → this pack's code (0: not an option here). */
  readonly codes: Int32Array | undefined;
  /** Choice: the question's slot in the group values. */
  readonly slot: number;
  /** Graded choice: code → the section value it lifts to (0 for an ungraded option); the section's slot. */
  readonly lifts: Int32Array | undefined;
  readonly sectionSlot: number;
  /** Code → says "not known" (choice). */
  readonly unknownCodes: Uint8Array | undefined;
  /** Multiple choice: where its mask goes; the options saying "not known", this pack's options, those that stand alone. */
  readonly mask: Mask | undefined;
  readonly unknownMask: Int32Array | undefined;
  readonly allowed: Int32Array | undefined;
  readonly exclusive: Int32Array | undefined;
  /** Number: its slot, range. Text: its longest. */
  readonly min: number;
  readonly max: number;
  readonly maxLength: number;
}

interface BatchPlan {
  /** False: every case takes the per-case path. */
  readonly lowered: boolean;
  readonly questions: readonly BatchQuestion[];
  /** Columns this pack does not ask: any answer there is invalid here. */
  readonly foreign: readonly CaseColumn[];
  /** Rules that are one table over one slot: per slot value, the words of those that hold. */
  readonly merged: readonly { readonly slot: number; readonly table: Int32Array }[];
  /** Every other rule that decides the outcome. */
  readonly tested: readonly { readonly index: number; readonly test: () => boolean }[];
  readonly uncertainty: (() => boolean) | undefined;
  readonly uncertaintyIndex: number;
  /** The values tables read: choice codes and section values; multiple-choice masks; numbers. */
  readonly groups: Int32Array;
  readonly masks: Int32Array;
  readonly numbers: Float64Array;
  /** Rules fired, a bit each (rule i: bit i % 32 of word i / 32; the uncertainty policy after the rules). */
  readonly fired: Int32Array;
  readonly decide: WordDecision;
  /** Moves on once per case, before the rules: parts shared by rules are found again after it. */
  readonly tick: Int32Array;
}

const plans = new WeakMap<Pack, WeakMap<CaseLayout, BatchPlan>>();

/** A multiple choice's place among the masks: its first word, how many, and the values its bits stand for. */
interface Mask {
  readonly start: number;
  readonly words: number;
  readonly values: readonly string[];
}

/** The words of a mask with `chosen`'s bits set. */
function wordsOf(mask: Mask, chosen: Iterable<string>): Int32Array {
  const words = new Int32Array(mask.words);
  for (const value of chosen) {
    const k = mask.values.indexOf(value);
    if (k >= 0) words[Math.floor(k / WORD)]! |= 1 << (k % WORD);
  }
  return words;
}

function planFor(pack: Pack, layout: CaseLayout): BatchPlan {
  let byLayout = plans.get(pack);
  const hit = byLayout?.get(layout);
  if (hit) return hit;
  const plan = buildPlan(pack, layout);
  if (!byLayout) plans.set(pack, (byLayout = new WeakMap()));
  byLayout.set(layout, plan);
  return plan;
}

function buildPlan(pack: Pack, layout: CaseLayout): BatchPlan {
  const entries = listQuestions(pack);
  const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const matter = questionsThatMatter(pack);
  const decision = decisionPlan(pack);

  // Slots: one per choice question and per section (tables), per multiple choice, per number.
  const groupOf = new Map<string, Group>();
  const sectionRanks = new Map<string, number[]>();
  let groupCount = 0;
  let maskCount = 0;
  let numberCount = 0;
  const maskSlot = new Map<string, Mask>();
  const numberSlot = new Map<string, number>();
  for (const { question, section } of entries) {
    if (question.type === 'single-choice' || question.type === 'yes-no-unsure') {
      const values = choiceValues(question);
      const graded = isGraded(question);
      const levelOf = (k: number) => {
        const level = question.options?.[k - 1]?.level;
        return level === undefined ? null : (ranks.get(level) ?? null);
      };
      groupOf.set(question.id, {
        slot: groupCount++,
        size: values.length + 1,
        set: (data, k) => {
          if (k === 0) return;
          data[question.id] = values[k - 1];
          if (graded) (data[DERIVED.level] as Record<string, unknown>)[question.id] = levelOf(k);
        },
      });
      if (graded) {
        const list = sectionRanks.get(section.id) ?? [];
        for (let k = 1; k <= values.length; k++) {
          const rank = levelOf(k);
          if (rank !== null && !list.includes(rank)) list.push(rank);
        }
        sectionRanks.set(section.id, list);
      }
    } else if (question.type === 'multiple-choice') {
      const column = layout.columns[layout.byId.get(question.id)!]!;
      maskSlot.set(question.id, { start: maskCount, words: column.words, values: column.values });
      maskCount += column.words;
    } else if (question.type === 'number') numberSlot.set(question.id, numberCount++);
  }
  const sectionGroup = new Map<string, Group>();
  for (const section of pack.questionnaire.sections) {
    const list = (sectionRanks.get(section.id) ?? []).sort((a, b) => a - b);
    sectionRanks.set(section.id, list);
    sectionGroup.set(section.id, {
      slot: groupCount++,
      size: list.length + 1,
      set: (data, k) => {
        if (k > 0) (data[DERIVED.section] as Record<string, unknown>)[section.id] = list[k - 1];
      },
    });
  }

  const groups = new Int32Array(groupCount);
  const masks = new Int32Array(maskCount);
  const numbers = new Float64Array(numberCount);
  const lower = lowering(groupOf, sectionGroup, maskSlot, numberSlot, layout, groups, masks, numbers);
  const condition = (logic: unknown): Lowered => lower(logic);
  // Rules are tested once the answers are in, so they may share parts; a showIf is tested
  // while answers are still being read and never does.
  const deciding = pack.rules.filter((rule) => decidesOutcome(pack, rule)).map((rule) => rule.when);
  const shared: Shared = {
    counts: occurrences(pack.policy.uncertainty ? [...deciding, pack.policy.uncertainty.when] : deciding),
    slots: new Map(),
    tick: new Int32Array(1),
    stamps: [],
    held: [],
  };
  const ruleCondition = lowering(groupOf, sectionGroup, maskSlot, numberSlot, layout, groups, masks, numbers, shared);

  let lowered = layout.encodable && pack.services.length <= 31;
  const attempt = <T>(make: () => T): T | undefined => {
    if (!lowered) return undefined;
    try {
      return make();
    } catch (error) {
      if (!(error instanceof Unlowerable)) throw error;
      lowered = false;
      return undefined;
    }
  };

  const questions = entries.map(({ question, section }): BatchQuestion => {
    const { cell: column, values: columnValues } = layout.columns[layout.byId.get(question.id)!]!;
    const values = question.type === 'number' || question.type === 'text' ? [] : choiceValues(question);
    const single = question.type === 'single-choice' || question.type === 'yes-no-unsure';
    const unknown = matter.has(question.id) ? new Set(unknownValues(question)) : undefined;
    const mask = maskSlot.get(question.id);
    const graded = isGraded(question);
    const sectionList = sectionRanks.get(section.id) ?? [];
    return {
      question,
      kind: single ? CHOICE : question.type === 'multiple-choice' ? MULTI : question.type === 'number' ? NUMBER : TEXT,
      required: question.required === true,
      column,
      showIf: question.showIf === undefined ? undefined : attempt(() => condition(question.showIf).test),
      codes: single ? Int32Array.from([0, ...columnValues.map((value) => values.indexOf(value) + 1)]) : undefined,
      slot: single ? groupOf.get(question.id)!.slot : (numberSlot.get(question.id) ?? -1),
      lifts: graded
        ? Int32Array.from([
            0,
            ...values.map((_, k) => {
              const level = question.options?.[k]?.level;
              const rank = level === undefined ? undefined : ranks.get(level);
              return rank === undefined ? 0 : sectionList.indexOf(rank) + 1;
            }),
          ])
        : undefined,
      sectionSlot: graded ? sectionGroup.get(section.id)!.slot : -1,
      unknownCodes:
        single && unknown ? Uint8Array.from([0, ...values.map((value) => (unknown.has(value) ? 1 : 0))]) : undefined,
      mask,
      unknownMask: mask && unknown ? wordsOf(mask, unknown) : undefined,
      allowed: mask && wordsOf(mask, values),
      exclusive:
        mask &&
        wordsOf(
          mask,
          (question.options ?? []).filter((option) => option.exclusive).map((option) => option.value),
        ),
      min: question.min ?? Number.NEGATIVE_INFINITY,
      max: question.max ?? Number.POSITIVE_INFINITY,
      maxLength: question.maxLength ?? Number.POSITIVE_INFINITY,
    };
  });
  const asked = new Set(entries.map(({ question }) => question.id));
  const conditions = pack.rules.map((rule) =>
    decidesOutcome(pack, rule) ? attempt(() => ruleCondition(rule.when)) : undefined,
  );
  const uncertainty = pack.policy.uncertainty
    ? attempt(() => ruleCondition(pack.policy.uncertainty!.when).test)
    : undefined;
  // Rules that are one table over one slot are looked up together: per slot value, the words
  // of every such rule that holds. The rest are tested one by one.
  const words = Math.ceil(decision.ruleCount / 32);
  const bySlot = new Map<number, { index: number; truth: Uint8Array }[]>();
  const tested: { index: number; test: () => boolean }[] = [];
  conditions.forEach((rule, index) => {
    if (rule === undefined) return;
    if (rule.single === undefined) tested.push({ index, test: rule.test });
    else bySlot.set(rule.single.slot, [...(bySlot.get(rule.single.slot) ?? []), { index, truth: rule.single.truth }]);
  });
  const merged = [...bySlot].map(([slot, list]) => {
    const size = list[0]!.truth.length;
    const table = new Int32Array(size * words);
    for (let value = 0; value < size; value++)
      for (const { index, truth } of list)
        if (truth[value] === 1) table[value * words + (index >> 5)]! |= 1 << (index & 31);
    return { slot, table };
  });
  return {
    lowered,
    questions,
    foreign: layout.columns.filter((column) => !asked.has(column.id)),
    merged,
    tested,
    uncertainty,
    uncertaintyIndex: decision.uncertaintyIndex,
    groups,
    masks,
    numbers,
    fired: new Int32Array(words),
    decide: new WordDecision(pack, words),
    tick: shared.tick,
  };
}

/** The paths a piece of logic reads outside scoped logic, or undefined when one is computed (or `missing`). */
function pathsRead(logic: unknown): Set<string> | undefined {
  const names = new Set<string>();
  const compiled = compileResolved(logic, (path) => {
    names.add(path);
    return () => undefined;
  });
  return compiled === undefined ? undefined : names;
}

const argsOf = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : [raw]);

/**
 * Parts several rules share (the same "any need at level 3 or above" in five rules): each is
 * tested once per case, then read. `tick` moves on once per case, after the answers are in;
 * a part's truth is kept with the tick it was found at.
 */
interface Shared {
  /** How often each part (as JSON) occurs in the pack's deciding rules. */
  readonly counts: ReadonlyMap<string, number>;
  readonly slots: Map<string, number>;
  readonly tick: Int32Array;
  readonly stamps: number[];
  readonly held: boolean[];
}

/** How often each operation (as JSON) occurs across `logics`, nested ones included. */
function occurrences(logics: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  const stack = [...logics];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const key = JSON.stringify(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    stack.push(...Object.values(node));
  }
  return counts;
}

function lowering(
  groupOf: ReadonlyMap<string, Group>,
  sectionGroup: ReadonlyMap<string, Group>,
  maskSlot: ReadonlyMap<string, Mask>,
  numberSlot: ReadonlyMap<string, number>,
  layout: CaseLayout,
  groups: Int32Array,
  masks: Int32Array,
  numbers: Float64Array,
  shared?: Shared,
): (logic: unknown) => Lowered {
  /** The table groups `names` read, or undefined when one is not a choice question or a section of this pack. */
  const tableGroups = (names: ReadonlySet<string>): Group[] | undefined => {
    const found = new Set<Group>();
    for (const name of names) {
      const read = readOf(name);
      const group =
        read.kind === 'section'
          ? sectionGroup.get(read.id)
          : read.kind === 'outcome'
            ? undefined
            : groupOf.get(read.id);
      if (group === undefined) return undefined;
      found.add(group);
    }
    return [...found];
  };

  function table(logic: unknown, list: readonly Group[]): Lowered {
    const size = list.reduce((product, group) => product * group.size, 1);
    const truth = new Uint8Array(size);
    const nums = new Float64Array(size);
    let stringy = false;
    let arrayish = false;
    const strides: number[] = [];
    let stride = 1;
    for (let g = list.length - 1; g >= 0; g--) {
      strides[g] = stride;
      stride *= list[g]!.size;
    }
    for (let index = 0; index < size; index++) {
      const data: Record<string, unknown> = { [DERIVED.level]: {}, [DERIVED.section]: {} };
      for (let g = 0; g < list.length; g++) list[g]!.set(data, Math.floor(index / strides[g]!) % list[g]!.size);
      let value: unknown;
      try {
        value = apply(logic, data);
      } catch {
        throw new Unlowerable();
      }
      truth[index] = truthy(value) ? 1 : 0;
      nums[index] = Number(value);
      if (typeof value === 'string' || (typeof value === 'object' && value !== null)) stringy = true;
      if (Array.isArray(value)) arrayish = true;
    }
    const slots = list.map((group) => group.slot);
    if (slots.length === 1) {
      const slot = slots[0]!;
      return {
        test: () => truth[groups[slot]!] === 1,
        num: () => nums[groups[slot]!]!,
        stringy,
        arrayish,
        single: { slot, truth },
      };
    }
    const index = indexer(slots, strides, groups);
    if (index === undefined)
      return { test: constant(truth[0] === 1), num: constant(nums[0]!), stringy, arrayish, constant: nums[0]! };
    return { test: index.test(truth), num: index.num(nums), stringy, arrayish };
  }

  /** `lowerNode`, with a part that several rules share worked out once per case (see `Shared`). */
  function lower(logic: unknown): Lowered {
    const made = lowerNode(logic);
    if (shared === undefined || typeof logic !== 'object' || logic === null) return made;
    if (made.single !== undefined || made.bit !== undefined || made.constant !== undefined) return made;
    const key = JSON.stringify(logic);
    if ((shared.counts.get(key) ?? 0) < 2) return made;
    let slot = shared.slots.get(key);
    if (slot === undefined) {
      slot = shared.slots.size;
      shared.slots.set(key, slot);
    }
    const at = slot;
    const { tick, stamps, held } = shared;
    const inner = made.test;
    return {
      ...made,
      test: () => {
        if (stamps[at] !== tick[0]) {
          stamps[at] = tick[0]!;
          held[at] = inner();
        }
        return held[at]!;
      },
    };
  }

  function lowerNode(logic: unknown): Lowered {
    const names = pathsRead(logic);
    if (names === undefined) throw new Unlowerable();
    const list = tableGroups(names);
    if (list !== undefined && list.reduce((product, group) => product * group.size, 1) <= TABLE_LIMIT)
      return table(logic, list);
    if (typeof logic !== 'object' || logic === null || Array.isArray(logic)) throw new Unlowerable();
    const keys = Object.keys(logic);
    if (keys.length !== 1) throw new Unlowerable();
    const op = keys[0]!;
    const raw = (logic as Record<string, unknown>)[op];
    const args = argsOf(raw);
    switch (op) {
      case 'var':
        return variable(raw);
      case 'and':
      case 'or': {
        if (!Array.isArray(raw)) return lower(raw);
        const parts = args.map(lower);
        const held = tally(parts);
        if (held !== undefined) {
          const all = parts.length;
          return truthOnly(op === 'and' ? () => all > 0 && held() === all : () => held() > 0);
        }
        const tests = parts.map((part) => part.test);
        return truthOnly(op === 'and' ? allOf(tests) : anyOf(tests));
      }
      case '!':
      case '!!': {
        if (args.length !== 1) throw new Unlowerable();
        const part = lower(args[0]).test;
        return boolean(op === '!' ? () => !part() : part);
      }
      case '>':
      case '>=':
      case '<':
      case '<=':
        return relation(op, args);
      case 'max':
      case 'min': {
        const parts = args.map((arg) => numeric(lower(arg)));
        const pick = op === 'max' ? Math.max : Math.min;
        return number(
          parts.length === 2
            ? () => pick(parts[0]!(), parts[1]!())
            : () => {
                let out = op === 'max' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
                for (let i = 0; i < parts.length; i++) out = pick(out, parts[i]!());
                return out;
              },
        );
      }
      case 'count':
        return countOf(args);
      case 'in': {
        if (args.length !== 2 || typeof args[0] !== 'string') throw new Unlowerable();
        const items = lower(args[1]);
        if (items.multi === undefined) throw new Unlowerable();
        const k = items.multi.values.indexOf(args[0]);
        if (k < 0) return boolean(constant(false));
        const word = items.multi.start + Math.floor(k / WORD);
        const bit = 1 << (k % WORD);
        return { ...boolean(() => (masks[word]! & bit) !== 0), bit: { word, bit } };
      }
      case 'some':
      case 'all':
      case 'none':
      case 'filter': {
        if (!Array.isArray(raw) || raw.length !== 2) throw new Unlowerable();
        const items = lower(raw[0]);
        if (items.multi === undefined) throw new Unlowerable();
        const multi = items.multi;
        const keep = conditionMask(multi, raw[1]);
        const some = overlaps(masks, multi, keep);
        if (op === 'filter') return { ...truthOnly(some), filter: { multi, keep } };
        if (op === 'some') return boolean(some);
        if (op === 'none') return boolean(() => !some());
        const outside = overlaps(
          masks,
          multi,
          keep.map((word) => ~word & 0x7fffffff),
        );
        const chosen = overlaps(masks, multi, new Int32Array(multi.words).fill(0x7fffffff));
        return boolean(() => chosen() && !outside());
      }
      default:
        throw new Unlowerable();
    }
  }

  /** A whole multiple choice or number answer; anything else read here was tabled above. */
  function variable(raw: unknown): Lowered {
    const path = Array.isArray(raw) ? raw[0] : raw;
    if ((Array.isArray(raw) && raw.length !== 1) || typeof path !== 'string') throw new Unlowerable();
    const multi = maskSlot.get(path);
    if (multi !== undefined) {
      const any = new Int32Array(multi.words).fill(0x7fffffff);
      return { test: overlaps(masks, multi, any), stringy: true, arrayish: true, multi };
    }
    const slot = numberSlot.get(path);
    if (slot === undefined) throw new Unlowerable();
    // No answer reads as null, which compares as 0.
    return { test: () => numbers[slot] !== 0, num: () => numbers[slot]!, stringy: false, arrayish: false };
  }

  function relation(op: string, args: readonly unknown[]): Lowered {
    if (args.length !== 2) throw new Unlowerable();
    const a = lower(args[0]);
    const b = lower(args[1]);
    // Two strings compare as text; only one side may ever be one.
    if (a.stringy && b.stringy) throw new Unlowerable();
    const x = numeric(a);
    const y = numeric(b);
    if (b.constant !== undefined) {
      const k = b.constant;
      switch (op) {
        case '>':
          return boolean(() => x() > k);
        case '>=':
          return boolean(() => x() >= k);
        case '<':
          return boolean(() => x() < k);
        default:
          return boolean(() => x() <= k);
      }
    }
    switch (op) {
      case '>':
        return boolean(() => x() > y());
      case '>=':
        return boolean(() => x() >= y());
      case '<':
        return boolean(() => x() < y());
      default:
        return boolean(() => x() <= y());
    }
  }

  function countOf(args: readonly unknown[]): Lowered {
    if (args.length === 1) {
      const only = lower(args[0]);
      // One list counts its items: the options chosen (and kept) that are truthy.
      const list = only.filter ?? (only.multi && { multi: only.multi, keep: wordsOf(only.multi, only.multi.values) });
      if (list !== undefined) {
        const truthyValues = wordsOf(
          list.multi,
          list.multi.values.filter((value) => truthy(value)),
        );
        return number(
          counter(
            masks,
            list.multi,
            list.keep.map((word, w) => word & truthyValues[w]!),
          ),
        );
      }
      if (only.arrayish) throw new Unlowerable();
      const test = only.test;
      return number(() => (test() ? 1 : 0));
    }
    const parts = args.map(lower);
    const held = tally(parts);
    if (held !== undefined) return number(held);
    const tests = parts.map((part) => part.test);
    return number(() => {
      let n = 0;
      for (let i = 0; i < tests.length; i++) if (tests[i]!()) n++;
      return n;
    });
  }

  /** How many of `parts` hold, when each is a table over one slot: one loop, no call per part. */
  function tally(parts: readonly Lowered[]): (() => number) | undefined {
    if (parts.length < 2) return undefined;
    // Options of one multiple choice, all in one word: a count of bits.
    const word = parts[0]!.bit?.word;
    if (word !== undefined && parts.every((part) => part.bit?.word === word)) {
      const bits = parts.map((part) => part.bit!.bit);
      // The same option twice counts twice.
      if (new Set(bits).size === bits.length) {
        const all = bits.reduce((mask, bit) => mask | bit, 0);
        return () => popcount(masks[word]! & all);
      }
    }
    if (parts.some((part) => part.single === undefined)) return undefined;
    const slots = Int32Array.from(parts, (part) => part.single!.slot);
    // Each part's truth table, one after another; offsets[i] is where part i's begins.
    const offsets = new Int32Array(parts.length);
    let size = 0;
    parts.forEach((part, i) => {
      offsets[i] = size;
      size += part.single!.truth.length;
    });
    const truths = new Uint8Array(size);
    parts.forEach((part, i) => truths.set(part.single!.truth, offsets[i]));
    return () => {
      let n = 0;
      for (let i = 0; i < slots.length; i++) n += truths[offsets[i]! + groups[slots[i]!]!]!;
      return n;
    };
  }

  /** The options of a multiple choice for which scoped `logic` holds, worked out by `apply`. */
  function conditionMask(multi: Mask, logic: unknown): Int32Array {
    const held = multi.values.filter((value) => {
      try {
        return truthy(apply(logic, value));
      } catch {
        throw new Unlowerable();
      }
    });
    return wordsOf(multi, held);
  }

  return lower;
}

/** Whether the chosen options of `multi` meet `bits`. */
function overlaps(masks: Int32Array, multi: Mask, bits: Int32Array): () => boolean {
  const start = multi.start;
  if (multi.words === 1) {
    const only = bits[0]!;
    return () => (masks[start]! & only) !== 0;
  }
  return () => {
    for (let w = 0; w < bits.length; w++) if ((masks[start + w]! & bits[w]!) !== 0) return true;
    return false;
  };
}

/** How many chosen options of `multi` are among `bits`. */
function counter(masks: Int32Array, multi: Mask, bits: Int32Array): () => number {
  const start = multi.start;
  if (multi.words === 1) {
    const only = bits[0]!;
    return () => popcount(masks[start]! & only);
  }
  return () => {
    let n = 0;
    for (let w = 0; w < bits.length; w++) n += popcount(masks[start + w]! & bits[w]!);
    return n;
  };
}

/** Reads a table over several slots: index = Σ value × stride. One closure per read, no call per slot. */
interface Indexer {
  test(truth: Uint8Array): () => boolean;
  num(nums: Float64Array): () => number;
}

function indexer(slots: readonly number[], strides: readonly number[], groups: Int32Array): Indexer | undefined {
  switch (slots.length) {
    case 0:
      return undefined;
    case 2: {
      const [a, b] = slots as [number, number];
      const sa = strides[0]!;
      return {
        test: (t) => () => t[groups[a]! * sa + groups[b]!] === 1,
        num: (v) => () => v[groups[a]! * sa + groups[b]!]!,
      };
    }
    case 3: {
      const [a, b, c] = slots as [number, number, number];
      const sa = strides[0]!;
      const sb = strides[1]!;
      return {
        test: (t) => () => t[groups[a]! * sa + groups[b]! * sb + groups[c]!] === 1,
        num: (v) => () => v[groups[a]! * sa + groups[b]! * sb + groups[c]!]!,
      };
    }
    default: {
      const index = () => {
        let at = 0;
        for (let g = 0; g < slots.length; g++) at += groups[slots[g]!]! * strides[g]!;
        return at;
      };
      return { test: (t) => () => t[index()] === 1, num: (v) => () => v[index()]! };
    }
  }
}

const constant =
  <T>(value: T) =>
  () =>
    value;

/** A value read only for its truth (`and`, `or`, `filter`): comparing it as a number is not lowered. */
const truthOnly = (test: () => boolean): Lowered => ({ test, stringy: true, arrayish: true });
const boolean = (test: () => boolean): Lowered => ({
  test,
  num: () => (test() ? 1 : 0),
  stringy: false,
  arrayish: false,
});
const number = (num: () => number): Lowered => ({
  test: () => {
    const n = num();
    return n !== 0 && n === n;
  },
  num,
  stringy: false,
  arrayish: false,
});

function numeric(part: Lowered): () => number {
  if (part.num === undefined) throw new Unlowerable();
  return part.num;
}

function allOf(parts: readonly (() => boolean)[]): () => boolean {
  if (parts.length === 2) {
    const [a, b] = parts as [() => boolean, () => boolean];
    return () => a() && b();
  }
  return () => {
    for (let i = 0; i < parts.length; i++) if (!parts[i]!()) return false;
    return parts.length > 0;
  };
}

function anyOf(parts: readonly (() => boolean)[]): () => boolean {
  if (parts.length === 2) {
    const [a, b] = parts as [() => boolean, () => boolean];
    return () => a() || b();
  }
  return () => {
    for (let i = 0; i < parts.length; i++) if (parts[i]!()) return true;
    return false;
  };
}

function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// ---------------------------------------------------------------------------------------------
// Running

/** Flags of one case's outcome. */
export const URGENT = 1;
export const COMPLETE = 2;
export const INVALID = 4;

/**
 * The outcomes of encoded cases under one pack: per case, the index of its outcome in
 * `decisionPlan(pack).outcomes` (levels by rank, then the urgent outcome), its services as a
 * bit mask over `pack.services`, and its flags (`URGENT | COMPLETE | INVALID`).
 */
export interface BatchOutcomes {
  readonly outcome: Uint8Array;
  readonly services: Int32Array;
  readonly flags: Uint8Array;
  /** Cases that took the per-case path (a required question open, or a pack not lowered). */
  readonly perCase: number;
}

/** What `evaluate` would give each encoded case under `pack`, outcome only. */
export function batchOutcomes(pack: Pack, cases: EncodedCases): BatchOutcomes {
  const plan = planFor(pack, cases.layout);
  const decision = decisionPlan(pack);
  const outcome = new Uint8Array(cases.count);
  const services = new Int32Array(cases.count);
  const flags = new Uint8Array(cases.count);
  let perCase = 0;
  const width = cases.layout.width;
  for (let i = 0; i < cases.count; i++) {
    const done = plan.lowered && decideCase(plan, cases, i * width, i, outcome, services, flags);
    if (!done) {
      perCase++;
      const summary = evaluateOutcome(pack, cases.answersAt(i));
      outcome[i] = decision.indexOf.get(summary.level)!;
      services[i] = serviceMask(pack, summary.services);
      flags[i] = (summary.urgent ? URGENT : 0) | (summary.complete ? COMPLETE : 0) | (summary.invalid ? INVALID : 0);
    }
  }
  return { outcome, services, flags, perCase };
}

function serviceMask(pack: Pack, ids: readonly string[]): number {
  let mask = 0;
  for (const id of ids) mask |= 1 << pack.services.findIndex((service) => service.id === id);
  return mask;
}

/** One case on the lowered path; false when a required question is open (the per-case path decides it). */
function decideCase(
  plan: BatchPlan,
  cases: EncodedCases,
  base: number,
  i: number,
  outcomes: Uint8Array,
  serviceMasks: Int32Array,
  flagList: Uint8Array,
): boolean {
  const { cells } = cases;
  const { groups, masks, numbers, questions } = plan;
  // Loops rather than fill(): these hold a few dozen values, less than a builtin call costs.
  for (let g = 0; g < groups.length; g++) groups[g] = 0;
  for (let m = 0; m < masks.length; m++) masks[m] = 0;
  for (let n = 0; n < numbers.length; n++) numbers[n] = 0;
  let invalid = cases.broken[i] === 1;
  for (let f = 0; f < plan.foreign.length; f++)
    if (present(plan.foreign[f]!, cells[base + plan.foreign[f]!.cell]!)) invalid = true;
  let unknown = false;
  for (let q = 0; q < questions.length; q++) {
    const entry = questions[q]!;
    const cell = cells[base + entry.column]!;
    // What was given, and whether this pack can use it (checked whether or not the question is asked).
    let code = 0;
    let answered = false;
    switch (entry.kind) {
      case CHOICE:
        if (cell !== 0) {
          code = entry.codes![cell | 0]!;
          if (code === 0) invalid = true;
          else answered = true;
        }
        break;
      case MULTI:
        if (cell >= 0) {
          // code: how many options were chosen.
          const at = base + entry.column;
          const { allowed, exclusive } = entry;
          let alone = false;
          let usable = true;
          for (let w = 0; w < allowed!.length; w++) {
            const word = cells[at + w]! | 0;
            code += popcount(word);
            if ((word & ~allowed![w]!) !== 0) usable = false;
            if ((word & exclusive![w]!) !== 0) alone = true;
          }
          if (!usable || (alone && code > 1)) invalid = true;
          else answered = code > 0;
        }
        break;
      case NUMBER:
        if (cell === cell) {
          if (cell < entry.min || cell > entry.max) invalid = true;
          else answered = true;
        }
        break;
      case TEXT:
        if (cell >= 0) {
          if (cell >>> 1 > entry.maxLength) invalid = true;
          else answered = (cell & 1) === 0;
        }
        break;
    }
    if (entry.showIf !== undefined && !entry.showIf()) continue;
    if (!answered) {
      if (entry.required) return false;
      continue;
    }
    switch (entry.kind) {
      case CHOICE: {
        groups[entry.slot] = code;
        if (entry.lifts !== undefined) {
          const lift = entry.lifts[code]!;
          if (lift > groups[entry.sectionSlot]!) groups[entry.sectionSlot] = lift;
        }
        if (entry.unknownCodes !== undefined && entry.unknownCodes[code] === 1) unknown = true;
        break;
      }
      case MULTI: {
        const at = base + entry.column;
        const { start, words } = entry.mask!;
        const unknownMask = entry.unknownMask;
        for (let w = 0; w < words; w++) {
          const word = cells[at + w]! | 0;
          masks[start + w] = word;
          if (unknownMask !== undefined && (word & unknownMask[w]!) !== 0) unknown = true;
        }
        break;
      }
      case NUMBER:
        numbers[entry.slot] = cell;
        break;
    }
  }
  const { fired, merged, tested } = plan;
  plan.tick[0] = (plan.tick[0]! + 1) | 0;
  const words = fired.length;
  for (let w = 0; w < words; w++) fired[w] = 0;
  for (let m = 0; m < merged.length; m++) {
    const { slot, table } = merged[m]!;
    const at = groups[slot]! * words;
    for (let w = 0; w < words; w++) fired[w]! |= table[at + w]!;
  }
  for (let t = 0; t < tested.length; t++) {
    const rule = tested[t]!;
    if (rule.test()) fired[rule.index >> 5]! |= 1 << (rule.index & 31);
  }
  if (plan.uncertainty !== undefined && unknown && plan.uncertainty())
    fired[plan.uncertaintyIndex >> 5]! |= 1 << (plan.uncertaintyIndex & 31);
  const decision = plan.decide;
  decision.run(fired);
  outcomes[i] = decision.outcome;
  serviceMasks[i] = decision.services;
  flagList[i] = (decision.urgent ? URGENT : 0) | COMPLETE | (invalid ? INVALID : 0);
  return true;
}

/** Whether a cell holds an answer (of any kind, usable or not). */
function present(column: CaseColumn, cell: number): boolean {
  const type = column.type;
  return type === 'single-choice' || type === 'yes-no-unsure'
    ? cell !== 0
    : type === 'number'
      ? cell === cell
      : cell >= 0;
}

const summaries = new WeakMap<Pack, Map<number, OutcomeSummary>>();

/** Case i of a batch as `evaluateOutcome` gives it (one shared, frozen object per distinct outcome). */
export function summaryAt(pack: Pack, batch: BatchOutcomes, i: number): OutcomeSummary {
  const key = (batch.outcome[i]! * 8 + batch.flags[i]!) * 2 ** 31 + (batch.services[i]! >>> 0);
  let cache = summaries.get(pack);
  if (!cache) summaries.set(pack, (cache = new Map()));
  let summary = cache.get(key);
  if (summary === undefined) {
    const outcome = decisionPlan(pack).outcomes[batch.outcome[i]!]!;
    const flags = batch.flags[i]!;
    summary = Object.freeze({
      level: outcome.id,
      rank: outcome.rank,
      urgent: (flags & URGENT) !== 0,
      complete: (flags & COMPLETE) !== 0,
      services: Object.freeze(
        pack.services.filter((_, s) => (batch.services[i]! & (1 << s)) !== 0).map((service) => service.id),
      ),
      invalid: (flags & INVALID) !== 0,
    });
    cache.set(key, summary);
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// The combining policy over words of fired rules

/**
 * `decideOutcome` with the rules fired as bits, and every list it reads as a mask: nothing is
 * made per case. A test holds it equal to `decideOutcome` on every pack and any rules fired.
 */
export class WordDecision {
  outcome = -1;
  urgent = false;
  /** Services recommended, a bit per pack service. */
  services = 0;
  readonly #urgentAt: number;
  readonly #defaultAt: number;
  readonly #defaultService: number;
  readonly #urgentRules: Int32Array;
  readonly #concernsAt: readonly Int32Array[];
  readonly #capsAt: readonly Int32Array[];
  readonly #namingRules: readonly Int32Array[];
  readonly #namedBy: readonly (readonly Int32Array[])[];
  readonly #urgentNaming: readonly Int32Array[];
  readonly #firstServing: readonly number[];
  readonly #servingUrgent: number;
  readonly #serviceCount: number;

  constructor(pack: Pack, words: number) {
    const plan = decisionPlan(pack);
    const mask = (rules: readonly number[]) => {
      const out = new Int32Array(words);
      for (const rule of rules) out[rule >> 5]! |= 1 << (rule & 31);
      return out;
    };
    this.#urgentAt = pack.urgent ? plan.outcomes.length - 1 : -1;
    this.#defaultAt = plan.defaultAt;
    this.#defaultService = plan.defaultService;
    this.#urgentRules = mask(plan.urgentRules);
    this.#concernsAt = plan.concernsAt.map(mask);
    this.#capsAt = plan.capsAt.map(mask);
    this.#namingRules = plan.namingRules.map(mask);
    this.#namedBy = plan.namedBy.map((services) => services.map(mask));
    this.#urgentNaming = plan.urgentNaming.map(mask);
    this.#firstServing = plan.firstServing;
    this.#servingUrgent = [...plan.servingUrgent].reduce((bits, s) => bits | (1 << s), 0);
    this.#serviceCount = pack.services.length;
  }

  run(fired: Int32Array): void {
    const n = this.#concernsAt.length;
    const urgentAt = this.#urgentAt;
    const urgent = urgentAt >= 0 && meets(fired, this.#urgentRules);
    let highest = -1;
    for (let k = n - 1; k >= 0 && highest < 0; k--) if (meets(fired, this.#concernsAt[k]!)) highest = k;
    const byDefault = highest < 0;
    const pointed = byDefault ? this.#defaultAt : highest;
    let lowestCap = -1;
    for (let k = 0; k < n && lowestCap < 0; k++) if (meets(fired, this.#capsAt[k]!)) lowestCap = k;
    const cappedAt = !urgent && lowestCap >= 0 && pointed > lowestCap ? lowestCap : -1;
    const reached = cappedAt >= 0 ? cappedAt : pointed >= 0 && (lowestCap < 0 || lowestCap >= pointed) ? pointed : -1;
    const outcome = urgent ? urgentAt : reached === urgentAt ? -1 : reached;
    let services = 0;
    if (outcome >= 0 && outcome === urgentAt) {
      for (let s = 0; s < this.#serviceCount; s++)
        if ((this.#servingUrgent & (1 << s)) !== 0 || meets(fired, this.#urgentNaming[s]!)) services |= 1 << s;
    } else if (outcome >= 0) {
      const first = this.#firstServing[outcome]!;
      const fromDefault = outcome === this.#defaultAt && byDefault;
      const anyNamed = meets(fired, this.#namingRules[outcome]!) || (fromDefault && this.#defaultService >= 0);
      const namedBy = this.#namedBy[outcome]!;
      for (let s = 0; s < this.#serviceCount; s++) {
        const named = meets(fired, namedBy[s]!) || (fromDefault && this.#defaultService === s);
        if (cappedAt === outcome ? first === s : named || (!anyNamed && first === s)) services |= 1 << s;
      }
    }
    this.outcome = outcome;
    this.urgent = urgent;
    this.services = services;
  }
}

function meets(fired: Int32Array, mask: Int32Array): boolean {
  for (let w = 0; w < mask.length; w++) if ((fired[w]! & mask[w]!) !== 0) return true;
  return false;
}
