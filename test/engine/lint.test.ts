import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { calmAnswers, lint, logicReads, showIfCycles, type LintResult, type Witness } from '../../src/engine/lint.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Pack } from '../../src/engine/schema.js';
import { fixturePack, rawFixture } from './helpers.js';

const continuum = parsePack(readFileSync(new URL('../../rules/continuum/1.0.0.json', import.meta.url), 'utf8'));
const draft = parsePack(readFileSync(new URL('../../rules/continuum/1.1.0-draft.1.json', import.meta.url), 'utf8'));

const text = (en: string) => ({ en, cy: `${en} (cy)` });

/** Findings other than the standard-floor warnings, which have a test of their own. */
const about = (result: LintResult) => result.findings.filter((finding) => finding.code !== 'missing-floor');

/** Each witness really reaches what it claims, when evaluated afresh. */
function checkWitnesses(pack: Pack, result: LintResult): void {
  const holds = (witness: Witness) => {
    const recommendation = evaluate(pack, witness.answers, { explain: false });
    if (witness.kind === 'rule')
      return recommendation.rules.find((rule) => rule.ruleId === witness.id)?.status === 'fired';
    if (witness.kind === 'level') return recommendation.level.id === witness.id;
    return recommendation.services.some((service) => service.id === witness.id);
  };
  for (const witness of result.witnesses) expect(holds(witness), `${witness.kind} ${witness.id}`).toBe(true);
}

describe('lint on the fixture', () => {
  const pack = fixturePack();
  const result = lint(pack);

  it('finds a witness for every rule, level and service, and no errors', () => {
    expect(result.errors).toBe(0);
    const reached = (kind: Witness['kind']) =>
      result.witnesses.filter((witness) => witness.kind === kind).map((witness) => witness.id);
    expect(reached('rule')).toEqual(pack.rules.map((rule) => rule.id));
    expect(reached('level')).toEqual(['level-1', 'level-2', 'level-3', 'level-4', 'immediate-danger']);
    expect(reached('service')).toEqual(pack.services.map((service) => service.id));
    checkWitnesses(pack, result);
  });

  it('shrinks witnesses to the answers that matter', () => {
    const of = (kind: Witness['kind'], id: string) =>
      result.witnesses.find((witness) => witness.kind === kind && witness.id === id)!.changes;
    expect(of('rule', 'immediate-danger')).toEqual({ danger: 'yes' });
    // One graded answer at Level 2 (whichever the search met first).
    const graded2 = Object.entries(of('rule', 'graded-2'));
    expect(graded2).toHaveLength(1);
    expect(graded2[0]![1]).toBe('l2');
    expect(of('rule', 'chronic-abuse')).toEqual({ factors: ['domestic-abuse'], 'da-duration': 'over-12-months' });
    expect(of('rule', 'toxic-trio')).toHaveProperty('factors');
    expect((of('rule', 'toxic-trio').factors as string[]).length).toBe(2);
    expect(of('level', 'level-1')).toEqual({});
    expect(result.baseline).toEqual(calmAnswers(pack));
  });

  it('warns about the questions no rule reads', () => {
    expect(about(result)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unread-question',
        target: { kind: 'question', id: 'note' },
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'unread-question',
        target: { kind: 'question', id: 'referrals' },
      }),
    ]);
    expect(about(result)[0]!.message).toBe(
      'No rule reads the question "note", so its answer cannot change the recommendation.',
    );
    expect(result.cycles).toEqual([]);
  });

  it('is deterministic, and speaks Welsh when asked', () => {
    const again = lint(pack);
    expect({ ...again, elapsedMs: 0 }).toEqual({ ...result, elapsedMs: 0 });
    const welsh = lint(pack, { locale: 'cy' });
    expect(about(welsh)[0]!.message).toBe(
      'Nid oes unrhyw reol yn darllen y cwestiwn "note", felly ni all ei ateb newid yr argymhelliad.',
    );
  });
});

describe('lint finds what a pack gets wrong', () => {
  it('reports a rule, a level and a service no answers were found to reach, honestly', () => {
    const raw = rawFixture();
    raw.rules.push({
      id: 'never',
      kind: 'concern',
      level: 'level-2',
      when: { and: [{ '==': [{ var: 'danger' }, 'yes'] }, { '==': [{ var: 'danger' }, 'no'] }] },
      rationale: text('Cannot hold.'),
    });
    raw.levels.push({ id: 'level-5', rank: 5, name: text('Level 5'), description: text('Nothing leads here.') });
    raw.services.push({
      id: 'level-5-service',
      name: text('Level 5 service'),
      description: text('Unused.'),
      contact: { phone: '01632 960009' },
      levels: ['level-5'],
    });
    const result = lint(parsePack(raw), { tries: 100, triesPerRule: 100 });
    expect(result.errors).toBe(3);
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.code, finding.target.id])).toEqual([
      ['unreachable-rule', 'never'],
      ['unreachable-level', 'level-5'],
      ['unreachable-service', 'level-5-service'],
    ]);
    expect(errors[0]!.message).toMatch(
      /^Rule "never" never fired: no witness found in \d+ tries\. This is a search, not a proof/,
    );
    expect(result.witnesses.some((witness) => witness.id === 'never')).toBe(false);
  });

  it('reports a rule that never changes the outcome because a higher one always fires with it', () => {
    const raw = rawFixture();
    raw.rules.push({
      id: 'implied',
      kind: 'concern',
      level: 'level-3',
      when: { '>=': [{ var: '$level.health' }, 4] },
      rationale: text('Health at Level 4, read as Level 3.'),
    });
    const result = lint(parsePack(raw));
    const finding = result.findings.find((candidate) => candidate.code === 'never-decides')!;
    // Health at Level 4 also puts the child section at Level 3, so graded-3 (same level) fires too.
    expect(finding).toMatchObject({
      severity: 'warning',
      target: { kind: 'rule', id: 'implied' },
      alwaysWith: ['graded-4', 'graded-3'],
    });
    expect(finding.firedIn).toBeGreaterThan(0);
    expect(finding.message).toContain('"graded-4", "graded-3" fired every time too, at the same or a higher level');
    expect(result.errors).toBe(0);
  });

  it('finds a witness for a rule that needs several answers together', () => {
    const raw = rawFixture();
    raw.rules.push({
      id: 'everything',
      kind: 'concern',
      level: 'level-3',
      when: {
        and: [
          { in: ['domestic-abuse', { var: 'factors' }] },
          { in: ['substance-misuse', { var: 'factors' }] },
          { '==': [{ var: 'da-duration' }, '3-12-months'] },
          { '>=': [{ var: 'referrals' }, 7] },
          { '==': [{ var: 'consent' }, 'refuses'] },
          { in: ['attendance', { var: 'strengths' }] },
        ],
      },
      rationale: text('All at once.'),
    });
    const pack = parsePack(raw);
    const result = lint(pack, { tries: 10 });
    const witness = result.witnesses.find((candidate) => candidate.id === 'everything')!;
    expect(witness.changes).toMatchObject({
      'da-duration': '3-12-months',
      referrals: 7,
      consent: 'refuses',
      strengths: ['attendance'],
    });
    checkWitnesses(pack, result);
  });

  it('says when a rule reads a computed variable, and then does not list unread questions', () => {
    const raw = rawFixture();
    raw.rules.push({
      id: 'computed',
      kind: 'advice',
      when: { '==': [{ var: { cat: ['dan', 'ger'] } }, 'yes'] },
      rationale: text('Computed.'),
    });
    const result = lint(parsePack(raw), { tries: 50 });
    expect(about(result).map((finding) => [finding.code, finding.target.id])).toEqual([['dynamic-read', 'computed']]);
  });

  it('finds showIf cycles in a questionnaire that parsePack would have refused', () => {
    const raw = structuredClone(fixturePack()) as {
      questionnaire: { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    };
    raw.questionnaire.sections[1]!.questions[0]!.showIf = { '!=': [{ var: '$level.basic-care' }, 4] };
    raw.questionnaire.sections[2]!.questions[0]!.showIf = { '!=': [{ var: 'health' }, 'l4'] };
    const pack = raw as unknown as Pack;
    expect(showIfCycles(pack)).toEqual([['health', 'basic-care', 'health']]);
    const result = lint(pack, { tries: 20, triesPerRule: 20 });
    expect(result.findings.find((finding) => finding.code === 'showif-cycle')).toMatchObject({
      severity: 'error',
      cycle: ['health', 'basic-care', 'health'],
      message: 'The showIf conditions form a cycle: health → basic-care → health.',
    });
    expect(showIfCycles(fixturePack())).toEqual([]);
  });

  it('reads $level and $section as the questions behind them', () => {
    const pack = fixturePack();
    expect([...logicReads(pack, { '>=': [{ var: '$section.child' }, 3] }).questions]).toEqual(['health', 'education']);
    expect([...logicReads(pack, { '>=': [{ var: '$level.basic-care' }, 3] }).questions]).toEqual(['basic-care']);
    expect([...logicReads(pack, { some: [{ var: 'factors' }, { '==': [{ var: '' }, 'x'] }] }).questions]).toEqual([
      'factors',
    ]);
    expect([...logicReads(pack, { '==': [{ var: '$outcome.level' }, 'level-2'] }).questions]).toEqual([]);
  });
});

describe('lint on the default pack and its draft', { timeout: 60_000 }, () => {
  it('1.0.0: everything is reached; one rule never decides; two questions are unread', () => {
    const result = lint(continuum);
    expect(result.errors).toBe(0);
    expect(result.witnesses.filter((witness) => witness.kind === 'rule')).toHaveLength(continuum.rules.length);
    expect(about(result).map((finding) => [finding.code, finding.target.id])).toEqual([
      ['never-decides', 'level-3-in-two-domains'],
      ['unread-question', 'practitioner-role'],
      ['unread-question', 'concern-summary'],
    ]);
    expect(about(result)[0]!.alwaysWith).toEqual(['graded-level-3']);
    checkWitnesses(continuum, result);
  });

  it('1.1.0-draft.1: the domestic-abuse rules are reached with the answers they are about', () => {
    const result = lint(draft);
    expect(result.errors).toBe(0);
    const of = (id: string) =>
      result.witnesses.find((witness) => witness.kind === 'rule' && witness.id === id)!.changes;
    expect(of('domestic-abuse-emotional-harm')).toEqual({ factors: ['domestic-abuse'] });
    expect(of('domestic-abuse-long-or-with-level-3-need').factors).toEqual(['domestic-abuse']);
    checkWitnesses(draft, result);
  });
});

describe('lint and the standard safety floors', { timeout: 60_000 }, () => {
  it('warns about each standard floor a pack does not declare, and not about those it does', () => {
    const raw = rawFixture();
    raw.floors = [
      {
        id: 'danger',
        standard: 'immediate-danger',
        when: { '==': [{ var: 'danger' }, 'yes'] },
        atLeast: 'immediate-danger',
        statement: text('x'),
      },
    ];
    const missing = lint(parsePack(raw), { tries: 50 })
      .findings.filter((finding) => finding.code === 'missing-floor')
      .map((finding) => finding.target.id);
    expect(missing).toEqual([
      'abuse-or-exploitation',
      'afraid-to-go-home',
      'parent-cannot-care',
      'baby-unexplained-injury',
      'uncertainty',
    ]);
  });
});
