/**
 * Strings of the standalone question controls (`<eh-choice-question>` and friends):
 * the error prefix, the "or" divider, the checkbox hint and the character count.
 * Messages about a missing or unacceptable answer live in `questionnaire.ts`.
 */
import { enPlural, formatCount, pluralOf } from './count.js';
export interface ControlsStrings {
  /** Visually hidden before every error message, so a screen reader says it is an error. */
  readonly errorPrefix: string;
  /** Divider before an exclusive checkbox ("none of these"). */
  readonly or: string;
  /** Hint of every multiple-choice question. */
  readonly selectAll: string;
  /** Read with the note field: how long a note may be. */
  readonly characterLimit: (max: number) => string;
  /** Under a note field while it is within the limit. */
  readonly charactersRemaining: (count: number) => string;
  /** Under a note field once it is over the limit. */
  readonly charactersTooMany: (count: number) => string;
}

/** "1 character", "2 characters". */
const enCharacters = (count: number) => `${formatCount(count, 'en')} ${enPlural(count, 'character', 'characters')}`;

/**
 * Welsh counts: "nod" (character) is masculine and never mutates, so after a numeral it
 * stays singular ("1 nod", "2 nod", "3 nod", "6 nod"); other numbers read best with
 * "o" and the plural ("5 o nodau", "200 o nodau"), which is grammatical for any count.
 */
const cyCharacters = (count: number) => {
  const number = formatCount(count, 'cy');
  switch (pluralOf(count, 'cy')) {
    case 'one':
    case 'two':
    case 'few':
    case 'many':
      return `${number} nod`;
    default:
      return `${number} o nodau`;
  }
};

export const controlsEn: ControlsStrings = {
  errorPrefix: 'Error:',
  or: 'or',
  selectAll: 'Select all that apply.',
  characterLimit: (max) => `You can enter up to ${enCharacters(max)}.`,
  charactersRemaining: (count) => `You have ${enCharacters(count)} remaining`,
  charactersTooMany: (count) => `You have ${enCharacters(count)} too many`,
};

export const controlsCy: ControlsStrings = {
  errorPrefix: 'Gwall:',
  or: 'neu',
  selectAll: "Dewiswch bob un sy'n berthnasol.",
  characterLimit: (max) => `Gallwch roi hyd at ${cyCharacters(max)}.`,
  charactersRemaining: (count) =>
    count === 0 ? 'Nid oes gennych unrhyw nodau yn weddill' : `Mae gennych ${cyCharacters(count)} yn weddill`,
  charactersTooMany: (count) => `Mae gennych ${cyCharacters(count)} yn ormod`,
};
