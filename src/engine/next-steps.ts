/**
 * What happens next, once the practitioner has decided: the level that stands (theirs after
 * an override, the suggestion otherwise), who to contact for it, the advice that follows
 * it, and whether the family's consent lets an early-help request go ahead.
 *
 * Everything a practitioner acts on (contacts, next steps, the copied text, the print, the
 * downloads) reads this, so an override changes all of it at once and the suggestion stays
 * recorded beside it.
 */
import { decisionPlan } from './decide.js';
import {
  evaluate,
  levelOutcome,
  serviceOutcome,
  type LevelOutcome,
  type Recommendation,
  type RuleResult,
  type ServiceOutcome,
} from './evaluate.js';
import { walkLogic } from './logic.js';
import { listQuestions, readOf } from './pack.js';
import type { Override } from './override.js';
import type { Answers, Pack } from './schema.js';
import type { EngineStrings } from '../i18n/engine.js';

/**
 * Where a level sits: everyday services; early help, which a family agrees to; the front
 * door (statutory: a safeguarding concern is shared whatever the family says); or the urgent
 * outcome.
 */
export type LevelKind = 'universal' | 'early-help' | 'front-door' | 'urgent';

/** The family's answer to the pack's consent question; undefined where the pack asks none. */
export type ConsentState = 'given' | 'refused' | 'not-asked' | 'unknown';

export interface NextSteps {
  /** The level that stands: the practitioner's choice after an override, else the suggestion. */
  readonly level: LevelOutcome;
  readonly suggested: LevelOutcome;
  readonly overridden: boolean;
  readonly kind: LevelKind;
  /** Who to contact for the level that stands, first to contact first. */
  readonly services: readonly ServiceOutcome[];
  /** Advice for the level that stands. */
  readonly advice: readonly RuleResult[];
  readonly consent?: ConsentState;
  /**
   * An early-help request cannot go ahead yet: the level is early help and consent is not
   * recorded. Never set at the front door or for the urgent outcome.
   */
  readonly waitingForConsent: boolean;
}

export interface NextStepsOptions {
  readonly override?: Override | undefined;
  /** The answers the recommendation was made from: needed for consent and advice after an override. */
  readonly answers?: Answers | undefined;
}

/**
 * The kind of each level. The front door starts at the lowest level served by a service that
 * also serves the urgent outcome (the front door, MASH or referral team); a pack without
 * one has only its top level there. The lowest level is universal; those between are early help.
 */
export function levelKind(pack: Pack, levelId: string): LevelKind {
  if (pack.urgent && levelId === pack.urgent.id) return 'urgent';
  const rank = pack.levels.find((level) => level.id === levelId)?.rank ?? -1;
  const ranks = pack.levels.map((level) => level.rank);
  const urgentServices = pack.urgent ? pack.services.filter((service) => service.levels.includes(pack.urgent!.id)) : [];
  const served = pack.levels
    .filter((level) => urgentServices.some((service) => service.levels.includes(level.id)))
    .map((level) => level.rank);
  const frontDoorFrom = served.length > 0 ? Math.min(...served) : Math.max(...ranks);
  if (rank >= frontDoorFrom) return 'front-door';
  if (rank === Math.min(...ranks)) return 'universal';
  return 'early-help';
}

/**
 * The pack's consent question: the first single choice in a `consent` section offering
 * "agrees". "agrees" (and "young-person-agrees", a young person of sufficient understanding
 * agreeing for themselves) is consent given, "refuses" refused, any other answer (not asked,
 * told but not asked, not safe to ask) not asked; unanswered is unknown.
 */
const CONSENT_GIVEN: ReadonlySet<string> = new Set(['agrees', 'young-person-agrees']);

export function consentOf(pack: Pack, answers: Answers): ConsentState | undefined {
  const entry = listQuestions(pack).find(
    ({ section, question }) =>
      section.role === 'consent' &&
      question.type === 'single-choice' &&
      question.options?.some((option) => option.value === 'agrees'),
  );
  if (!entry) return undefined;
  const value = answers[entry.question.id];
  if (typeof value !== 'string') return 'unknown';
  return CONSENT_GIVEN.has(value) ? 'given' : value === 'refuses' ? 'refused' : 'not-asked';
}

function readsOutcome(pack: Pack, ruleId: string): boolean {
  const rule = pack.rules.find((candidate) => candidate.id === ruleId);
  let reads = false;
  if (rule) {
    walkLogic(rule.when, ({ op, args }) => {
      if (
        op === 'var' &&
        (typeof args[0] === 'string' || typeof args[0] === 'number') &&
        readOf(args[0]).kind === 'outcome'
      )
        reads = true;
    });
  }
  return reads;
}

/**
 * `nextSteps` where the pack may be missing or another than the one that made the
 * recommendation: then no other level can be looked up, and the suggestion stands as it is.
 */
export function nextStepsOrSuggestion(
  pack: Pack | undefined,
  recommendation: Recommendation,
  options: NextStepsOptions = {},
): NextSteps {
  const { stamp, level } = recommendation;
  if (pack && pack.id === stamp.packId && pack.version === stamp.version)
    return nextSteps(pack, recommendation, options);
  return {
    level,
    suggested: level,
    overridden: false,
    kind: level.urgent ? 'urgent' : 'early-help',
    services: recommendation.services,
    advice: recommendation.advice,
    waitingForConsent: false,
  };
}

export function nextSteps(pack: Pack, recommendation: Recommendation, options: NextStepsOptions = {}): NextSteps {
  const { override, answers } = options;
  const { locale } = recommendation;
  const overridden = override !== undefined && override.levelId !== recommendation.level.id;
  const levelId = overridden ? override.levelId : recommendation.level.id;
  const level = overridden ? levelOutcome(pack, levelId, locale) : recommendation.level;
  let services = recommendation.services;
  let advice = recommendation.advice;
  if (overridden) {
    // The services the pack gives the chosen level when nothing names another: all serving
    // the urgent outcome, else the first serving the level.
    const plan = decisionPlan(pack);
    const at = plan.indexOf.get(levelId)!;
    const chosen = plan.outcomes[at]!.urgent
      ? pack.services.filter((service) => service.levels.includes(levelId))
      : pack.services.filter((_, s) => s === plan.firstServing[at]);
    services = chosen.map((service) => serviceOutcome(pack, service, locale));
    if (answers)
      advice = evaluate(pack, answers, {
        locale,
        now: new Date(recommendation.evaluatedAt),
        decidedLevel: levelId,
      }).advice;
    // Without the answers it cannot be worked out again: advice about the suggested level goes.
    else advice = advice.filter((result) => !readsOutcome(pack, result.ruleId));
  }
  const kind = levelKind(pack, levelId);
  const consent = answers ? consentOf(pack, answers) : undefined;
  return {
    level,
    suggested: recommendation.level,
    overridden,
    kind,
    services,
    advice,
    ...(consent ? { consent } : {}),
    waitingForConsent: kind === 'early-help' && consent !== undefined && consent !== 'given',
  };
}

/** Why an early-help request is waiting, in one sentence: consent refused, not asked, or not recorded. */
export function consentSentence(consent: ConsentState | undefined, t: EngineStrings['nextSteps']): string {
  return consent === 'refused' ? t.consentRefused : consent === 'not-asked' ? t.consentNotAsked : t.consentUnknown;
}
