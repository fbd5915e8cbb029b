/**
 * Uncertainty is never reassurance. Which answers count as not known, and which of them
 * matter: those the rules that could raise the level read. A pack's
 * `policy.uncertainty` then keeps the result off its lowest levels while something points
 * to a concern and such an answer is not known (`decide` treats it as one more concern).
 */
import { walkLogic } from './logic.js';
import { isGraded, listQuestions, readOf } from './pack.js';
import type { Pack, Question } from './schema.js';

/** Option values that say "not known", whatever the question. */
const UNKNOWN_VALUES: ReadonlySet<string> = new Set(['dont-know', 'not-known', 'not-sure', 'unknown']);

/** Option values that say the question does not apply (an unborn baby's schooling): known, not unknown. */
const NOT_APPLICABLE_VALUES: ReadonlySet<string> = new Set(['not-applicable']);

/**
 * The answers to a question that say it is not known: "not sure", "don't know", an ungraded
 * option of a graded scale other than "not applicable".
 */
export function unknownValues(question: Question): readonly string[] {
  let values = unknownCache.get(question);
  if (values) return values;
  const graded = isGraded(question);
  values =
    question.type === 'yes-no-unsure'
      ? ['not-sure']
      : (question.options ?? [])
          .filter(
            (option) =>
              UNKNOWN_VALUES.has(option.value) ||
              (graded && option.level === undefined && !NOT_APPLICABLE_VALUES.has(option.value)),
          )
          .map((option) => option.value);
  unknownCache.set(question, values);
  return values;
}

const unknownCache = new WeakMap<Question, readonly string[]>();

const matters = new WeakMap<Pack, ReadonlySet<string>>();

/**
 * Questions whose answer could raise the level: read by an urgent rule, or by a concern
 * pointing above the pack's lowest level (a `$section.` read counts every graded question
 * of the section).
 */
export function questionsThatMatter(pack: Pack): ReadonlySet<string> {
  let ids = matters.get(pack);
  if (ids) return ids;
  const lowest = Math.min(...pack.levels.map((level) => level.rank));
  const rank = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const entries = listQuestions(pack);
  const found = new Set<string>();
  for (const rule of pack.rules) {
    const raises = rule.kind === 'urgent' || (rule.kind === 'concern' && (rank.get(rule.level!) ?? lowest) > lowest);
    if (!raises) continue;
    walkLogic(rule.when, ({ op, args, scoped }) => {
      if (op !== 'var' || scoped || (typeof args[0] !== 'string' && typeof args[0] !== 'number')) return;
      const read = readOf(args[0]);
      if (read.kind === 'outcome') return;
      if (read.kind === 'section') {
        for (const entry of entries)
          if (entry.section.id === read.id && isGraded(entry.question)) found.add(entry.question.id);
      } else found.add(read.id);
    });
  }
  ids = new Set(
    entries
      .filter(
        (entry) =>
          found.has(entry.question.id) && unknownValues(entry.question).length + (entry.question.required ? 1 : 0) > 0,
      )
      .map((entry) => entry.question.id),
  );
  matters.set(pack, ids);
  return ids;
}

/** The answer given says "not known". */
export function isUnknownAnswer(question: Question, value: unknown): boolean {
  const unknown = unknownValues(question);
  if (unknown.length === 0) return false;
  return Array.isArray(value)
    ? value.some((item) => unknown.includes(item as string))
    : unknown.includes(value as string);
}
