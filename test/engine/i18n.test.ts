import { describe, expect, it, vi } from 'vitest';
import { cy } from '../../src/i18n/cy.js';
import { en } from '../../src/i18n/en.js';
import { ruleLabStrings } from '../../src/i18n/rule-lab.js';
import { ruleToolsStrings } from '../../src/i18n/rule-tools.js';

// Nothing in the command line's words is the same in both languages.
const SAME_IN_RULE_TOOLS = /^$/;
// Formatting only: an id and version, a number.
const SAME_IN_RULE_LAB = /^(packOption|count):/;

type Tree = { readonly [key: string]: unknown };

/** Every leaf of a catalogue with its dotted key: strings, and functions called with sample arguments. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') return leaves(value as Tree, path);
    return [[path, value]];
  });
}

/** Calls a catalogue function with arguments of the kinds catalogues take, trying numbers, then words, then lists. */
function sample(fn: (...args: unknown[]) => unknown): string {
  const attempts: unknown[][] = [
    Array(fn.length).fill(2),
    Array(fn.length).fill('Sample'),
    Array(fn.length).fill(['first', 'second']),
  ];
  for (const args of attempts) {
    try {
      const out = fn(...args);
      if (typeof out === 'string') return out;
    } catch {
      // try the next kind of argument
    }
  }
  throw new Error('could not call with any sample arguments');
}

/**
 * Each catalogue pair, with the keys whose text is the same in both languages by nature
 * (separators, codes, column headings that are identifiers).
 */
const pairs = [
  [
    'practitioner (src/i18n/en.ts, cy.ts)',
    en,
    cy,
    /^(evidence\.listSeparator|whatIf\.set|pathway\.changeWhat|cli\.columns\.|recommendationView\.(call|answerSeparator)):?/,
  ],
  ['command line (src/i18n/rule-tools.ts)', ruleToolsStrings.en, ruleToolsStrings.cy, SAME_IN_RULE_TOOLS],
  ['Rule Lab (src/i18n/rule-lab.ts)', ruleLabStrings.en, ruleLabStrings.cy, SAME_IN_RULE_LAB],
] as const;

describe.each(pairs)('the English and Welsh %s catalogues', (_name, enTree, cyTree, sameByNature) => {
  const english = new Map(leaves(enTree as unknown as Tree));
  const welsh = new Map(leaves(cyTree as unknown as Tree));

  it('have exactly the same keys', () => {
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(20);
  });

  it.each([
    ['en', english],
    ['cy', welsh],
  ] as const)(
    'give a non-empty text for every key in %s, including every message with its values filled in',
    (_locale, catalogue) => {
      const problems: string[] = [];
      for (const [key, value] of catalogue) {
        if (key === 'locale') continue;
        const text = typeof value === 'function' ? sample(value as (...args: unknown[]) => unknown) : value;
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: empty`);
        else if (/undefined|NaN|\[object /.test(text)) problems.push(`${key}: "${text}"`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('translate rather than copy: Welsh texts differ from the English ones', () => {
    const same: string[] = [];
    for (const [key, value] of english) {
      const other = welsh.get(key);
      const a = typeof value === 'function' ? sample(value as (...args: unknown[]) => unknown) : value;
      const b = typeof other === 'function' ? sample(other as (...args: unknown[]) => unknown) : other;
      if (key !== 'locale' && a === b) same.push(`${key}: ${String(a)}`);
    }
    expect(same.filter((entry) => !sameByNature.test(entry))).toEqual([]);
  });
});

describe('formatDate', () => {
  it("writes dates in the reader's language, with or without Intl data for it", async () => {
    const { formatDate } = await import('../../src/i18n/format.js');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDate('2026-03-09', 'cy')).toBe('9 Mawrth 2026');
    const supported = Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat.supportedLocalesOf = () => [];
    try {
      // A fresh module: formatters are made once per runtime, on first use.
      vi.resetModules();
      const fresh = await import('../../src/i18n/format.js');
      expect(fresh.formatDate('2026-03-09', 'cy')).toBe('9 Mawrth 2026');
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = supported;
    }
  });
});

describe('formatDateTime', () => {
  it("writes a moment in the reader's language and time zone, with or without Intl data for the language", async () => {
    const { formatDateTime } = await import('../../src/i18n/format.js');
    expect(formatDateTime('2026-05-01T10:30:00.000Z', 'en', 'Europe/London')).toBe('1 May 2026 at 11:30');
    expect(formatDateTime('2026-12-01T10:30:00.000Z', 'cy', 'Europe/London')).toBe('1 Rhagfyr 2026 am 10:30');
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
    const supported = Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat.supportedLocalesOf = () => [];
    try {
      vi.resetModules();
      const fresh = await import('../../src/i18n/format.js');
      expect(fresh.formatDateTime('2026-05-01T10:30:00.000Z', 'cy', 'Europe/London')).toBe('1 Mai 2026 am 11:30');
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = supported;
    }
  });
});

describe('counts in every catalogue', () => {
  it('write numbers with Intl and choose words by the plural category, in English and Welsh', async () => {
    const { recommendation, packProblems, cli } = en;
    expect(recommendation.incomplete(1)).toContain('1 required question is still');
    expect(recommendation.incomplete(2)).toContain('2 required questions are still');
    expect(packProblems.summary(1000)).toBe('The rule pack has 1,000 problems:');
    expect(cli.summary(1, 1200, 3, 0)).toBe('1 pack, 1,200 cases: 1,197 passed, 3 failed');
    expect(cli.summary(2, 0, 0, 2)).toBe('2 packs, 0 cases: 0 passed, 0 failed; 2 other problems listed above');
    expect(cy.recommendation.incomplete(1)).toContain('un cwestiwn');
    // Welsh: "un" for one; a numeral with "o" and the plural for any other count.
    for (const count of [0, 2, 3, 6, 1000])
      expect(cy.packProblems.summary(count)).toBe(
        `Mae ${count.toLocaleString('cy-GB')} o broblemau yn y pecyn rheolau:`,
      );
    const { ruleToolsStrings: tools } = await import('../../src/i18n/rule-tools.js');
    expect(tools.en.lint.summary(1, 2)).toBe('1 error, 2 warnings.');
    expect(tools.en.diff.moved(1, 1200, 'A', 'B')).toBe('1 of 1,200 cases moves from "A" to "B".');
  });
});

describe('yes and no in Welsh', () => {
  it("answer the question's verb, and fall back to the plain words", async () => {
    const { yesNoLabels } = await import('../../src/i18n/engine.js');
    expect(yesNoLabels('cy', "A yw'r plentyn yn ofalwr ifanc?")).toMatchObject({ yes: 'Ydy', no: 'Nac ydy' });
    expect(yesNoLabels('cy', 'A oes gan y plentyn anabledd?')).toMatchObject({ yes: 'Oes', no: 'Nac oes' });
    expect(yesNoLabels('cy', "A ydych chi wedi siarad â'r teulu?")).toMatchObject({ yes: 'Ydw', no: 'Nac ydw' });
    expect(yesNoLabels('cy', 'A gafodd y plentyn ei atgyfeirio?')).toMatchObject({ yes: 'Do', no: 'Naddo' });
    expect(yesNoLabels('cy', 'Is the child safe?')).toMatchObject({ yes: 'Ie', no: 'Na' });
    expect(yesNoLabels('en', "A yw'r plentyn yn ddiogel?")).toMatchObject({ yes: 'Yes', no: 'No' });
  });
});
