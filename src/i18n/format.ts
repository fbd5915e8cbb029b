/**
 * Dates in the reader's language (numbers and plurals: `count.ts`). Intl does the work where the runtime has
 * data for the language; some browser builds ship without Welsh date data, and then the
 * catalogue's month names keep a Welsh page in Welsh.
 */
import type { Locale } from '../engine/schema.js';
import { engineStrings } from './engine.js';

const tag = (locale: Locale) => (locale === 'cy' ? 'cy-GB' : 'en-GB');

/**
 * Formatters are costly to make and every result is stamped with a date: one per language
 * and style, made on first use (undefined where the runtime has no data for the language).
 */
const formatters = new Map<string, Intl.DateTimeFormat | undefined>();
function formatter(
  locale: Locale,
  style: 'date' | 'date-time',
  timeZone: string | undefined,
): Intl.DateTimeFormat | undefined {
  const key = `${locale} ${style} ${timeZone ?? ''}`;
  if (!formatters.has(key)) {
    const supported = Intl.DateTimeFormat.supportedLocalesOf([tag(locale)]).length > 0;
    const options: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { dateStyle: 'long', timeZone: 'UTC' }
        : { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) };
    formatters.set(key, supported ? new Intl.DateTimeFormat(tag(locale), options) : undefined);
  }
  return formatters.get(key);
}

/** A calendar date (`YYYY-MM-DD`) as "1 January 2026" / "1 Ionawr 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const intl = formatter(locale, 'date', undefined);
  if (intl) return intl.format(date);
  return `${date.getUTCDate()} ${engineStrings(locale).months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * A moment (ISO 8601) as "1 May 2026 at 14:05" in the reader's time zone, for text people
 * read; machine-readable outputs keep ISO 8601.
 */
export function formatDateTime(isoTime: string, locale: Locale, timeZone?: string): string {
  const date = new Date(isoTime);
  if (Number.isNaN(date.getTime())) return isoTime;
  const zone = timeZone ? { timeZone } : {};
  const intl = formatter(locale, 'date-time', timeZone);
  if (intl) return intl.format(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  }).formatToParts(date);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const words = engineStrings(locale);
  return words.dateAtTime(
    `${Number(part('day'))} ${words.months[Number(part('month')) - 1]} ${part('year')}`,
    `${part('hour')}:${part('minute')}`,
  );
}
