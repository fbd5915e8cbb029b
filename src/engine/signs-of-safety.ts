/**
 * A recommendation arranged the Signs of Safety way: what we are worried about, what is
 * working well, what needs to happen. Nothing is added or taken away: the same rules,
 * evidence, services, advice, missing answers and override, in three lists.
 */
import { engineStrings } from '../i18n/engine.js';
import { nextStepsOrSuggestion } from './next-steps.js';
import type { Evidence, Recommendation, RuleResult, ServiceOutcome, SourceOutcome } from './evaluate.js';
import type { Override } from './override.js';
import { levelName } from './report.js';
import type { Answers, Pack } from './schema.js';

/** What an item is, so a view can introduce or group it. */
export type SignsOfSafetyKind =
  /** A rule that decided the level (urgent, concern, or the pack's default). */
  | 'concern'
  /** A concern that also held but points to a lower level. */
  | 'also-noted'
  | 'strength'
  /** The urgent outcome's action. */
  | 'action'
  /** A service to contact, with its next steps. */
  | 'service'
  | 'advice'
  /** A required question still to answer. */
  | 'missing'
  /** The practitioner's decision to use another level. */
  | 'override';

export interface SignsOfSafetyItem {
  readonly kind: SignsOfSafetyKind;
  /** The sentence, in the recommendation's language. */
  readonly text: string;
  /** More words under the sentence: a service's next steps, or the practitioner's reason. */
  readonly detail?: string;
  /** The answers behind a rule (empty for other items). */
  readonly because: readonly Evidence[];
  /** The rule an item comes from. */
  readonly ruleId?: string;
  readonly source?: SourceOutcome;
  /** For `service`: the service with its contacts. */
  readonly service?: ServiceOutcome;
  /** For `missing`: the question to answer. */
  readonly questionId?: string;
  /** For `override`: the decision. */
  readonly override?: Override;
}

export interface SignsOfSafety {
  /** The rationale, then the concerns also noted, each with its evidence. */
  readonly worries: readonly SignsOfSafetyItem[];
  /** The strengths, with their evidence. */
  readonly workingWell: readonly SignsOfSafetyItem[];
  /** The urgent action, the practitioner's override, each service and its next steps, advice, then the required questions still to answer. */
  readonly needsToHappen: readonly SignsOfSafetyItem[];
}

export interface SignsOfSafetyOptions {
  /** The practitioner's decision, added to what needs to happen. */
  readonly override?: Override;
  /** The pack, to name the level an override chose and give that level's contacts. */
  readonly pack?: Pack;
  /** The answers, so advice follows the level an override chose. */
  readonly answers?: Answers;
}

function fromRule(rule: RuleResult, kind: SignsOfSafetyKind): SignsOfSafetyItem {
  return {
    kind,
    text: rule.text,
    because: rule.because,
    ruleId: rule.ruleId,
    ...(rule.source ? { source: rule.source } : {}),
  };
}

export function signsOfSafety(recommendation: Recommendation, options: SignsOfSafetyOptions = {}): SignsOfSafety {
  const t = engineStrings(recommendation.locale).signsOfSafety;
  const worries = [
    ...recommendation.rationale.map((rule) => fromRule(rule, 'concern')),
    // `alsoNoted` may be missing from a recommendation stored before it existed.
    ...(recommendation.alsoNoted ?? []).map((rule) => fromRule(rule, 'also-noted')),
  ];
  const workingWell = recommendation.strengths.map((rule) => fromRule(rule, 'strength'));
  const needsToHappen: SignsOfSafetyItem[] = [];
  const { override, pack } = options;
  // What needs to happen follows the level that stands: the practitioner's after an override.
  const steps = nextStepsOrSuggestion(pack, recommendation, options);
  const { level } = steps;
  if (level.action) needsToHappen.push({ kind: 'action', text: level.action, because: [] });
  if (override) {
    needsToHappen.push({
      kind: 'override',
      text: t.override(
        levelName(recommendation, override.levelId, pack),
        levelName(recommendation, override.suggestedLevelId, pack),
      ),
      detail: override.reason,
      because: [],
      override,
    });
  }
  for (const service of steps.services) {
    needsToHappen.push({
      kind: 'service',
      text: t.contact(service.name),
      ...(service.nextSteps ? { detail: service.nextSteps } : {}),
      because: [],
      service,
    });
  }
  for (const rule of steps.advice) needsToHappen.push(fromRule(rule, 'advice'));
  for (const missing of recommendation.missing) {
    needsToHappen.push({
      kind: 'missing',
      text: t.answer(missing.question),
      because: [],
      questionId: missing.questionId,
    });
  }
  return { worries, workingWell, needsToHappen };
}
