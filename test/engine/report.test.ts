import { describe, expect, it } from 'vitest';
import { evaluate, type Recommendation } from '../../src/engine/evaluate.js';
import { makeOverride } from '../../src/engine/override.js';
import { levelName, recommendationText } from '../../src/engine/report.js';
import type { Answers, Locale } from '../../src/engine/schema.js';
import { fixturePack, rawFixture } from './helpers.js';
import { parsePack } from '../../src/engine/pack.js';

const pack = fixturePack();
const now = new Date('2026-05-01T10:00:00Z');
const at = new Date('2026-05-01T10:30:00Z');

/** Level 3 by a graded answer, a Level 2 concern also noted, a strength and advice. */
const complex: Answers = {
  danger: 'no',
  health: 'l3',
  education: 'l2',
  'basic-care': 'l2',
  factors: ['domestic-abuse'],
  'da-duration': 'under-3-months',
  note: 'Line one\nLine two',
  strengths: ['protective-adult'],
  consent: 'refuses',
};

const recommend = (answers: Answers, locale: Locale = 'en'): Recommendation => evaluate(pack, answers, { now, locale });

describe('recommendationText', () => {
  it('says the level, services, reasons with their answers, strengths, advice, stamp and advisory statement', () => {
    const recommendation = recommend(complex);
    const text = recommendationText(recommendation);
    expect(text).toContain('Suggested level: Complex needs\nSeveral agencies need a plan together.');
    expect(text).toContain(
      '- Team Around the Family: Multi-agency early help.\n    Phone: 01632 960002\n    Hours: Mon–Fri 9–5',
    );
    expect(text).toContain('Why:\n- A need is described at Level 3.\n    Health: Health needs often unmet');
    expect(text).toContain('Also noted (these point to a lower level):\n- A need is described at Level 2.');
    expect(text).toContain(
      'What is working well:\n- There is a protective adult.\n    What is working well?: A protective adult',
    );
    expect(text).toContain('Advice:\n- Early help needs consent; talk to the family again.');
    expect(text).toContain(`Content hash (SHA-256): ${recommendation.stamp.contentHash}`);
    expect(text.endsWith(recommendation.advisory)).toBe(true);
  });

  it('adds nothing about a decision or the answers unless they are given', () => {
    const text = recommendationText(recommend(complex));
    expect(text).not.toContain("Practitioner's decision");
    expect(text).not.toContain('Answers given');
    expect(text).not.toContain('Line one');
  });

  it("adds the practitioner's decision: suggested and chosen level, the reason over several lines, and when", () => {
    const recommendation = recommend(complex);
    const override = makeOverride(pack, recommendation, 'level-4', 'The child told me more.\nThe school agrees.', at);
    // Times are written for people, in the time zone asked for (the reader's own by default).
    const text = recommendationText(recommendation, { override, pack, timeZone: 'Europe/London' });
    expect(text).toContain(
      [
        "Practitioner's decision:",
        '    Suggested level: Complex needs',
        '    Level chosen by the practitioner: Specialist',
        '    Reason: The child told me more.',
        '      The school agrees.',
        '    Recorded at: 1 May 2026 at 11:30',
      ].join('\n'),
    );
    // The decision comes straight after the level, before the notices and services.
    expect(text.indexOf("Practitioner's decision")).toBeLessThan(text.indexOf('Who to contact'));
    expect(text).not.toContain('changed after this decision');
  });

  it('names the chosen level by its id without the pack, and says when the suggestion has since changed', () => {
    const override = makeOverride(pack, recommend(complex), 'level-2', 'One agency is enough.', at);
    const later = recommend({ ...complex, health: 'l4' });
    const text = recommendationText(later, { override });
    expect(text).toContain('    Suggested level: level-3');
    expect(text).toContain('    Level chosen by the practitioner: level-2');
    expect(text).toContain('    The suggested level changed after this decision was recorded.');
    expect(recommendationText(later, { override, pack })).toContain('    Suggested level: Complex needs');
  });

  it('lists the answers given by section, only for questions asked, with notes kept whole', () => {
    const text = recommendationText(recommend(complex), {
      pack,
      answers: { ...complex, 'da-duration': 'under-3-months' },
    });
    const answers = text.slice(text.indexOf('Answers given:'), text.indexOf('Rule pack:'));
    expect(answers).toContain(
      '- The child\n    Health: Health needs often unmet\n    Education: Attendance is slipping',
    );
    expect(answers).toContain('    How long has domestic abuse gone on?: Under 3 months');
    expect(answers).toContain('    Anything else?: Line one\n      Line two');
    expect(answers).toContain(
      '- Strengths\n    What is working well?: A protective adult\n    Has the family agreed?: Refuses',
    );
    // A question hidden by its showIf is not listed, even with an answer left over.
    const hidden = recommendationText(recommend({ ...complex, factors: ['none'] }), {
      pack,
      answers: { ...complex, factors: ['none'] },
    });
    expect(hidden).not.toContain('How long has domestic abuse gone on?');
    expect(recommendationText(recommend(complex), { answers: complex })).not.toContain('Answers given');
  });

  it('writes Welsh around a Welsh recommendation, decision and answers included', () => {
    const recommendation = recommend(complex, 'cy');
    const override = makeOverride(pack, recommendation, 'level-2', 'Mae un asiantaeth yn ddigon.', at);
    const text = recommendationText(recommendation, { override, pack, answers: complex });
    expect(text).toContain('Lefel a awgrymir: Anghenion cymhleth');
    expect(text).toContain('Penderfyniad yr ymarferydd:');
    expect(text).toContain('Lefel a ddewiswyd gan yr ymarferydd: Anghenion ychwanegol');
    expect(text).toContain('Rheswm: Mae un asiantaeth yn ddigon.');
    expect(text).toContain('Atebion a roddwyd:');
    expect(text).toContain('Iechyd: Anghenion iechyd yn aml heb eu diwallu');
    expect(text).not.toMatch(/Suggested level|Reason:|Answers given/);
  });

  it('keeps markup in the reason and the answers as it was typed', () => {
    const recommendation = recommend(complex);
    const reason = '<script>alert(1)</script> & "quotes"';
    const text = recommendationText(recommendation, {
      override: makeOverride(pack, recommendation, 'level-2', reason, at),
      pack,
      answers: { ...complex, note: '<b>bold</b>' },
    });
    expect(text).toContain(`Reason: ${reason}`);
    expect(text).toContain('Anything else?: <b>bold</b>');
  });
});

describe('levelName', () => {
  it("names the recommendation's level, another of the pack's levels, the urgent outcome, or falls back to the id", () => {
    const recommendation = recommend(complex, 'cy');
    expect(levelName(recommendation, 'level-3')).toBe('Anghenion cymhleth');
    expect(levelName(recommendation, 'level-1', pack)).toBe('Cyffredinol');
    expect(levelName(recommendation, 'immediate-danger', pack)).toBe('Perygl uniongyrchol');
    expect(levelName(recommendation, 'level-1')).toBe('level-1');
    const noUrgent = rawFixture();
    expect(levelName(recommendation, 'nowhere', parsePack(noUrgent))).toBe('nowhere');
  });
});

describe('recommendationSummary', () => {
  it("fits an email for the default pack's golden cases, and keeps what a supervisor needs", async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { caseAppliesTo } = await import('../../src/engine/cases.js');
    const { recommendationSummary } = await import('../../src/engine/report.js');
    const rules = new URL('../../rules/continuum/', import.meta.url);
    const pack = parsePack(readFileSync(new URL('2.0.0.json', rules), 'utf8'));
    const lengths: number[] = [];
    for (const name of readdirSync(new URL('cases/', rules))) {
      const golden = JSON.parse(readFileSync(new URL(`cases/${name}`, rules), 'utf8'));
      if (!caseAppliesTo(golden, pack.version)) continue;
      const result = evaluate(pack, golden.answers, { now: new Date('2027-05-01T12:00:00Z') });
      const text = recommendationSummary(result, { pack, answers: golden.answers });
      lengths.push(text.length);
      expect(text, name).toContain(result.stamp.contentHash);
      expect(text, name).toContain(result.advisory);
      expect(text, name).toContain(result.level.name);
      // Every deciding rule, by its first sentence, and never the full record's list of answers.
      for (const rule of result.rationale)
        expect(text, `${name}: ${rule.ruleId}`).toContain(rule.text.split(/(?<=[.!?])\s/)[0]!);
      expect(text, name).not.toContain('Answers given');
    }
    lengths.sort((a, b) => a - b);
    expect(lengths.length).toBeGreaterThanOrEqual(120);
    expect(lengths[Math.floor(lengths.length / 2)]!, 'median').toBeLessThanOrEqual(1500);
    expect(lengths.at(-1)!, 'longest').toBeLessThanOrEqual(2000);
  });
});
