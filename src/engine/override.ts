/**
 * A practitioner's disagreement with the suggested level. Both levels are kept: the
 * suggestion is never rewritten, and the override never stands without its reason.
 */
import type { Recommendation } from './evaluate.js';
import type { Pack } from './schema.js';

export interface Override {
  /** The level the rules suggested. */
  readonly suggestedLevelId: string;
  /** The level the practitioner chose instead. */
  readonly levelId: string;
  /** Why, in the practitioner's words; never empty. */
  readonly reason: string;
  /** ISO time the override was made. */
  readonly at: string;
}

export class OverrideError extends Error {
  override readonly name = 'OverrideError';
  constructor(
    readonly code: 'reason-required' | 'unknown-level' | 'same-level',
    message: string,
  ) {
    super(message);
  }
}

/** Builds an override, refusing one without a reason or naming a level the pack lacks. */
export function makeOverride(
  pack: Pack,
  recommendation: Recommendation,
  levelId: string,
  reason: string,
  at: Date = new Date(),
): Override {
  const known = pack.levels.some((level) => level.id === levelId) || pack.urgent?.id === levelId;
  if (!known) throw new OverrideError('unknown-level', `There is no level "${levelId}" in ${pack.id}@${pack.version}.`);
  if (levelId === recommendation.level.id)
    throw new OverrideError('same-level', `"${levelId}" is the level already suggested.`);
  if (reason.trim() === '') throw new OverrideError('reason-required', 'An override needs a reason.');
  return { suggestedLevelId: recommendation.level.id, levelId, reason: reason.trim(), at: at.toISOString() };
}
