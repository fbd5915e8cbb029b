/**
 * Proofs over every possible answer set: each declared safety floor, and monotonicity
 * (moving a graded answer to a higher level never lowers the outcome).
 *
 * The symbolic model (`symbolic.ts`) turns the pack into propositional formulas; MiniSat
 * (through logic-solver) then either finds an answer set that breaks the property or shows
 * that none exists. The answer space is finite once numbers and notes are represented by
 * the constants the rules compare them with, so "none exists" is a proof, not a sample.
 * Every counterexample is re-run through `evaluate` before it is reported, so a reported
 * violation is always one a practitioner could meet.
 */
import Logic from 'logic-solver';
import { answerState } from '../answers.js';
import { evaluate } from '../evaluate.js';
import { apply, truthy } from '../logic.js';
import { isGraded, listQuestions } from '../pack.js';
import { decide, decidesOutcome, decisionPlan, type Algebra } from '../decide.js';
import { questionsThatMatter, unknownValues } from '../uncertainty.js';
import type { Answers, Floor, Pack } from '../schema.js';
import { FALSE, Formulas, TRUE, type F } from './formula.js';
import { Model, Unsupported, answersOf, domainsOf, truthParts, type Domain } from './symbolic.js';

export interface Outcome {
  readonly level: string;
  readonly rank: number;
  readonly services: readonly string[];
}

export type ProofStatus = 'proved' | 'violated' | 'unsupported';

export interface FloorProof {
  readonly id: string;
  readonly standard?: string;
  readonly atLeast: string;
  readonly service?: string;
  readonly status: ProofStatus;
  /** An answer set where the floor's condition holds and the outcome falls short. */
  readonly counterexample?: Answers;
  /** What `evaluate` gives for the counterexample. */
  readonly outcome?: Outcome;
  /** Why the model could not decide (status "unsupported"). */
  readonly reason?: string;
}

export interface MonotonicityProof {
  readonly status: ProofStatus;
  /** The graded question moved, from and to which option. */
  readonly question?: string;
  readonly from?: string;
  readonly to?: string;
  /** The answer set with the lower option, and the outcomes before and after the move. */
  readonly counterexample?: Answers;
  readonly before?: Outcome;
  readonly after?: Outcome;
  readonly reason?: string;
}

export interface PackProof {
  readonly packId: string;
  readonly version: string;
  readonly floors: readonly FloorProof[];
  readonly monotonicity: MonotonicityProof;
  /** Every check proved. */
  readonly proved: boolean;
  /** CPU time the proof took, in milliseconds. */
  readonly cpuMs: number;
}

export interface ProveOptions {
  /** Floors to prove beside (or instead of, for a released pack) those the pack declares. */
  readonly floors?: readonly Floor[];
  /** Skip the monotonicity proof. */
  readonly skipMonotonicity?: boolean;
}

/** Outcome conditions over one model: which rank the level takes, and which services are offered. */
export interface OutcomeModel {
  /** rank → the condition that the outcome has that rank. */
  readonly final: ReadonlyMap<number, F>;
  readonly atLeast: (rank: number) => F;
  readonly includes: (serviceId: string) => F;
}

/** Outcome conditions over a model; exported for the tests that hold the model to `evaluate`. */
export function outcomeModel(model: Model): OutcomeModel {
  const { pack, f } = model;
  const fired = pack.rules.map((rule, i) =>
    decidesOutcome(pack, rule) ? truthParts(f, model.rule(rule.when, `$.rules[${i}].when`)).tg : FALSE,
  );
  const policy = pack.policy.uncertainty;
  if (policy) {
    // As evaluate: the condition holds (decided or not), and an answer that matters is not known
    // (asked and unanswered while required, or answered "don't know" / "not sure").
    const unknown = [...questionsThatMatter(pack)].map((id) => {
      const question = model.question(id);
      const domain = model.domains.get(id)!;
      const values = new Set(unknownValues(domain.entry.question));
      const said = domain.vars.filter((_, i) => values.has(domain.values[i] as string));
      return f.or(question.missing, f.and(question.visible, f.or(...said)));
    });
    const holds = truthParts(f, model.rule(policy.when, '$.policy.uncertainty.when'));
    fired.push(f.and(f.or(holds.tg, holds.td), f.or(...unknown)));
  }
  const algebra: Algebra<F> = {
    yes: TRUE,
    no: FALSE,
    and: (...xs) => f.and(...xs),
    or: (...xs) => f.or(...xs),
    not: (x) => f.not(x),
  };
  const decision = decide(pack, algebra, fired);
  const { outcomes } = decisionPlan(pack);
  const final = new Map(outcomes.map((outcome, k) => [outcome.rank, decision.level[k]!]));
  const atLeast = (rank: number) => f.or(...[...final].filter(([r]) => r >= rank).map(([, cond]) => cond));
  const includes = (serviceId: string): F => {
    const s = pack.services.findIndex((service) => service.id === serviceId);
    return s < 0 ? FALSE : decision.services[s]!;
  };
  return { final, atLeast, includes };
}

/** From our formulas to logic-solver's, converting each shared node once. */
class Bridge {
  readonly #cache = new Map<F, unknown>();
  constructor(readonly f: Formulas) {}

  convert(id: F): unknown {
    const known = this.#cache.get(id);
    if (known !== undefined) return known;
    const node = this.f.node(id);
    let out: unknown;
    switch (node.kind) {
      case 'const':
        out = id === TRUE ? Logic.TRUE : Logic.FALSE;
        break;
      case 'var':
        out = node.name;
        break;
      case 'not':
        out = Logic.not(this.convert(node.arg));
        break;
      case 'and':
        out = Logic.and(...node.args.map((arg) => this.convert(arg)));
        break;
      case 'or':
        out = Logic.or(...node.args.map((arg) => this.convert(arg)));
        break;
    }
    this.#cache.set(id, out);
    return out;
  }
}

/**
 * An assignment where `goal` holds and every domain constraint is met, preferring one
 * that answers as few questions as it can (a short counterexample reads better); or null.
 */
function solve(f: Formulas, goal: F, domains: readonly Domain[], model: Model): Set<string> | null {
  if (goal === FALSE) return null;
  const bridge = new Bridge(f);
  const solver = new Logic.Solver();
  for (const domain of domains) {
    // Every variable is known to the solver, including those no constraint mentions.
    for (const v of domain.vars) solver.getVarNum(bridge.convert(v) as string);
    solver.require(bridge.convert(domain.constraint));
  }
  solver.require(bridge.convert(goal));
  let solution = solver.solve();
  if (!solution) return null;
  // A complete answer set makes the plainer counterexample; an incomplete one only when none exists.
  const complete = solver.solveAssuming(bridge.convert(f.not(model.incomplete())));
  if (complete) {
    solution = complete;
    solver.require(bridge.convert(f.not(model.incomplete())));
  }
  const given = domains.flatMap((domain) => {
    const visible = model.question(domain.entry.question.id).visible;
    return domain.multiple
      ? domain.vars.map((v) => bridge.convert(f.and(visible, v)))
      : [bridge.convert(f.and(visible, domain.answered))];
  });
  solution = solver.minimizeWeightedSum(solution, given, 1);
  return new Set<string>(solution.getTrueVars());
}

function concreteOutcome(pack: Pack, answers: Answers): Outcome {
  const result = evaluate(pack, answers, { explain: false });
  return { level: result.level.id, rank: result.level.rank, services: result.services.map((service) => service.id) };
}

function rankOf(pack: Pack, id: string): number {
  const level = pack.levels.find((candidate) => candidate.id === id);
  if (level) return level.rank;
  return Math.max(...pack.levels.map((candidate) => candidate.rank)) + 1;
}

/** A model and a concrete evaluation disagreeing is a defect in the prover; never report it as a finding. */
class ProverDefect extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProverDefect';
  }
}

function proveFloor(
  pack: Pack,
  floor: Floor,
  f: Formulas,
  model: Model,
  outcome: OutcomeModel,
  domains: readonly Domain[],
): FloorProof {
  const base = {
    id: floor.id,
    ...(floor.standard ? { standard: floor.standard } : {}),
    atLeast: floor.atLeast,
    ...(floor.service ? { service: floor.service } : {}),
  };
  const rank = rankOf(pack, floor.atLeast);
  const condition = model.condition(floor.when, `floor ${floor.id}`);
  const met = f.and(outcome.atLeast(rank), floor.service ? outcome.includes(floor.service) : TRUE);
  const assignment = solve(f, f.and(condition, f.not(met)), domains, model);
  if (!assignment) return { ...base, status: 'proved' };
  const answers = answersOf(model.domains, model, assignment, f);
  const result = concreteOutcome(pack, answers);
  const holds = truthy(apply(floor.when, answerState(pack, answers).data));
  const short = result.rank < rank || (floor.service !== undefined && !result.services.includes(floor.service));
  if (!holds || !short) {
    throw new ProverDefect(
      `floor ${floor.id}: the model found ${JSON.stringify(answers)}, which evaluate does not confirm`,
    );
  }
  return { ...base, status: 'violated', counterexample: answers, outcome: result };
}

/**
 * One query for the whole questionnaire: a second copy of every answer, equal to the first
 * except for exactly one graded question, which moves to a higher level, and an outcome
 * that ranks lower.
 */
function proveMonotonicity(pack: Pack, f: Formulas, model: Model, outcome: OutcomeModel): MonotonicityProof {
  const ranks = new Map(pack.levels.map((level) => [level.id, level.rank]));
  const copies = domainsOf(pack, f, 'm');
  const other = new Model(pack, f, copies);
  const after = outcomeModel(other);
  const iff = (a: F, b: F) => f.and(f.implies(a, b), f.implies(b, a));
  const moves: F[] = [];
  const constraints: F[] = [];
  for (const { question } of listQuestions(pack)) {
    const original = model.domains.get(question.id)!;
    const copy = copies.get(question.id)!;
    const same = f.and(...original.vars.map((v, i) => iff(v, copy.vars[i]!)));
    if (!isGraded(question)) {
      constraints.push(same);
      continue;
    }
    const graded = (question.options ?? []).flatMap((option, i) =>
      option.level === undefined ? [] : [{ i, rank: ranks.get(option.level)! }],
    );
    const up = f.or(
      ...graded.flatMap((a) =>
        graded.filter((b) => b.rank > a.rank).map((b) => f.and(original.vars[a.i]!, copy.vars[b.i]!)),
      ),
    );
    moves.push(up);
    constraints.push(f.or(same, up));
  }
  const lower = f.or(
    ...[...outcome.final].map(([rank, cond]) =>
      f.and(cond, f.or(...[...after.final].filter(([r]) => r < rank).map(([, c]) => c))),
    ),
  );
  const goal = f.and(...constraints, f.exactlyOne(moves), lower);
  const assignment = solve(f, goal, [...model.domains.values(), ...copies.values()], model);
  if (!assignment) return { status: 'proved' };
  const before = answersOf(model.domains, model, assignment, f);
  const afterAnswers = answersOf(copies, other, assignment, f);
  const moved = listQuestions(pack).find(({ question }) => before[question.id] !== afterAnswers[question.id])?.question
    .id;
  const a = concreteOutcome(pack, before);
  const b = concreteOutcome(pack, afterAnswers);
  if (moved === undefined || !(b.rank < a.rank))
    throw new ProverDefect(
      `monotonicity: ${JSON.stringify(before)} → ${JSON.stringify(afterAnswers)} is not confirmed by evaluate`,
    );
  return {
    status: 'violated',
    question: moved,
    from: before[moved] as string,
    to: afterAnswers[moved] as string,
    counterexample: before,
    before: a,
    after: b,
  };
}

function cpuNow(): number {
  if (typeof process !== 'undefined' && typeof process.cpuUsage === 'function') {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  return performance.now();
}

/**
 * Proves a pack's floors (declared in the pack and any given beside it) and its
 * monotonicity over every answer set, including incomplete ones.
 */
export function prove(pack: Pack, options: ProveOptions = {}): PackProof {
  const started = cpuNow();
  const floors = [...(pack.floors ?? []), ...(options.floors ?? [])];
  const f = new Formulas();
  const domainMap = domainsOf(pack, f);
  const domains = [...domainMap.values()];
  let model: Model;
  let outcome: OutcomeModel;
  try {
    model = new Model(pack, f, domainMap);
    outcome = outcomeModel(model);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    const reason = error.message;
    return {
      packId: pack.id,
      version: pack.version,
      floors: floors.map((floor) => ({ id: floor.id, atLeast: floor.atLeast, status: 'unsupported', reason })),
      monotonicity: { status: 'unsupported', reason },
      proved: false,
      cpuMs: cpuNow() - started,
    };
  }
  const results = floors.map((floor): FloorProof => {
    try {
      return proveFloor(pack, floor, f, model, outcome, domains);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      return { id: floor.id, atLeast: floor.atLeast, status: 'unsupported', reason: error.message };
    }
  });
  let monotonicity: MonotonicityProof;
  try {
    monotonicity = options.skipMonotonicity ? { status: 'proved' } : proveMonotonicity(pack, f, model, outcome);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    monotonicity = { status: 'unsupported', reason: error.message };
  }
  return {
    packId: pack.id,
    version: pack.version,
    floors: results,
    monotonicity,
    proved: results.every((result) => result.status === 'proved') && monotonicity.status === 'proved',
    cpuMs: cpuNow() - started,
  };
}
