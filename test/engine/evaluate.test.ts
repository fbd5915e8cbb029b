import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Answers } from '../../src/engine/schema.js';
import { fixturePack, rawFixture } from './helpers.js';
import { CALM } from '../support/small-pack-answers.js';

const now = new Date('2026-05-01T10:00:00Z');
const pack = fixturePack();

/** A complete set of answers with no concern anywhere, to vary one thing at a time. */
const calm: Answers = CALM;

const run = (answers: Answers, options = {}) => evaluate(pack, answers, { now, ...options });
const status = (answers: Answers, ruleId: string) => run(answers).rules.find((rule) => rule.ruleId === ruleId)?.status;

describe('evaluate', () => {
  it('gives the default level and service when nothing is of concern', () => {
    const result = run(calm);
    expect(result.complete).toBe(true);
    expect(result.level).toMatchObject({ id: 'level-1', name: 'Universal', urgent: false });
    expect(result.services.map((s) => s.id)).toEqual(['universal']);
    expect(result.rationale).toEqual([
      expect.objectContaining({ ruleId: 'default', text: 'No need beyond everyday services was described.' }),
    ]);
  });

  it('takes the highest level any concern points to and names the answers behind it', () => {
    const result = run({ ...calm, health: 'l3', 'basic-care': 'l2' });
    expect(result.level.id).toBe('level-3');
    expect(result.services[0]).toMatchObject({
      id: 'team-around-family',
      contact: { phone: '01632 960002', hours: 'Mon–Fri 9–5' },
    });
    const top = result.rationale[0]!;
    expect(top.ruleId).toBe('graded-3');
    // The Level 3 answer drove it; the Level 2 answer in another section did not.
    expect(top.because).toEqual([
      expect.objectContaining({
        questionId: 'health',
        sectionId: 'child',
        question: 'Health',
        value: 'l3',
        answer: 'Health needs often unmet',
      }),
    ]);
    // Only the rules that decided the level are its rationale; lower ones are noted apart.
    expect(result.rationale.map((rule) => rule.ruleId)).toEqual(['graded-3']);
    expect(result.alsoNoted.map((rule) => rule.ruleId)).toEqual(['graded-2']);
  });

  it('uses the service a rule names and carries its source citation', () => {
    const result = run({ ...calm, 'basic-care': 'l4' });
    expect(result.level.id).toBe('level-4');
    expect(result.services.map((s) => s.id)).toEqual(['front-door']);
    expect(result.services[0]!.contact.outOfHours).toEqual({ phone: '01632 960004' });
    expect(result.rationale[0]).toMatchObject({
      ruleId: 'graded-4',
      source: { title: 'Test continuum of need', paragraph: '4.1' },
    });
  });

  it('raises the level when two toxic-trio factors occur together, naming both', () => {
    const one = run({ ...calm, factors: ['mental-health'] });
    expect(one.level.id).toBe('level-1');
    const two = run({ ...calm, factors: ['mental-health', 'substance-misuse'] });
    expect(two.level.id).toBe('level-3');
    const rule = two.rationale.find((r) => r.ruleId === 'toxic-trio')!;
    expect(rule.because).toEqual([
      expect.objectContaining({
        questionId: 'factors',
        answer: 'Parental mental ill health, Parental substance misuse',
      }),
    ]);
  });

  it('returns the urgent outcome at once for immediate danger, needing nothing else', () => {
    const result = run({ danger: 'yes' });
    expect(result.urgent).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.level).toMatchObject({
      id: 'immediate-danger',
      urgent: true,
      action: 'Call 999 now, then the front door.',
    });
    expect(result.level.rank).toBeGreaterThan(4);
    expect(result.services.map((s) => s.id)).toEqual(['front-door', 'police']);
    expect(result.rationale[0]!.because).toEqual([expect.objectContaining({ questionId: 'danger', answer: 'Yes' })]);
  });

  it('never lowers the level for a strength under a note-only policy, but records it', () => {
    const result = run({ ...calm, 'basic-care': 'l4', strengths: ['protective-adult'] });
    expect(result.level.id).toBe('level-4');
    expect(result.strengths.map((s) => s.ruleId)).toEqual(['protective-adult']);
    expect(result.cappedFrom).toBeUndefined();
  });

  it('lets a strength cap the level only where the policy and a rule say so, and says it did', () => {
    const raw = rawFixture();
    raw.policy.strengths = 'may-cap';
    raw.rules[6].cap = 'level-2';
    const capping = parsePack(raw);
    const result = evaluate(capping, { ...calm, health: 'l3', strengths: ['protective-adult'] }, { now });
    expect(result.level.id).toBe('level-2');
    expect(result.cappedFrom).toMatchObject({ ruleId: 'protective-adult', level: { id: 'level-3' } });
    expect(result.notices).toContain('A strength lowered the level from Complex needs to Additional needs.');
  });

  it("cites a source in the result's language when the pack gives its title in each", () => {
    const raw = rawFixture();
    raw.rules[1].source = { title: { en: 'Threshold guidance', cy: 'Canllawiau trothwy' }, paragraph: '4.1' };
    const bilingual = parsePack(raw);
    const answers = { ...calm, 'basic-care': 'l4' };
    expect(evaluate(bilingual, answers, { now, locale: 'cy' }).rationale[0]!.source).toEqual({
      title: 'Canllawiau trothwy',
      paragraph: '4.1',
    });
    expect(evaluate(bilingual, answers, { now }).rationale[0]!.source!.title).toBe('Threshold guidance');
    delete raw.rules[1].source.title.cy;
    expect(() => parsePack(raw)).toThrow(/\$\.rules\[1\]\.source\.title \(rule "graded-4"\): Text is missing in "cy"/);
  });

  it('gives advice that depends on the decided level', () => {
    expect(run({ ...calm, health: 'l2', consent: 'refuses' }).advice.map((a) => a.ruleId)).toEqual(['consent-refused']);
    expect(run({ ...calm, consent: 'refuses' }).advice).toEqual([]);
    expect(run({ ...calm, 'basic-care': 'l4', consent: 'refuses' }).advice).toEqual([]);
  });

  describe('a missing answer is never read as "no"', () => {
    it('marks the result provisional and lists what is missing, in questionnaire order', () => {
      const { health: _health, consent: _consent, ...rest } = calm;
      const result = run(rest);
      expect(result.complete).toBe(false);
      expect(result.missing.map((m) => m.questionId)).toEqual(['health', 'consent']);
      expect(result.notices[0]).toBe('This result is provisional: 2 required questions are still unanswered.');
    });

    it('leaves a rule that depends on the missing answer undecided rather than silent', () => {
      const { health: _health, ...rest } = calm;
      const result = run(rest);
      const rule = result.rules.find((r) => r.ruleId === 'graded-2')!;
      expect(rule.status).toBe('undecided');
      expect(rule.waitingOn).toEqual(['health']);
    });

    it('still decides a rule whose outcome cannot depend on the missing answer', () => {
      const { health: _health, ...rest } = calm;
      // graded-4 is an "or": Level 4 basic care makes it hold whatever health says.
      expect(status({ ...rest, 'basic-care': 'l4' }, 'graded-4')).toBe('fired');
    });

    it('waits on the trigger of a follow-up question that is not yet asked', () => {
      const raw = rawFixture();
      raw.questionnaire.sections[3].questions[0].required = true;
      const strict = parsePack(raw);
      const { factors: _factors, ...rest } = calm;
      const result = evaluate(strict, rest, { now });
      expect(result.rules.find((r) => r.ruleId === 'chronic-abuse')).toMatchObject({
        status: 'undecided',
        waitingOn: ['factors'],
      });
    });

    it('treats a "don\'t know" as an answer with no level, not as missing', () => {
      const result = run({ ...calm, health: 'unknown' });
      expect(result.complete).toBe(true);
      expect(result.level.id).toBe('level-1');
    });
  });

  it('keeps answers to questions that are hidden but does not read them', () => {
    const answers = { ...calm, factors: ['none'], 'da-duration': 'over-12-months' };
    const result = run(answers);
    expect(result.level.id).toBe('level-1');
    expect(answers['da-duration']).toBe('over-12-months');
    expect(run({ ...answers, factors: ['domestic-abuse'] }).level.id).toBe('level-3');
  });

  it('does not read an invalid answer, and reports it', () => {
    const result = run({ ...calm, health: 'l7', unknown: 'x' });
    expect(result.invalid.map((p) => p.code).sort()).toEqual(['answer.not-an-option', 'answer.unknown-question']);
    expect(result.complete).toBe(false);
    expect(result.missing.map((m) => m.questionId)).toEqual(['health']);
  });

  it('writes the result in Welsh when asked', () => {
    const result = run({ ...calm, health: 'l3' }, { locale: 'cy' });
    expect(result.locale).toBe('cy');
    expect(result.level.name).toBe('Anghenion cymhleth');
    expect(result.rationale[0]!.because[0]).toMatchObject({
      question: 'Iechyd',
      answer: 'Anghenion iechyd yn aml heb eu diwallu',
    });
    expect(result.advisory).not.toBe(run(calm).advisory);
  });

  it('says when the pack is illustrative or not in force on the day', () => {
    expect(run(calm).notices).toEqual([
      'This rule pack is illustrative: it is an example, not an approved local policy.',
    ]);
    const late = evaluate(pack, calm, { now: new Date('2027-02-01T10:00:00Z') });
    expect(late.notices).toContain(
      'This rule pack is in force from 1 January 2026 to 31 December 2026, not on the date of this result.',
    );
  });

  it('stamps the result with the pack identity and content hash', () => {
    const result = run(calm);
    expect(result.stamp).toMatchObject({
      packId: 'fixture',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      status: 'illustrative',
    });
    expect(result.stamp.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.evaluatedAt).toBe('2026-05-01T10:00:00.000Z');
    expect(result.advisory).toMatch(/professional judgement/);
  });

  it('explains nothing when asked not to, with the same outcome', () => {
    const answers = {
      ...calm,
      health: 'l3',
      factors: ['domestic-abuse', 'mental-health'],
      'da-duration': '3-12-months',
    };
    const full = run(answers);
    const bare = run(answers, { explain: false });
    expect(bare.level).toEqual(full.level);
    expect(bare.rules.map((r) => r.status)).toEqual(full.rules.map((r) => r.status));
    expect(bare.rationale.every((r) => r.because.length === 0)).toBe(true);
    expect(full.rationale.every((r) => r.because.length > 0)).toBe(true);
  });

  it("keeps every rule's trace when asked", () => {
    const result = run({ ...calm, health: 'l3' }, { trace: true });
    const trace = result.rules.find((r) => r.ruleId === 'graded-3')!.trace!;
    expect(trace.op).toBe('>=');
    expect(trace.value).toBe(true);
  });
});

describe('advice that reads the outcome', () => {
  it('waits while the outcome is provisional, instead of reading a provisional level as final', () => {
    const answers = { danger: 'no', education: 'none', 'basic-care': 'l2', consent: 'refuses' } as const;
    const result = evaluate(pack, answers, { now });
    expect(result.complete).toBe(false);
    expect(result.rules.find((r) => r.ruleId === 'consent-refused')).toMatchObject({
      status: 'undecided',
      waitingOn: ['health'],
    });
    const decided = evaluate(pack, { ...answers, health: 'none' }, { now });
    expect(decided.advice.map((a) => a.ruleId)).toEqual(['consent-refused']);
  });
});

describe('evidence on the shipped packs', () => {
  const read = (path: string) => parsePack(readFileSync(new URL(`../../rules/${path}`, import.meta.url), 'utf8'));
  const cited = (result: ReturnType<typeof evaluate>, ruleId: string) =>
    result.rules
      .find((rule) => rule.ruleId === ruleId)!
      .because.map((item) => `${item.questionId}=${String(item.value)}${item.condition ? ' (condition)' : ''}`);

  it('cites only the areas that counted for "serious needs in two or more areas"', () => {
    const continuum = read('continuum/1.0.0.json');
    const golden = JSON.parse(
      readFileSync(new URL('../../rules/continuum/cases/level-3-in-two-domains.json', import.meta.url), 'utf8'),
    );
    // The case of the report: some concern and "don't know" beside the two serious areas.
    const answers = {
      ...golden.answers,
      'child-education': 'some-concern',
      'child-identity': 'dont-know',
      'parenting-warmth': 'some-concern',
    };
    const result = evaluate(continuum, answers, { now: new Date('2026-06-01T12:00:00Z') });
    expect(result.level.id).toBe('level-3');
    expect(cited(result, 'level-3-in-two-domains')).toEqual([
      'parenting-basic-care=significant-concern',
      'family-housing=significant-concern',
    ]);
  });

  it('gives "not sure" as a condition of a rule, never as its reason', () => {
    const tri = read('tri-borough/1.0.0.json');
    const golden = JSON.parse(
      readFileSync(
        new URL('../../rules/tri-borough/cases/adolescent-unsure-where-harm-comes-from.json', import.meta.url),
        'utf8',
      ),
    );
    const result = evaluate(tri, golden.answers, { now: new Date('2026-06-01T12:00:00Z') });
    expect(cited(result, 'extra-familial-harm')).toEqual([
      'outside-risk=serious',
      'risk-outside-family=not-sure (condition)',
    ]);
  });
});

describe('short labels', () => {
  /** The fixture with a short name for the health question and short labels for its options. */
  function withShortLabels() {
    const raw = rawFixture();
    const health = raw.questionnaire.sections
      .flatMap((section: { questions: { id: string }[] }) => section.questions)
      .find((question: { id: string }) => question.id === 'health');
    health.short = { en: 'Health', cy: 'Iechyd' };
    for (const option of health.options) option.short = { en: `health ${option.value}`, cy: `iechyd ${option.value}` };
    return raw;
  }

  it("cite the answers that counted in the pack's short words, keeping the full ones", async () => {
    const short = parsePack(withShortLabels());
    const result = evaluate(short, { ...calm, health: 'l3' }, { now });
    const fired = result.rules.find((rule) => rule.ruleId === 'graded-3')!;
    const cited = fired.because.find((evidence) => evidence.questionId === 'health')!;
    expect(cited.questionShort).toBe('Health');
    expect(cited.answerShort).toBe('health l3');
    const full = short.questionnaire.sections
      .flatMap((section) => section.questions)
      .find((question) => question.id === 'health')!;
    expect(cited.answer).toBe(full.options!.find((option) => option.value === 'l3')!.label.en);
    expect(cited.question).toBe(full.text.en);
    // The copied summary's "why" uses the short words too.
    const { recommendationText } = await import('../../src/engine/report.js');
    expect(recommendationText(result, { pack: short })).toContain('Health: health l3');
    // And Welsh, where the pack gives it.
    const welsh = evaluate(short, { ...calm, health: 'l3' }, { now, locale: 'cy' }).rules.find(
      (rule) => rule.ruleId === 'graded-3',
    )!;
    expect(welsh.because.find((evidence) => evidence.questionId === 'health')!.answerShort).toBe('iechyd l3');
  });

  it('fall back to the full words where the pack gives no short ones', () => {
    const result = evaluate(pack, { ...calm, education: 'l3' }, { now });
    const cited = result.rules.find((rule) => rule.ruleId === 'graded-3')!.because[0]!;
    expect(cited.questionShort).toBe(cited.question);
    expect(cited.answerShort).toBe(cited.answer);
  });

  it('must be given in every language the pack declares', () => {
    const raw = withShortLabels();
    raw.questionnaire.sections[1].questions[0].short = { en: 'Health' };
    expect(() => parsePack(raw)).toThrow(/short/);
  });
});
