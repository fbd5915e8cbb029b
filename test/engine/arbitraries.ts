/**
 * Generators of answers built from a pack's own questionnaire, for the property tests.
 * Nothing here knows a particular pack: every question is read for its type, options,
 * bounds and length, so the same generators serve the fixture and the shipped packs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { findPackFiles, readPackFile } from '../../src/cli/files.js';
import { isGraded, listQuestions, parsePack } from '../../src/engine/pack.js';
import { YES_NO_UNSURE, type AnswerValue, type Pack, type Question } from '../../src/engine/schema.js';

/** A pack under test, with a way to parse it afresh (a different object, same content). */
export interface PackUnderTest {
  readonly name: string;
  readonly pack: Pack;
  readonly reparse: () => Pack;
}

const fixtureFile = fileURLToPath(new URL('../fixtures/small-pack.json', import.meta.url));
const rulesDir = fileURLToPath(new URL('../../rules', import.meta.url));

/**
 * The fixture pack, then every pack under `rules/` that `readPackFile` accepts (packs with
 * problems are reported by their own tests). Each file is read once, so a second parse for
 * the determinism property sees the same text even while someone edits the file.
 */
export function packsUnderTest(): PackUnderTest[] {
  const out: PackUnderTest[] = [];
  const add = (text: string) => {
    const pack = parsePack(text);
    out.push({ name: `${pack.id}@${pack.version}`, pack, reparse: () => parsePack(text) });
  };
  add(readFileSync(fixtureFile, 'utf8'));
  for (const file of findPackFiles(rulesDir)) {
    const text = readFileSync(file, 'utf8');
    if (!readPackFile(file).pack) continue;
    try {
      add(text);
    } catch {
      // Changed between the two reads and no longer parses: its own tests will say why.
    }
  }
  return out;
}

/** The evaluation date: 2026-06-01 when the pack is in force then, else noon on its first day. */
export function nowFor(pack: Pack): Date {
  const preferred = '2026-06-01';
  const inForce = preferred >= pack.effectiveFrom && (pack.effectiveTo === undefined || preferred <= pack.effectiveTo);
  return new Date(`${inForce ? preferred : pack.effectiveFrom}T12:00:00Z`);
}

export function questionsOf(pack: Pack): Question[] {
  return listQuestions(pack).map((entry) => entry.question);
}

/** The values a choice question accepts. */
export function optionValues(question: Question): string[] {
  if (question.type === 'yes-no-unsure') return [...YES_NO_UNSURE];
  return (question.options ?? []).map((option) => option.value);
}

/** Text that counts as an answer: short, within `maxLength`, never blank. */
function textArb(question: Question): fc.Arbitrary<string> {
  const max = Math.max(1, Math.min(question.maxLength ?? 40, 40));
  return fc
    .string({ minLength: 1, maxLength: max, unit: 'grapheme-ascii' })
    .filter((text) => text.trim() !== '' && text.length <= max);
}

/** Integers within the question's bounds (or a modest range around them). */
function numberArb(question: Question): fc.Arbitrary<number> {
  const { min, max } = question;
  let lo = min !== undefined ? Math.ceil(min) : max !== undefined ? Math.floor(max) - 1000 : -1000;
  let hi = max !== undefined ? Math.floor(max) : lo + 2000;
  if (lo > hi) return fc.constant(min ?? max ?? 0); // No integer fits: the bound itself does.
  if (min === undefined && max === undefined) [lo, hi] = [-1000, 1000];
  return fc.integer({ min: lo, max: hi });
}

/** A non-empty selection: an exclusive option alone, or several ordinary ones. */
function multipleArb(question: Question): fc.Arbitrary<string[]> {
  const options = question.options ?? [];
  const exclusive = options.filter((option) => option.exclusive).map((option) => option.value);
  const ordinary = options.filter((option) => !option.exclusive).map((option) => option.value);
  const choices: fc.Arbitrary<string[]>[] = [];
  if (exclusive.length > 0) choices.push(fc.constantFrom(...exclusive).map((value) => [value]));
  if (ordinary.length > 0) choices.push(fc.shuffledSubarray(ordinary, { minLength: 1 }));
  return fc.oneof(...choices);
}

/** Any valid answer to one question. */
export function answerArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unsure':
      return fc.constantFrom(...optionValues(question));
    case 'multiple-choice':
      return multipleArb(question);
    case 'text':
      return textArb(question);
    case 'number':
      return numberArb(question);
  }
}

/** Every question answered, valid, in questionnaire order. */
export function completeAnswersArb(pack: Pack): fc.Arbitrary<Record<string, AnswerValue>> {
  const record: Record<string, fc.Arbitrary<AnswerValue>> = {};
  for (const question of questionsOf(pack)) record[question.id] = answerArb(question);
  return fc.record(record);
}

/** Some questions answered (any subset, possibly none), all valid. */
export function partialAnswersArb(pack: Pack): fc.Arbitrary<Record<string, AnswerValue>> {
  const record: Record<string, fc.Arbitrary<AnswerValue>> = {};
  for (const question of questionsOf(pack)) record[question.id] = answerArb(question);
  return fc.record(record, { requiredKeys: [] }) as fc.Arbitrary<Record<string, AnswerValue>>;
}

/** A graded question moved from one graded option to a strictly higher one. */
export interface Raise {
  readonly questionId: string;
  readonly from: string;
  readonly to: string;
}

/** Every possible raise in the pack: graded option → graded option of a strictly higher rank. */
export function possibleRaises(pack: Pack): Raise[] {
  const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const raises: Raise[] = [];
  for (const question of questionsOf(pack)) {
    if (!isGraded(question)) continue;
    const graded = (question.options ?? []).filter((option) => option.level !== undefined && ranks.has(option.level));
    for (const from of graded) {
      for (const to of graded) {
        if (ranks.get(to.level!)! > ranks.get(from.level!)!)
          raises.push({ questionId: question.id, from: from.value, to: to.value });
      }
    }
  }
  return raises;
}

/** A plain-data deep copy whose object keys are inserted in reverse order. */
export function cloneReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneReversed(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).reverse()) out[key] = cloneReversed((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** One invalid answer injected into a valid set, and the problem it must cause. */
export interface Injection {
  readonly answers: Record<string, unknown>;
  readonly questionId: string;
  readonly code: string;
  readonly path: string;
}

const slugArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);

/**
 * A valid answer set with exactly one thing wrong: an unknown question id, a value that is
 * not an option, a number where text is expected, and (where the pack allows) a number out
 * of range, a note too long, or an exclusive option chosen with another.
 */
export function injectionArb(pack: Pack): fc.Arbitrary<Injection> {
  const questions = questionsOf(pack);
  const ids = new Set(questions.map((question) => question.id));
  const base = completeAnswersArb(pack);
  const kinds: fc.Arbitrary<Injection>[] = [];

  kinds.push(
    fc
      .tuple(
        base,
        slugArb.filter((id) => !ids.has(id)),
        fc.integer({ min: 0, max: 2 }),
      )
      .map(([answers, id, which]) => {
        const value: AnswerValue = which === 0 ? 'yes' : which === 1 ? 7 : ['x'];
        return {
          answers: { ...answers, [id]: value },
          questionId: id,
          code: 'answer.unknown-question',
          path: `$.${id}`,
        };
      }),
  );

  const choice = questions.filter((question) =>
    ['single-choice', 'yes-no-unsure', 'multiple-choice'].includes(question.type),
  );
  if (choice.length > 0) {
    kinds.push(
      fc
        .tuple(base, fc.constantFrom(...choice), slugArb, fc.nat())
        .filter(([, question, bogus]) => !optionValues(question).includes(bogus))
        .map(([answers, question, bogus, position]) => {
          const id = question.id;
          if (question.type !== 'multiple-choice') {
            return {
              answers: { ...answers, [id]: bogus },
              questionId: id,
              code: 'answer.not-an-option',
              path: `$.${id}`,
            };
          }
          const current = answers[id] as string[];
          const exclusive = new Set((question.options ?? []).filter((o) => o.exclusive).map((o) => o.value));
          // Beside an exclusive option the bogus value would be a second problem; it stands alone then.
          const kept = current.some((value) => exclusive.has(value)) ? [] : current;
          const at = position % (kept.length + 1);
          const value = [...kept.slice(0, at), bogus, ...kept.slice(at)];
          return {
            answers: { ...answers, [id]: value },
            questionId: id,
            code: 'answer.not-an-option',
            path: `$.${id}[${at}]`,
          };
        }),
    );
  }

  const texts = questions.filter((question) => question.type === 'text');
  if (texts.length > 0) {
    kinds.push(
      fc.tuple(base, fc.constantFrom(...texts), fc.integer()).map(([answers, question, n]) => ({
        answers: { ...answers, [question.id]: n },
        questionId: question.id,
        code: 'answer.type',
        path: `$.${question.id}`,
      })),
    );
    const bounded = texts.filter((question) => question.maxLength !== undefined);
    if (bounded.length > 0) {
      kinds.push(
        fc
          .tuple(base, fc.constantFrom(...bounded), fc.integer({ min: 1, max: 20 }))
          .map(([answers, question, extra]) => ({
            answers: { ...answers, [question.id]: 'x'.repeat(question.maxLength! + extra) },
            questionId: question.id,
            code: 'answer.too-long',
            path: `$.${question.id}`,
          })),
      );
    }
  }

  const numbers = questions.filter(
    (question) => question.type === 'number' && (question.min !== undefined || question.max !== undefined),
  );
  if (numbers.length > 0) {
    kinds.push(
      fc
        .tuple(base, fc.constantFrom(...numbers), fc.integer({ min: 1, max: 1000 }), fc.boolean())
        .map(([answers, question, by, below]) => {
          const low = below ? question.min !== undefined : question.max === undefined;
          const value = low ? Math.floor(question.min!) - by : Math.ceil(question.max!) + by;
          return {
            answers: { ...answers, [question.id]: value },
            questionId: question.id,
            code: 'answer.out-of-range',
            path: `$.${question.id}`,
          };
        }),
    );
  }

  const withExclusive = questions.filter(
    (question) =>
      question.type === 'multiple-choice' &&
      (question.options ?? []).some((option) => option.exclusive) &&
      (question.options ?? []).some((option) => !option.exclusive),
  );
  if (withExclusive.length > 0) {
    kinds.push(
      fc
        .tuple(base, fc.constantFrom(...withExclusive), fc.nat(), fc.nat(), fc.boolean())
        .map(([answers, question, e, o, first]) => {
          const options = question.options ?? [];
          const exclusive = options.filter((option) => option.exclusive);
          const ordinary = options.filter((option) => !option.exclusive);
          const pick = exclusive[e % exclusive.length]!.value;
          const other = ordinary[o % ordinary.length]!.value;
          const value = first ? [pick, other] : [other, pick];
          return {
            answers: { ...answers, [question.id]: value },
            questionId: question.id,
            code: 'answer.exclusive',
            path: `$.${question.id}[${first ? 0 : 1}]`,
          };
        }),
    );
  }
  return fc.oneof(...kinds);
}
