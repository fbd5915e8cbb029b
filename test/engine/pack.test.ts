import { describe, expect, it } from 'vitest';
import { PackError, parsePack, type PackProblem } from '../../src/engine/pack.js';
import { rawFixture } from './helpers.js';

/** Parses a pack expected to fail and returns its problems. */
function problemsOf(input: unknown, locale?: 'en' | 'cy'): readonly PackProblem[] {
  try {
    parsePack(input, locale ? { locale } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).problems;
  }
  throw new Error('expected the pack to be rejected');
}

function mutated(change: (pack: Record<string, any>) => void): Record<string, any> {
  const pack = rawFixture();
  change(pack);
  return pack;
}

const q = (pack: Record<string, any>, section: number, question: number) =>
  pack.questionnaire.sections[section].questions[question];

describe('parsePack', () => {
  it('accepts the fixture and freezes it', () => {
    const pack = parsePack(rawFixture());
    expect(pack.id).toBe('fixture');
    expect(Object.isFrozen(pack.levels[0])).toBe(true);
  });

  const cases: Array<[string, unknown, { path: string; code: string; message: RegExp }]> = [
    ['text that is not JSON', '{"id": "x",', { path: '$', code: 'json.syntax', message: /not valid JSON/ }],
    [
      'a missing required field',
      mutated((p) => delete p.title),
      { path: '$.title', code: 'schema.required', message: /required but missing/ },
    ],
    [
      'a misspelt field',
      mutated((p) => (q(p, 1, 0).requird = true)),
      {
        path: '$.questionnaire.sections[1].questions[0].requird',
        code: 'schema.unknown-field',
        message: /"requird" is not a field/,
      },
    ],
    [
      'a wrong type',
      mutated((p) => (p.levels[0].rank = '1')),
      { path: '$.levels[0].rank', code: 'schema.type', message: /Expected a number/ },
    ],
    [
      'a version that is not semver',
      mutated((p) => (p.version = '1.0')),
      { path: '$.version', code: 'schema.format', message: /semantic version/ },
    ],
    [
      'a date in the wrong form',
      mutated((p) => (p.effectiveFrom = '01/01/2026')),
      { path: '$.effectiveFrom', code: 'schema.format', message: /YYYY-MM-DD/ },
    ],
    [
      'a status that does not exist',
      mutated((p) => (p.status = 'live')),
      { path: '$.status', code: 'schema.not-one-of', message: /"draft", "approved", "illustrative"/ },
    ],
    [
      'an id with capitals',
      mutated((p) => (p.rules[0].id = 'Immediate Danger')),
      { path: '$.rules[0].id', code: 'schema.format', message: /lower-case letters/ },
    ],
    [
      'text missing in a declared locale',
      mutated((p) => delete p.levels[1].name.cy),
      { path: '$.levels[1].name', code: 'text.missing-locale', message: /missing in "cy"/ },
    ],
    [
      'an unknown JSON-Logic operator',
      mutated((p) => (p.rules[1].when = { contains: [{ var: 'factors' }, 'x'] })),
      {
        path: '$.rules[1].when.contains',
        code: 'logic.unknown-operator',
        message: /"contains" is not a JSON-Logic operation/,
      },
    ],
    [
      'two operations in one object (always true to JSON-Logic)',
      mutated((p) => (p.rules[1].when = { and: [{ '==': [{ var: 'health' }, 'l3'], in: ['l3', ['l3']] }] })),
      {
        path: '$.rules[1].when.and[0]',
        code: 'logic.not-an-operation',
        message: /several operations \(==, in\).*always counts as true/,
      },
    ],
    [
      'an empty object as a condition',
      mutated((p) => (p.questionnaire.sections[1].questions[0].showIf = {})),
      {
        path: '$.questionnaire.sections[1].questions[0].showIf',
        code: 'logic.not-an-operation',
        message: /empty object/,
      },
    ],
    [
      'a var that names no question',
      mutated((p) => (p.rules[5].when = { '==': [{ var: 'da-duraton' }, 'over-12-months'] })),
      {
        path: '$.rules[5].when["=="][0].var',
        code: 'logic.unknown-var',
        message: /"da-duraton" does not name a question/,
      },
    ],
    [
      'a rule pointing to an unknown level',
      mutated((p) => (p.rules[2].level = 'level-9')),
      { path: '$.rules[2].level', code: 'ref.unknown-level', message: /"level-9"/ },
    ],
    [
      'a rule pointing to an unknown service',
      mutated((p) => (p.rules[1].service = 'mash')),
      { path: '$.rules[1].service', code: 'ref.unknown-service', message: /no service with the id "mash"/ },
    ],
    [
      'a duplicate question id',
      mutated((p) => (q(p, 1, 1).id = 'health')),
      {
        path: '$.questionnaire.sections[1].questions[1].id',
        code: 'id.duplicate',
        message: /question already has the id "health"/,
      },
    ],
    [
      'an option value used twice',
      mutated((p) => (q(p, 1, 0).options[2].value = 'l2')),
      {
        path: '$.questionnaire.sections[1].questions[0].options[2].value',
        code: 'option.duplicate-value',
        message: /"l2" is used twice/,
      },
    ],
    [
      'showIf that refers to a later question',
      mutated((p) => (q(p, 1, 0).showIf = { '==': [{ var: 'consent' }, 'agrees'] })),
      {
        path: '$.questionnaire.sections[1].questions[0].showIf["=="][0].var',
        code: 'logic.later-question',
        message: /"consent", which is asked later/,
      },
    ],
    [
      'a concern without a level',
      mutated((p) => delete p.rules[2].level),
      { path: '$.rules[2]', code: 'rule.level-required', message: /must name the "level"/ },
    ],
    [
      'a strength capping under a note-only policy',
      mutated((p) => (p.rules[6].cap = 'level-2')),
      { path: '$.rules[6].cap', code: 'rule.cap-not-allowed', message: /"may-cap"/ },
    ],
    [
      'a graded read of a question without levels',
      mutated((p) => (p.rules[5].when = { '>=': [{ var: '$level.consent' }, 2] })),
      {
        path: '$.rules[5].when[">="][0].var',
        code: 'logic.not-graded',
        message: /"consent" has no options with a level/,
      },
    ],
    [
      'a concern reading the outcome',
      mutated((p) => (p.rules[5].when = { '==': [{ var: '$outcome.level' }, 'level-2'] })),
      { path: '$.rules[5].when["=="][0].var', code: 'logic.outcome-outside-advice', message: /only advice rules/ },
    ],
    [
      'dates in the wrong order',
      mutated((p) => (p.effectiveTo = '2025-12-31')),
      { path: '$.effectiveTo', code: 'dates.reversed', message: /before "effectiveFrom"/ },
    ],
    [
      'an approved pack without an approver',
      mutated((p) => (p.status = 'approved')),
      { path: '$.provenance', code: 'provenance.approval-missing', message: /approvedBy/ },
    ],
    [
      'a service with no way to contact it',
      mutated((p) => (p.services[0].contact = {})),
      { path: '$.services[0].contact', code: 'service.no-contact', message: /phone number/ },
    ],
    [
      'two levels with one rank',
      mutated((p) => (p.levels[1].rank = 1)),
      { path: '$.levels[1].rank', code: 'level.duplicate-rank', message: /rank 1/ },
    ],
    [
      'text in a language that is not allowed',
      mutated((p) => (p.title.fr = 'Parcours')),
      { path: '$.title.fr', code: 'schema.locale', message: /en, cy/ },
    ],
    [
      'a choice question without options',
      mutated((p) => delete q(p, 4, 1).options),
      {
        path: '$.questionnaire.sections[4].questions[1]',
        code: 'question.options-required',
        message: /needs "options"/,
      },
    ],
    [
      'an urgent rule with no urgent outcome',
      mutated((p) => {
        delete p.urgent;
        p.services[3].levels = ['level-4'];
        p.services.pop();
      }),
      { path: '$.rules[0]', code: 'rule.urgent-without-outcome', message: /"urgent" outcome/ },
    ],
  ];

  it.each(cases)('rejects %s with its path and a plain sentence', (_name, input, expected) => {
    const problems = problemsOf(input);
    expect(problems).toContainEqual(expect.objectContaining({ path: expected.path, code: expected.code }));
    const problem = problems.find((p) => p.path === expected.path && p.code === expected.code)!;
    expect(problem.message).toMatch(expected.message);
  });

  it('lists every problem at once, not only the first', () => {
    const problems = problemsOf(
      mutated((p) => {
        p.rules[2].level = 'level-9';
        p.rules[1].service = 'mash';
        delete p.levels[0].description.cy;
        q(p, 1, 0).options[1].value = 'none';
      }),
    );
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['option.duplicate-value', 'ref.unknown-level', 'ref.unknown-service', 'text.missing-locale'].sort(),
    );
  });

  it('names the enclosing items so the author can find the problem', () => {
    const [problem] = problemsOf(mutated((p) => (q(p, 1, 0).options[2].value = 'l2')));
    expect(problem!.where).toBe('section "child" › question "health" › option "l2"');
  });

  it('puts every problem in the error message', () => {
    try {
      parsePack(mutated((p) => ((p.rules[2].level = 'level-9'), (p.rules[1].service = 'mash'))));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/^The rule pack has 2 problems:/);
      expect((error as Error).message).toContain('$.rules[2].level');
      expect((error as Error).message).toContain('$.rules[1].service');
    }
  });

  it('explains problems in Welsh when asked', () => {
    const [english] = problemsOf(mutated((p) => (p.rules[2].level = 'level-9')));
    const [welsh] = problemsOf(
      mutated((p) => (p.rules[2].level = 'level-9')),
      'cy',
    );
    expect(welsh!.path).toBe(english!.path);
    expect(welsh!.message).not.toBe(english!.message);
    expect(welsh!.message).toContain('"level-9"');
  });

  it('accepts inner-scope vars inside array operations', () => {
    const pack = mutated(
      (p) => (p.rules[4].when = { some: [{ var: 'factors' }, { '==': [{ var: '' }, 'domestic-abuse'] }] }),
    );
    expect(() => parsePack(pack)).not.toThrow();
  });
});
