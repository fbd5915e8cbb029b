/**
 * "What would change this" in words, in the reader's language and the pack's short labels:
 * one block per outcome reached, each a list of alternative ways, each a list of conditions.
 * Shared by the result, the full record, the Rule Lab and `eh-rules explain --what-if`.
 */
import { engineStrings } from '../i18n/engine.js';
import { describeAnswer, localize } from './evaluate.js';
import { questionIndex } from './answers.js';
import type { AnswerChange, WhatIf, WhatIfSuggestion } from './what-if.js';
import type { Locale, Pack } from './schema.js';

export interface WhatIfWay {
  readonly conditions: readonly string[];
  /** The follow-up questions the change opens, whose answers do not alter the outcome stated. */
  readonly opens?: string;
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
  /** The answers are not complete: nothing was searched. */
  readonly notSearched?: string;
  readonly or: string;
  /** Joins conditions that hold together. */
  readonly all: (conditions: readonly string[]) => string;
}

function outcomeName(pack: Pack, id: string, locale: Locale): string {
  if (pack.urgent?.id === id) return localize(pack.urgent.name, locale, pack);
  const level = pack.levels.find((candidate) => candidate.id === id);
  return level ? localize(level.name, locale, pack) : id;
}

function condition(pack: Pack, change: AnswerChange, locale: Locale): string {
  const t = engineStrings(locale).whatIf;
  const entry = questionIndex(pack).byId.get(change.questionId)!;
  const question = entry.question.short ? localize(entry.question.short, locale, pack) : localize(entry.question.text, locale, pack);
  const exclusive = change.added !== undefined && entry.question.options?.find((option) => option.value === change.added)?.exclusive;
  if (change.added !== undefined && !exclusive) return t.added(question, describeAnswer(entry, change.added, locale, pack, { short: true }));
  if (change.removed !== undefined) return t.removed(question, describeAnswer(entry, change.removed, locale, pack, { short: true }));
  return t.set(question, describeAnswer(entry, change.to, locale, pack, { short: true }));
}

function way(pack: Pack, suggestion: WhatIfSuggestion, locale: Locale): WhatIfWay {
  const t = engineStrings(locale).whatIf;
  const conditions = suggestion.changes.map((change) => condition(pack, change, locale));
  if (suggestion.opens.length === 0) return { conditions };
  const { byId } = questionIndex(pack);
  const names = suggestion.opens.map((id) => {
    const { question } = byId.get(id)!;
    return localize(question.short ?? question.text, locale, pack);
  });
  return { conditions, opens: t.opens(names.join(engineStrings(locale).evidence.listSeparator)) };
}

export function whatIfText(pack: Pack, whatIf: WhatIf, locale: Locale): WhatIfText {
  const t = engineStrings(locale).whatIf;
  const base = { title: t.title, intro: t.intro, or: t.or, all: t.all };
  if (!whatIf.searched) return { ...base, blocks: [], notSearched: t.notSearched };
  const blocks: WhatIfBlock[] = [];
  for (const direction of [whatIf.up, whatIf.down]) {
    const lowest = Math.min(...pack.levels.map((level) => level.rank));
    // Nowhere to go (the urgent outcome, the lowest level): nothing to say that way.
    if (direction.size === undefined && direction.unclaimed === 0 && (direction.direction === 'down' ? whatIf.rank <= lowest : !pack.levels.some((l) => l.rank > whatIf.rank) && (!pack.urgent || whatIf.level === pack.urgent.id))) continue;
    if (direction.suggestions.length === 0) {
      blocks.push({ direction: direction.direction, ways: [], none: (direction.direction === 'up' ? t.noneUp : t.noneDown)(whatIf.maxChanges) });
      continue;
    }
    // One block per outcome reached, in the order found (nearest first).
    for (const suggestion of direction.suggestions) {
      const heading = (direction.direction === 'up' ? t.up : t.down)(outcomeName(pack, suggestion.level, locale), suggestion.exact);
      const last = blocks.at(-1);
      if (last && last.heading === heading) (last.ways as WhatIfWay[]).push(way(pack, suggestion, locale));
      else blocks.push({ direction: direction.direction, heading, ways: [way(pack, suggestion, locale)] });
    }
  }
  const unclaimed = whatIf.up.unclaimed + whatIf.down.unclaimed > 0 ? t.unclaimed : undefined;
  return { ...base, blocks, ...(unclaimed ? { unclaimed } : {}) };
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
      lines.push(`    - ${text.all(w.conditions)}`);
      if (w.opens) lines.push(`      (${w.opens})`);
    });
  }
  if (text.unclaimed) lines.push(`  ${text.unclaimed}`);
  return lines;
}
