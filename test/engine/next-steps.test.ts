import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { consentOf, levelKind, nextSteps } from '../../src/engine/next-steps.js';
import { makeOverride } from '../../src/engine/override.js';
import { parsePack } from '../../src/engine/pack.js';
import { recommendationText } from '../../src/engine/report.js';
import { toReferral } from '../../src/engine/referral.js';
import type { Answers } from '../../src/engine/schema.js';

const read = (path: string) => readFileSync(new URL(`../../rules/${path}`, import.meta.url), 'utf8');
const continuum = parsePack(read('continuum/1.0.0.json'));
const walsall = parsePack(read('walsall/1.0.0.json'));
const torfaen = parsePack(read('torfaen/1.0.0.json'));
const now = new Date('2026-06-01T12:00:00Z');
const level3: Answers = JSON.parse(read('continuum/cases/level-3-in-two-domains.json')).answers;

describe('next steps', () => {
  it('follow an override to the front door: contacts, advice and the copied text', () => {
    const suggested = evaluate(continuum, level3, { now });
    expect(suggested.level.id).toBe('level-3');
    const override = makeOverride(
      continuum,
      suggested,
      'level-4',
      'Disclosure made after the form was filled in.',
      now,
    );
    const steps = nextSteps(continuum, suggested, { override, answers: level3 });
    expect(steps).toMatchObject({
      overridden: true,
      kind: 'front-door',
      level: { id: 'level-4' },
      suggested: { id: 'level-3' },
    });
    expect(steps.services.map((service) => service.id)).toEqual(['front-door']);
    // Advice reads the level that stands: the statutory advice, not the early-help one.
    expect(steps.advice.map((rule) => rule.ruleId)).toContain('consent-safeguarding-level-4');
    const text = recommendationText(suggested, { override, pack: continuum, answers: level3 });
    const front = continuum.services.find((service) => service.id === 'front-door')!;
    const early = continuum.services.find((service) => service.id === 'multi-agency-early-help')!;
    expect(text).toContain(front.name.en);
    expect(text).not.toContain(early.name.en);
    // The referral keeps the suggestion and adds the chosen level's contacts.
    const referral = toReferral(continuum, level3, suggested, override, { now });
    expect(referral.recommendation.services.map((service) => service.id)).toEqual(['multi-agency-early-help']);
    expect(referral.override?.services?.map((service) => service.id)).toEqual(['front-door']);
  });

  it('hold an early-help request until consent is recorded, and never a front-door one', () => {
    for (const consent of ['refuses', 'not-asked'] as const) {
      const answers = { ...level3, consent };
      const steps = nextSteps(continuum, evaluate(continuum, answers, { now }), { answers });
      expect(steps).toMatchObject({
        kind: 'early-help',
        consent: consent === 'refuses' ? 'refused' : 'not-asked',
        waitingForConsent: true,
      });
      expect(recommendationText(evaluate(continuum, answers, { now }), { pack: continuum, answers })).toMatch(
        /cannot go ahead yet/,
      );
    }
    const agreed = nextSteps(continuum, evaluate(continuum, level3, { now }), { answers: level3 });
    expect(agreed.waitingForConsent).toBe(false);
    // Overridden to the front door with consent refused: nothing waits.
    const refused = { ...level3, consent: 'refuses' };
    const suggested = evaluate(continuum, refused, { now });
    const override = makeOverride(continuum, suggested, 'level-4', 'Risk of significant harm.', now);
    expect(nextSteps(continuum, suggested, { override, answers: refused })).toMatchObject({
      kind: 'front-door',
      waitingForConsent: false,
    });
  });

  it("place each shipped pack's levels: universal, early help, front door", () => {
    expect(continuum.levels.map((level) => levelKind(continuum, level.id))).toEqual([
      'universal',
      'early-help',
      'early-help',
      'front-door',
    ]);
    // Walsall: child protection and looked after go through the front door; child in need is asked for with consent.
    expect(walsall.levels.map((level) => levelKind(walsall, level.id))).toEqual([
      'universal',
      'early-help',
      'early-help',
      'front-door',
      'front-door',
    ]);
    expect(torfaen.levels.map((level) => levelKind(torfaen, level.id))).toEqual([
      'universal',
      'early-help',
      'early-help',
      'early-help',
      'front-door',
    ]);
    expect(levelKind(continuum, 'immediate-danger')).toBe('urgent');
  });

  it("read consent from the pack's consent question, unanswered as unknown", () => {
    expect(consentOf(continuum, { consent: 'agrees' })).toBe('given');
    expect(consentOf(continuum, {})).toBe('unknown');
    expect(consentOf(torfaen, { consent: 'unsafe-to-ask' })).toBe('not-asked');
    // continuum 2.0.0: a young person agreeing for themselves is consent; parents told but not asked is not.
    const second = parsePack(read('continuum/2.0.0.json'));
    expect(consentOf(second, { consent: 'young-person-agrees' })).toBe('given');
    expect(consentOf(second, { consent: 'informed-not-asked' })).toBe('not-asked');
    expect(consentOf(second, { consent: 'nothing-requested' })).toBe('not-asked');
  });
});
