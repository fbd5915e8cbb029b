/**
 * The recommendation as plain text: for a terminal, an email or a case-management
 * system. Everything it says comes from the recommendation and the catalogue.
 */
import { catalogue } from '../i18n/index.js';
import type { Recommendation, RuleResult } from './evaluate.js';

function bulletRule(rule: RuleResult, lines: string[], t: ReturnType<typeof catalogue>['report']): void {
  lines.push(`- ${rule.text}`);
  for (const evidence of rule.because) lines.push(`    ${evidence.question}: ${evidence.answer}`);
  if (rule.source) lines.push(`    ${t.source(rule.source.title, rule.source.paragraph)}`);
}

export function recommendationText(recommendation: Recommendation): string {
  const t = catalogue(recommendation.locale).report;
  const lines: string[] = [t.title, '='.repeat(t.title.length), ''];
  const { level } = recommendation;
  lines.push(`${t.level}: ${level.name}${recommendation.complete ? '' : ` (${t.provisional})`}`);
  lines.push(level.description);
  if (level.action) lines.push('', `${t.urgentNow}: ${level.action}`);
  if (recommendation.notices.length > 0) {
    lines.push('', `${t.notices}:`);
    for (const notice of recommendation.notices) lines.push(`- ${notice}`);
  }
  lines.push('', `${t.services}:`);
  for (const service of recommendation.services) {
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
  if (recommendation.alsoNoted.length > 0) {
    lines.push('', `${t.alsoNoted}:`);
    for (const rule of recommendation.alsoNoted) bulletRule(rule, lines, t);
  }
  lines.push('', `${t.strengths}:`);
  if (recommendation.strengths.length === 0) lines.push(`- ${t.noStrengths}`);
  for (const rule of recommendation.strengths) bulletRule(rule, lines, t);
  if (recommendation.advice.length > 0) {
    lines.push('', `${t.advice}:`);
    for (const rule of recommendation.advice) bulletRule(rule, lines, t);
  }
  if (recommendation.missing.length > 0) {
    lines.push('', `${t.missing}:`);
    for (const missing of recommendation.missing) lines.push(`- ${missing.question}`);
  }
  const { stamp } = recommendation;
  lines.push('', `${t.stamp}: ${t.stampLine(stamp.packId, stamp.version, stamp.effectiveFrom)}`);
  lines.push(`${t.contentHash}: ${stamp.contentHash}`);
  lines.push(`${t.evaluatedAt}: ${recommendation.evaluatedAt}`);
  lines.push('', recommendation.advisory);
  return lines.join('\n');
}
