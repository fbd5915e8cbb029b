import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/eh-rules.js';
import { evaluate, type Recommendation } from '../../src/engine/evaluate.js';
import { makeOverride } from '../../src/engine/override.js';
import { parsePack } from '../../src/engine/pack.js';
import {
  referralJsonSchema,
  ReferralSchema,
  toReferral,
  type Referral,
  type ReferralAnswer,
} from '../../src/engine/referral.js';
import type { Answers, Locale, Pack } from '../../src/engine/schema.js';
import { fixturePack, rawFixture } from './helpers.js';

const continuum = parsePack(readFileSync(new URL('../../rules/continuum/1.0.0.json', import.meta.url), 'utf8'));
const golden = JSON.parse(
  readFileSync(new URL('../../rules/continuum/cases/toxic-trio-two-factors.json', import.meta.url), 'utf8'),
) as { answers: Answers };
const now = new Date('2026-05-01T10:00:00Z');
const later = new Date('2026-05-01T10:20:00Z');

/** The golden case with a graded need, a strength note and an answer to a question not asked. */
const answers: Answers = {
  ...golden.answers,
  'child-health': 'some-concern',
  'family-housing': 'some-concern',
  'strengths-note': 'Gran collects the children from school every day.',
  // Hidden: neglect is not among the factors, so its duration is never asked.
  'duration-neglect': 'over-12-months',
};

function referralFor(
  pack: Pack,
  given: Answers,
  locale: Locale = 'en',
  override?: Parameters<typeof toReferral>[3],
): { referral: Referral; recommendation: Recommendation } {
  const recommendation = evaluate(pack, given, { now, locale });
  return { referral: toReferral(pack, given, recommendation, override, { now: later }), recommendation };
}

const label = (pack: Pack, questionId: string, value: string, locale: Locale = 'en') => {
  const question = pack.questionnaire.sections
    .flatMap((section) => section.questions)
    .find((candidate) => candidate.id === questionId)!;
  return question.options!.find((option) => option.value === value)!.label[locale]!;
};

/** Every key in an object with its JSONPath. */
function keys(value: unknown, path = '$'): { key: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => keys(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [
    { key, path: `${path}.${key}` },
    ...keys(item, `${path}.${key}`),
  ]);
}

/** Every question id the referral carries, wherever it is. */
function questionIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(questionIds);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (key === 'questionId' ? [item as string] : questionIds(item)));
}

/** Keys that would identify a person (normalised: lower case, letters only). */
const IDENTIFYING = [
  'name',
  'dob',
  'dateofbirth',
  'birthdate',
  'birthday',
  'address',
  'postcode',
  'nhsnumber',
  'nhsno',
  'surname',
  'forename',
  'upn',
  'ninumber',
  'nationalinsurance',
];
/** A level's or service's name is the pack's text, not a person's. */
const ALLOWED_NAME = [
  /^\$\.recommendation\.level\.name$/,
  /^\$\.(recommendation|override)\.services\[\d+\]\.name$/,
  /\.levelName$/,
  /\.suggestedLevelName$/,
];

function identifyingKeys(value: unknown): string[] {
  return keys(value)
    .filter(({ key }) =>
      IDENTIFYING.some((word) =>
        key
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .includes(word),
      ),
    )
    .filter(({ path }) => !ALLOWED_NAME.some((allowed) => allowed.test(path)))
    .map(({ path }) => path);
}

describe('toReferral', () => {
  it('returns an object its schema accepts, made only of JSON data', () => {
    const { referral } = referralFor(continuum, answers);
    expect(ReferralSchema.safeParse(referral).success).toBe(true);
    expect(JSON.parse(JSON.stringify(referral))).toEqual(referral);
    expect(referral.kind).toBe('early-help-pathway/referral');
    expect(referral.schemaVersion).toBe('1.0.0');
    expect(referral.createdAt).toBe(later.toISOString());
    expect(referral.locale).toBe('en');
  });

  it("carries the concern in the practitioner's own words", () => {
    const { referral } = referralFor(continuum, answers);
    expect(referral.concern).toEqual([
      {
        questionId: 'concern-summary',
        sectionId: 'about-child',
        question: 'Describe your concern in your own words',
        words: golden.answers['concern-summary'],
      },
    ]);
    // The note is the concern, not a fact about the child.
    expect(referral.child.map((answer) => answer.questionId)).toEqual([
      'age-band',
      'disability-send',
      'young-carer',
      'practitioner-role',
    ]);
    expect(referral.child[0]).toMatchObject({
      answer: label(continuum, 'age-band', '5-10'),
      chosen: [{ value: '5-10' }],
    });
  });

  it('carries the three triangle domains with the descriptions chosen and their levels', () => {
    const { referral } = referralFor(continuum, answers);
    expect(referral.domains.map((domain) => [domain.domain, domain.sectionId, domain.title])).toEqual([
      ['child-development', 'child-development', "The child's developmental needs"],
      ['parenting-capacity', 'parenting-capacity', 'Parenting capacity'],
      ['family-environment', 'family-environment', 'Family and environment'],
    ]);
    const health = referral.domains[0]!.answers.find((answer) => answer.questionId === 'child-health');
    expect(health).toEqual({
      questionId: 'child-health',
      sectionId: 'child-development',
      question: 'Health',
      answer: label(continuum, 'child-health', 'some-concern'),
      chosen: [{ value: 'some-concern', label: label(continuum, 'child-health', 'some-concern') }],
      levelId: 'level-2',
      levelName: continuum.levels.find((level) => level.id === 'level-2')!.name.en,
    });
    const housing = referral.domains[2]!.answers.find((answer) => answer.questionId === 'family-housing');
    expect(housing).toMatchObject({ levelId: 'level-2', answer: label(continuum, 'family-housing', 'some-concern') });
    expect(referral.domains.map((domain) => domain.answers.length)).toEqual([7, 6, 7]);
  });

  it('carries each factor with how long it has gone on', () => {
    const { referral } = referralFor(continuum, answers);
    expect(
      referral.factors.chosen.map((factor) => [
        factor.value,
        factor.label,
        factor.followUps.map((followUp) => [followUp.questionId, followUp.answer]),
      ]),
    ).toEqual([
      [
        'domestic-abuse',
        label(continuum, 'factors', 'domestic-abuse'),
        [['duration-domestic-abuse', label(continuum, 'duration-domestic-abuse', 'under-3-months')]],
      ],
      [
        'parental-mental-health',
        label(continuum, 'factors', 'parental-mental-health'),
        [['duration-parental-mental-health', label(continuum, 'duration-parental-mental-health', '3-12-months')]],
      ],
    ]);
    expect(referral.factors.answers.map((answer) => answer.questionId)).toEqual([
      'factors',
      'duration-domestic-abuse',
      'duration-parental-mental-health',
    ]);
  });

  it('leaves "none of these" out of the factors chosen but keeps the answer', () => {
    const { referral } = referralFor(continuum, { ...answers, factors: ['none'] });
    expect(referral.factors.chosen).toEqual([]);
    expect(referral.factors.answers).toEqual([
      expect.objectContaining({
        questionId: 'factors',
        chosen: [{ value: 'none', label: label(continuum, 'factors', 'none') }],
      }),
    ]);
  });

  it('carries history with the agencies involved, strengths, consent and safety', () => {
    const { referral } = referralFor(continuum, answers);
    expect(referral.history.map((answer) => answer.questionId)).toEqual([
      'previous-referral',
      'previous-cp-plan',
      'engagement',
      'agencies-involved',
    ]);
    expect(referral.history[3]).toMatchObject({
      chosen: [{ value: 'school', label: label(continuum, 'agencies-involved', 'school') }],
    });
    expect(referral.strengths.map((answer) => [answer.questionId, answer.answer])).toEqual([
      ['strengths', label(continuum, 'strengths', 'none')],
      ['strengths-note', 'Gran collects the children from school every day.'],
    ]);
    expect(referral.consent).toEqual([
      expect.objectContaining({ questionId: 'consent', answer: label(continuum, 'consent', 'agrees') }),
    ]);
    expect(referral.safety).toEqual([
      expect.objectContaining({ questionId: 'immediate-danger', answer: 'No', chosen: [{ value: 'no', label: 'No' }] }),
    ]);
    expect(referral.other).toEqual([]);
  });

  it('carries the recommendation, with its services, rationale and evidence', () => {
    const { referral, recommendation } = referralFor(continuum, answers);
    expect(referral.recommendation.level).toEqual({
      id: recommendation.level.id,
      name: recommendation.level.name,
      description: recommendation.level.description,
      urgent: false,
    });
    expect(referral.recommendation.level.id).toBe('level-3');
    expect(referral.recommendation.complete).toBe(true);
    expect(referral.recommendation.urgent).toBe(false);
    expect(referral.recommendation.services.map((service) => service.id)).toEqual(
      recommendation.services.map((service) => service.id),
    );
    expect(referral.recommendation.services[0]!.contact).toEqual(recommendation.services[0]!.contact);
    expect(referral.recommendation.rationale.map((rule) => rule.ruleId)).toEqual(
      recommendation.rationale.map((rule) => rule.ruleId),
    );
    const toxicTrio = referral.recommendation.rationale.find((rule) => rule.ruleId === 'toxic-trio')!;
    expect(toxicTrio.because).toEqual([
      {
        questionId: 'factors',
        question: expect.any(String),
        answer: `${label(continuum, 'factors', 'domestic-abuse')}, ${label(continuum, 'factors', 'parental-mental-health')}`,
      },
    ]);
    expect(referral.recommendation.strengths.map((rule) => rule.ruleId)).toEqual(
      recommendation.strengths.map((rule) => rule.ruleId),
    );
    expect(referral.recommendation.advice.map((rule) => rule.ruleId)).toEqual(
      recommendation.advice.map((rule) => rule.ruleId),
    );
    expect(referral.recommendation.notices).toEqual(recommendation.notices);
    expect(referral.recommendation.evaluatedAt).toBe(now.toISOString());
    expect(referral.stamp).toEqual(recommendation.stamp);
    expect(referral.advisory).toBe(recommendation.advisory);
  });

  it('carries an override with both levels and the reason', () => {
    const recommendation = evaluate(continuum, answers, { now });
    const override = makeOverride(
      continuum,
      recommendation,
      'level-4',
      'The child told me today they are scared to go home.',
      later,
    );
    const referral = toReferral(continuum, answers, recommendation, override, { now: later });
    expect(referral.override).toEqual({
      suggestedLevelId: 'level-3',
      suggestedLevelName: recommendation.level.name,
      levelId: 'level-4',
      levelName: continuum.levels.find((level) => level.id === 'level-4')!.name.en,
      reason: 'The child told me today they are scared to go home.',
      at: later.toISOString(),
      // Who to contact for the level chosen; the recommendation keeps the suggestion's.
      services: [expect.objectContaining({ id: 'front-door' })],
    });
    expect(referral.recommendation.services.map((service) => service.id)).toEqual(
      recommendation.services.map((service) => service.id),
    );
    expect(referralFor(continuum, answers).referral).not.toHaveProperty('override');
  });

  it('includes only questions that are asked and validly answered', () => {
    const { referral } = referralFor(continuum, { ...answers, engagement: 'not-an-option' });
    // Everything but the recommendation, whose `missing` names questions still to answer.
    const ids = questionIds({ ...referral, recommendation: undefined });
    expect(ids).not.toContain('duration-neglect');
    expect(ids).not.toContain('engagement');
    expect(referral.recommendation.missing.map((missing) => missing.questionId)).toContain('engagement');
  });

  it('asks nothing else when the child is in immediate danger, and carries nothing else', () => {
    const { referral } = referralFor(continuum, { ...answers, 'immediate-danger': 'yes' });
    expect(referral.recommendation.urgent).toBe(true);
    expect(referral.recommendation.level.action).toEqual(expect.any(String));
    expect(referral.safety.map((answer) => answer.answer)).toEqual(['Yes']);
    expect(referral.concern).toEqual([]);
    expect(referral.child).toEqual([]);
    expect(referral.domains.flatMap((domain) => domain.answers)).toEqual([]);
    expect(referral.factors).toEqual({ chosen: [], answers: [] });
    expect([...referral.history, ...referral.strengths, ...referral.consent]).toEqual([]);
  });

  it('has no key that would identify a person, and its schema has none either', () => {
    const recommendation = evaluate(continuum, answers, { now });
    const override = makeOverride(continuum, recommendation, 'level-4', 'Reason', later);
    const referral = toReferral(continuum, answers, recommendation, override, { now: later });
    // The check can fail: it finds a planted key.
    expect(identifyingKeys({ child: [{ childName: 'x' }] })).toEqual(['$.child[0].childName']);
    expect(identifyingKeys({ dateOfBirth: 'x', nhsNumber: 'y', address: 'z', name: 'n' })).toHaveLength(4);
    expect(identifyingKeys(referral)).toEqual([]);
    expect(keys(referral).some(({ key }) => key === 'name')).toBe(true);
    const schemaProperties = keys(referralJsonSchema())
      .filter(({ path }) => /\.properties\.[^.]+$/.test(path))
      .map(({ key }) => key);
    expect(
      schemaProperties.filter((key) =>
        IDENTIFYING.some(
          (word) => key.toLowerCase().includes(word) && !/^(name|levelName|suggestedLevelName)$/.test(key),
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a referral with an extra field, so nothing identifying can ride along', () => {
    const { referral } = referralFor(continuum, answers);
    expect(ReferralSchema.safeParse({ ...referral, childName: 'Alex' }).success).toBe(false);
    expect(
      ReferralSchema.safeParse({ ...referral, child: [{ ...referral.child[0], dateOfBirth: '2019-01-01' }] }).success,
    ).toBe(false);
  });

  it('keeps markup-looking words as plain strings, unchanged', () => {
    const words = '<script>alert("x")</script> <b>bold</b> &amp; <img src=x onerror=alert(1)>';
    const { referral } = referralFor(continuum, { ...answers, 'concern-summary': words, 'strengths-note': words });
    expect(referral.concern[0]!.words).toBe(words);
    expect(referral.strengths.find((answer) => answer.questionId === 'strengths-note')!.answer).toBe(words);
    expect(JSON.parse(JSON.stringify(referral)).concern[0].words).toBe(words);
  });

  it('is written in the recommendation language', () => {
    const { referral } = referralFor(continuum, answers, 'cy');
    expect(referral.locale).toBe('cy');
    expect(referral.domains[0]!.title).toBe(
      continuum.questionnaire.sections.find((section) => section.id === 'child-development')!.title.cy,
    );
    expect(referral.safety[0]!.answer).toBe('Nac ydy');
    expect(referral.factors.chosen[0]!.label).toBe(label(continuum, 'factors', 'domestic-abuse', 'cy'));
  });

  it('uses the notes outside strengths and consent as the concern when the child section has none', () => {
    const pack = fixturePack();
    const given: Answers = {
      danger: 'no',
      health: 'l2',
      education: 'none',
      'basic-care': 'none',
      factors: ['domestic-abuse', 'mental-health'],
      'da-duration': 'over-12-months',
      note: 'Mum says "things are bad" <again>',
      referrals: 2.5,
      strengths: ['protective-adult'],
      consent: 'agrees',
    };
    const { referral } = referralFor(pack, given);
    expect(referral.concern).toEqual([
      {
        questionId: 'note',
        sectionId: 'factors',
        question: 'Anything else?',
        words: 'Mum says "things are bad" <again>',
      },
    ]);
    expect(
      referral.factors.chosen.map((factor) => [factor.value, factor.followUps.map((followUp) => followUp.answer)]),
    ).toEqual([
      ['domestic-abuse', ['Over 12 months']],
      ['mental-health', []],
    ]);
    const referrals = referral.factors.answers.find((answer) => answer.questionId === 'referrals') as ReferralAnswer;
    expect(referrals).toMatchObject({ number: 2.5, answer: '2.5' });
    expect(referrals).not.toHaveProperty('chosen');
    // The fixture's "strengths" section holds consent too; consent is carried by role, not by name.
    expect(referral.strengths.map((answer) => answer.questionId)).toEqual(['strengths', 'consent']);
    expect(referral.consent).toEqual([]);
  });

  it('puts sections with no triangle role under "other"', () => {
    const raw = rawFixture();
    raw.questionnaire.sections[3].role = 'other';
    const pack = parsePack(raw);
    const { referral } = referralFor(pack, {
      danger: 'no',
      health: 'none',
      education: 'none',
      'basic-care': 'none',
      note: 'A note',
    });
    expect(referral.other).toEqual([
      {
        sectionId: 'factors',
        role: 'other',
        title: 'Factors',
        answers: [expect.objectContaining({ questionId: 'note', answer: 'A note' })],
      },
    ]);
    expect(referral.factors).toEqual({ chosen: [], answers: [] });
  });

  it('checks what it returns, naming the path that fails', () => {
    const recommendation = evaluate(continuum, answers, { now });
    const override = { suggestedLevelId: 'level-3', levelId: 'level-4', reason: '', at: later.toISOString() };
    expect(() => toReferral(continuum, answers, recommendation, override, { now: later })).toThrow(
      /at \$\.override\.reason/,
    );
  });

  it('refuses a recommendation made by another pack', () => {
    const recommendation = evaluate(fixturePack(), { danger: 'no' }, { now });
    expect(() => toReferral(continuum, answers, recommendation)).toThrow(/fixture@1\.0\.0, not by continuum@1\.0\.0/);
  });
});

describe('referral JSON Schema', () => {
  it('is committed as src/engine/referral.schema.json, identical to the one generated', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../src/engine/referral.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(referralJsonSchema());
  });

  it('describes a strict object of JSON Schema 2020-12 with the parts a front door reads', () => {
    const schema = referralJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      $defs: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'kind',
        'createdAt',
        'concern',
        'child',
        'domains',
        'factors',
        'history',
        'strengths',
        'consent',
        'recommendation',
        'stamp',
        'advisory',
      ]),
    );
    expect(schema.required).not.toContain('override');
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Answer', 'Domain', 'Factor', 'Rule', 'Override', 'Stamp']),
    );
  });

  it('is what `eh-rules schema --referral` prints', () => {
    const out: string[] = [];
    const code = main(['schema', '--referral'], { out: (text) => out.push(text), err: () => {} });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(referralJsonSchema());
  });
});
