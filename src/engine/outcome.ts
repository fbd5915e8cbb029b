/**
 * The level and services `evaluate` would give, and nothing else: no text, no evidence, no
 * stamp. Simulations and version diffs tally hundreds of thousands of cases and only need
 * the outcome, so this path skips everything a reader would see.
 *
 * It decides complete answer sets itself, with each pack's rules compiled once. Whenever a
 * required question is still open, whether a rule is decided rests on evaluation traces, and
 * the case goes through `evaluate` instead; so the two can never disagree (a property test
 * over every shipped pack holds them to that).
 */
import { acceptable, allowedValues, isAnswered, questionIndex } from './answers.js';
import { evaluate } from './evaluate.js';
import { compile, compileResolved, truthy, type Resolver } from './logic.js';
import { decideOutcome, decidesOutcome, decisionPlan, type DecisionPlan } from './decide.js';
import { DERIVED, derivedPath } from './pack.js';
import { questionsThatMatter, unknownValues } from './uncertainty.js';
import type { AnswerValue, Answers, Pack, Question } from './schema.js';

/** What a tally needs to know of one case's outcome. */
export interface OutcomeSummary {
  readonly level: string;
  readonly rank: number;
  readonly urgent: boolean;
  readonly complete: boolean;
  /** Service ids, first recommended first. */
  readonly services: readonly string[];
  /** Some answer could not be used. */
  readonly invalid: boolean;
}

type Logic = (data: unknown) => unknown;

interface PlannedQuestion {
  readonly question: Question;
  /** `acceptable(question, value)`, with a choice's values looked up once per pack. */
  readonly accept: (value: unknown) => boolean;
  readonly sectionId: string;
  readonly showIf: Logic | undefined;
  /** For a graded single choice: option value → level rank (null for an ungraded option such as "don't know"). */
  readonly grades: ReadonlyMap<string, number | null> | undefined;
  /** Position in the questionnaire. */
  readonly index: number;
  /** For a question whose answer could raise the level: the answers that say "not known". */
  readonly unknown: ReadonlySet<string> | undefined;
  /** Frame slots of the answer, of its graded level, and of its section's highest level. */
  readonly slot: number;
  readonly levelSlot: number;
  readonly sectionSlot: number;
}

interface Plan {
  /**
   * `frame`: the rules read an array of slots (an answer, a graded level or a section's
   * highest level each; undefined where there is none) instead of the answers object. Used
   * whenever every read in the pack's rules and showIfs is a literal path to one of those;
   * otherwise (`object`) they read the same data object `evaluate` builds.
   */
  readonly mode: 'frame' | 'object';
  readonly slots: number;
  readonly questions: readonly PlannedQuestion[];
  readonly byId: ReadonlyMap<string, PlannedQuestion>;
  /** Per pack rule: its compiled condition, for those that can decide the outcome. */
  readonly rules: readonly (Logic | undefined)[];
  /** The pack's uncertainty policy's condition. */
  readonly uncertainty: Logic | undefined;
  readonly decision: DecisionPlan;
}

const plans = new WeakMap<Pack, Plan>();

function planOf(pack: Pack): Plan {
  let plan = plans.get(pack);
  if (plan) return plan;
  const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const { list } = questionIndex(pack);

  // One slot per question, per graded question's level and per section's highest level.
  const slotOf = new Map<string, number>();
  const place = (path: string) => {
    if (!slotOf.has(path)) slotOf.set(path, slotOf.size);
    return slotOf.get(path)!;
  };
  for (const { question } of list) place(question.id);
  const resolve: Resolver = (path) => {
    const slot = slotOf.get(path);
    return slot === undefined ? undefined : (frame) => (frame as unknown[])[slot];
  };
  const isGradedQuestion = (question: Question) =>
    question.type === 'single-choice' && (question.options ?? []).some((option) => option.level !== undefined);
  for (const { question, section } of list) {
    if (!isGradedQuestion(question)) continue;
    place(derivedPath('level', question.id));
    place(derivedPath('section', section.id));
  }
  const logics: unknown[] = [
    ...list.flatMap(({ question }) => (question.showIf === undefined ? [] : [question.showIf])),
    ...pack.rules.filter((rule) => rule.kind !== 'advice').map((rule) => rule.when),
    ...(pack.policy.uncertainty ? [pack.policy.uncertainty.when] : []),
  ];
  const matter = questionsThatMatter(pack);
  const mode = logics.every((logic) => compileResolved(logic, resolve) !== undefined) ? 'frame' : 'object';
  const compileFor = (logic: unknown): Logic => (mode === 'frame' ? compileResolved(logic, resolve)! : compile(logic));

  const questions = list.map(({ question, section }, index): PlannedQuestion => {
    const graded = isGradedQuestion(question);
    const single = question.type === 'single-choice' || question.type === 'yes-no-unsure';
    // Looked up once here rather than through answers.ts's cache on every answer.
    const allowed = single ? allowedValues(question) : undefined;
    return {
      index,
      accept: allowed
        ? (value) => typeof value === 'string' && allowed.has(value)
        : (value) => acceptable(question, value),
      unknown: matter.has(question.id) ? new Set(unknownValues(question)) : undefined,
      question,
      sectionId: section.id,
      showIf: question.showIf === undefined ? undefined : compileFor(question.showIf),
      grades: graded
        ? new Map(
            (question.options ?? []).map((option) => [
              option.value,
              option.level === undefined ? null : (ranks.get(option.level) ?? null),
            ]),
          )
        : undefined,
      slot: slotOf.get(question.id)!,
      levelSlot: graded ? slotOf.get(derivedPath('level', question.id))! : -1,
      sectionSlot: graded ? slotOf.get(derivedPath('section', section.id))! : -1,
    };
  });
  plan = {
    mode,
    slots: slotOf.size,
    questions,
    byId: new Map(questions.map((entry) => [entry.question.id, entry])),
    rules: pack.rules.map((rule) => (decidesOutcome(pack, rule) ? compileFor(rule.when) : undefined)),
    uncertainty: pack.policy.uncertainty ? compileFor(pack.policy.uncertainty.when) : undefined,
    decision: decisionPlan(pack),
  };
  plans.set(pack, plan);
  return plan;
}

function fullOutcome(pack: Pack, answers: Answers): OutcomeSummary {
  const recommendation = evaluate(pack, answers, { explain: false });
  return {
    level: recommendation.level.id,
    rank: recommendation.level.rank,
    urgent: recommendation.urgent,
    complete: recommendation.complete,
    services: recommendation.services.map((service) => service.id),
    invalid: recommendation.invalid.length > 0,
  };
}

/**
 * The outcome of `evaluate(pack, answers)`: level, rank, urgency, completeness, services
 * (first recommended first) and whether any answer could not be used.
 */
export function evaluateOutcome(pack: Pack, answers: Answers): OutcomeSummary {
  const decided = outcomeOrOpen(pack, answers);
  return 'level' in decided ? decided : fullOutcome(pack, answers);
}

/**
 * The outcome of a complete answer set, or the first required question still open (asked
 * under these answers and not answered), without the full evaluation an incomplete set needs.
 * For searches that complete answer sets themselves ("what would change this").
 */
export function outcomeOrOpen(pack: Pack, answers: Answers): OutcomeSummary | { readonly open: Question } {
  const plan = planOf(pack);
  // Answers that cannot be used are kept by the caller but never read. Each given answer is
  // read once, into its question's place.
  const given: unknown[] = new Array(plan.questions.length);
  let invalid: Set<string> | undefined;
  for (const id of Object.keys(answers)) {
    const entry = plan.byId.get(id);
    if (entry === undefined) {
      (invalid ??= new Set()).add(id);
      continue;
    }
    const value = answers[id];
    if (value === null || value === undefined) continue;
    if (entry.accept(value)) given[entry.index] = value;
    else (invalid ??= new Set()).add(id);
  }

  // What the rules read: the asked, valid, given answers and the graded levels they imply.
  let data: unknown;
  let give: (entry: PlannedQuestion, value: unknown, rank: number | null | undefined) => void;
  if (plan.mode === 'frame') {
    const frame: unknown[] = new Array(plan.slots).fill(undefined);
    data = frame;
    give = (entry, value, rank) => {
      frame[entry.slot] = value;
      if (rank === undefined) return;
      frame[entry.levelSlot] = rank;
      if (rank !== null && ((frame[entry.sectionSlot] as number | undefined) ?? -1) < rank)
        frame[entry.sectionSlot] = rank;
    };
  } else {
    const levels: Record<string, number | null> = {};
    const sections: Record<string, number | null> = {};
    const object: Record<string, unknown> = { [DERIVED.level]: levels, [DERIVED.section]: sections };
    data = object;
    give = (entry, value, rank) => {
      object[entry.question.id] = value;
      if (rank === undefined) return;
      levels[entry.question.id] = rank;
      if (rank !== null && (sections[entry.sectionId] ?? -1) < rank) sections[entry.sectionId] = rank;
    };
  }
  // An answer that could raise the level says "not known".
  let unknown = false;
  for (const entry of plan.questions) {
    const { question, showIf, grades } = entry;
    if (showIf !== undefined && !truthy(showIf(data))) continue;
    const value = given[entry.index] as AnswerValue | undefined;
    if (!isAnswered(value)) {
      // An open required question leaves rules undecided: that needs the full evaluation.
      if (question.required) return { open: question };
      continue;
    }
    give(entry, value, grades === undefined ? undefined : (grades.get(value as string) ?? null));
    if (entry.unknown !== undefined && !unknown) {
      unknown = Array.isArray(value)
        ? value.some((item) => entry.unknown!.has(item))
        : entry.unknown.has(value as string);
    }
  }

  const fired: boolean[] = new Array(plan.decision.ruleCount);
  for (let i = 0; i < plan.rules.length; i++) {
    const when = plan.rules[i];
    fired[i] = when !== undefined && truthy(when(data));
  }
  if (plan.uncertainty !== undefined) fired[plan.decision.uncertaintyIndex] = unknown && truthy(plan.uncertainty(data));
  const decision = decideOutcome(pack, fired);
  const outcome = plan.decision.outcomes[decision.outcome]!;
  const services: string[] = [];
  for (let s = 0; s < pack.services.length; s++) if (decision.services[s]) services.push(pack.services[s]!.id);
  return {
    level: outcome.id,
    rank: outcome.rank,
    urgent: decision.urgent,
    complete: true,
    services,
    invalid: invalid !== undefined,
  };
}
