/**
 * Golden cases: answers with the outcome a partnership expects, kept beside each pack
 * (`rules/<id>/cases/*.json`) so that every change to the rules is checked against them.
 */
import { z } from 'zod/mini';
import { DEFAULT_RULE_ID, evaluate, type Recommendation } from './evaluate.js';
import { engineStrings } from '../i18n/engine.js';
import { schemaProblems, type ZodIssueLike } from './pack.js';
import { compareVersions } from './select.js';
import type { Answers, Locale, Pack } from './schema.js';

const AnswerValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

export const GoldenCaseSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** One line saying what the case is about. */
  description: z.string().check(z.minLength(1)),
  /** Versions the case applies to, e.g. [">=1.1.0"] or ["1.0.0"]; all versions when absent. */
  versions: z.optional(z.array(z.string())),
  answers: z.record(z.string(), AnswerValueSchema),
  expect: z.strictObject({
    level: z.string(),
    /** The first service recommended. */
    service: z.optional(z.string()),
    /** Every service recommended, in order. */
    services: z.optional(z.array(z.string())),
    complete: z.optional(z.boolean()),
    urgent: z.optional(z.boolean()),
    /** Rules that must fire / must not fire. */
    fires: z.optional(z.array(z.string())),
    silent: z.optional(z.array(z.string())),
    missing: z.optional(z.array(z.string())),
  }),
});
export type GoldenCase = z.output<typeof GoldenCaseSchema>;

/** One expectation of a golden case that did not hold. */
export interface CaseFailure {
  /** Which expectation: the level, the first service, every service, and so on; `no-rule` when `fires`/`silent` names a rule the pack lacks. */
  readonly check: 'level' | 'service' | 'services' | 'complete' | 'urgent' | 'fires' | 'silent' | 'missing' | 'no-rule';
  /** The rule concerned (`fires`, `silent`, `no-rule`). */
  readonly rule?: string;
  /** What the case expects and what the pack gave, as ids, lists joined with ", ", or a rule status. */
  readonly expected: string;
  readonly actual: string;
}

export interface CaseResult {
  readonly name: string;
  readonly description: string;
  readonly passed: boolean;
  /** Every expectation that did not hold. */
  readonly failures: readonly CaseFailure[];
  readonly recommendation: Recommendation;
}

/** Whether a case applies to a version: exact versions or `>=x.y.z` / `<x.y.z` bounds. */
export function caseAppliesTo(golden: GoldenCase, version: string): boolean {
  if (!golden.versions) return true;
  return golden.versions.some((spec) => {
    const match = /^(>=|<=|>|<)?(.+)$/.exec(spec.trim());
    if (!match) return false;
    const cmp = compareVersions(version, match[2]!);
    switch (match[1]) {
      case '>=':
        return cmp >= 0;
      case '<=':
        return cmp <= 0;
      case '>':
        return cmp > 0;
      case '<':
        return cmp < 0;
      default:
        return cmp === 0;
    }
  });
}

/** Runs one golden case against a pack and says what differed. */
export function runCase(
  pack: Pack,
  name: string,
  golden: GoldenCase,
  options: { now?: Date; locale?: Locale; explain?: boolean } = {},
): CaseResult {
  const recommendation = evaluate(pack, golden.answers as Answers, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    explain: options.explain ?? false,
  });
  const { expect } = golden;
  const failures: CaseFailure[] = [];
  const fail = (check: CaseFailure['check'], expected: unknown, actual: unknown, rule?: string) =>
    failures.push({
      check,
      expected: String(expected),
      actual: String(actual),
      ...(rule !== undefined ? { rule } : {}),
    });
  const services = recommendation.services.map((service) => service.id);
  if (recommendation.level.id !== expect.level) fail('level', expect.level, recommendation.level.id);
  if (expect.service !== undefined && services[0] !== expect.service)
    fail('service', expect.service, services[0] ?? '');
  if (expect.services !== undefined && expect.services.join(',') !== services.join(',')) {
    fail('services', expect.services.join(', '), services.join(', '));
  }
  if (expect.complete !== undefined && recommendation.complete !== expect.complete)
    fail('complete', expect.complete, recommendation.complete);
  if (expect.urgent !== undefined && recommendation.urgent !== expect.urgent)
    fail('urgent', expect.urgent, recommendation.urgent);
  const status = new Map(recommendation.rules.map((rule) => [rule.ruleId, rule.status]));
  // The uncertainty policy appears in a result as a concern with the id "uncertainty": a case may name it too.
  if (recommendation.uncertainty) status.set(recommendation.uncertainty.ruleId, recommendation.uncertainty.status);
  for (const id of expect.fires ?? []) {
    if (!status.has(id)) fail('no-rule', 'fired', '', id);
    else if (status.get(id) !== 'fired') fail('fires', 'fired', status.get(id), id);
  }
  for (const id of expect.silent ?? []) {
    if (!status.has(id)) fail('no-rule', 'not-fired', '', id);
    else if (status.get(id) === 'fired') fail('silent', 'not-fired', 'fired', id);
  }
  if (expect.missing !== undefined) {
    const missing = recommendation.missing.map((entry) => entry.questionId);
    if (expect.missing.join(',') !== missing.join(',')) fail('missing', expect.missing.join(', '), missing.join(', '));
  }
  return { name, description: golden.description, passed: failures.length === 0, failures, recommendation };
}

/**
 * A golden case recording what the pack recommends now for these answers: the level, the
 * services in order, whether the answers were complete, and the rules behind the level.
 * Saved from the Rule Lab, it pins today's behaviour so a later change that moves it fails.
 */
export function goldenCaseFrom(recommendation: Recommendation, answers: Answers, description: string): GoldenCase {
  const services = recommendation.services.map((service) => service.id);
  const fires = recommendation.rationale.map((rule) => rule.ruleId).filter((id) => id !== DEFAULT_RULE_ID);
  return {
    description,
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, value]): [string, string | number | string[]] => [
        id,
        typeof value === 'object' ? [...value] : value,
      ]),
    ),
    expect: {
      level: recommendation.level.id,
      ...(services[0] !== undefined ? { service: services[0] } : {}),
      ...(services.length > 1 ? { services } : {}),
      complete: recommendation.complete,
      ...(recommendation.urgent ? { urgent: true } : {}),
      ...(fires.length > 0 ? { fires } : {}),
    },
  };
}

/** Reads a golden case file's text: the case, or every problem (JSON syntax or shape) with its path. */
export function readGoldenCase(text: string, locale?: Locale): { golden?: GoldenCase; problems: string[] } {
  const t = engineStrings(locale).packProblems;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [`$: ${t.notJson((error as Error).message)}`] };
  }
  const parsed = GoldenCaseSchema.safeParse(raw);
  if (parsed.success) return { golden: parsed.data, problems: [] };
  const problems = schemaProblems(raw, parsed.error.issues as unknown as ZodIssueLike[], t);
  return { problems: problems.map((problem) => `${problem.path}: ${problem.message}`) };
}
