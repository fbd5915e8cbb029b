/**
 * "What would change this" in words, in the reader's language and the pack's short labels:
 * one block per outcome reached, each a list of alternative ways, each a list of conditions.
 * Shared by the result, the full record, the Rule Lab and `eh-rules explain --what-if`.
 */
import { engineStrings } from '../i18n/engine.js';
import { describeAnswer, localize, outcomeName } from './evaluate.js';
import { questionIndex } from './answers.js';
import type { AnswerChange, WhatIf, WhatIfSuggestion } from './what-if.js';
import type { Locale, Pack } from './schema.js';

export interface WhatIfWay {
  /** Conditions that together reach the outcome (usually one). */
  readonly conditions: readonly string[];
  /** The change opens follow-up questions; the outcome stated holds whatever they are answered. */
  readonly opens: boolean;
}

export interface WhatIfBlock {
  readonly direction: 'up' | 'down';
  /** "It would be Level 4 if:"; absent with `none`. */
  readonly heading?: string;
  readonly ways: readonly WhatIfWay[];
  /** Nothing found within the changes searched. */
  readonly none?: string;
}

export interface WhatIfText {
  readonly title: string;
  readonly intro: string;
  readonly blocks: readonly WhatIfBlock[];
  readonly unclaimed?: string;
  /** Said once when any way opens follow-up questions. */
  readonly opensNote?: string;
  /** The answers are not complete: nothing was searched. */
  readonly notSearched?: string;
  readonly or: string;
  /** Before conditions that must all hold together. */
  readonly allOf: string;
}

function condition(pack: Pack, change: AnswerChange, locale: Locale): string {
  const t = engineStrings(locale).whatIf;
  const entry = questionIndex(pack).byId.get(change.questionId)!;
  const question = entry.question.short
    ? localize(entry.question.short, locale, pack)
    : localize(entry.question.text, locale, pack);
  const exclusive =
    change.added !== undefined && entry.question.options?.find((option) => option.value === change.added)?.exclusive;
  // "as well" only beside something already recorded on the question.
  const others =
    Array.isArray(change.from) &&
    change.from.some((item) => !entry.question.options?.find((option) => option.value === item)?.exclusive);
  if (change.added !== undefined && !exclusive && others)
    return t.added(question, describeAnswer(entry, change.added, locale, pack, { short: true }));
  if (change.added !== undefined && !exclusive)
    return t.set(question, describeAnswer(entry, change.added, locale, pack, { short: true }));
  if (change.removed !== undefined)
    return t.removed(question, describeAnswer(entry, change.removed, locale, pack, { short: true }));
  return t.set(question, describeAnswer(entry, change.to, locale, pack, { short: true }));
}

function way(pack: Pack, suggestion: WhatIfSuggestion, locale: Locale): WhatIfWay {
  return {
    conditions: suggestion.changes.map((change) => condition(pack, change, locale)),
    opens: suggestion.opens.length > 0,
  };
}

export function whatIfText(pack: Pack, whatIf: WhatIf, locale: Locale): WhatIfText {
  const t = engineStrings(locale).whatIf;
  const base = { title: t.title, intro: t.intro, or: t.or, allOf: t.allOf };
  if (!whatIf.searched) return { ...base, blocks: [], notSearched: t.notSearched };
  const blocks: WhatIfBlock[] = [];
  for (const direction of [whatIf.up, whatIf.down]) {
    // Nothing is searched at the ends of the scale, from the urgent outcome, or towards it.
    if (direction.target === undefined || direction.target === pack.urgent?.id || whatIf.level === pack.urgent?.id)
      continue;
    const target = outcomeName(pack, direction.target, locale);
    if (direction.suggestions.length === 0) {
      blocks.push({
        direction: direction.direction,
        ways: [],
        none: (direction.direction === 'up' ? t.noneUp : t.noneDown)(target, whatIf.maxChanges),
      });
      continue;
    }
    // One block per heading: an exact claim and an "at least" one read differently.
    for (const suggestion of direction.suggestions) {
      const heading = (direction.direction === 'up' ? t.up : t.down)(
        outcomeName(pack, suggestion.level, locale),
        suggestion.exact,
      );
      const last = blocks.at(-1);
      if (last && last.heading === heading) (last.ways as WhatIfWay[]).push(way(pack, suggestion, locale));
      else blocks.push({ direction: direction.direction, heading, ways: [way(pack, suggestion, locale)] });
    }
  }
  const opens = blocks.some((block) => block.ways.some((w) => w.opens));
  const unclaimed = whatIf.up.unclaimed + whatIf.down.unclaimed > 0 ? t.unclaimed : undefined;
  return { ...base, blocks, ...(opens ? { opensNote: t.opensNote } : {}), ...(unclaimed ? { unclaimed } : {}) };
}

/** The same as plain text lines, for the full record and the command line. */
export function whatIfLines(text: WhatIfText): string[] {
  const lines = [text.title, `  ${text.intro}`];
  if (text.notSearched) return [...lines, `  ${text.notSearched}`];
  for (const block of text.blocks) {
    if (block.none) {
      lines.push(`  ${block.none}`);
      continue;
    }
    lines.push(`  ${block.heading}`);
    block.ways.forEach((w, i) => {
      if (i > 0) lines.push(`    ${text.or}`);
      if (w.conditions.length === 1) lines.push(`    - ${w.conditions[0]}`);
      else lines.push(`    - ${text.allOf}`, ...w.conditions.map((c) => `        - ${c}`));
    });
  }
  for (const note of [text.opensNote, text.unclaimed]) if (note) lines.push(`  ${note}`);
  return lines;
}
