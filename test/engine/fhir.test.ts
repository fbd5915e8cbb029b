import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerState } from '../../src/engine/answers.js';
import { evaluate } from '../../src/engine/evaluate.js';
import {
  FHIR_URIS,
  HL7_EXTENSIONS,
  showIfToEnableWhen,
  toFhirBundle,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type FhirExtension,
  type FhirQuestionnaire,
  type FhirQuestionnaireItem,
} from '../../src/engine/fhir.js';
import { makeOverride } from '../../src/engine/override.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers, Pack } from '../../src/engine/schema.js';
import {
  allItems,
  BundleSchema,
  emptyElements,
  isEnabled,
  QuestionnaireResponseSchema,
  QuestionnaireSchema,
  responseProblems,
  type QuestionnaireItem,
} from './fhir-r4.js';
import { fixturePack, rawFixture } from './helpers.js';

const rulesDir = new URL('../../rules/', import.meta.url);
const packIds = readdirSync(rulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const loadPack = (id: string): Pack => parsePack(readFileSync(new URL(`${id}/1.0.0.json`, rulesDir), 'utf8'));
const casesOf = (id: string): { name: string; answers: Answers }[] => {
  const dir = new URL(`${id}/cases/`, rulesDir);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      name: file,
      answers: (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { answers: Answers }).answers,
    }));
};

const continuum = loadPack('continuum');
const golden = casesOf('continuum').find((entry) => entry.name === 'toxic-trio-two-factors.json')!.answers;
const now = new Date('2026-05-01T10:00:00Z');
const later = new Date('2026-05-01T10:20:00Z');

/** A questionnaire item by link id, anywhere in the tree. */
const itemOf = (questionnaire: FhirQuestionnaire, linkId: string): FhirQuestionnaireItem =>
  allItems(questionnaire.item).find((item) => item.linkId === linkId)!;
const extensionOf = (extensions: readonly FhirExtension[] | undefined, url: string) =>
  extensions?.find((extension) => extension.url === url);
const translationsOf = (element: { extension: readonly FhirExtension[] } | undefined) =>
  (element?.extension ?? [])
    .filter((extension) => extension.url === HL7_EXTENSIONS.translation)
    .map((extension) =>
      Object.fromEntries(extension.extension!.map((part) => [part.url, part.valueCode ?? part.valueString])),
    );

/** Parses with a schema and reports every issue with its path, so a failure says what is wrong. */
function issues(
  schema: {
    safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error!.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('FHIR R4 structure checks (the test oracle)', () => {
  it('reject what R4 forbids', () => {
    const base = { resourceType: 'Questionnaire', status: 'active' };
    expect(issues(QuestionnaireSchema, base)).toEqual([]);
    expect(issues(QuestionnaireSchema, { ...base, status: 'approved' })).not.toEqual([]);
    expect(issues(QuestionnaireSchema, { ...base, titel: 'misspelt' })).not.toEqual([]);
    expect(issues(QuestionnaireSchema, { ...base, item: [{ linkId: 'g', type: 'group' }] })).not.toEqual([]); // que-1
    expect(issues(QuestionnaireSchema, { ...base, item: [{ linkId: 'q', type: 'question' }] })).not.toEqual([]); // abstract type
    expect(issues(QuestionnaireSchema, { ...base, item: [{ type: 'text' }] })).not.toEqual([]); // linkId 1..1
    expect(
      issues(QuestionnaireSchema, {
        ...base,
        item: [
          { linkId: 'a', type: 'text' },
          { linkId: 'a', type: 'text' },
        ],
      }),
    ).not.toEqual([]); // que-2
    const when = { question: 'a', operator: '=', answerString: 'x' };
    expect(
      issues(QuestionnaireSchema, {
        ...base,
        item: [
          { linkId: 'a', type: 'text' },
          { linkId: 'b', type: 'text', enableWhen: [when] },
        ],
      }),
    ).toEqual([]);
    expect(
      issues(QuestionnaireSchema, {
        ...base,
        item: [
          { linkId: 'a', type: 'text' },
          { linkId: 'b', type: 'text', enableWhen: [{ ...when, operator: '==' }] },
        ],
      }),
    ).not.toEqual([]);
    expect(
      issues(QuestionnaireSchema, {
        ...base,
        item: [
          { linkId: 'a', type: 'text' },
          { linkId: 'b', type: 'text', enableWhen: [when, when] },
        ],
      }),
    ).not.toEqual([]); // que-12
    expect(
      issues(QuestionnaireSchema, {
        ...base,
        item: [{ linkId: 'a', type: 'text', answerOption: [{ valueString: 'x' }] }],
      }),
    ).not.toEqual([]); // que-5
    expect(
      issues(QuestionnaireSchema, {
        ...base,
        extension: [{ url: 'u', valueString: 'x', extension: [{ url: 'v', valueString: 'y' }] }],
      }),
    ).not.toEqual([]); // ext-1
    expect(issues(QuestionnaireSchema, { ...base, extension: [{ valueString: 'x' }] })).not.toEqual([]); // url 1..1
    expect(issues(QuestionnaireResponseSchema, { resourceType: 'QuestionnaireResponse', status: 'done' })).not.toEqual(
      [],
    );
    expect(
      issues(QuestionnaireResponseSchema, {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [{ linkId: 'a', answer: [{ valueString: 'x', valueDecimal: 1 }] }],
      }),
    ).not.toEqual([]);
    const questionnaire = { item: [{ linkId: 'a', type: 'decimal' as const }] };
    expect(responseProblems(questionnaire, { item: [{ linkId: 'a', answer: [{ valueString: '1' }] }] })).not.toEqual(
      [],
    );
    expect(responseProblems(questionnaire, { item: [{ linkId: 'b', answer: [{ valueDecimal: 1 }] }] })).not.toEqual([]);
    expect(emptyElements({ a: [], b: '', c: null, d: {} })).toEqual(['$.a', '$.b', '$.c', '$.d']);
  });
});

describe('toFhirQuestionnaire', () => {
  it('is an R4 Questionnaire for every shipped pack, in each of its languages', () => {
    for (const id of packIds) {
      const pack = loadPack(id);
      for (const locale of pack.locales) {
        const questionnaire = toFhirQuestionnaire(pack, { locale });
        expect(issues(QuestionnaireSchema, questionnaire), `${id} ${locale}`).toEqual([]);
        expect(emptyElements(questionnaire), `${id} ${locale}`).toEqual([]);
      }
    }
  });

  it('names the pack: canonical url, version, id, computable name, title, dates', () => {
    const questionnaire = toFhirQuestionnaire(continuum);
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'continuum-1.0.0',
      url: 'urn:early-help-pathway:questionnaire:continuum',
      version: '1.0.0',
      name: 'EarlyHelpContinuum',
      title: continuum.title.en,
      language: 'en',
      date: continuum.effectiveFrom,
      effectivePeriod: { start: continuum.effectiveFrom },
    });
    expect(toFhirQuestionnaire(loadPack('tri-borough')).name).toBe('EarlyHelpTriBorough');
  });

  it('maps the pack status: approved → active, draft and illustrative → draft (illustrative is experimental)', () => {
    expect(toFhirQuestionnaire(continuum)).toMatchObject({ status: 'draft', experimental: true });
    const approved = rawFixture();
    approved.status = 'approved';
    approved.provenance.approvedBy = 'Fixture Safeguarding Children Partnership';
    approved.provenance.approvedOn = '2025-12-01';
    const active = toFhirQuestionnaire(parsePack(approved));
    expect(active).toMatchObject({
      status: 'active',
      publisher: 'Fixture Safeguarding Children Partnership',
      approvalDate: '2025-12-01',
    });
    expect(active).not.toHaveProperty('experimental');
    const draft = rawFixture();
    draft.status = 'draft';
    expect(toFhirQuestionnaire(parsePack(draft))).toMatchObject({ status: 'draft' });
    expect(toFhirQuestionnaire(parsePack(draft))).not.toHaveProperty('experimental');
  });

  it('has one group per section, each question inside it, with unique link ids', () => {
    const pack = fixturePack();
    const questionnaire = toFhirQuestionnaire(pack);
    expect(questionnaire.item.map((item) => [item.linkId, item.type, item.text])).toEqual(
      pack.questionnaire.sections.map((section) => [`section:${section.id}`, 'group', section.title.en]),
    );
    // The fixture names a section and a question "factors": the prefix keeps them apart (que-2).
    expect(questionnaire.item[3]!.item!.map((item) => item.linkId)).toEqual([
      'factors',
      'da-duration',
      'note',
      'referrals',
    ]);
  });

  it('maps each question type', () => {
    const questionnaire = toFhirQuestionnaire(fixturePack());
    const danger = itemOf(questionnaire, 'danger');
    expect(danger).toMatchObject({ type: 'choice', required: true });
    expect(
      danger.answerOption!.map((option) => [
        option.valueCoding.system,
        option.valueCoding.code,
        option.valueCoding.display,
      ]),
    ).toEqual([
      ['urn:early-help-pathway:fixture:danger', 'yes', 'Yes'],
      ['urn:early-help-pathway:fixture:danger', 'no', 'No'],
      ['urn:early-help-pathway:fixture:danger', 'not-sure', 'Not sure'],
    ]);
    const health = itemOf(questionnaire, 'health');
    expect(health).toMatchObject({ type: 'choice', required: true });
    expect(health).not.toHaveProperty('repeats');
    expect(health.answerOption![2]).toEqual({
      valueCoding: expect.objectContaining({
        system: 'urn:early-help-pathway:fixture:health',
        code: 'l3',
        display: 'Health needs often unmet',
      }),
      extension: [
        {
          url: FHIR_URIS.optionLevel,
          valueCoding: expect.objectContaining({
            system: 'urn:early-help-pathway:fixture:level',
            code: 'level-3',
            display: 'Complex needs',
          }),
        },
      ],
    });
    expect(health.answerOption![4]).not.toHaveProperty('extension'); // "Don't know" indicates no level
    expect(itemOf(questionnaire, 'factors')).toMatchObject({ type: 'choice', repeats: true });
    expect(itemOf(questionnaire, 'factors')).not.toHaveProperty('required');
    expect(itemOf(questionnaire, 'note')).toMatchObject({ type: 'text', maxLength: 200 });
    const referrals = itemOf(questionnaire, 'referrals');
    expect(referrals.type).toBe('decimal');
    expect(referrals.extension).toEqual([
      { url: HL7_EXTENSIONS.minValue, valueDecimal: 0 },
      { url: HL7_EXTENSIONS.maxValue, valueDecimal: 50 },
    ]);
  });

  it('puts a hint in a help display item and a section description in a display item', () => {
    const raw = rawFixture();
    raw.questionnaire.sections[1].description = { en: 'About the child.', cy: 'Am y plentyn.' };
    raw.questionnaire.sections[1].questions[0].hint = {
      en: 'Think about the last month.',
      cy: 'Meddyliwch am y mis diwethaf.',
    };
    const questionnaire = toFhirQuestionnaire(parsePack(raw));
    expect(issues(QuestionnaireSchema, questionnaire)).toEqual([]);
    const group = itemOf(questionnaire, 'section:child');
    expect(group.item![0]).toMatchObject({
      linkId: 'section:child:description',
      type: 'display',
      text: 'About the child.',
    });
    const hint = itemOf(questionnaire, 'health').item!;
    expect(hint).toEqual([
      expect.objectContaining({
        linkId: 'health:hint',
        type: 'display',
        text: 'Think about the last month.',
        extension: [
          {
            url: HL7_EXTENSIONS.itemControl,
            valueCodeableConcept: {
              coding: [
                expect.objectContaining({ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' }),
              ],
            },
          },
        ],
      }),
    ]);
  });

  it('adds the other declared language with the R4 translation extension', () => {
    const questionnaire = toFhirQuestionnaire(continuum);
    expect(translationsOf(questionnaire._title)).toEqual([{ lang: 'cy', content: continuum.title.cy }]);
    const danger = itemOf(questionnaire, 'immediate-danger');
    const question = continuum.questionnaire.sections[0]!.questions[0]!;
    expect(danger.text).toBe(question.text.en);
    expect(danger._text).toEqual({
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/translation',
          extension: [
            { url: 'lang', valueCode: 'cy' },
            { url: 'content', valueString: question.text.cy },
          ],
        },
      ],
    });
    expect(translationsOf(danger.answerOption![0]!.valueCoding._display)).toEqual([{ lang: 'cy', content: 'Ydy' }]);
    expect(translationsOf(itemOf(questionnaire, 'section:safety')._text)).toEqual([
      { lang: 'cy', content: continuum.questionnaire.sections[0]!.title.cy },
    ]);

    const welsh = toFhirQuestionnaire(continuum, { locale: 'cy' });
    expect(welsh.language).toBe('cy');
    expect(itemOf(welsh, 'immediate-danger').text).toBe(question.text.cy);
    expect(translationsOf(itemOf(welsh, 'immediate-danger')._text)).toEqual([
      { lang: 'en', content: question.text.en },
    ]);

    const english = toFhirQuestionnaire(loadPack('halton'));
    expect(JSON.stringify(english)).not.toContain(HL7_EXTENSIONS.translation);
  });
});

describe('showIf → enableWhen', () => {
  const pack = fixturePack();
  const coding = (question: string, code: string) => ({ system: `urn:early-help-pathway:fixture:${question}`, code });

  it('maps membership in a multiple choice to "=" and its negation to "!="', () => {
    expect(showIfToEnableWhen(pack, { in: ['domestic-abuse', { var: 'factors' }] })).toEqual({
      enableWhen: [{ question: 'factors', operator: '=', answerCoding: coding('factors', 'domestic-abuse') }],
    });
    expect(showIfToEnableWhen(pack, { '!': { in: ['none', { var: 'factors' }] } })).toEqual({
      enableWhen: [{ question: 'factors', operator: '!=', answerCoding: coding('factors', 'none') }],
    });
  });

  it('maps == and != on a single answer, either way round', () => {
    expect(showIfToEnableWhen(pack, { '==': [{ var: 'danger' }, 'no'] })).toEqual({
      enableWhen: [{ question: 'danger', operator: '=', answerCoding: coding('danger', 'no') }],
    });
    expect(showIfToEnableWhen(pack, { '===': ['l2', { var: 'health' }] })).toEqual({
      enableWhen: [{ question: 'health', operator: '=', answerCoding: coding('health', 'l2') }],
    });
    expect(showIfToEnableWhen(pack, { '!=': [{ var: 'danger' }, 'yes'] })).toEqual({
      enableWhen: [{ question: 'danger', operator: '!=', answerCoding: coding('danger', 'yes') }],
    });
    expect(showIfToEnableWhen(pack, { '==': [{ var: 'referrals' }, 3] })).toEqual({
      enableWhen: [{ question: 'referrals', operator: '=', answerDecimal: 3 }],
    });
    expect(showIfToEnableWhen(pack, { '!=': [{ var: 'note' }, 'n/a'] })).toEqual({
      enableWhen: [{ question: 'note', operator: '!=', answerString: 'n/a' }],
    });
  });

  it('maps and / or / a list of values / !! to enableBehavior and exists', () => {
    expect(
      showIfToEnableWhen(pack, {
        and: [{ '!=': [{ var: 'danger' }, 'yes'] }, { and: [{ '!!': [{ var: 'factors' }] }] }],
      }),
    ).toEqual({
      enableWhen: [
        { question: 'danger', operator: '!=', answerCoding: coding('danger', 'yes') },
        { question: 'factors', operator: 'exists', answerBoolean: true },
      ],
      enableBehavior: 'all',
    });
    expect(showIfToEnableWhen(pack, { in: [{ var: 'health' }, ['l3', 'l4']] })).toEqual({
      enableWhen: [
        { question: 'health', operator: '=', answerCoding: coding('health', 'l3') },
        { question: 'health', operator: '=', answerCoding: coding('health', 'l4') },
      ],
      enableBehavior: 'any',
    });
    expect(showIfToEnableWhen(pack, { or: [{ '==': [{ var: 'danger' }, 'no'] }, { '!': { var: 'note' } }] })).toEqual({
      enableWhen: [
        { question: 'danger', operator: '=', answerCoding: coding('danger', 'no') },
        { question: 'note', operator: 'exists', answerBoolean: false },
      ],
      enableBehavior: 'any',
    });
  });

  it('refuses what FHIR would say differently', () => {
    for (const showIf of [
      { '>=': [{ var: '$level.health' }, 2] }, // derived value
      { some: [{ var: 'factors' }, { in: [{ var: '' }, ['domestic-abuse', 'mental-health']] }] },
      { '==': [{ var: 'factors' }, 'domestic-abuse'] }, // == on a list
      { in: ['l2', { var: 'health' }] }, // substring test on a single answer
      { '==': [{ var: 'danger' }, 'maybe'] }, // not an option
      { '>': [{ var: 'referrals' }, 2] }, // null > 2 and null < 2 differ from FHIR
      { '!!': { var: 'referrals' } }, // !!0 is false, yet 0 is an answer
      { and: [{ '==': [{ var: 'danger' }, 'no'] }, { in: [{ var: 'health' }, ['l3', 'l4']] }] }, // any inside all
      { '==': [{ var: ['danger', 'no'] }, 'no'] }, // a default value
    ]) {
      expect(showIfToEnableWhen(pack, showIf), JSON.stringify(showIf)).toBeUndefined();
    }
  });

  it('keeps an unmapped showIf as JSON-Logic text in an extension, with no enableWhen', () => {
    const halton = loadPack('halton');
    const item = itemOf(toFhirQuestionnaire(halton), 'parenting-impact');
    const question = halton.questionnaire.sections
      .flatMap((section) => section.questions)
      .find((candidate) => candidate.id === 'parenting-impact')!;
    expect(item).not.toHaveProperty('enableWhen');
    expect(JSON.parse(extensionOf(item.extension, FHIR_URIS.jsonLogicShowIf)!.valueString!)).toEqual(question.showIf);
    expect(itemOf(toFhirQuestionnaire(continuum), 'duration-neglect').extension).toBeUndefined();
  });
});

describe('toFhirQuestionnaireResponse', () => {
  const recommendation = evaluate(continuum, golden, { now });
  const questionnaire = toFhirQuestionnaire(continuum);

  it('is an R4 QuestionnaireResponse that fits its Questionnaire', () => {
    const response = toFhirQuestionnaireResponse(continuum, golden, recommendation, { now: later });
    expect(issues(QuestionnaireResponseSchema, response)).toEqual([]);
    expect(emptyElements(response)).toEqual([]);
    expect(responseProblems(questionnaire, response)).toEqual([]);
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: `${questionnaire.url}|${questionnaire.version}`,
      authored: later.toISOString(),
      language: 'en',
    });
  });

  it('is in progress while the recommendation is provisional', () => {
    const partial: Answers = { 'immediate-danger': 'no', 'age-band': '0-4' };
    const provisional = evaluate(continuum, partial, { now });
    expect(provisional.complete).toBe(false);
    const response = toFhirQuestionnaireResponse(continuum, partial, provisional, { now });
    expect(response.status).toBe('in-progress');
    expect(issues(QuestionnaireResponseSchema, response)).toEqual([]);
  });

  it('is stopped when an urgent outcome leaves required questions unanswered, completed when the pack asks nothing else', () => {
    const halton = loadPack('halton');
    const urgent = { 'immediate-risk': 'yes' };
    const haltonUrgent = evaluate(halton, urgent, { now });
    expect(haltonUrgent).toMatchObject({ urgent: true, complete: true });
    const stopped = toFhirQuestionnaireResponse(halton, urgent, haltonUrgent, { now });
    expect(stopped.status).toBe('stopped');
    expect(issues(QuestionnaireResponseSchema, stopped)).toEqual([]);
    // The continuum hides every other question once immediate danger is "yes".
    const danger = { 'immediate-danger': 'yes' };
    expect(toFhirQuestionnaireResponse(continuum, danger, evaluate(continuum, danger, { now }), { now }).status).toBe(
      'completed',
    );
  });

  it('has no items, rather than an empty list, when nothing is answered', () => {
    const response = toFhirQuestionnaireResponse(continuum, {}, evaluate(continuum, {}, { now }), { now });
    expect(response).not.toHaveProperty('item');
    expect(response.status).toBe('in-progress');
  });

  it('does not require a question whose showIf only the JSON-Logic extension can express', () => {
    const halton = loadPack('halton');
    const question = halton.questionnaire.sections
      .flatMap((section) => section.questions)
      .find((candidate) => candidate.id === 'parenting-impact')!;
    expect(question.required).toBe(true);
    expect(itemOf(toFhirQuestionnaire(halton), 'parenting-impact')).not.toHaveProperty('required');
  });

  it('never identifies anyone: no subject, author, source, encounter or identifier', () => {
    const response = toFhirQuestionnaireResponse(continuum, golden, recommendation, { now });
    for (const key of ['subject', 'author', 'source', 'encounter', 'identifier', 'basedOn', 'partOf'])
      expect(response).not.toHaveProperty(key);
  });

  it('answers with codings, strings and decimals, only for questions asked and validly answered', () => {
    const pack = fixturePack();
    const answers: Answers = {
      danger: 'no',
      health: 'l2',
      education: 'not-an-option',
      'basic-care': 'none',
      factors: ['mental-health', 'substance-misuse'],
      'da-duration': 'over-12-months', // not asked: domestic abuse is not among the factors
      note: '<script>alert(1)</script> & "quotes"',
      referrals: 2.5,
      consent: 'agrees',
    };
    const fixtureRecommendation = evaluate(pack, answers, { now });
    const response = toFhirQuestionnaireResponse(pack, answers, fixtureRecommendation, { now });
    expect(issues(QuestionnaireResponseSchema, response)).toEqual([]);
    expect(responseProblems(toFhirQuestionnaire(pack), response)).toEqual([]);
    const answered = Object.fromEntries(allItems(response.item ?? []).map((item) => [item.linkId, item.answer]));
    expect(Object.keys(answered)).toEqual([
      'section:safety',
      'danger',
      'section:child',
      'health',
      'section:parenting',
      'basic-care',
      'section:factors',
      'factors',
      'note',
      'referrals',
      'section:strengths',
      'consent',
    ]);
    expect(answered.factors).toEqual([
      {
        valueCoding: {
          system: 'urn:early-help-pathway:fixture:factors',
          code: 'mental-health',
          display: 'Parental mental ill health',
        },
      },
      {
        valueCoding: {
          system: 'urn:early-help-pathway:fixture:factors',
          code: 'substance-misuse',
          display: 'Parental substance misuse',
        },
      },
    ]);
    expect(answered.danger).toEqual([
      { valueCoding: { system: 'urn:early-help-pathway:fixture:danger', code: 'no', display: 'No' } },
    ]);
    expect(answered.note).toEqual([{ valueString: '<script>alert(1)</script> & "quotes"' }]);
    expect(answered.referrals).toEqual([{ valueDecimal: 2.5 }]);
    // The response keeps the words the practitioner saw: no translations.
    expect(JSON.stringify(response)).not.toContain(HL7_EXTENSIONS.translation);
  });

  it('carries the recommendation and the override in one extension', () => {
    const override = makeOverride(continuum, recommendation, 'level-4', 'Disclosure today.', later);
    const response = toFhirQuestionnaireResponse(continuum, golden, recommendation, { now, override });
    const extension = extensionOf(response.extension, 'urn:early-help-pathway:recommendation')!;
    const parts = (url: string) => extension.extension!.filter((part) => part.url === url);
    expect(parts('level')).toEqual([
      {
        url: 'level',
        valueCoding: {
          system: 'urn:early-help-pathway:continuum:level',
          code: 'level-3',
          display: recommendation.level.name,
        },
      },
    ]);
    expect(parts('urgent')).toEqual([{ url: 'urgent', valueBoolean: false }]);
    expect(parts('complete')).toEqual([{ url: 'complete', valueBoolean: true }]);
    expect(parts('service').map((part) => part.valueString)).toEqual(
      recommendation.services.map((service) => service.name),
    );
    expect(parts('rationale').map((part) => part.valueString)).toEqual(
      recommendation.rationale.map((rule) => rule.text),
    );
    expect(parts('packId')[0]!.valueString).toBe('continuum');
    expect(parts('packVersion')[0]!.valueString).toBe('1.0.0');
    expect(parts('contentHash')[0]!.valueString).toBe(recommendation.stamp.contentHash);
    expect(parts('advisory')[0]!.valueString).toBe(recommendation.advisory);
    const decision = parts('override')[0]!.extension!;
    expect(decision).toEqual([
      { url: 'suggestedLevel', valueCoding: expect.objectContaining({ code: 'level-3' }) },
      { url: 'level', valueCoding: expect.objectContaining({ code: 'level-4' }) },
      { url: 'reason', valueString: 'Disclosure today.' },
      { url: 'at', valueDateTime: later.toISOString() },
      // The contacts for the level chosen, after the suggestion's above.
      { url: 'service', valueString: continuum.services.find((service) => service.id === 'front-door')!.name.en },
    ]);
    expect(
      extensionOf(
        toFhirQuestionnaireResponse(continuum, golden, recommendation, { now }).extension,
        FHIR_URIS.recommendation,
      )!.extension!.some((part) => part.url === 'override'),
    ).toBe(false);
  });

  it('is written in the language asked for, or the recommendation language', () => {
    const welsh = evaluate(continuum, golden, { now, locale: 'cy' });
    const response = toFhirQuestionnaireResponse(continuum, golden, welsh, { now });
    expect(response.language).toBe('cy');
    expect(response.item![0]!.item![0]!.answer).toEqual([
      { valueCoding: { system: 'urn:early-help-pathway:continuum:immediate-danger', code: 'no', display: 'Nac ydy' } },
    ]);
  });

  it('refuses a recommendation made by another pack', () => {
    const other = evaluate(fixturePack(), { danger: 'no' }, { now });
    expect(() => toFhirQuestionnaireResponse(continuum, golden, other)).toThrow(/not by continuum@1\.0\.0/);
  });
});

describe(
  'FHIR enableWhen agrees with the engine on every golden case of every shipped pack',
  { timeout: 60_000 },
  () => {
    for (const id of packIds) {
      it(id, () => {
        const pack = loadPack(id);
        const questionnaire = toFhirQuestionnaire(pack);
        const questions = allItems(questionnaire.item as readonly QuestionnaireItem[]).filter(
          (item) => item.type !== 'group' && item.type !== 'display',
        );
        const cases = casesOf(id);
        expect(cases.length).toBeGreaterThan(0);
        for (const { name, answers } of cases) {
          const recommendation = evaluate(pack, answers, { now });
          const response = toFhirQuestionnaireResponse(pack, answers, recommendation, { now });
          expect(issues(QuestionnaireResponseSchema, response), name).toEqual([]);
          expect(responseProblems(questionnaire, response), name).toEqual([]);
          const { visible } = answerState(pack, answers);
          const answered = new Set(allItems(response.item ?? []).map((item) => item.linkId as string));
          for (const item of questions) {
            if (extensionOf(item.extension as FhirExtension[] | undefined, FHIR_URIS.jsonLogicShowIf)) continue;
            // What a FHIR form filler would enable is exactly what the engine asks.
            expect(isEnabled(item, response), `${name}: ${item.linkId}`).toBe(visible.has(item.linkId));
            // A completed response answers every enabled required question.
            if (response.status === 'completed' && item.required && isEnabled(item, response))
              expect(answered.has(item.linkId), `${name}: ${item.linkId}`).toBe(true);
          }
        }
      });
    }
  },
);

describe('toFhirBundle', () => {
  it('is an R4 collection Bundle with the Questionnaire and the QuestionnaireResponse', () => {
    const recommendation = evaluate(continuum, golden, { now, locale: 'cy' });
    const bundle = toFhirBundle(continuum, golden, recommendation, { now: later });
    expect(issues(BundleSchema, bundle)).toEqual([]);
    expect(emptyElements(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: later.toISOString() });
    const [{ resource: questionnaire }, { resource: response }] = bundle.entry;
    expect([questionnaire.resourceType, response.resourceType]).toEqual(['Questionnaire', 'QuestionnaireResponse']);
    expect(issues(QuestionnaireSchema, questionnaire)).toEqual([]);
    expect(issues(QuestionnaireResponseSchema, response)).toEqual([]);
    expect(responseProblems(questionnaire, response)).toEqual([]);
    expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
    // Both in the recommendation's language.
    expect(questionnaire.language).toBe('cy');
    expect(response.language).toBe('cy');
  });
});
