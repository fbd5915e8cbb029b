/**
 * The questionnaire as pages and as "check your answers", derived from the answers alone.
 * The engine's plain-text summary and the elements both read these.
 */
import { answerState, isAnswered, questionIndex } from './answers.js';
import { describeAnswer, localize } from './evaluate.js';
import type { Answers, Locale, Pack, Question, Section } from './schema.js';

/** A section as a page: only the questions asked under the current answers. */
export interface SectionPage {
  readonly section: Section;
  readonly questions: readonly Question[];
}

/** Sections that have at least one question asked under these answers, in order. */
export function sectionPages(pack: Pack, answers: Answers): SectionPage[] {
  const { visible } = answerState(pack, answers);
  return pack.questionnaire.sections
    .map((section) => ({ section, questions: section.questions.filter((question) => visible.has(question.id)) }))
    .filter((page) => page.questions.length > 0);
}

export interface SummaryRow {
  readonly questionId: string;
  readonly question: string;
  readonly answer: string;
}

export interface SummaryGroup {
  readonly section: Section;
  readonly title: string;
  readonly rows: readonly SummaryRow[];
}

/** "Check your answers": every asked and answered question, grouped by section. */
export function summary(pack: Pack, answers: Answers, locale: Locale): SummaryGroup[] {
  const { byId } = questionIndex(pack);
  return sectionPages(pack, answers)
    .map(({ section, questions }) => ({
      section,
      title: localize(section.title, locale, pack),
      rows: questions
        .filter((question) => Object.hasOwn(answers, question.id) && isAnswered(answers[question.id]))
        .map((question) => ({
          questionId: question.id,
          question: localize(question.text, locale, pack),
          answer: describeAnswer(byId.get(question.id)!, answers[question.id], locale, pack),
        })),
    }))
    .filter((group) => group.rows.length > 0);
}
