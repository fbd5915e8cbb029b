/**
 * The recommendation as a front-door request: what the practitioner is worried about in
 * their own words, the three domains of the assessment triangle with the descriptions
 * chosen, the factors (with how long each has gone on), history and agencies, strengths,
 * consent, the recommendation with its rationale, any override with its reason, the pack
 * stamp and the time.
 *
 * Nothing identifying is asked for, required or invented: no names, dates of birth,
 * addresses or case numbers. The referral carries only the questions the pack asks that
 * were asked (their `showIf` held) and answered with a valid value, each as plain text.
 * A front door adds the family's details in its own system, under its own controls.
 *
 * The shape is a zod/mini schema, so it is checked before it leaves and published as JSON
 * Schema (`src/engine/referral.schema.json`, `eh-rules schema --referral`).
 */
import { z } from 'zod/mini';
import { answerState, questionIndex } from './answers.js';
import {
  describeAnswer,
  localize,
  outcomeName,
  type Recommendation,
  type RuleResult,
  type ServiceOutcome,
} from './evaluate.js';
import { nextSteps } from './next-steps.js';
import type { Override } from './override.js';
import { formatPath, type QuestionEntry } from './pack.js';
import {
  LOCALES,
  PATTERNS,
  SECTION_ROLES,
  type AnswerValue,
  type Answers,
  type Locale,
  type Pack,
  type SectionRole,
} from './schema.js';

/** Bumped on any change a consumer could notice: a major for removals or renames. */
export const REFERRAL_SCHEMA_VERSION = '1.0.0';
export const REFERRAL_KIND = 'early-help-pathway/referral';

/** The section roles that make up the assessment triangle, in the Framework's order. */
export const TRIANGLE_DOMAINS = ['child-development', 'parenting-capacity', 'family-environment'] as const;
export type TriangleDomain = (typeof TRIANGLE_DOMAINS)[number];

const id = z.string().check(z.regex(PATTERNS.id));
const words = z.string().check(z.minLength(1));
const isoTime = z.iso.datetime({ offset: true });

export const ReferralChoiceSchema = z.strictObject({
  /** The option's value (a code stable within the pack version). */
  value: id,
  /** The option as the practitioner saw it. */
  label: words,
});

export const ReferralAnswerSchema = z.strictObject({
  questionId: id,
  sectionId: id,
  /** The question as asked, in the referral's language. */
  question: words,
  /** The answer in words: the option labels, the note exactly as typed, or the number. */
  answer: words,
  /** For choice questions: each option chosen, as code and label. */
  chosen: z.optional(z.array(ReferralChoiceSchema).check(z.minLength(1))),
  /** For number questions: the number itself. */
  number: z.optional(z.number()),
  /** For graded descriptors: the level the chosen description indicates. */
  levelId: z.optional(id),
  levelName: z.optional(words),
});

export const ReferralWordsSchema = z.strictObject({
  questionId: id,
  sectionId: id,
  question: words,
  /** What the practitioner typed, unchanged: plain text, never markup. */
  words,
});

export const ReferralDomainSchema = z.strictObject({
  domain: z.enum(TRIANGLE_DOMAINS),
  sectionId: id,
  title: words,
  answers: z.array(ReferralAnswerSchema),
});

export const ReferralSectionSchema = z.strictObject({
  sectionId: id,
  role: z.optional(z.enum(SECTION_ROLES)),
  title: words,
  answers: z.array(ReferralAnswerSchema),
});

export const ReferralFactorSchema = z.strictObject({
  /** The multiple-choice question the factor was chosen in. */
  questionId: id,
  value: id,
  label: words,
  /** Answered questions asked only because of this factor, e.g. how long it has gone on. */
  followUps: z.array(ReferralAnswerSchema),
});

const ReferralEvidenceSchema = z.strictObject({
  questionId: id,
  question: words,
  answer: words,
});

const ReferralSourceSchema = z.strictObject({
  title: words,
  publisher: z.optional(words),
  date: z.optional(words),
  paragraph: z.optional(words),
  url: z.optional(words),
});

export const ReferralRuleSchema = z.strictObject({
  /** The rule's id in the pack, or "default" when no concern fired. */
  ruleId: id,
  text: words,
  /** The answers that made the rule hold. */
  because: z.array(ReferralEvidenceSchema),
  source: z.optional(ReferralSourceSchema),
});

const ReferralServiceSchema = z.strictObject({
  id,
  name: words,
  description: words,
  nextSteps: z.optional(words),
  contact: z.strictObject({
    phone: z.optional(words),
    email: z.optional(words),
    web: z.optional(words),
    hours: z.optional(words),
    outOfHours: z.optional(z.strictObject({ phone: z.optional(words), hours: z.optional(words) })),
  }),
});

export const ReferralRecommendationSchema = z.strictObject({
  level: z.strictObject({
    id,
    name: words,
    description: words,
    /** The pack's immediate-danger outcome rather than one of its levels. */
    urgent: z.boolean(),
    action: z.optional(words),
  }),
  urgent: z.boolean(),
  /** False while a required question is unanswered: the level is then provisional. */
  complete: z.boolean(),
  cappedFrom: z.optional(z.strictObject({ levelId: id, levelName: words, ruleId: id })),
  services: z.array(ReferralServiceSchema),
  rationale: z.array(ReferralRuleSchema),
  alsoNoted: z.array(ReferralRuleSchema),
  strengths: z.array(ReferralRuleSchema),
  advice: z.array(ReferralRuleSchema),
  /** Required questions still to answer. */
  missing: z.array(z.strictObject({ questionId: id, question: words })),
  /** Sentences the reader must see: provisional result, draft or illustrative pack, pack not in force. */
  notices: z.array(words),
  evaluatedAt: isoTime,
});

export const ReferralOverrideSchema = z.strictObject({
  suggestedLevelId: id,
  suggestedLevelName: words,
  levelId: id,
  levelName: words,
  /** Why, in the practitioner's words. */
  reason: words,
  at: isoTime,
  /** Who to contact for the level decided on (the recommendation's own services are for the suggestion). */
  services: z.optional(z.array(ReferralServiceSchema)),
});

export const ReferralStampSchema = z.strictObject({
  packId: id,
  version: z.string().check(z.regex(PATTERNS.version)),
  effectiveFrom: z.string().check(z.regex(PATTERNS.date)),
  effectiveTo: z.optional(z.string().check(z.regex(PATTERNS.date))),
  status: z.enum(['draft', 'approved', 'illustrative']),
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const ReferralSchema = z.strictObject({
  kind: z.literal(REFERRAL_KIND),
  schemaVersion: z.literal(REFERRAL_SCHEMA_VERSION),
  createdAt: isoTime,
  /** The language of every text in the referral. */
  locale: z.enum(LOCALES),
  /** Answers in the pack's safety sections (immediate danger). */
  safety: z.array(ReferralAnswerSchema),
  /** The concern in the practitioner's own words. */
  concern: z.array(ReferralWordsSchema),
  /** Non-identifying facts about the child the pack asks (age band, disability, young carer…). */
  child: z.array(ReferralAnswerSchema),
  /** The assessment triangle: each domain section with the descriptions chosen. */
  domains: z.array(ReferralDomainSchema),
  factors: z.strictObject({
    /** Each factor chosen, with its follow-up answers (e.g. duration). */
    chosen: z.array(ReferralFactorSchema),
    /** Every answered question of the factors sections. */
    answers: z.array(ReferralAnswerSchema),
  }),
  /** Previous referrals and plans, engagement, and the agencies already involved. */
  history: z.array(ReferralAnswerSchema),
  strengths: z.array(ReferralAnswerSchema),
  consent: z.array(ReferralAnswerSchema),
  /** Sections with no role, or the role "other". */
  other: z.array(ReferralSectionSchema),
  recommendation: ReferralRecommendationSchema,
  /** The practitioner's decision to use another level, with the reason. */
  override: z.optional(ReferralOverrideSchema),
  stamp: ReferralStampSchema,
  advisory: words,
});

export type Referral = z.output<typeof ReferralSchema>;
export type ReferralAnswer = z.output<typeof ReferralAnswerSchema>;
export type ReferralWords = z.output<typeof ReferralWordsSchema>;
export type ReferralDomain = z.output<typeof ReferralDomainSchema>;
export type ReferralSection = z.output<typeof ReferralSectionSchema>;
export type ReferralFactor = z.output<typeof ReferralFactorSchema>;
export type ReferralRule = z.output<typeof ReferralRuleSchema>;

export interface ReferralOptions {
  /** When the referral is made (`createdAt`); now by default. */
  readonly now?: Date;
}

const SCHEMA_DESCRIPTION =
  "A request to a children's services front door made from an early-help-pathway recommendation. " +
  'Advisory: professional judgement and the local front door decide. ' +
  'It carries no names, dates of birth, addresses or identifiers, and only questions that were asked and answered.';

/**
 * The JSON Schema published for front doors (`src/engine/referral.schema.json`). Parts used
 * in several places are named `$defs`; the names live in a registry made for each call, so
 * loading this module twice never clashes in zod's global registry.
 */
export function referralJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; title?: string; description?: string }>();
  metadata.add(ReferralSchema, { title: 'Early help referral', description: SCHEMA_DESCRIPTION });
  metadata.add(ReferralAnswerSchema, {
    id: 'Answer',
    description:
      'A question that was asked and answered, with the answer in words; choices carry their codes, graded descriptors their level.',
  });
  metadata.add(ReferralChoiceSchema, { id: 'Choice', description: 'An option chosen: its code and its label.' });
  metadata.add(ReferralWordsSchema, {
    id: 'Words',
    description: "The practitioner's own words, as typed: plain text, never markup.",
  });
  metadata.add(ReferralDomainSchema, {
    id: 'Domain',
    description: 'A section of the assessment triangle with the descriptions chosen.',
  });
  metadata.add(ReferralSectionSchema, {
    id: 'Section',
    description: 'Answers in a section with no role in the triangle.',
  });
  metadata.add(ReferralFactorSchema, {
    id: 'Factor',
    description: 'A factor chosen, with the answers asked because of it (e.g. how long it has gone on).',
  });
  metadata.add(ReferralRuleSchema, {
    id: 'Rule',
    description: 'A rule of the pack that held, in words, with the answers behind it.',
  });
  metadata.add(ReferralOverrideSchema, {
    id: 'Override',
    description: "The practitioner's decision to use another level, with the reason.",
  });
  metadata.add(ReferralStampSchema, {
    id: 'Stamp',
    description: 'The rule pack that made the recommendation: id, version, dates, status and SHA-256 content hash.',
  });
  return z.toJSONSchema(ReferralSchema, { target: 'draft-2020-12', metadata }) as Record<string, unknown>;
}

/** Sections whose notes are never the concern, even when the child's section has none. */
const NOT_CONCERN: ReadonlySet<SectionRole> = new Set(['safety', 'strengths', 'consent']);

function referralAnswer(pack: Pack, entry: QuestionEntry, value: AnswerValue, locale: Locale): ReferralAnswer {
  const { question, section } = entry;
  const answer: ReferralAnswer = {
    questionId: question.id,
    sectionId: section.id,
    question: localize(question.text, locale, pack),
    answer: describeAnswer(entry, value, locale, pack),
  };
  if (question.type === 'single-choice' || question.type === 'multiple-choice' || question.type === 'yes-no-unsure') {
    const values = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
    answer.chosen = values.map((choice) => ({ value: choice, label: describeAnswer(entry, choice, locale, pack) }));
  }
  if (question.type === 'number' && typeof value === 'number') answer.number = value;
  if (question.type === 'single-choice') {
    const levelId = question.options?.find((option) => option.value === value)?.level;
    if (levelId !== undefined) {
      answer.levelId = levelId;
      answer.levelName = outcomeName(pack, levelId, locale);
    }
  }
  return answer;
}

/** The question ids and string literals a JSON-Logic expression mentions. */
function mentions(logic: unknown, vars: Set<string>, literals: Set<string>): void {
  if (typeof logic === 'string') literals.add(logic);
  else if (Array.isArray(logic)) for (const item of logic) mentions(item, vars, literals);
  else if (logic !== null && typeof logic === 'object') {
    for (const [operator, args] of Object.entries(logic)) {
      if (operator === 'var') {
        const name = Array.isArray(args) ? args[0] : args;
        if (typeof name === 'string') vars.add(name);
      } else mentions(args, vars, literals);
    }
  }
}

/**
 * The factor a follow-up question belongs to: the one option of `factorQuestion` its
 * `showIf` names (e.g. `{"in": ["domestic-abuse", {"var": "factors"}]}`). A follow-up
 * that names several factors belongs to none of them alone and stays in the answers.
 */
function followUpOf(showIf: unknown, factorQuestion: QuestionEntry): string | undefined {
  if (showIf === undefined) return undefined;
  const vars = new Set<string>();
  const literals = new Set<string>();
  mentions(showIf, vars, literals);
  if (!vars.has(factorQuestion.question.id)) return undefined;
  const named = (factorQuestion.question.options ?? []).filter((option) => literals.has(option.value));
  return named.length === 1 ? named[0]!.value : undefined;
}

function ruleSummary(rule: RuleResult): ReferralRule {
  return {
    ruleId: rule.ruleId,
    text: rule.text,
    because: rule.because.map((evidence) => ({
      questionId: evidence.questionId,
      question: evidence.question,
      answer: evidence.answer,
    })),
    ...(rule.source ? { source: { ...rule.source } } : {}),
  };
}

function servicePart(service: ServiceOutcome): Referral['recommendation']['services'][number] {
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    ...(service.nextSteps ? { nextSteps: service.nextSteps } : {}),
    contact: {
      ...service.contact,
      ...(service.contact.outOfHours ? { outOfHours: { ...service.contact.outOfHours } } : {}),
    },
  };
}

function recommendationPart(recommendation: Recommendation): Referral['recommendation'] {
  const { level } = recommendation;
  return {
    level: {
      id: level.id,
      name: level.name,
      description: level.description,
      urgent: level.urgent,
      ...(level.action ? { action: level.action } : {}),
    },
    urgent: recommendation.urgent,
    complete: recommendation.complete,
    ...(recommendation.cappedFrom
      ? {
          cappedFrom: {
            levelId: recommendation.cappedFrom.level.id,
            levelName: recommendation.cappedFrom.level.name,
            ruleId: recommendation.cappedFrom.ruleId,
          },
        }
      : {}),
    services: recommendation.services.map(servicePart),
    rationale: recommendation.rationale.map(ruleSummary),
    // `alsoNoted` may be missing from a recommendation stored before it existed.
    alsoNoted: (recommendation.alsoNoted ?? []).map(ruleSummary),
    strengths: recommendation.strengths.map(ruleSummary),
    advice: recommendation.advice.map(ruleSummary),
    missing: recommendation.missing.map((missing) => ({ questionId: missing.questionId, question: missing.question })),
    notices: [...recommendation.notices],
    evaluatedAt: recommendation.evaluatedAt,
  };
}

/**
 * Builds the referral for a recommendation made from `answers` by `pack`. Texts are in the
 * recommendation's language. Only questions that are asked under these answers and have a
 * valid answer are carried; hidden and invalid answers are left out.
 *
 * Throws when the recommendation was made by another pack, and an Error naming the path when
 * the result does not match `ReferralSchema`: a defect here, or an override built by hand
 * rather than with `makeOverride` (an empty reason, a time that is not ISO 8601).
 */
export function toReferral(
  pack: Pack,
  answers: Answers,
  recommendation: Recommendation,
  override?: Override,
  options: ReferralOptions = {},
): Referral {
  const { stamp, locale } = recommendation;
  if (stamp.packId !== pack.id || stamp.version !== pack.version) {
    throw new Error(
      `The recommendation was made by ${stamp.packId}@${stamp.version}, not by ${pack.id}@${pack.version}.`,
    );
  }
  const { data } = answerState(pack, answers, { locale });
  const { list } = questionIndex(pack);
  const answered = (entry: QuestionEntry) => Object.hasOwn(data, entry.question.id);
  const answerOf = (entry: QuestionEntry) =>
    referralAnswer(pack, entry, data[entry.question.id] as AnswerValue, locale);
  const inRole = (role: SectionRole) => list.filter((entry) => entry.section.role === role && answered(entry));

  // The concern in the practitioner's words: the notes about the child; where the pack
  // asks for none there, every note except those on safety, strengths and consent.
  const isNote = (entry: QuestionEntry) => entry.question.type === 'text';
  const childNotes = list.some((entry) => entry.section.role === 'about-child' && isNote(entry));
  const inConcern = (entry: QuestionEntry) =>
    childNotes ? entry.section.role === 'about-child' : !NOT_CONCERN.has(entry.section.role ?? 'other');
  const concern = list
    .filter((entry) => isNote(entry) && answered(entry) && inConcern(entry))
    .map((entry) => ({
      questionId: entry.question.id,
      sectionId: entry.section.id,
      question: localize(entry.question.text, locale, pack),
      words: String(data[entry.question.id]),
    }));

  const domains = pack.questionnaire.sections
    .filter((section): section is typeof section & { role: TriangleDomain } =>
      (TRIANGLE_DOMAINS as readonly string[]).includes(section.role ?? ''),
    )
    .map((section) => ({
      domain: section.role,
      sectionId: section.id,
      title: localize(section.title, locale, pack),
      answers: list.filter((entry) => entry.section === section && answered(entry)).map(answerOf),
    }));

  const factorEntries = inRole('factors');
  const chosen = factorEntries
    .filter((entry) => entry.question.type === 'multiple-choice')
    .flatMap((factorQuestion) =>
      (data[factorQuestion.question.id] as readonly string[])
        .filter((value) => !factorQuestion.question.options?.find((option) => option.value === value)?.exclusive)
        .map((value) => ({
          questionId: factorQuestion.question.id,
          value,
          label: describeAnswer(factorQuestion, value, locale, pack),
          followUps: list
            .filter(
              (entry) =>
                entry.section === factorQuestion.section &&
                entry.index > factorQuestion.index &&
                answered(entry) &&
                followUpOf(entry.question.showIf, factorQuestion) === value,
            )
            .map(answerOf),
        })),
    );

  const other = pack.questionnaire.sections
    .filter((section) => section.role === undefined || section.role === 'other')
    .map((section) => ({
      sectionId: section.id,
      ...(section.role ? { role: section.role } : {}),
      title: localize(section.title, locale, pack),
      answers: list.filter((entry) => entry.section === section && answered(entry)).map(answerOf),
    }))
    .filter((section) => section.answers.length > 0);

  const referral: Referral = {
    kind: REFERRAL_KIND,
    schemaVersion: REFERRAL_SCHEMA_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    locale,
    safety: inRole('safety').map(answerOf),
    concern,
    child: inRole('about-child')
      .filter((entry) => !isNote(entry))
      .map(answerOf),
    domains,
    factors: { chosen, answers: factorEntries.map(answerOf) },
    history: inRole('history').map(answerOf),
    strengths: inRole('strengths').map(answerOf),
    consent: inRole('consent').map(answerOf),
    other,
    recommendation: recommendationPart(recommendation),
    ...(override
      ? {
          override: {
            suggestedLevelId: override.suggestedLevelId,
            suggestedLevelName: outcomeName(pack, override.suggestedLevelId, locale),
            levelId: override.levelId,
            levelName: outcomeName(pack, override.levelId, locale),
            reason: override.reason,
            at: override.at,
            services: nextSteps(pack, recommendation, { override, answers }).services.map(servicePart),
          },
        }
      : {}),
    stamp: { ...stamp },
    advisory: recommendation.advisory,
  };

  const checked = ReferralSchema.safeParse(referral);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const path = formatPath(issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol'));
    throw new Error(`toReferral made a referral that does not match its schema at ${path}: ${issue.message}`);
  }
  return referral;
}
