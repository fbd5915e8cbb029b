/**
 * From answers to a recommendation that explains itself.
 *
 * A missing answer is never read as "no": a rule whose evaluation reads a required
 * question that is asked but unanswered is "undecided", it neither fires nor counts as
 * silent, and the result says it is provisional and what is missing.
 */
import { formatCount } from '../i18n/count.js';
import { formatDate } from '../i18n/format.js';
import { engineStrings, yesNoLabels } from '../i18n/engine.js';
import type { EngineStrings } from '../i18n/engine.js';
import { answerState, isAnswered, questionIndex, type AnswerProblem } from './answers.js';
import { apply, applyWithTrace, truthy, type TraceNode } from './logic.js';
import { decidingReads, evidenceReads, type EvidenceRead } from './reads.js';
import { BOOLEANS, decide, decisionPlan, outcomeIndex } from './decide.js';
import { isUnknownAnswer, questionsThatMatter } from './uncertainty.js';
import { DERIVED, readOf, isGraded, packHash, type QuestionEntry } from './pack.js';
import type { AnswerValue, Answers, Level, Locale, Pack, Rule, RuleKind, Service, Source, Text } from './schema.js';

export interface EvaluateOptions {
  /** When the evaluation happens; recorded in the result and used to check the pack is in force. */
  readonly now?: Date;
  /** Language of the texts in the result; the pack's first locale by default. */
  readonly locale?: Locale;
  /** Work out the answers behind each fired rule (default true). */
  readonly explain?: boolean;
  /** Keep every rule's full evaluation trace (default false). */
  readonly trace?: boolean;
  /**
   * A level the practitioner decided on instead of the suggestion: advice rules (which read
   * `$outcome`) then follow it. The suggested level, rationale and services are unchanged.
   */
  readonly decidedLevel?: string;
}

/** One answer that made a rule hold. */
export interface Evidence {
  readonly questionId: string;
  readonly sectionId: string;
  readonly question: string;
  /** The value given, or null when the question was not asked or not answered. */
  readonly value: AnswerValue | null;
  /** The value in words: option labels, the note, the number. */
  readonly answer: string;
  /** The question's short name where the pack gives one, else the question. */
  readonly questionShort: string;
  /** The value in the options' short labels where the pack gives them, else as `answer`. */
  readonly answerShort: string;
  /**
   * Set when the answer counts by what it is not: when the rule applies (not aged 14 to
   * 17, the family's needs below specialist) rather than what the concern is about.
   */
  readonly condition?: true;
}

export type RuleStatus = 'fired' | 'not-fired' | 'undecided';

export interface RuleResult {
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly status: RuleStatus;
  /** The level a concern points to, or a strength caps at. */
  readonly levelId?: string;
  readonly serviceId?: string;
  /** The rule's rationale in the result's language. */
  readonly text: string;
  /** The answers behind a fired rule (empty unless explained). */
  readonly because: readonly Evidence[];
  /** For an undecided rule: the required questions it waits on. */
  readonly waitingOn: readonly string[];
  /** The rule's source, its title in the result's language. */
  readonly source?: SourceOutcome;
  readonly trace?: TraceNode;
}

export interface SourceOutcome {
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly paragraph?: string;
  readonly url?: string;
}

export interface LevelOutcome {
  readonly id: string;
  readonly rank: number;
  readonly name: string;
  readonly description: string;
  /** The pack's immediate-danger outcome rather than one of its levels. */
  readonly urgent: boolean;
  /** For the urgent outcome: what to do now. */
  readonly action?: string;
}

export interface ServiceOutcome {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly nextSteps?: string;
  readonly contact: {
    readonly phone?: string;
    readonly email?: string;
    readonly web?: string;
    readonly hours?: string;
    readonly outOfHours?: { readonly phone?: string; readonly hours?: string };
  };
}

export interface PackStamp {
  readonly packId: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly status: Pack['status'];
  /** SHA-256 (hex) of the pack's canonical JSON. */
  readonly contentHash: string;
}

export interface MissingQuestion {
  readonly questionId: string;
  readonly sectionId: string;
  readonly question: string;
}

export interface Recommendation {
  /** False while a required question that is asked has no answer: the level is then provisional. */
  readonly complete: boolean;
  readonly urgent: boolean;
  readonly level: LevelOutcome;
  /** When a strength capped the level: the level the concerns pointed to, and the rule that capped it. */
  readonly cappedFrom?: { readonly level: LevelOutcome; readonly ruleId: string };
  readonly services: readonly ServiceOutcome[];
  /** The rules that decided the level: the fired urgent rules, or the concerns at the level; or the pack's default. */
  readonly rationale: readonly RuleResult[];
  /** Concerns that also held but point lower than the level decided, highest first. */
  readonly alsoNoted: readonly RuleResult[];
  readonly strengths: readonly RuleResult[];
  readonly advice: readonly RuleResult[];
  readonly missing: readonly MissingQuestion[];
  /**
   * Answers that could raise the level and are not known ("don't know", "not sure", a
   * required question unanswered): what to find out. Listed whatever the level (empty with
   * `explain: false`).
   */
  readonly unknowns: readonly Evidence[];
  /** The pack's uncertainty policy as a rule, where it has one (see `policy.uncertainty`). */
  readonly uncertainty?: RuleResult;
  /** Answers that were given but could not be used; they are kept, not read. */
  readonly invalid: readonly AnswerProblem[];
  /** Every rule, in pack order, with its status. */
  readonly rules: readonly RuleResult[];
  /** Sentences the reader must see: provisional result, draft or illustrative pack, pack not in force. */
  readonly notices: readonly string[];
  readonly advisory: string;
  readonly stamp: PackStamp;
  readonly locale: Locale;
  readonly evaluatedAt: string;
}

/** Id of the pack's uncertainty policy where it appears among the rules of a result. */
export const UNCERTAINTY_RULE_ID = 'uncertainty';

/** Id used in the rationale when no concern rule fired. */
export const DEFAULT_RULE_ID = 'default';

export function localize(text: Text, locale: Locale, pack: Pack): string {
  return text[locale] ?? text[pack.locales[0]!] ?? '';
}

/** The name of a level or of the urgent outcome in a locale; the id when the pack has no such outcome. */
export function outcomeName(pack: Pack, id: string, locale: Locale): string {
  if (pack.urgent?.id === id) return localize(pack.urgent.name, locale, pack);
  const level = pack.levels.find((candidate) => candidate.id === id);
  return level ? localize(level.name, locale, pack) : id;
}

export function sourceOutcome(source: Source, locale: Locale, pack: Pack): SourceOutcome {
  return { ...source, title: typeof source.title === 'string' ? source.title : localize(source.title, locale, pack) };
}

export function packStamp(pack: Pack): PackStamp {
  return {
    packId: pack.id,
    version: pack.version,
    effectiveFrom: pack.effectiveFrom,
    ...(pack.effectiveTo ? { effectiveTo: pack.effectiveTo } : {}),
    status: pack.status,
    contentHash: packHash(pack),
  };
}

export function levelOutcome(pack: Pack, id: string, locale: Locale): LevelOutcome {
  if (pack.urgent && id === pack.urgent.id) {
    return {
      id,
      rank: Math.max(...pack.levels.map((level) => level.rank)) + 1,
      name: localize(pack.urgent.name, locale, pack),
      description: localize(pack.urgent.description, locale, pack),
      urgent: true,
      action: localize(pack.urgent.action, locale, pack),
    };
  }
  const level = pack.levels.find((candidate) => candidate.id === id) as Level;
  return {
    id,
    rank: level.rank,
    name: localize(level.name, locale, pack),
    description: localize(level.description, locale, pack),
    urgent: false,
  };
}

export function serviceOutcome(pack: Pack, service: Service, locale: Locale): ServiceOutcome {
  const { phone, email, web, hours, outOfHours } = service.contact;
  return {
    id: service.id,
    name: localize(service.name, locale, pack),
    description: localize(service.description, locale, pack),
    ...(service.nextSteps ? { nextSteps: localize(service.nextSteps, locale, pack) } : {}),
    contact: {
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      ...(web ? { web } : {}),
      ...(hours ? { hours: localize(hours, locale, pack) } : {}),
      ...(outOfHours
        ? {
            outOfHours: {
              ...(outOfHours.phone ? { phone: outOfHours.phone } : {}),
              ...(outOfHours.hours ? { hours: localize(outOfHours.hours, locale, pack) } : {}),
            },
          }
        : {}),
    },
  };
}

/** A cited answer in words, in full and in the pack's short labels. */
function inWords(entry: QuestionEntry, value: AnswerValue | null, locale: Locale, pack: Pack): Evidence {
  const { question } = entry;
  const text = localize(question.text, locale, pack);
  const answer = describeAnswer(entry, value, locale, pack);
  return {
    questionId: question.id,
    sectionId: entry.section.id,
    question: text,
    value,
    answer,
    questionShort: question.short ? localize(question.short, locale, pack) : text,
    answerShort: question.options?.some((option) => option.short)
      ? describeAnswer(entry, value, locale, pack, { short: true })
      : answer,
  };
}

/** The answer in words, as the practitioner chose it. */
export function describeAnswer(
  entry: QuestionEntry,
  value: AnswerValue | null | undefined,
  locale: Locale,
  pack: Pack,
  options: { short?: boolean } = {},
): string {
  const t = engineStrings(locale);
  if (!isAnswered(value)) return t.evidence.notAnswered;
  const { question } = entry;
  const yesNo =
    question.type === 'yes-no-unsure' ? yesNoLabels(locale, localize(question.text, locale, pack)) : undefined;
  const label = (choice: string) =>
    yesNo
      ? Object.hasOwn(yesNo, choice)
        ? yesNo[choice as keyof EngineStrings['answers']]
        : choice
      : (() => {
          const option = question.options?.find((candidate) => candidate.value === choice);
          return option ? localize((options.short && option.short) || option.label, locale, pack) : choice;
        })();
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? label(item) : asText(item))).join(t.evidence.listSeparator);
  if (typeof value === 'number') return formatCount(value, locale);
  if (typeof value !== 'string') return asText(value);
  return question.type === 'text' ? value : label(value);
}

/** Something that is not an answer (a host's object, say) as plain text, without calling its own methods. */
function asText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function evidenceFor(
  trace: TraceNode,
  pack: Pack,
  data: Record<string, unknown>,
  answers: Answers,
  locale: Locale,
): Evidence[] {
  const { byId, list } = questionIndex(pack);
  const reads: EvidenceRead[] = [];
  evidenceReads(trace, reads);
  // Question id → whether it is only a condition (a reason wins when it is both).
  const cited = new Map<string, boolean>();
  const cite = (id: string, condition: boolean) => cited.set(id, (cited.get(id) ?? true) && condition);
  const sections = data[DERIVED.section] as Record<string, number | null>;
  const levels = data[DERIVED.level] as Record<string, number | null>;
  for (const { path, condition } of reads) {
    const read = readOf(path);
    if (read.kind === 'outcome') continue;
    if (read.kind !== 'section') {
      cite(read.id, condition);
      continue;
    }
    // A section's level rests on the graded answers that reached it.
    const top = sections[read.id];
    if (top === undefined || top === null) continue;
    for (const entry of list) {
      if (entry.section.id === read.id && levels[entry.question.id] === top) cite(entry.question.id, condition);
    }
  }
  const ordered = [...cited].sort(([, a], [, b]) => Number(a) - Number(b));
  const evidence: Evidence[] = [];
  for (const [id, condition] of ordered) {
    const entry = byId.get(id);
    if (!entry) continue;
    const asked = Object.hasOwn(data, id);
    const value = asked ? (answers[id] as AnswerValue) : null;
    evidence.push({ ...inWords(entry, value, locale, pack), ...(condition ? { condition: true as const } : {}) });
  }
  return evidence;
}

function calendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Evaluates answers against a parsed pack. Deterministic: the same pack, answers and
 * options give the same recommendation.
 */
export function evaluate(pack: Pack, given: Answers, options: EvaluateOptions = {}): Recommendation {
  // Anything but an answers object is read as no answers, and reported in `invalid`.
  const answers: Answers = given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {};
  const locale: Locale = options.locale && pack.locales.includes(options.locale) ? options.locale : pack.locales[0]!;
  const explain = options.explain ?? true;
  const keepTrace = options.trace ?? false;
  const now = options.now ?? new Date();
  const t = engineStrings(locale);
  const state = answerState(pack, given, { locale });
  const { data } = state;

  // A rule whose value rests on an answer not yet known cannot be decided.
  // A section's highest level is unknown while any of its graded questions is.
  const sectionWaits = new Map<string, string[]>();
  for (const entry of questionIndex(pack).list) {
    const waits = state.open.get(entry.question.id);
    if (!waits || !isGraded(entry.question)) continue;
    sectionWaits.set(entry.section.id, [...(sectionWaits.get(entry.section.id) ?? []), ...waits]);
  }
  // The outcome itself is undecided while any rule that could change it is (set before advice runs).
  let outcomeWaits: readonly string[] = [];
  const waitsOf = (trace: TraceNode): string[] => {
    const paths: string[] = [];
    decidingReads(trace, paths);
    const waits: string[] = [];
    for (const path of paths) {
      const read = readOf(path);
      if (read.kind === 'section') waits.push(...(sectionWaits.get(read.id) ?? []));
      else if (read.kind === 'outcome') waits.push(...outcomeWaits);
      else waits.push(...(state.open.get(read.id) ?? []));
    }
    return [...new Set(waits)];
  };

  const run = (rule: Rule): RuleResult => {
    let value: unknown;
    let trace: TraceNode | undefined;
    if (keepTrace || state.open.size > 0) {
      ({ value, trace } = applyWithTrace(rule.when, data));
    } else {
      value = apply(rule.when, data);
      // Most rules do not fire; only a fired rule needs the trace its explanation is read from.
      if (explain && truthy(value)) trace = applyWithTrace(rule.when, data).trace;
    }
    const waiting = trace && state.open.size > 0 ? waitsOf(trace) : [];
    const status: RuleStatus = waiting.length > 0 ? 'undecided' : truthy(value) ? 'fired' : 'not-fired';
    const levelId = rule.kind === 'strength' ? rule.cap : rule.level;
    return {
      ruleId: rule.id,
      kind: rule.kind,
      status,
      ...(levelId !== undefined ? { levelId } : {}),
      ...(rule.service !== undefined ? { serviceId: rule.service } : {}),
      text: localize(rule.rationale, locale, pack),
      because: status === 'fired' && explain && trace ? evidenceFor(trace, pack, data, answers, locale) : [],
      waitingOn: waiting,
      ...(rule.source ? { source: sourceOutcome(rule.source, locale, pack) } : {}),
      ...(keepTrace && trace ? { trace } : {}),
    };
  };

  const results = new Map<string, RuleResult>();
  for (const rule of pack.rules) if (rule.kind !== 'advice') results.set(rule.id, run(rule));

  // Answers that could raise the level and are not known; with the pack's uncertainty
  // policy, they keep the result off its lowest levels while something points to a concern.
  const { byId } = questionIndex(pack);
  const unknownIds: string[] = [];
  for (const id of questionsThatMatter(pack)) {
    if (!state.visible.has(id)) continue;
    const { question } = byId.get(id)!;
    if (Object.hasOwn(data, id) ? isUnknownAnswer(question, data[id]) : question.required === true) unknownIds.push(id);
  }
  // In words only when explaining, like every other piece of evidence.
  const unknowns = (explain ? unknownIds : []).map((id) => {
    const entry = byId.get(id)!;
    const value = Object.hasOwn(data, id) ? (answers[id] as AnswerValue) : null;
    return inWords(entry, value, locale, pack);
  });
  const policy = pack.policy.uncertainty;
  let uncertainty: RuleResult | undefined;
  if (policy) {
    const held = run({
      id: UNCERTAINTY_RULE_ID,
      kind: 'concern',
      level: policy.level,
      when: policy.when,
      rationale: policy.rationale,
      ...(policy.service ? { service: policy.service } : {}),
      ...(policy.source ? { source: policy.source } : {}),
    } as Rule);
    // Unlike a rule, it holds on what has been said even while other answers are missing:
    // those missing answers are among the unknowns it is about.
    const holds = held.status === 'fired' || (held.status === 'undecided' && truthy(apply(policy.when, data)));
    const fired = holds && unknownIds.length > 0;
    uncertainty = {
      ...held,
      status: fired ? 'fired' : 'not-fired',
      waitingOn: [],
      // What points to a concern, then the unknowns that matter, as the conditions it rests on.
      because:
        fired && explain
          ? [
              ...held.because.filter((item) => !unknownIds.includes(item.questionId)),
              ...unknowns.map((item) => ({ ...item, condition: true as const })),
            ]
          : [],
    };
  }
  const decision = decide(pack, BOOLEANS, [
    ...pack.rules.map((rule) => results.get(rule.id)?.status === 'fired'),
    ...(uncertainty ? [uncertainty.status === 'fired'] : []),
  ]);
  const plan = decisionPlan(pack);
  const resultAt = (i: number) => (i === plan.uncertaintyIndex ? uncertainty! : results.get(pack.rules[i]!.id)!);
  const urgent = decision.urgent;
  const levelId = plan.outcomes[outcomeIndex(decision)]!.id;
  const pointedId = plan.outcomes[decision.pointed.indexOf(true)]!.id;
  const byRank = (a: RuleResult, b: RuleResult) => plan.indexOf.get(b.levelId!)! - plan.indexOf.get(a.levelId!)!;
  const rationale: RuleResult[] = decision.rationale.flatMap((inIt, i) => (inIt ? [resultAt(i)] : []));
  if (decision.byDefault && !urgent) {
    rationale.push({
      ruleId: DEFAULT_RULE_ID,
      kind: 'concern',
      status: 'fired',
      levelId: pointedId,
      ...(pack.default.service ? { serviceId: pack.default.service } : {}),
      text: localize(pack.default.rationale, locale, pack),
      because: [],
      waitingOn: [],
    });
  }
  // Concerns that held but point lower than the level decided (or that an urgent outcome overrode).
  const alsoNoted = decision.rationale
    .flatMap((inIt, i) => {
      const result = inIt ? undefined : i === plan.uncertaintyIndex ? uncertainty : results.get(pack.rules[i]!.id);
      return result && result.kind === 'concern' && result.status === 'fired' ? [result] : [];
    })
    .sort(byRank);
  const capIndex = decision.cappedBy.indexOf(true);
  const cappedFrom: Recommendation['cappedFrom'] = decision.capped
    ? { level: levelOutcome(pack, pointedId, locale), ruleId: resultAt(capIndex).ruleId }
    : undefined;
  const services = pack.services
    .filter((_, s) => decision.services[s])
    .map((service) => serviceOutcome(pack, service, locale));

  // Advice may read the outcome, which waits on whatever the level-setting rules wait on.
  outcomeWaits = [...new Set([...results.values()].flatMap((result) => result.waitingOn))];
  const decided = options.decidedLevel !== undefined ? plan.indexOf.get(options.decidedLevel) : undefined;
  const outcomeFor = plan.outcomes[decided ?? outcomeIndex(decision)]!;
  data[DERIVED.outcome] = { level: outcomeFor.id, rank: outcomeFor.rank };
  for (const rule of pack.rules) if (rule.kind === 'advice') results.set(rule.id, run(rule));
  delete data[DERIVED.outcome];
  const rules = pack.rules.map((rule) => results.get(rule.id)!);

  const missing = urgent
    ? []
    : state.missing.map((entry) => ({
        questionId: entry.question.id,
        sectionId: entry.section.id,
        question: localize(entry.question.text, locale, pack),
      }));
  const notices: string[] = [];
  if (missing.length > 0) notices.push(t.recommendation.incomplete(missing.length));
  if (pack.status === 'draft') notices.push(t.recommendation.draft);
  if (pack.status === 'illustrative') notices.push(t.recommendation.illustrative);
  const today = calendarDate(now);
  if (today < pack.effectiveFrom || (pack.effectiveTo !== undefined && today > pack.effectiveTo)) {
    notices.push(
      t.recommendation.notInForce(
        formatDate(pack.effectiveFrom, locale),
        pack.effectiveTo && formatDate(pack.effectiveTo, locale),
      ),
    );
  }
  const level = levelOutcome(pack, levelId, locale);
  if (cappedFrom) notices.push(t.recommendation.cappedBy(cappedFrom.level.name, level.name));

  return {
    complete: missing.length === 0,
    urgent,
    level,
    ...(cappedFrom ? { cappedFrom } : {}),
    services,
    rationale,
    alsoNoted,
    strengths: rules.filter((result) => result.kind === 'strength' && result.status === 'fired'),
    advice: rules.filter((result) => result.kind === 'advice' && result.status === 'fired'),
    missing,
    unknowns,
    ...(uncertainty ? { uncertainty } : {}),
    invalid: state.problems,
    rules,
    notices,
    advisory: t.advisory,
    stamp: packStamp(pack),
    locale,
    evaluatedAt: now.toISOString(),
  };
}
