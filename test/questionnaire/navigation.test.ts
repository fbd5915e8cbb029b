import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/schema.js';
import { fieldError, pageErrors, sectionPages, summary, withAnswer } from '../../src/questionnaire/index.js';
import { fixturePack } from '../engine/helpers.js';

const pack = fixturePack();

describe('sectionPages', () => {
  it('lists sections with the questions asked under the current answers', () => {
    const before = sectionPages(pack, {});
    expect(before.map((p) => p.section.id)).toEqual(['safety', 'child', 'parenting', 'factors', 'strengths']);
    expect(before[3]!.questions.map((q) => q.id)).toEqual(['factors', 'note', 'referrals']);
    const after = sectionPages(pack, { factors: ['domestic-abuse'] });
    expect(after[3]!.questions.map((q) => q.id)).toEqual(['factors', 'da-duration', 'note', 'referrals']);
  });
});

describe('pageErrors and fieldError', () => {
  it('asks for every required answer on the page, in GOV.UK wording, and nothing for optional ones', () => {
    const page = sectionPages(pack, {})[1]!;
    expect(pageErrors(pack, {}, page, 'en')).toEqual([
      { questionId: 'health', message: 'Select an answer: Health' },
      { questionId: 'education', message: 'Select an answer: Education' },
    ]);
    expect(pageErrors(pack, { health: 'none', education: 'l2' }, page, 'en')).toEqual([]);
    expect(pageErrors(pack, {}, sectionPages(pack, {})[3]!, 'en')).toEqual([]);
  });

  it('explains answers that cannot stand, in Welsh too', () => {
    const question = (id: string) => pack.questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
    expect(fieldError(question('note'), 'x'.repeat(201), 'en', pack)).toBe(
      'Anything else?: the answer must be 200 characters or fewer',
    );
    expect(fieldError(question('referrals'), 51, 'en', pack)).toBe(
      'Referrals in the last 12 months: enter a number between 0 and 50',
    );
    expect(fieldError(question('factors'), ['none', 'mental-health'], 'en', pack)).toBe(
      'Which of these apply?: "None of these" cannot be selected with other options',
    );
    expect(fieldError(question('health'), undefined, 'cy', pack)).toBe('Dewiswch ateb: Iechyd');
  });
});

describe('errors name the question briefly', () => {
  it("use the question's short name where the pack gives one", async () => {
    const { rawFixture } = await import('../engine/helpers.js');
    const { parsePack } = await import('../../src/engine/pack.js');
    const raw = rawFixture();
    const factors = raw.questionnaire.sections
      .flatMap((section: { questions: { id: string }[] }) => section.questions)
      .find((q: { id: string }) => q.id === 'factors');
    factors.required = true;
    factors.short = { en: 'Affecting the child', cy: 'Yn effeithio ar y plentyn' };
    const short = parsePack(raw);
    const question = short.questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === 'factors')!;
    expect(fieldError(question, undefined, 'en', short)).toBe('Select at least one option: Affecting the child');
    expect(fieldError(question, undefined, 'cy', short)).toContain('Yn effeithio ar y plentyn');
    expect(fieldError(question, undefined, 'en', short)).not.toContain('Which of these apply?');
  });
});

describe('summary', () => {
  it('groups answered, asked questions by section and leaves hidden answers out', () => {
    const answers: Answers = {
      danger: 'no',
      health: 'l3',
      factors: ['none'],
      'da-duration': 'over-12-months',
      referrals: 2,
    };
    const groups = summary(pack, answers, 'en');
    expect(groups.map((g) => g.title)).toEqual(['Safety', 'The child', 'Factors']);
    expect(groups[1]!.rows).toEqual([{ questionId: 'health', question: 'Health', answer: 'Health needs often unmet' }]);
    expect(groups[2]!.rows.map((r) => r.questionId)).toEqual(['factors', 'referrals']);
  });
});

describe('withAnswer', () => {
  it('returns new answers without touching the old ones', () => {
    const before: Answers = Object.freeze({ health: 'l2' });
    expect(withAnswer(before, 'education', 'l3')).toEqual({ health: 'l2', education: 'l3' });
    expect(withAnswer(before, 'health', undefined)).toEqual({});
    expect(before).toEqual({ health: 'l2' });
  });
});
