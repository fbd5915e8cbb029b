/**
 * Counts in the reader's language, by `Intl`: numbers with the locale's grouping
 * ("1,000"), and the plural category that picks the words. Every catalogue counts with
 * these, never with `count === 1`, so that Welsh (which has six categories) can choose its
 * own forms where it needs them.
 */
const numbers = { en: new Intl.NumberFormat('en-GB'), cy: new Intl.NumberFormat('cy-GB') };
const rules = { en: new Intl.PluralRules('en-GB'), cy: new Intl.PluralRules('cy-GB') };

export type CountLocale = keyof typeof numbers;

/** A number written for the reader: "1,000" / "1,000". */
export const formatCount = (value: number, locale: CountLocale): string => numbers[locale].format(value);

/** The plural category of a count: `one`, `two`, `few`, `many`, `zero` or `other`. */
export const pluralOf = (value: number, locale: CountLocale): Intl.LDMLPluralRule => rules[locale].select(value);

/** English words for one and for more: "1 case", "2 cases". */
export const enPlural = (value: number, one: string, other: string): string =>
  pluralOf(value, 'en') === 'one' ? one : other;

/** Whether a Welsh count is one, so that a sentence can say "un" rather than a numeral. */
export const cyIsOne = (value: number): boolean => pluralOf(value, 'cy') === 'one';
