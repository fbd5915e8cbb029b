/**
 * The combining policy, written once: from which rules fired to the level, the rules that
 * decided it, a strength's cap and the services offered.
 *
 * Every path that needs an outcome goes through `decide`: `evaluate` and `evaluateOutcome`
 * call it with plain booleans (so simulate, diff and lint follow), and the prover calls it
 * with propositional formulas, so what it proves is the policy the practitioner gets, not
 * a restatement of it.
 *
 * The policy: any urgent rule fired → the pack's urgent outcome, with the services its
 * urgent rules name and those serving it. Otherwise the highest level a fired concern points
 * to (the pack's default when none fired); under `may-cap` the lowest cap of a fired strength
 * lowers it. Services are those the deciding rules name, else the first serving the level.
 */
import type { Pack, Rule } from './schema.js';

/** Just enough of a boolean algebra: plain booleans, or formulas for the prover. */
export interface Algebra<B> {
  readonly yes: B;
  readonly no: B;
  and(...xs: B[]): B;
  or(...xs: B[]): B;
  not(x: B): B;
}

export const BOOLEANS: Algebra<boolean> = {
  yes: true,
  no: false,
  and: (...xs) => {
    for (const x of xs) if (!x) return false;
    return true;
  },
  or: (...xs) => {
    for (const x of xs) if (x) return true;
    return false;
  },
  not: (x) => !x,
};

export interface Decision<B> {
  readonly urgent: B;
  /** Per outcome (the plan's `outcomes`, lowest first): the outcome is this one. */
  readonly level: readonly B[];
  /** Per outcome: the concerns, or the default, pointed here before any cap. */
  readonly pointed: readonly B[];
  /** A strength lowered the level. */
  readonly capped: B;
  /** No concern fired: the pack's default decided. */
  readonly byDefault: B;
  /** Per rule: it is in the rationale (the urgent rules that fired, or the concerns at the level pointed to). */
  readonly rationale: readonly B[];
  /** Per rule: the strength whose cap set the level. */
  readonly cappedBy: readonly B[];
  /** Per service, in pack order: the outcome offers it. */
  readonly services: readonly B[];
}

export interface DecisionPlan {
  /** Level ids with their ranks, lowest first; the pack's urgent outcome last, when it has one. */
  readonly outcomes: readonly { readonly id: string; readonly rank: number; readonly urgent: boolean }[];
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * Where the pack's uncertainty policy sits in `fired` (after the pack's rules, as one more
   * concern at its level), or -1. `fired` and the per-rule results have `ruleCount` entries.
   */
  readonly uncertaintyIndex: number;
  readonly ruleCount: number;
}

interface Plan extends DecisionPlan {
  readonly urgentRules: readonly number[];
  /** Concern rules by the outcome index they point to. */
  readonly concernsAt: readonly (readonly number[])[];
  /** Capping strengths by the outcome index they cap at (empty unless `may-cap`). */
  readonly capsAt: readonly (readonly number[])[];
  readonly defaultAt: number;
  /** Per outcome: services named by rules pointing there (rule index → service index). */
  readonly namingAt: readonly (readonly (readonly [number, number])[])[];
  /** Per outcome, per service: the rules pointing there that name it; and all that name any. */
  readonly namedBy: readonly (readonly (readonly number[])[])[];
  readonly namingRules: readonly (readonly number[])[];
  /** Per service: the urgent rules that name it. */
  readonly urgentNaming: readonly (readonly number[])[];
  /** Per outcome: the first service serving it, or -1. */
  readonly firstServing: readonly number[];
  /** Services serving the urgent outcome. */
  readonly servingUrgent: ReadonlySet<number>;
  readonly defaultService: number;
}

const plans = new WeakMap<Pack, Plan>();

/** Rules whose firing can change the outcome under the pack's policy. */
export function decidesOutcome(pack: Pack, rule: Rule): boolean {
  return (
    rule.kind === 'urgent' ||
    rule.kind === 'concern' ||
    (rule.kind === 'strength' && rule.cap !== undefined && pack.policy.strengths === 'may-cap')
  );
}

export function decisionPlan(pack: Pack): Plan {
  let plan = plans.get(pack);
  if (plan) return plan;
  const levels = [...pack.levels].sort((a, b) => a.rank - b.rank);
  const outcomes = levels.map((level) => ({ id: level.id, rank: level.rank, urgent: false }));
  if (pack.urgent)
    outcomes.push({ id: pack.urgent.id, rank: Math.max(...levels.map((level) => level.rank)) + 1, urgent: true });
  const indexOf = new Map(outcomes.map((outcome, i) => [outcome.id, i]));
  const serviceIndex = new Map(pack.services.map((service, i) => [service.id, i]));
  const concernsAt = outcomes.map((): number[] => []);
  const capsAt = outcomes.map((): number[] => []);
  const namingAt = outcomes.map((): (readonly [number, number])[] => []);
  const urgentRules: number[] = [];
  const uncertainty = pack.policy.uncertainty;
  const uncertaintyIndex = uncertainty ? pack.rules.length : -1;
  pack.rules.forEach((rule, i) => {
    if (rule.kind === 'urgent') urgentRules.push(i);
    else if (rule.kind === 'concern' && rule.level !== undefined) {
      const at = indexOf.get(rule.level)!;
      concernsAt[at]!.push(i);
      if (rule.service !== undefined) namingAt[at]!.push([i, serviceIndex.get(rule.service)!]);
    } else if (decidesOutcome(pack, rule)) capsAt[indexOf.get(rule.cap!)!]!.push(i);
  });
  if (uncertainty) {
    const at = indexOf.get(uncertainty.level)!;
    concernsAt[at]!.push(uncertaintyIndex);
    if (uncertainty.service !== undefined)
      namingAt[at]!.push([uncertaintyIndex, serviceIndex.get(uncertainty.service)!]);
  }
  plan = {
    outcomes,
    indexOf,
    namedBy: namingAt.map((naming) => pack.services.map((_, s) => naming.filter(([, to]) => to === s).map(([i]) => i))),
    namingRules: namingAt.map((naming) => naming.map(([i]) => i)),
    urgentNaming: pack.services.map((service) => urgentRules.filter((i) => pack.rules[i]!.service === service.id)),
    uncertaintyIndex,
    ruleCount: pack.rules.length + (uncertainty ? 1 : 0),
    urgentRules,
    concernsAt,
    capsAt,
    defaultAt: indexOf.get(pack.default.level)!,
    namingAt,
    firstServing: outcomes.map((outcome) => pack.services.findIndex((service) => service.levels.includes(outcome.id))),
    servingUrgent: new Set(
      pack.urgent ? pack.services.flatMap((service, i) => (service.levels.includes(pack.urgent!.id) ? [i] : [])) : [],
    ),
    defaultService: pack.default.service === undefined ? -1 : serviceIndex.get(pack.default.service)!,
  };
  plans.set(pack, plan);
  return plan;
}

/**
 * The outcome for one set of fired rules: `fired[i]` for `pack.rules[i]` (advice is
 * ignored), then, where the pack has an uncertainty policy, whether it holds.
 */
export function decide<B>(pack: Pack, alg: Algebra<B>, fired: readonly B[]): Decision<B> {
  const plan = decisionPlan(pack);
  const { and, or, not, yes, no } = alg;
  const n = plan.outcomes.length;
  const urgentAt = pack.urgent ? n - 1 : -1;
  // Most lists are empty or hold one rule: no array is built for those.
  const anyFired = (rules: readonly number[]): B =>
    rules.length === 0 ? no : rules.length === 1 ? fired[rules[0]!]! : or(...rules.map((i) => fired[i]!));

  const urgent = urgentAt < 0 ? no : anyFired(plan.urgentRules);
  const concernAt = plan.concernsAt.map(anyFired);
  const anyConcern = or(...concernAt);
  const byDefault = not(anyConcern);
  // pointed[k]: the highest fired concern points to k (or none fired and k is the default).
  const pointed: B[] = new Array(n);
  let above = no;
  for (let k = n - 1; k >= 0; k--) {
    pointed[k] = or(and(concernAt[k]!, not(above)), k === plan.defaultAt ? byDefault : no);
    above = or(above, concernAt[k]!);
  }
  // The lowest fired cap, and whether it lies below where the concerns pointed.
  const capAt = plan.capsAt.map(anyFired);
  const pointedAbove: B[] = new Array(n);
  let higher = no;
  for (let k = n - 1; k >= 0; k--) {
    pointedAbove[k] = higher;
    higher = or(higher, pointed[k]!);
  }
  const level: B[] = new Array(n);
  const cappedTo: B[] = new Array(n);
  let capBelow = no;
  for (let k = 0; k < n; k++) {
    cappedTo[k] = and(not(urgent), capAt[k]!, not(capBelow), pointedAbove[k]!);
    level[k] = k === urgentAt ? urgent : and(not(urgent), or(and(pointed[k]!, not(capBelow)), cappedTo[k]!));
    capBelow = or(capBelow, capAt[k]!);
  }
  const capped = or(...cappedTo);

  const rationale: B[] = new Array<B>(plan.ruleCount).fill(no);
  const cappedBy: B[] = new Array<B>(plan.ruleCount).fill(no);
  for (const i of plan.urgentRules) rationale[i] = and(fired[i]!, urgent);
  for (let k = 0; k < n; k++) {
    for (const i of plan.concernsAt[k]!) rationale[i] = and(fired[i]!, not(urgent), pointed[k]!);
    // Of several caps at the same level, the first in the pack is named.
    let earlier = no;
    for (const i of plan.capsAt[k]!) {
      cappedBy[i] = and(fired[i]!, not(earlier), cappedTo[k]!);
      earlier = or(earlier, fired[i]!);
    }
  }

  const anyNamedAt = plan.namingRules.map((rules, k) =>
    or(anyFired(rules), k === plan.defaultAt && plan.defaultService >= 0 ? byDefault : no),
  );
  const services: B[] = pack.services.map((_, s) => {
    const parts: B[] = [];
    if (urgentAt >= 0) parts.push(and(urgent, plan.servingUrgent.has(s) ? yes : anyFired(plan.urgentNaming[s]!)));
    for (let k = 0; k < n; k++) {
      if (k === urgentAt) continue;
      const fromDefault = k === plan.defaultAt && plan.defaultService === s;
      const named = or(anyFired(plan.namedBy[k]![s]!), fromDefault ? byDefault : no);
      const anyNamed = anyNamedAt[k]!;
      const first = plan.firstServing[k] === s ? yes : no;
      parts.push(
        and(level[k]!, or(and(cappedTo[k]!, first), and(not(cappedTo[k]!), or(named, and(not(anyNamed), first))))),
      );
    }
    return or(...parts);
  });

  return { urgent, level, pointed, capped, byDefault, rationale, cappedBy, services };
}

/** What a tally needs of a decision over booleans: whether urgent, the outcome index, the services named. */
export interface OutcomeDecision {
  readonly urgent: boolean;
  readonly outcome: number;
  /** Per pack service: recommended. */
  readonly services: readonly boolean[];
}

/**
 * `decide` over booleans, for the outcome alone: the same steps with plain booleans and no
 * rationale, for simulations and diffs that decide millions of cases. A test holds it equal
 * to `decide(pack, BOOLEANS, fired)` on every pack and any rules fired.
 */
export function decideOutcome(pack: Pack, fired: readonly boolean[]): OutcomeDecision {
  const plan = decisionPlan(pack);
  const n = plan.outcomes.length;
  const urgentAt = pack.urgent ? n - 1 : -1;
  const anyFired = (rules: readonly number[]): boolean => {
    for (let i = 0; i < rules.length; i++) if (fired[rules[i]!]) return true;
    return false;
  };
  const urgent = urgentAt >= 0 && anyFired(plan.urgentRules);
  // The highest outcome a fired concern points to; none fired: the default.
  let highest = -1;
  for (let k = n - 1; k >= 0 && highest < 0; k--) if (anyFired(plan.concernsAt[k]!)) highest = k;
  const byDefault = highest < 0;
  const pointed = byDefault ? plan.defaultAt : highest;
  // The lowest fired cap, when it lies below where the concerns pointed.
  let lowestCap = -1;
  for (let k = 0; k < n && lowestCap < 0; k++) if (anyFired(plan.capsAt[k]!)) lowestCap = k;
  const cappedAt = !urgent && lowestCap >= 0 && pointed > lowestCap ? lowestCap : -1;
  const reached = cappedAt >= 0 ? cappedAt : pointed >= 0 && (lowestCap < 0 || lowestCap >= pointed) ? pointed : -1;
  // Only urgent rules reach the urgent outcome.
  const outcome = urgent ? urgentAt : reached === urgentAt ? -1 : reached;
  const services: boolean[] = new Array<boolean>(pack.services.length).fill(false);
  if (outcome >= 0) {
    if (outcome === urgentAt) {
      for (let s = 0; s < services.length; s++)
        services[s] = plan.servingUrgent.has(s) || anyFired(plan.urgentNaming[s]!);
    } else {
      const first = plan.firstServing[outcome]!;
      const anyNamed =
        anyFired(plan.namingRules[outcome]!) || (outcome === plan.defaultAt && plan.defaultService >= 0 && byDefault);
      for (let s = 0; s < services.length; s++) {
        const named =
          anyFired(plan.namedBy[outcome]![s]!) ||
          (outcome === plan.defaultAt && plan.defaultService === s && byDefault);
        services[s] = cappedAt === outcome ? first === s : named || (!anyNamed && first === s);
      }
    }
  }
  return { urgent, outcome, services };
}

/** The index of the outcome that holds, for a decision over booleans. */
export function outcomeIndex(decision: Decision<boolean>): number {
  return decision.level.indexOf(true);
}
