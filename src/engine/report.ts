/**
 * The recommendation as plain text: for a terminal, an email or a case-management
 * system. Everything it says comes from the recommendation, the practitioner's decision,
 * the answers and the catalogue.
 */
import { formatDate, formatDateTime } from '../i18n/format.js';
import { engineStrings, type EngineStrings } from '../i18n/engine.js';
import { consentSentence, nextStepsOrSuggestion } from './next-steps.js';
import { summary } from './summary.js';
import { outcomeName, type Recommendation, type RuleResult } from './evaluate.js';
import type { Override } from './override.js';
import type { Answers, Pack } from './schema.js';

export interface TextOptions {
  /** The practitioner's decision: the suggested level, the level chosen and the reason are added. */
  readonly override?: Override;
  /** The pack that made the recommendation: names the level an override chose, and lists `answers`. */
  readonly pack?: Pack;
  /** The answers behind the recommendation, listed by section (needs `pack`). */
  readonly answers?: Answers;
  /** IANA time zone the times are written in (default: the reader's own). */
  readonly timeZone?: string;
}

/**
 * The name of one of the pack's levels (or its urgent outcome) in the recommendation's
 * language. Without the pack only the recommendation's own level can be named; any other
 * id is returned as it is.
 */
export function levelName(recommendation: Recommendation, id: string, pack?: Pack): string {
  if (recommendation.level.id === id) return recommendation.level.name;
  return pack ? outcomeName(pack, id, recommendation.locale) : id;
}

/** Text that may run over several lines (a reason, a note), indented under its label. */
function indented(text: string, indent: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').join(`\n${indent}`);
}

/** The "don't know" answers that could change the level; none beside the urgent outcome, and unanswered ones are listed as missing. */
export function knownUnknowns(recommendation: Recommendation) {
  // `unknowns` may be missing from a recommendation stored before it existed.
  return recommendation.urgent ? [] : (recommendation.unknowns ?? []).filter((item) => item.value !== null);
}

function bulletRule(rule: RuleResult, lines: string[], t: EngineStrings['report']): void {
  lines.push(`- ${rule.text}`);
  const reasons = rule.because.filter((evidence) => !evidence.condition);
  const conditions = rule.because.filter((evidence) => evidence.condition);
  for (const evidence of reasons)
    lines.push(`    ${evidence.questionShort}: ${indented(evidence.answerShort, '      ')}`);
  if (conditions.length > 0) lines.push(`    ${t.appliesWhen}`);
  for (const evidence of conditions)
    lines.push(`    ${evidence.questionShort}: ${indented(evidence.answerShort, '      ')}`);
  if (rule.source) lines.push(`    ${t.source(rule.source.title, rule.source.paragraph)}`);
}

/**
 * What both texts open with: the title, and the level that stands (the practitioner's after an
 * override, with the suggestion beside it). Contacts, next steps and advice follow that level.
 */
function opening(recommendation: Recommendation, options: TextOptions) {
  const words = engineStrings(recommendation.locale);
  const t = words.report;
  const lines: string[] = [t.title, '='.repeat(t.title.length), ''];
  const steps = nextStepsOrSuggestion(options.pack, recommendation, options);
  const provisional = recommendation.complete ? '' : ` (${t.provisional})`;
  if (steps.overridden) {
    lines.push(`${words.nextSteps.decided}: ${steps.level.name}`);
    lines.push(words.nextSteps.suggestedBeside(`${recommendation.level.name}${provisional}`));
  } else lines.push(`${t.level}: ${steps.level.name}${provisional}`);
  return { words, t, lines, steps, level: steps.level };
}

export function recommendationText(recommendation: Recommendation, options: TextOptions = {}): string {
  const { words, t, lines, steps, level } = opening(recommendation, options);
  const { override, pack } = options;
  lines.push(level.description);
  if (level.action) lines.push('', `${t.urgentNow}: ${level.action}`);
  if (steps.waitingForConsent) {
    const c = words.nextSteps;
    lines.push('', `${c.consentTitle}:`);
    lines.push(`- ${consentSentence(steps.consent, c)}`);
    lines.push(`- ${c.consentCan}`, `- ${c.consentSafeguarding}`);
  }
  if (override) {
    lines.push('', `${t.decisionTitle}:`);
    lines.push(`    ${t.suggested}: ${levelName(recommendation, override.suggestedLevelId, pack)}`);
    lines.push(`    ${t.chosen}: ${levelName(recommendation, override.levelId, pack)}`);
    lines.push(`    ${t.reason}: ${indented(override.reason, '      ')}`);
    lines.push(`    ${t.recordedAt}: ${formatDateTime(override.at, recommendation.locale, options.timeZone)}`);
    if (override.suggestedLevelId !== recommendation.level.id) lines.push(`    ${t.stale}`);
  }
  if (recommendation.notices.length > 0) {
    lines.push('', `${t.notices}:`);
    for (const notice of recommendation.notices) lines.push(`- ${notice}`);
  }
  lines.push('', `${t.services}:`);
  for (const service of steps.services) {
    lines.push(`- ${service.name}: ${service.description}`);
    const { phone, email, web, hours, outOfHours } = service.contact;
    if (phone) lines.push(`    ${t.phone}: ${phone}`);
    if (email) lines.push(`    ${t.email}: ${email}`);
    if (web) lines.push(`    ${t.web}: ${web}`);
    if (hours) lines.push(`    ${t.hours}: ${hours}`);
    if (outOfHours?.phone || outOfHours?.hours) {
      lines.push(`    ${t.outOfHours}: ${[outOfHours.phone, outOfHours.hours].filter(Boolean).join(', ')}`);
    }
    if (service.nextSteps) lines.push(`    ${t.nextSteps}: ${service.nextSteps}`);
  }
  lines.push('', `${t.because}:`);
  for (const rule of recommendation.rationale) bulletRule(rule, lines, t);
  // `alsoNoted` may be missing from a recommendation stored before it existed.
  const alsoNoted = recommendation.alsoNoted ?? [];
  if (alsoNoted.length > 0) {
    lines.push('', `${t.alsoNoted}:`);
    for (const rule of alsoNoted) bulletRule(rule, lines, t);
  }
  lines.push('', `${t.strengths}:`);
  if (recommendation.strengths.length === 0) lines.push(`- ${t.noStrengths}`);
  for (const rule of recommendation.strengths) bulletRule(rule, lines, t);
  const { advice } = steps;
  if (advice.length > 0) {
    lines.push('', `${t.advice}:`);
    for (const rule of advice) bulletRule(rule, lines, t);
  }
  const unknowns = knownUnknowns(recommendation);
  if (unknowns.length > 0) {
    lines.push('', `${t.unknowns}:`);
    for (const item of unknowns) lines.push(`- ${item.questionShort}: ${item.answerShort}`);
  }
  if (recommendation.missing.length > 0) {
    lines.push('', `${t.missing}:`);
    for (const missing of recommendation.missing) lines.push(`- ${missing.question}`);
  }
  if (pack && options.answers) {
    const groups = summary(pack, options.answers, recommendation.locale);
    if (groups.length > 0) {
      lines.push('', `${t.answers}:`);
      for (const group of groups) {
        lines.push(`- ${group.title}`);
        for (const row of group.rows) lines.push(`    ${row.question}: ${indented(row.answer, '      ')}`);
      }
    }
  }
  const { stamp } = recommendation;
  lines.push(
    '',
    `${t.stamp}: ${t.stampLine(stamp.packId, stamp.version, formatDate(stamp.effectiveFrom, recommendation.locale))}`,
  );
  lines.push(`${t.contentHash}: ${stamp.contentHash}`);
  lines.push(
    `${t.evaluatedAt}: ${formatDateTime(recommendation.evaluatedAt, recommendation.locale, options.timeZone)}`,
  );
  lines.push('', recommendation.advisory);
  return lines.join('\n');
}

/** A rule's text as its first sentence (the short reason) and the rest (why it matters). */
export function splitFirstSentence(text: string): readonly [first: string, rest: string] {
  const trimmed = text.trim();
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(trimmed);
  const first = (match ? match[0] : trimmed).trim();
  return [first, trimmed.slice(first.length).trim()];
}

/** A rule as one line: its first sentence, and the answers behind it in the pack's short words. */
function briefRule(rule: RuleResult): string {
  const reasons = rule.because.filter((evidence) => !evidence.condition);
  const cited = reasons.map((evidence) => `${evidence.questionShort}: ${evidence.answerShort}`).join('; ');
  return `- ${splitFirstSentence(rule.text)[0]}${cited ? ` (${cited})` : ''}`;
}

/**
 * The recommendation in a few lines for an email or a note: the level (and the practitioner's
 * decision), who to contact first and what to do next, one line per deciding rule with the
 * answers behind it in short words, strengths in a line, what is still to answer, the stamp
 * and the advisory statement. `recommendationText` is the full record for a case system.
 */
export function recommendationSummary(recommendation: Recommendation, options: TextOptions = {}): string {
  const { words, t, lines, steps, level } = opening(recommendation, options);
  const { override } = options;
  if (level.action) lines.push(`${t.urgentNow}: ${level.action}`);
  if (override) lines.push(`${t.reason}: ${indented(override.reason, '  ')}`);
  if (steps.waitingForConsent) {
    lines.push(consentSentence(steps.consent, words.nextSteps));
  }
  for (const notice of recommendation.notices) lines.push(notice);
  const [first, ...others] = steps.services;
  if (first) {
    lines.push('', `${t.services}:`);
    const { phone, email, web } = first.contact;
    const reach = [
      phone && `${t.phone} ${phone}`,
      email && `${t.email} ${email}`,
      !phone && !email && web ? `${t.web} ${web}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`- ${first.name}${reach ? `: ${reach}` : ''}`);
    if (first.nextSteps) lines.push(`  ${t.nextSteps}: ${first.nextSteps}`);
    for (const service of others)
      lines.push(`- ${service.name}${service.contact.phone ? `: ${t.phone} ${service.contact.phone}` : ''}`);
  }
  lines.push('', `${t.because}:`);
  for (const rule of recommendation.rationale) lines.push(briefRule(rule));
  const strengths = recommendation.strengths.flatMap((rule) => rule.because.map((evidence) => evidence.answerShort));
  if (strengths.length > 0) lines.push('', `${t.strengths}: ${[...new Set(strengths)].join('; ')}`);
  if (recommendation.missing.length > 0)
    lines.push('', `${t.missing}: ${recommendation.missing.map((missing) => missing.question).join('; ')}`);
  const unknowns = knownUnknowns(recommendation);
  if (unknowns.length > 0) lines.push('', `${t.unknowns}: ${unknowns.map((item) => item.questionShort).join('; ')}`);
  const { stamp } = recommendation;
  lines.push(
    '',
    `${t.stamp}: ${t.stampLine(stamp.packId, stamp.version, formatDate(stamp.effectiveFrom, recommendation.locale))}`,
  );
  lines.push(`${t.contentHash}: ${stamp.contentHash}`);
  lines.push('', recommendation.advisory);
  return lines.join('\n');
}
