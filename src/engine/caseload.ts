/**
 * Caseloads for simulation and version diffs: answer sets read from text (JSON Lines or
 * CSV, as a case system exports them) or generated from a pack's questionnaire.
 *
 * Pure: everything here takes text or packs and returns data. Nothing reads files, so the
 * same code serves the command line, a Web Worker and the tests.
 */
import { encodeAnswers, encodeCases, type CaseLayout, type EncodedCases } from './batch.js';
import { choiceValues } from './answers.js';
import { isGraded, listQuestions } from './pack.js';
import { YES_NO_UNSURE, type AnswerValue, type Answers, type Pack, type Question } from './schema.js';

/** One case of a caseload: its answers, and where it came from. */
export interface CaseloadCase {
  /** A name to show: a golden case's file name, a row's `name` column, or `#<line>`. */
  readonly name: string;
  /** Where the case came from: a golden case, a line of a file, or the generator. */
  readonly source: 'golden' | 'file' | 'generated';
  /** 1-based line of the file the case starts on (files only). */
  readonly line?: number;
  readonly answers: Answers;
}

/** Something wrong with a caseload file, at a line and (when known) a column. */
export interface CaseloadProblem {
  /** `error`: the row cannot be read and is left out. `warning`: read, but an answer will not be used. */
  readonly severity: 'error' | 'warning';
  /** Stable code, e.g. `jsonl.syntax`, `csv.unknown-column`, `answer.not-an-option`. */
  readonly code: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column: the character for JSON syntax errors, the field for CSV. */
  readonly column?: number;
  /** The CSV header or JSON key concerned. */
  readonly field?: string;
  /** The offending value as written. */
  readonly value?: string;
}

export interface CaseloadRead {
  readonly cases: readonly CaseloadCase[];
  readonly problems: readonly CaseloadProblem[];
}

export type CaseloadFormat = 'jsonl' | 'csv';

/** The format a file name suggests: `.csv` is CSV, anything else JSON Lines. */
export function caseloadFormat(fileName: string): CaseloadFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'jsonl';
}

/** Reads a caseload in either format; `pack` gives CSV cells their types and lets answers be checked. */
export function parseCaseload(text: string, format: CaseloadFormat, pack?: Pack): CaseloadRead {
  return format === 'csv' ? parseCaseloadCsv(text, pack) : parseCaseloadJsonl(text, pack);
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * One answers object per line, or one golden case per line (`{"description", "answers",
 * "expect"}`). Blank lines and lines starting with `//` are skipped.
 */
export function parseCaseloadJsonl(text: string, pack?: Pack): CaseloadRead {
  const cases: CaseloadCase[] = [];
  const problems: CaseloadProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!;
    const line = i + 1;
    if (lineText.trim() === '' || lineText.trimStart().startsWith('//')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(lineText);
    } catch (error) {
      // V8 says "… at position N"; the column is where JSON.parse gave up.
      const position = /position (\d+)/.exec((error as Error).message);
      const column = position ? Number(position[1]) + 1 : undefined;
      problems.push({ severity: 'error', code: 'jsonl.syntax', line, ...(column !== undefined ? { column } : {}) });
      continue;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push({ severity: 'error', code: 'jsonl.not-an-object', line, column: 1 });
      continue;
    }
    const record = parsed as Record<string, unknown>;
    const isGolden =
      typeof record.answers === 'object' &&
      record.answers !== null &&
      !Array.isArray(record.answers) &&
      'expect' in record;
    const raw = (isGolden ? record.answers : record) as Record<string, unknown>;
    const answers: Record<string, AnswerValue> = {};
    let bad = false;
    for (const [key, value] of Object.entries(raw)) {
      if (value === null) continue;
      if (!isAnswerValue(value)) {
        bad = true;
        problems.push({
          severity: 'error',
          code: 'jsonl.answer-type',
          line,
          column: columnOfKey(lineText, key),
          field: key,
          value: JSON.stringify(value),
        });
        continue;
      }
      answers[key] = value;
    }
    if (bad) continue;
    const name =
      isGolden && typeof record.name === 'string'
        ? record.name
        : isGolden && typeof record.description === 'string'
          ? record.description
          : `#${line}`;
    if (pack) problems.push(...answerWarnings(pack, answers, line, (key) => columnOfKey(lineText, key)));
    cases.push({ name, source: 'file', line, answers });
  }
  return { cases, problems };
}

/** The column of `"key"` in a JSON line, for pointing at an answer. */
function columnOfKey(lineText: string, key: string): number | undefined {
  const at = lineText.indexOf(JSON.stringify(key));
  return at === -1 ? undefined : at + 1;
}

// ---------------------------------------------------------------------------------------------
// CSV

interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * RFC 4180 records: commas, double quotes with `""` escapes, CRLF or LF, newlines inside
 * quotes. Each record remembers the line it starts on. Throws nothing: an unclosed quote
 * is reported as a problem.
 */
export function parseCsvRecords(text: string): { records: CsvRecord[]; problems: CaseloadProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CaseloadProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStartColumn = 1;
  let column = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // A byte-order mark from a spreadsheet.
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
          column++;
        } else quoted = false;
      } else {
        if (ch === '\n') {
          line++;
          column = 0;
        }
        field += ch;
      }
      column++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      fieldStartColumn = column;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      column = 0;
      recordLine = line;
    } else field += ch;
    column++;
  }
  if (quoted) {
    problems.push({ severity: 'error', code: 'csv.unclosed-quote', line: recordLine, column: fieldStartColumn });
  } else if (field !== '' || fields.length > 0) endRecord();
  return { records, problems };
}

/** Header cells that name the case rather than a question (when the pack has no question by that id). */
const NAME_COLUMNS = new Set(['name', 'case', 'case-id', 'id', '#']);

/**
 * A header row of question ids, then one case per row. Multiple-choice cells list values
 * separated by `|`; number questions' cells are read as numbers; an empty cell is no answer.
 * Without a pack every cell is read as text (and `|` still splits, since a choice value
 * never contains one).
 */
export function parseCaseloadCsv(text: string, pack?: Pack): CaseloadRead {
  const { records, problems } = parseCsvRecords(text);
  const cases: CaseloadCase[] = [];
  const header = records[0];
  if (!header) return { cases, problems: [...problems, { severity: 'error', code: 'csv.empty', line: 1 }] };
  const questions = pack ? new Map(listQuestions(pack).map((entry) => [entry.question.id, entry.question])) : undefined;
  const columns: Array<{ kind: 'question'; question?: Question; id: string } | { kind: 'name' } | { kind: 'unknown' }> =
    [];
  const seen = new Set<string>();
  header.fields.forEach((cell, c) => {
    const id = cell.trim();
    if (seen.has(id) && id !== '') {
      problems.push({ severity: 'error', code: 'csv.duplicate-column', line: header.line, column: c + 1, field: id });
      columns.push({ kind: 'unknown' });
      return;
    }
    seen.add(id);
    if (questions?.has(id)) columns.push({ kind: 'question', question: questions.get(id)!, id });
    else if (NAME_COLUMNS.has(id.toLowerCase())) columns.push({ kind: 'name' });
    else if (!questions && id !== '') columns.push({ kind: 'question', id });
    else {
      problems.push({ severity: 'error', code: 'csv.unknown-column', line: header.line, column: c + 1, field: id });
      columns.push({ kind: 'unknown' });
    }
  });
  // A header that cannot be matched makes every row unreadable; say so once.
  if (problems.some((problem) => problem.severity === 'error')) return { cases, problems };
  for (const record of records.slice(1)) {
    if (record.fields.length !== columns.length) {
      problems.push({
        severity: 'error',
        code: 'csv.field-count',
        line: record.line,
        column: Math.min(record.fields.length, columns.length) + 1,
        value: String(record.fields.length),
        field: String(columns.length),
      });
      continue;
    }
    const answers: Record<string, AnswerValue> = {};
    let name = `#${record.line}`;
    let bad = false;
    record.fields.forEach((cell, c) => {
      const column = columns[c]!;
      if (column.kind === 'name') {
        if (cell.trim() !== '') name = cell.trim();
        return;
      }
      if (column.kind !== 'question' || cell.trim() === '') return;
      const { question, id } = column;
      if (question?.type === 'multiple-choice' || (!question && cell.includes('|'))) {
        answers[id] = cell
          .split('|')
          .map((part) => part.trim())
          .filter((part) => part !== '');
      } else if (question?.type === 'number') {
        const value = Number(cell.trim());
        if (!Number.isFinite(value)) {
          bad = true;
          problems.push({
            severity: 'error',
            code: 'csv.not-a-number',
            line: record.line,
            column: c + 1,
            field: id,
            value: cell,
          });
          return;
        }
        answers[id] = value;
      } else answers[id] = question?.type === 'text' ? cell : cell.trim();
    });
    if (bad) continue;
    if (pack) {
      const columnOf = (key: string) => {
        const index = header.fields.findIndex((cell) => cell.trim() === key);
        return index === -1 ? undefined : index + 1;
      };
      problems.push(...answerWarnings(pack, answers, record.line, columnOf));
    }
    cases.push({ name, source: 'file', line: record.line, answers });
  }
  return { cases, problems };
}

/** Answers the engine will not use (unknown question, not an option, wrong type, out of range), as warnings. */
function answerWarnings(
  pack: Pack,
  answers: Answers,
  line: number,
  columnOf: (key: string) => number | undefined,
): CaseloadProblem[] {
  const questions = questionMap(pack);
  const out: CaseloadProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id);
    const at = (code: string, shown: string) => {
      const column = columnOf(id);
      out.push({
        severity: 'warning',
        code,
        line,
        ...(column !== undefined ? { column } : {}),
        field: id,
        value: shown,
      });
    };
    if (!question) {
      at('answer.unknown-question', id);
      continue;
    }
    const allowed: readonly string[] | undefined =
      question.type === 'yes-no-unsure' ? YES_NO_UNSURE : question.options?.map((option) => option.value);
    switch (question.type) {
      case 'single-choice':
      case 'yes-no-unsure':
        if (typeof value !== 'string') at('answer.type', JSON.stringify(value));
        else if (!allowed!.includes(value)) at('answer.not-an-option', value);
        break;
      case 'multiple-choice':
        if (!Array.isArray(value)) at('answer.type', JSON.stringify(value));
        else for (const item of value as string[]) if (!allowed!.includes(item)) at('answer.not-an-option', item);
        break;
      case 'number':
        if (typeof value !== 'number') at('answer.type', JSON.stringify(value));
        else if (
          (question.min !== undefined && value < question.min) ||
          (question.max !== undefined && value > question.max)
        ) {
          at('answer.out-of-range', String(value));
        }
        break;
      case 'text':
        if (typeof value !== 'string') at('answer.type', JSON.stringify(value));
        break;
    }
  }
  return out;
}

const questionMaps = new WeakMap<Pack, Map<string, Question>>();
function questionMap(pack: Pack): Map<string, Question> {
  let map = questionMaps.get(pack);
  if (!map) {
    map = new Map(listQuestions(pack).map((entry) => [entry.question.id, entry.question]));
    questionMaps.set(pack, map);
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Generated caseloads

/** mulberry32 as an object, re-seedable: the same numbers as `seededRandom`. */
class Mulberry32 {
  // In a typed array: a field holding a 32-bit unsigned number would be a fresh heap number on every draw.
  readonly #state = new Uint32Array(1);
  constructor(seed: number) {
    this.#state[0] = seed >>> 0;
  }
  reset(seed: number): void {
    this.#state[0] = seed >>> 0;
  }
  next(): number {
    const state = (this.#state[0]! + 0x6d2b79f5) >>> 0;
    this.#state[0] = state;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** mulberry32: a small seeded PRNG, so a generated caseload is the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Seed of the generator (default 1): the same seed, packs and count give the same cases. */
  readonly seed?: number;
}

/**
 * What the generator needs to know about one question, worked out once per caseload. Values
 * are chosen by their place in `options`, so that a case can be written as answers or
 * straight into an encoded row.
 */
interface Plan {
  readonly id: string;
  readonly type: Question['type'];
  readonly safety: boolean;
  /** Graded single choice: options by rank, lowest first, and the ungraded ones ("don't know"). */
  readonly graded?: readonly number[];
  readonly ungraded?: readonly number[];
  readonly options: readonly string[];
  readonly exclusive: readonly number[];
  readonly ordinary: readonly number[];
  readonly required: boolean;
  readonly min: number;
  readonly max: number;
  readonly maxLength: number;
}

function plans(packs: readonly Pack[]): Plan[] {
  const seen = new Set<string>();
  const out: Plan[] = [];
  for (const pack of packs) {
    const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
    for (const { question, section } of listQuestions(pack)) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      const options = choiceValues(question);
      const indexed = (question.options ?? []).map((option, k) => ({ ...option, k }));
      const graded = isGraded(question)
        ? indexed
            .filter((option) => option.level !== undefined && ranks.has(option.level))
            .sort((a, b) => ranks.get(a.level!)! - ranks.get(b.level!)!)
            .map((option) => option.k)
        : undefined;
      const min =
        question.min !== undefined
          ? Math.ceil(question.min)
          : question.max !== undefined
            ? Math.floor(question.max) - 10
            : 0;
      const max = question.max !== undefined ? Math.floor(question.max) : min + 10;
      out.push({
        id: question.id,
        type: question.type,
        safety: section.role === 'safety',
        ...(graded
          ? {
              graded,
              ungraded: indexed.filter((option) => option.level === undefined).map((option) => option.k),
            }
          : {}),
        options,
        exclusive: indexed.filter((option) => option.exclusive).map((option) => option.k),
        ordinary: indexed.filter((option) => !option.exclusive).map((option) => option.k),
        required: question.required === true,
        min,
        max: Math.max(min, Math.min(max, min + 1000)),
        maxLength: question.maxLength ?? 500,
      });
    }
  }
  return out;
}

/** A caseload read case by case: an array, or cases made on demand (a large generated caseload never sits in memory). */
export interface CaseSource<T = CaseloadCase> {
  readonly length: number;
  get(index: number): T;
}

/**
 * Case `index` of several sources one after the other. When every part is an array or a
 * generated caseload, the whole can be encoded for the batch path, generated parts straight
 * into rows.
 */
export function concatCases<T>(...parts: ReadonlyArray<ReadonlyArray<T> | CaseSource<T>>): CaseSource<T> {
  const sources = parts.map((part) =>
    isCaseSource(part) ? part : { length: part.length, get: (i: number) => part[i]! },
  );
  const length = sources.reduce((sum, source) => sum + source.length, 0);
  const get = (index: number): T => {
    let i = index;
    for (const source of sources) {
      if (i < source.length) return source.get(i);
      i -= source.length;
    }
    throw new RangeError(`No case ${index} in a caseload of ${length}`);
  };
  const generated = (parts as readonly unknown[]).filter(isGeneratedCases);
  if (generated.length === 0) return { length, get };
  const answersAt = (index: number): Answers => answersOf(get(index) as Answers | CaseloadCase);
  const whole: EncodableCases<T> = {
    length,
    get,
    packs: [...new Set(generated.flatMap((part) => part.packs))],
    encode(layout, start, end) {
      // Each part's share of [start, end), encoded its own way, then laid end to end.
      const pieces: EncodedCases[] = [];
      let offset = 0;
      for (const source of sources) {
        const from = Math.max(start, offset);
        const to = Math.min(end, offset + source.length);
        if (from < to) {
          const base = offset;
          pieces.push(
            isGeneratedCases(source)
              ? source.encode(layout, from - base, to - base)
              : encodeCases(layout, answersAt, from, to),
          );
        }
        offset += source.length;
      }
      const cells = new Float64Array((end - start) * layout.width);
      const broken = new Uint8Array(end - start);
      let at = 0;
      for (const piece of pieces) {
        cells.set(piece.cells, at * layout.width);
        broken.set(piece.broken, at);
        at += piece.count;
      }
      return { layout, count: end - start, cells, broken, answersAt: (i) => answersAt(start + i) };
    },
  };
  return whole;
}

/** Plain answers, whether given as answers or as caseload cases. */
export function answersOf(item: Answers | CaseloadCase): Answers {
  return isCaseloadCase(item) ? item.answers : (item as Answers);
}

/** A caseload case rather than a plain answers object (whose values are never plain objects). */
export function isCaseloadCase(item: Answers | CaseloadCase): item is CaseloadCase {
  const candidate = item as Partial<CaseloadCase>;
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.source === 'string' &&
    typeof candidate.answers === 'object' &&
    candidate.answers !== null &&
    !Array.isArray(candidate.answers)
  );
}

export function isCaseSource<T>(value: ReadonlyArray<T> | CaseSource<T>): value is CaseSource<T> {
  return !Array.isArray(value) && typeof (value as CaseSource<T>).get === 'function';
}

/** murmur3's finaliser: spreads (seed, index) over the whole 32-bit range, so each case's stream is independent. */
function mix(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * `count` complete, valid answer sets built from the questionnaires of `packs` (the first
 * pack's questions first, then any question only a later pack asks, so that a diff reads
 * the questions of both versions), made one at a time when asked for. Every question is
 * answered, asked or not, so every required question the engine asks has an answer.
 *
 * The caseload is skewed as a real one is: each case draws an intensity (mostly low);
 * graded questions are at their lowest level unless the intensity raises them, and raised
 * answers favour the next level up; "don't know" appears now and then; immediate danger is
 * rare; other single choices take their first option half the time (often the calm one:
 * engaging, agrees), else any option.
 *
 * Deterministic: case i depends only on the seed, i and the questionnaires (its own mulberry32
 * stream, seeded from both), so any slice of a caseload is the same however it is produced.
 */
export function generatedCases(
  packs: Pack | readonly Pack[],
  count: number,
  options: GenerateOptions = {},
): GeneratedCases {
  const list = Array.isArray(packs) ? (packs as readonly Pack[]) : [packs as Pack];
  const seed = options.seed ?? 1;
  const questions = plans(list);
  // One generator object, re-seeded per case: no closure is made per case on this hot path.
  const random = new Mulberry32(0);
  const rand = () => random.next();
  const pick = (items: readonly number[]): number => items[Math.floor(random.next() * items.length)]!;
  const YES = 0;
  const NO = 1;
  const NOT_SURE = 2;
  const make = (n: number, out: AnswerWriter): void => {
    random.reset(mix(seed, n));
    const intensity = rand() ** 3;
    for (let qi = 0; qi < questions.length; qi++) {
      const q = questions[qi]!;
      switch (q.type) {
        case 'yes-no-unsure': {
          const r = rand();
          if (q.safety) out.choice(qi, r < 0.01 ? YES : r < 0.03 ? NOT_SURE : NO);
          else out.choice(qi, r < 0.02 + 0.2 * intensity ? YES : r < 0.05 + 0.25 * intensity ? NOT_SURE : NO);
          break;
        }
        case 'single-choice': {
          if (q.graded && q.graded.length > 0) {
            const r = rand();
            if (r < 0.03 && q.ungraded!.length > 0) out.choice(qi, pick(q.ungraded!));
            else if (r < 0.04 + 0.3 * intensity && q.graded.length > 1) {
              // Each step up is less likely than the one before.
              let step = 1;
              while (step < q.graded.length - 1 && rand() < 0.25) step++;
              out.choice(qi, q.graded[step]!);
            } else out.choice(qi, q.graded[0]!);
          } else out.choice(qi, rand() < 0.5 ? 0 : Math.floor(rand() * q.options.length));
          break;
        }
        case 'multiple-choice': {
          const p = 0.005 + 0.12 * intensity;
          let chosen = false;
          for (const k of q.ordinary) {
            if (rand() < p) {
              out.chosen(qi, k);
              chosen = true;
            }
          }
          if (!chosen) {
            if (q.exclusive.length > 0) out.chosen(qi, q.exclusive[0]!);
            else if (q.required && q.ordinary.length > 0) out.chosen(qi, pick(q.ordinary));
          }
          break;
        }
        case 'number':
          out.number(qi, q.min + Math.floor(rand() * (q.max - q.min + 1)));
          break;
        case 'text':
          out.text(qi, n);
          break;
      }
    }
  };
  const check = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= count)
      throw new RangeError(`No case ${index} in a caseload of ${count}`);
  };
  const answers = new ObjectWriter(questions);
  return {
    length: count,
    packs: list,
    get(index) {
      check(index);
      make(index, answers.begin());
      return { name: `generated-${index + 1}`, source: 'generated', answers: answers.answers };
    },
    encode(layout, start, end) {
      const writer = CellWriter.for(questions, layout);
      if (writer === undefined) return encodeCases(layout, (i) => this.get(i).answers, start, end);
      if (start < end) {
        check(start);
        check(end - 1);
      }
      const cases = end - start;
      const cells = new Float64Array(cases * layout.width);
      for (let i = 0; i < cases; i++) make(start + i, writer.begin(cells, i * layout.width));
      return {
        layout,
        count: cases,
        cells,
        broken: new Uint8Array(cases),
        answersAt: (i) => this.get(start + i).answers,
      };
    },
  };
}

/** A caseload that can write cases straight into encoded rows for the batch path. */
export interface EncodableCases<T = CaseloadCase> extends CaseSource<T> {
  /** The packs whose questions it answers (a layout for them holds every answer it writes). */
  readonly packs: readonly Pack[];
  /** Cases `start` to `end` (exclusive) as encoded rows: the same answers `get` gives. */
  encode(layout: CaseLayout, start: number, end: number): EncodedCases;
}

/** A generated caseload: cases made on demand, as answers or encoded for the batch path. */
export type GeneratedCases = EncodableCases<CaseloadCase>;

export function isGeneratedCases(value: unknown): value is GeneratedCases {
  return typeof (value as Partial<GeneratedCases>)?.encode === 'function';
}

/** Where the generator writes a case: question `qi` of the plan, by option place. */
interface AnswerWriter {
  choice(qi: number, k: number): void;
  chosen(qi: number, k: number): void;
  number(qi: number, value: number): void;
  /** The note of case `n`: "Generated case n+1", cut to the question's longest. */
  text(qi: number, n: number): void;
}

const noteOf = (n: number, maxLength: number): string => `Generated case ${n + 1}`.slice(0, maxLength);

class ObjectWriter implements AnswerWriter {
  answers: Record<string, AnswerValue> = {};
  readonly #questions: readonly Plan[];
  constructor(questions: readonly Plan[]) {
    this.#questions = questions;
  }
  begin(): this {
    this.answers = {};
    return this;
  }
  choice(qi: number, k: number): void {
    const q = this.#questions[qi]!;
    this.answers[q.id] = q.options[k]!;
  }
  chosen(qi: number, k: number): void {
    const q = this.#questions[qi]!;
    ((this.answers[q.id] ??= []) as string[]).push(q.options[k]!);
  }
  number(qi: number, value: number): void {
    this.answers[this.#questions[qi]!.id] = value;
  }
  text(qi: number, n: number): void {
    const q = this.#questions[qi]!;
    this.answers[q.id] = noteOf(n, q.maxLength);
  }
}

/** Writes generated answers into encoded cells, each option already turned into its column's code or bit. */
class CellWriter implements AnswerWriter {
  static #cache = new WeakMap<readonly Plan[], WeakMap<CaseLayout, CellWriter | null>>();
  #cells: Float64Array = new Float64Array(0);
  #base = 0;
  readonly #start: Int32Array;
  readonly #codes: readonly Int32Array[];
  readonly #absent: Float64Array;
  readonly #maxLength: Float64Array;

  /** The writer for `layout`, or undefined when the layout lacks a question or value the generator writes. */
  static for(questions: readonly Plan[], layout: CaseLayout): CellWriter | undefined {
    let byLayout = CellWriter.#cache.get(questions);
    if (!byLayout) CellWriter.#cache.set(questions, (byLayout = new WeakMap()));
    let writer = byLayout.get(layout);
    if (writer === undefined) {
      writer = CellWriter.#make(questions, layout);
      byLayout.set(layout, writer);
    }
    return writer ?? undefined;
  }

  static #make(questions: readonly Plan[], layout: CaseLayout): CellWriter | null {
    if (!layout.encodable || layout.columns.length !== questions.length) return null;
    const columns = questions.map((q) => layout.columns[layout.byId.get(q.id) ?? -1]);
    if (columns.some((column, qi) => column === undefined || column.type !== questions[qi]!.type)) return null;
    const codes = questions.map((q, qi) => Int32Array.from(q.options, (value) => columns[qi]!.values.indexOf(value)));
    if (codes.some((list) => list.includes(-1))) return null;
    return new CellWriter(
      Int32Array.from(columns, (column) => column!.cell),
      codes,
      Float64Array.from(questions, (q) => q.maxLength),
      layout,
    );
  }

  private constructor(start: Int32Array, codes: readonly Int32Array[], maxLength: Float64Array, layout: CaseLayout) {
    this.#start = start;
    this.#codes = codes;
    this.#maxLength = maxLength;
    // A row with nothing answered: what every row starts from.
    this.#absent = new Float64Array(layout.width);
    encodeAnswers(layout, {}, this.#absent, 0);
  }

  begin(cells: Float64Array, base: number): this {
    this.#cells = cells;
    this.#base = base;
    cells.set(this.#absent, base);
    return this;
  }
  choice(qi: number, k: number): void {
    this.#cells[this.#base + this.#start[qi]!] = this.#codes[qi]![k]! + 1;
  }
  chosen(qi: number, k: number): void {
    const code = this.#codes[qi]![k]!;
    const at = this.#base + this.#start[qi]! + Math.floor(code / 31);
    // The first word holds -1 while nothing is chosen.
    const first = this.#base + this.#start[qi]!;
    if (this.#cells[first]! < 0) this.#cells[first] = 0;
    this.#cells[at] = (this.#cells[at]! | (1 << (code % 31))) >>> 0;
  }
  number(qi: number, value: number): void {
    this.#cells[this.#base + this.#start[qi]!] = value;
  }
  text(qi: number, n: number): void {
    // Only the note's length is encoded (never blank): "Generated case " and the number's digits.
    let digits = 1;
    for (let rest = n + 1; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    const length = Math.min(15 + digits, this.#maxLength[qi]!);
    this.#cells[this.#base + this.#start[qi]!] = length * 2 + (length === 0 ? 1 : 0);
  }
}

/** `generatedCases`, all made at once. */
export function generateCaseload(
  packs: Pack | readonly Pack[],
  count: number,
  options: GenerateOptions = {},
): CaseloadCase[] {
  const source = generatedCases(packs, count, options);
  return Array.from({ length: count }, (_, i) => source.get(i));
}
