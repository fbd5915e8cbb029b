/**
 * Choosing the version of a pack in force on a date. There is no silent fallback:
 * if nothing is in force, the caller is told so and why.
 */
import { engineStrings } from '../i18n/engine.js';
import type { Locale, Pack } from './schema.js';

export class PackSelectionError extends Error {
  override readonly name = 'PackSelectionError';
  constructor(
    readonly code: 'empty' | 'mixed' | 'bad-date' | 'none-in-force' | 'ambiguous',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Compares semantic versions by SemVer 2.0.0 precedence: a pre-release sorts before its
 * release, and pre-release identifiers compare one by one, numbers as numbers (so
 * `1.1.0-draft.2` comes before `1.1.0-draft.10`) and below words. Build metadata is ignored.
 */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const plain = version.split('+', 1)[0]!;
    const dash = plain.indexOf('-');
    const core = dash < 0 ? plain : plain.slice(0, dash);
    return { parts: core.split('.').map(Number), pre: dash < 0 ? undefined : plain.slice(dash + 1).split('.') };
  };
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) {
    const diff = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (left.pre === undefined || right.pre === undefined)
    return left.pre === right.pre ? 0 : left.pre === undefined ? 1 : -1;
  const numeric = /^\d+$/;
  for (let i = 0; i < Math.max(left.pre.length, right.pre.length); i++) {
    const x = left.pre[i];
    const y = right.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xNumber = numeric.test(x);
    const yNumber = numeric.test(y);
    if (xNumber && yNumber) return Math.sign(Number(x) - Number(y));
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** A date as YYYY-MM-DD in the local calendar (a practitioner's "today"). */
export function toCalendarDate(date: Date | string, locale?: Locale): string {
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
      throw new PackSelectionError('bad-date', engineStrings(locale).selection.badDate(date));
    }
    return date;
  }
  if (Number.isNaN(date.getTime()))
    throw new PackSelectionError('bad-date', engineStrings(locale).selection.badDate(String(date)));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface SelectOptions {
  /** Drafts are left out unless asked for (rule authors trying a change). */
  readonly includeDrafts?: boolean;
  readonly locale?: Locale;
}

/**
 * The version of one pack in force on `date`: effectiveFrom ≤ date ≤ effectiveTo.
 * When versions overlap, the one that started latest wins: a new version supersedes
 * the old from its first day.
 */
export function selectPack(packs: readonly Pack[], date: Date | string, options: SelectOptions = {}): Pack {
  const t = engineStrings(options.locale).selection;
  if (packs.length === 0) throw new PackSelectionError('empty', t.empty());
  const ids = [...new Set(packs.map((pack) => pack.id))];
  if (ids.length > 1) throw new PackSelectionError('mixed', t.mixed(ids));
  const day = toCalendarDate(date, options.locale);
  const candidates = packs.filter((pack) => options.includeDrafts || pack.status !== 'draft');
  const inForce = candidates.filter(
    (pack) => pack.effectiveFrom <= day && (pack.effectiveTo === undefined || day <= pack.effectiveTo),
  );
  if (inForce.length === 0) {
    const range = (candidates.length ? candidates : packs)
      .map(
        (pack) =>
          `${pack.version} (${pack.effectiveFrom} – ${pack.effectiveTo ?? '…'}${pack.status === 'draft' ? ', draft' : ''})`,
      )
      .join('; ');
    throw new PackSelectionError('none-in-force', t.noneInForce(ids[0]!, day, range));
  }
  const latestStart = inForce.reduce((latest, pack) => (pack.effectiveFrom > latest ? pack.effectiveFrom : latest), '');
  const newest = inForce.filter((pack) => pack.effectiveFrom === latestStart);
  if (newest.length > 1) {
    throw new PackSelectionError(
      'ambiguous',
      t.ambiguous(ids[0]!, day, newest.map((pack) => pack.version).sort(compareVersions)),
    );
  }
  return newest[0]!;
}
