/**
 * Golden cases: answers with the outcome a partnership expects, kept beside each pack
 * (`rules/<id>/cases/*.json`) so that every change to the rules is checked against them.
 */
import { z } from 'zod/mini';
import { evaluate, type Recommendation } from './evaluate.js';
import { compareVersions } from './select.js';
import type { Answers, Pack } from './schema.js';

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

export interface CaseResult {
  readonly name: string;
  readonly description: string;
  readonly passed: boolean;
  /** One sentence per expectation that did not hold. */
  readonly failures: readonly string[];
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
export function runCase(pack: Pack, name: string, golden: GoldenCase, now?: Date): CaseResult {
  const recommendation = evaluate(pack, golden.answers as Answers, { ...(now ? { now } : {}), explain: false });
  const { expect } = golden;
  const failures: string[] = [];
  const services = recommendation.services.map((service) => service.id);
  if (recommendation.level.id !== expect.level) failures.push(`level: expected ${expect.level}, got ${recommendation.level.id}`);
  if (expect.service !== undefined && services[0] !== expect.service) {
    failures.push(`service: expected ${expect.service}, got ${services[0] ?? 'none'}`);
  }
  if (expect.services !== undefined && expect.services.join(',') !== services.join(',')) {
    failures.push(`services: expected [${expect.services.join(', ')}], got [${services.join(', ')}]`);
  }
  if (expect.complete !== undefined && recommendation.complete !== expect.complete) {
    failures.push(`complete: expected ${expect.complete}, got ${recommendation.complete}`);
  }
  if (expect.urgent !== undefined && recommendation.urgent !== expect.urgent) {
    failures.push(`urgent: expected ${expect.urgent}, got ${recommendation.urgent}`);
  }
  const status = new Map(recommendation.rules.map((rule) => [rule.ruleId, rule.status]));
  for (const id of expect.fires ?? []) {
    if (!status.has(id)) failures.push(`fires: the pack has no rule "${id}"`);
    else if (status.get(id) !== 'fired') failures.push(`fires: expected "${id}" to fire, it was ${status.get(id)}`);
  }
  for (const id of expect.silent ?? []) {
    if (!status.has(id)) failures.push(`silent: the pack has no rule "${id}"`);
    else if (status.get(id) === 'fired') failures.push(`silent: expected "${id}" not to fire, it fired`);
  }
  if (expect.missing !== undefined) {
    const missing = recommendation.missing.map((entry) => entry.questionId);
    if (expect.missing.join(',') !== missing.join(',')) {
      failures.push(`missing: expected [${expect.missing.join(', ')}], got [${missing.join(', ')}]`);
    }
  }
  return { name, description: golden.description, passed: failures.length === 0, failures, recommendation };
}
