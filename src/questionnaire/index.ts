/**
 * Moving through a questionnaire, as pure functions of the pack and the answers:
 * which pages exist now, what a page is missing, what to show on "check your answers".
 * Nothing is stored; every view is derived again from the answers.
 */
import { isAnswered, questionIndex } from '../engine/answers.js';
import { localize } from '../engine/evaluate.js';
import { walkLogic } from '../engine/logic.js';
import type { AnswerValue, Answers, Locale, Pack, Question } from '../engine/schema.js';
import { catalogue } from '../i18n/index.js';

import type { SectionPage } from '../engine/summary.js';

export { sectionPages, summary } from '../engine/summary.js';
export type { SectionPage, SummaryGroup, SummaryRow } from '../engine/summary.js';

/**
 * The yes/no/not-sure questions the pack's urgent rules read: "not sure" to one of them
 * means not knowing whether a child is in immediate danger, which cannot wait for the result.
 */
export function dangerQuestions(pack: Pack): ReadonlySet<string> {
  const ids = new Set<string>();
  const { byId } = questionIndex(pack);
  for (const rule of pack.rules) {
    if (rule.kind !== 'urgent') continue;
    walkLogic(rule.when, ({ op, args, scoped }) => {
      if (op !== 'var' || scoped || typeof args[0] !== 'string') return;
      if (byId.get(args[0])?.question.type === 'yes-no-unsure') ids.add(args[0]);
    });
  }
  return ids;
}

export interface FieldError {
  readonly questionId: string;
  readonly message: string;
}

/** Why one answer cannot stand, in the practitioner's words; undefined when it can. */
export function fieldError(
  question: Question,
  value: AnswerValue | undefined,
  locale: Locale,
  pack: Pack,
): string | undefined {
  const t = catalogue(locale).questionnaire;
  // The question's short name where the pack gives one: "Select at least one option: Affecting the child".
  const text = localize(question.short ?? question.text, locale, pack);
  if (!isAnswered(value)) {
    if (!question.required) return undefined;
    switch (question.type) {
      case 'multiple-choice':
        return t.selectSome(text);
      case 'text':
        return t.enterText(text);
      case 'number':
        return t.enterNumber(text);
      default:
        return t.selectOne(text);
    }
  }
  switch (question.type) {
    case 'text':
      return typeof value === 'string' && question.maxLength !== undefined && value.length > question.maxLength
        ? t.tooLong(text, question.maxLength)
        : undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return t.notWhole(text);
      return (question.min !== undefined && value < question.min) ||
        (question.max !== undefined && value > question.max)
        ? t.outOfRange(text, question.min, question.max)
        : undefined;
    case 'multiple-choice': {
      if (!Array.isArray(value)) return t.invalidChoice(text);
      const values = new Set(question.options?.map((option) => option.value));
      if (value.some((item) => !values.has(item))) return t.invalidChoice(text);
      const exclusive = question.options?.find((option) => option.exclusive && value.includes(option.value));
      return exclusive && value.length > 1 ? t.exclusive(text, localize(exclusive.label, locale, pack)) : undefined;
    }
    case 'yes-no-unsure':
      return ['yes', 'no', 'not-sure'].includes(String(value)) ? undefined : t.invalidChoice(text);
    case 'single-choice':
      return question.options?.some((option) => option.value === value) ? undefined : t.invalidChoice(text);
  }
}

/** Errors on one page, in question order: the error summary's list. */
export function pageErrors(pack: Pack, answers: Answers, page: SectionPage, locale: Locale): FieldError[] {
  return page.questions.flatMap((question) => {
    const message = fieldError(question, answers[question.id], locale, pack);
    return message ? [{ questionId: question.id, message }] : [];
  });
}

/** The answers with one question set or cleared; the input is never changed. */
export function withAnswer(answers: Answers, questionId: string, value: AnswerValue | undefined): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  if (value === undefined) delete next[questionId];
  else next[questionId] = value;
  return next;
}
