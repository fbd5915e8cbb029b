/**
 * The rule-pack format, as data. `zod/mini` keeps the runtime small and needs no
 * `new Function`, so the same schema checks packs under a strict CSP in the browser
 * and generates `rules/rule-pack.schema.json` for authors' editors.
 *
 * Structure only lives here; cross-references (ids, locales, JSON-Logic) are checked
 * in `pack.ts`, where a failure can be explained in a rule author's words.
 */
import { z } from 'zod/mini';

export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

/** Formats checked by pattern; `pack.ts` names them in problem messages. */
export const PATTERNS = {
  id: /^[a-z0-9][a-z0-9-]*$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  /** SemVer 2.0.0 without build metadata: pre-release identifiers are non-empty, numeric ones without leading zeros. */
  version:
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?$/,
} as const;

const slug = z
  .string()
  .check(z.regex(PATTERNS.id), z.describe('lower-case letters, digits and hyphens, e.g. "level-2"'));
const isoDate = z.string().check(z.regex(PATTERNS.date), z.describe('a calendar date, YYYY-MM-DD'));
const semver = z
  .string()
  .check(z.regex(PATTERNS.version), z.describe('a semantic version, e.g. "1.0.0" or "1.1.0-draft.1"'));
const nonEmpty = z.string().check(z.minLength(1));

export const LocaleSchema = z.enum(LOCALES);

/** Text in every locale the pack declares: `{ "en": "…", "cy": "…" }`. */
export const TextSchema = z
  .partialRecord(LocaleSchema, nonEmpty)
  .check(z.describe('text keyed by locale; every locale the pack declares must be present'));
export type Text = z.output<typeof TextSchema>;

/** JSON-Logic is checked for known operators and references in `pack.ts`. */
export const LogicSchema = z.unknown().check(z.describe('a JSON-Logic expression over the answers'));

export const SourceSchema = z.strictObject({
  /** Plain text, or text in every declared locale where the source has a title in each. */
  title: z.union([nonEmpty, TextSchema]),
  publisher: z.optional(nonEmpty),
  date: z.optional(nonEmpty),
  paragraph: z.optional(nonEmpty),
  url: z.optional(nonEmpty),
});

export const LevelSchema = z.strictObject({
  id: slug,
  rank: z.int().check(z.minimum(0)),
  name: TextSchema,
  description: TextSchema,
});

export const UrgentOutcomeSchema = z.strictObject({
  id: slug,
  name: TextSchema,
  description: TextSchema,
  /** What to do now, e.g. "Call 999, then the front door". */
  action: TextSchema,
});

export const ContactSchema = z.strictObject({
  phone: z.optional(nonEmpty),
  email: z.optional(nonEmpty),
  web: z.optional(nonEmpty),
  hours: z.optional(TextSchema),
  outOfHours: z.optional(
    z.strictObject({
      phone: z.optional(nonEmpty),
      hours: z.optional(TextSchema),
    }),
  ),
});

export const ServiceSchema = z.strictObject({
  id: slug,
  name: TextSchema,
  description: TextSchema,
  /** What the practitioner should do next with this service. */
  nextSteps: z.optional(TextSchema),
  contact: ContactSchema,
  /** Level ids (or the urgent outcome id) this service responds to. */
  levels: z.array(slug).check(z.minLength(1)),
});

export const OptionSchema = z.strictObject({
  value: slug,
  label: TextSchema,
  /**
   * A few words for the result, summaries and print ("misses 1 day in 10"); the full label
   * stays what the practitioner chooses from and what the answers given show.
   */
  short: z.optional(TextSchema),
  hint: z.optional(TextSchema),
  /** For graded descriptors: the level this description indicates. */
  level: z.optional(slug),
  /** In a multiple-choice question, choosing this clears the others ("none of these"). */
  exclusive: z.optional(z.boolean()),
});

export const QUESTION_TYPES = ['single-choice', 'multiple-choice', 'yes-no-unsure', 'text', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QuestionSchema = z.strictObject({
  id: slug,
  type: z.enum(QUESTION_TYPES),
  text: TextSchema,
  /** A name of a few words ("School attendance") for the result and for error messages. */
  short: z.optional(TextSchema),
  hint: z.optional(TextSchema),
  required: z.optional(z.boolean()),
  /** JSON-Logic over earlier answers; the question is asked only when it holds. */
  showIf: z.optional(LogicSchema),
  options: z.optional(z.array(OptionSchema).check(z.minLength(1))),
  /**
   * A fact rather than a circumstance to watch (the child's age, who fills the form in):
   * "what would change this" never varies it. Defaults by section role and type (see `isFixed`).
   */
  fixed: z.optional(z.boolean()),
  /** number: inclusive bounds. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** text: longest answer accepted. */
  maxLength: z.optional(z.int().check(z.minimum(1))),
});

export const SECTION_ROLES = [
  'safety',
  'about-child',
  'child-development',
  'parenting-capacity',
  'family-environment',
  'factors',
  'history',
  'strengths',
  'consent',
  'other',
] as const;

export const SectionSchema = z.strictObject({
  id: slug,
  /** What the section is in the assessment, so outputs can group it (e.g. the triangle's domains). */
  role: z.optional(z.enum(SECTION_ROLES)),
  title: TextSchema,
  description: z.optional(TextSchema),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
});

/**
 * The floors every shipped England or Wales pack declares, drawn from statutory guidance
 * (Working Together to Safeguard Children 2023; Wales Safeguarding Procedures).
 */
export const STANDARD_FLOOR_IDS = [
  'immediate-danger',
  'abuse-or-exploitation',
  'afraid-to-go-home',
  'parent-cannot-care',
  'baby-unexplained-injury',
  'uncertainty',
] as const;
export type StandardFloorId = (typeof STANDARD_FLOOR_IDS)[number];

export const RULE_KINDS = ['urgent', 'concern', 'strength', 'advice'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RuleSchema = z.strictObject({
  id: slug,
  kind: z.enum(RULE_KINDS),
  when: LogicSchema,
  /** concern: the level this rule points to. */
  level: z.optional(slug),
  /** The service this rule points to; otherwise the first service serving the level. */
  service: z.optional(slug),
  /** strength, under the "may-cap" policy only: the level is at most this. */
  cap: z.optional(slug),
  rationale: TextSchema,
  source: z.optional(SourceSchema),
});

/**
 * A safety floor: whenever `when` holds over the answers, the outcome is at least
 * `atLeast` (a level id or the urgent outcome's id) and, where given, includes `service`.
 * `eh-rules prove` proves it over every possible answer set. `standard` names the
 * statutory floor this declares, so lint can tell which standard floors a pack lacks.
 */
export const FloorSchema = z.strictObject({
  id: slug,
  standard: z.optional(z.enum(STANDARD_FLOOR_IDS)),
  when: LogicSchema,
  atLeast: slug,
  service: z.optional(slug),
  /** The guarantee in plain words, in every declared locale. */
  statement: TextSchema,
  source: z.optional(SourceSchema),
});

export const UncertaintySchema = z.strictObject({
  /** The level a result may not fall below while uncertain. */
  level: slug,
  service: z.optional(slug),
  /** JSON-Logic: something points to a concern (or the family avoids professionals). */
  when: LogicSchema,
  /** What to do: which unknowns matter, what to find out, who to talk to. */
  rationale: TextSchema,
  source: z.optional(SourceSchema),
});

export const PolicySchema = z.strictObject({
  combine: z.literal('highest-rank'),
  /** "note-only": strengths are recorded and never change the level. */
  strengths: z.enum(['note-only', 'may-cap']),
  /**
   * Uncertainty is never reassurance: when \`when\` holds and an answer that could raise the
   * level is not known ("don't know", "not sure", unanswered), the result is at least \`level\`.
   */
  uncertainty: z.optional(UncertaintySchema),
});

export const PackSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: slug,
  version: semver,
  title: TextSchema,
  summary: z.optional(TextSchema),
  jurisdiction: z.enum(['england', 'wales']),
  locales: z.array(LocaleSchema).check(z.minLength(1)),
  effectiveFrom: isoDate,
  /** Last day the pack is in force (inclusive). */
  effectiveTo: z.optional(isoDate),
  status: z.enum(['draft', 'approved', 'illustrative']),
  provenance: z.strictObject({
    approvedBy: z.optional(nonEmpty),
    approvedOn: z.optional(isoDate),
    sources: z.array(SourceSchema),
    /** Shown with illustrative or draft packs, e.g. "Not this council's approved policy". */
    disclaimer: z.optional(TextSchema),
    notes: z.optional(z.array(nonEmpty)),
  }),
  levels: z.array(LevelSchema).check(z.minLength(2)),
  urgent: z.optional(UrgentOutcomeSchema),
  services: z.array(ServiceSchema).check(z.minLength(1)),
  questionnaire: z.strictObject({
    sections: z.array(SectionSchema).check(z.minLength(1)),
  }),
  rules: z.array(RuleSchema),
  /** Guarantees the rules must keep over every answer set (see `eh-rules prove`). */
  floors: z.optional(z.array(FloorSchema)),
  policy: PolicySchema,
  default: z.strictObject({
    level: slug,
    service: z.optional(slug),
    rationale: TextSchema,
  }),
});

export type Pack = z.output<typeof PackSchema>;
export type Level = z.output<typeof LevelSchema>;
export type UrgentOutcome = z.output<typeof UrgentOutcomeSchema>;
export type Service = z.output<typeof ServiceSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type Option = z.output<typeof OptionSchema>;
export type Rule = z.output<typeof RuleSchema>;
export type Floor = z.output<typeof FloorSchema>;
export type Source = z.output<typeof SourceSchema>;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** One answer: a choice value, several, a note or a number. */
export type AnswerValue = string | number | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** The values a yes-no-unsure question takes; labels come from the UI catalogue. */
export const YES_NO_UNSURE = ['yes', 'no', 'not-sure'] as const;

/** The JSON Schema authors point their editors at (`"$schema"` in a pack). */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
