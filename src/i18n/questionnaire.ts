/** Strings for moving through a questionnaire and checking a page (GOV.UK error-message style). */
export interface QuestionnaireStrings {
  /** A required choice question with no answer. */
  readonly selectOne: (question: string) => string;
  readonly selectSome: (question: string) => string;
  readonly enterText: (question: string) => string;
  readonly enterNumber: (question: string) => string;
  readonly tooLong: (question: string, max: number) => string;
  readonly outOfRange: (question: string, min: number | undefined, max: number | undefined) => string;
  readonly notWhole: (question: string) => string;
  readonly invalidChoice: (question: string) => string;
  readonly exclusive: (question: string, option: string) => string;
  readonly progress: (current: number, total: number) => string;
}

const format = (locale: string, value: number | undefined) =>
  value === undefined ? '' : new Intl.NumberFormat(locale).format(value);

export const questionnaireEn: QuestionnaireStrings = {
  selectOne: (question) => `Select an answer: ${question}`,
  selectSome: (question) => `Select at least one option: ${question}`,
  enterText: (question) => `Enter an answer: ${question}`,
  enterNumber: (question) => `Enter a number: ${question}`,
  tooLong: (question, max) => `${question}: the answer must be ${format('en-GB', max)} characters or fewer`,
  outOfRange: (question, min, max) =>
    min !== undefined && max !== undefined
      ? `${question}: enter a number between ${format('en-GB', min)} and ${format('en-GB', max)}`
      : min !== undefined
        ? `${question}: enter a number that is ${format('en-GB', min)} or more`
        : `${question}: enter a number that is ${format('en-GB', max)} or less`,
  notWhole: (question) => `${question}: enter a number, like 3`,
  invalidChoice: (question) => `${question}: select one of the options shown`,
  exclusive: (question, option) => `${question}: "${option}" cannot be selected with other options`,
  progress: (current, total) => `Section ${format('en-GB', current)} of ${format('en-GB', total)}`,
};

export const questionnaireCy: QuestionnaireStrings = {
  selectOne: (question) => `Dewiswch ateb: ${question}`,
  selectSome: (question) => `Dewiswch o leiaf un opsiwn: ${question}`,
  enterText: (question) => `Rhowch ateb: ${question}`,
  enterNumber: (question) => `Rhowch rif: ${question}`,
  tooLong: (question, max) => `${question}: rhaid i'r ateb fod yn ${format('cy-GB', max)} nod neu lai`,
  outOfRange: (question, min, max) =>
    min !== undefined && max !== undefined
      ? `${question}: rhowch rif o ${format('cy-GB', min)} hyd at ${format('cy-GB', max)}`
      : min !== undefined
        ? `${question}: rhowch rif sy'n ${format('cy-GB', min)} neu'n fwy`
        : `${question}: rhowch rif sy'n ${format('cy-GB', max)} neu'n llai`,
  notWhole: (question) => `${question}: rhowch rif, fel 3`,
  invalidChoice: (question) => `${question}: dewiswch un o'r opsiynau a ddangosir`,
  exclusive: (question, option) => `${question}: ni ellir dewis "${option}" gydag opsiynau eraill`,
  progress: (current, total) => `Adran ${format('cy-GB', current)} o ${format('cy-GB', total)}`,
};
