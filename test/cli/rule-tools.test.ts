import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand, sideBySide, wrap } from '../../src/cli/commands/diff.js';
import { formatChanges, lintCommand } from '../../src/cli/commands/lint.js';
import { simulateCommand } from '../../src/cli/commands/simulate.js';
import { ruleToolsStrings } from '../../src/i18n/rule-tools.js';
import { progressBar } from '../../src/cli/progress.js';
import { madeDir } from './temp-dirs.js';

const fixture = new URL('../fixtures/small-pack.json', import.meta.url).pathname;
const continuum = new URL('../../rules/continuum/1.0.0.json', import.meta.url).pathname;
const draft = new URL('../../rules/continuum/1.1.0-draft.1.json', import.meta.url).pathname;

function capture(
  extra: { progress?: { isTTY?: boolean; columns?: number; write(text: string): unknown }; columns?: number } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), ...extra }, out, err };
}

const flags = (entries: Record<string, string | true> = {}) => new Map(Object.entries(entries));

function tempFile(name: string, text: string): string {
  const dir = madeDir('eh-rule-tools-');
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('eh-rules simulate', () => {
  it('prints the levels and services of a generated caseload as tables', () => {
    const { io, out, err } = capture();
    expect(simulateCommand([continuum], flags({ generate: '500', seed: '3' }), io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Caseload simulation: continuum 1.0.0, 500 generated cases (seed 3)');
    expect(text).toMatch(/Level\s+Name\s+Cases\s+Percent/);
    expect(text).toMatch(/level-1\s+Universal\s+\d+\s+\d+\.\d%/);
    expect(text).toMatch(/Service\s+Name\s+Cases\s+Percent/);
    expect(text).toMatch(/front-door\s+Front Door \/ MASH/);
    expect(text).toMatch(/500 cases: 500 complete, 0 incomplete \(provisional level\), \d+ urgent\./);
    expect(text).toMatch(/Took \d+\.\d\d s \([\d,]+ cases a second\)\./);
    expect(err).toEqual([]);
  });

  it('gives the same numbers for the same seed, as JSON', () => {
    const run = () => {
      const { io, out } = capture();
      simulateCommand([continuum], flags({ generate: '300', json: true }), io);
      const { elapsedMs: _e, casesPerSecond: _c, ...rest } = JSON.parse(out.join('\n'));
      return rest;
    };
    const first = run();
    expect(first).toMatchObject({ packId: 'continuum', total: 300, sources: ['300 generated cases (seed 1)'] });
    expect(first.levels.reduce((sum: number, level: { count: number }) => sum + level.count, 0)).toBe(300);
    expect(run()).toEqual(first);
  });

  it('reads a CSV caseload and says in Welsh what it found', () => {
    const file = tempFile(
      'cases.csv',
      [
        'name,danger,health,education,basic-care,factors,da-duration,consent',
        'a,no,none,none,none,,,agrees',
        'b,no,l3,none,none,domestic-abuse|mental-health,under-3-months,agrees',
        'c,yes,,,,,,',
      ].join('\n'),
    );
    const { io, out } = capture();
    expect(simulateCommand([fixture, file], flags({ lang: 'cy' }), io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(`Efelychu llwyth achosion: fixture 1.0.0, achosion o ${file}: 3`);
    expect(text).toMatch(/level-1\s+Cyffredinol\s+1\s+33[.,]3%/);
    expect(text).toMatch(/level-3\s+Anghenion cymhleth\s+1/);
    // The urgent case asks nothing else, so it is complete.
    expect(text).toContain('Achosion: 3; cyflawn: 3; anghyflawn (lefel dros dro): 0; brys: 1.');
  });

  it('reads JSON Lines of golden cases and warns about answers it cannot use', () => {
    const golden = JSON.parse(
      readFileSync(new URL('../../rules/continuum/cases/toxic-trio-two-factors.json', import.meta.url), 'utf8'),
    );
    const second = JSON.stringify({ ...golden.answers, 'child-health': 'fine' });
    const file = tempFile('cases.jsonl', `${JSON.stringify(golden)}\n${second}\n`);
    const column = second.indexOf('"child-health"') + 1;
    const { io, out, err } = capture();
    expect(simulateCommand([continuum, file], flags(), io)).toBe(0);
    expect(err[0]).toBe('1 answer will not be used (the engine treats it as unanswered):');
    expect(err[1]).toBe(
      `  ${file}, line 2, column ${column}: "fine" is not one of the choices of "child-health"; the answer is not used.`,
    );
    expect(out.join('\n')).toContain('1 case has answers the engine could not use (treated as unanswered).');
  });

  it('refuses a caseload with rows it cannot read, naming line and column', () => {
    const file = tempFile('bad.csv', 'danger,referrals\nno,lots\nno,1,extra\n');
    const { io, err } = capture();
    expect(simulateCommand([fixture, file], flags(), io)).toBe(1);
    expect(err).toEqual([
      `${file}, line 2, column 2: "lots" is not a number, and "referrals" is a number question.`,
      `${file}, line 3, column 3: this row has 3 cells but the header has 2.`,
      '2 rows could not be read. Fix the file and run again; nothing was simulated.',
    ]);
  });

  it('asks for a caseload, and checks --generate', () => {
    const none = capture();
    expect(simulateCommand([fixture], flags(), none.io)).toBe(2);
    expect(none.err).toEqual(['Give a caseload (.jsonl or .csv), or --generate N.']);
    const bad = capture();
    expect(simulateCommand([fixture], flags({ generate: 'many' }), bad.io)).toBe(2);
    expect(bad.err).toEqual(['--generate needs a whole number, not "many".']);
    const missing = capture();
    expect(simulateCommand(['/no/such/pack.json'], flags({ generate: '1' }), missing.io)).toBe(1);
    expect(missing.err[0]).toMatch(/^Cannot read \/no\/such\/pack\.json: /);
  });

  it('draws a progress bar on a terminal only', () => {
    const writes: string[] = [];
    const tty = capture({ progress: { isTTY: true, columns: 100, write: (text: string) => writes.push(text) } });
    simulateCommand([fixture], flags({ generate: '3000' }), tty.io);
    expect(writes.some((text) => text.startsWith('\rSimulating [') && text.includes('3,000/3,000'))).toBe(true);
    expect(writes.at(-1)).toBe('\r\u001b[K');
    const piped: string[] = [];
    const pipe = capture({ progress: { isTTY: false, write: (text: string) => piped.push(text) } });
    simulateCommand([fixture], flags({ generate: '3000' }), pipe.io);
    expect(piped).toEqual([]);
  });
});

describe('the progress bar', () => {
  it('redraws at most every interval, and always at the end', () => {
    const writes: string[] = [];
    let time = 0;
    const bar = progressBar('Working', {
      stream: { isTTY: true, columns: 60, write: (text) => writes.push(text) },
      now: () => time,
    });
    bar.update(1, 10);
    time = 50;
    bar.update(2, 10);
    time = 200;
    bar.update(5, 10);
    bar.update(10, 10);
    bar.done();
    expect(writes).toHaveLength(4);
    expect(writes[1]!.endsWith('\u001b[K'), 'clears the rest of the line').toBe(true);
    expect(writes[1]!.slice(0, -3)).toMatch(/^\rWorking \[#+-+\] {2}50% {2}5\/10$/);
    expect(writes[2]).toContain(' 100%  10/10');
  });
});

describe('eh-rules diff', () => {
  it('compares 1.0.0 with the draft over the golden cases: summary, matrix, service changes, changed cases side by side', () => {
    const { io, out, err } = capture({ columns: 100 });
    expect(diffCommand([continuum, draft], flags({ limit: '2' }), io)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('\n');
    expect(text).toMatch(/^Comparing continuum 1\.0\.0 with continuum 1\.1\.0-draft\.1 over 89 cases \(89 golden\)\./);
    expect(text).toContain(
      'cases move from "Additional needs – single agency" to "Complex needs – multi-agency early help".',
    );
    expect(text).toContain(
      'Level shift (rows: 1.0.0; columns: 1.1.0-draft.1). Cases on the diagonal keep their level.',
    );
    expect(text).toMatch(/1\.0\.0 \\ 1\.1\.0-draft\.1\s+level-1\s+level-2\s+level-3\s+level-4\s+immediate-danger/);
    expect(text).toMatch(/single-agency-early-help\s+multi-agency-early-help\s+\d+\s+\d+\.\d%/);
    expect(text).toMatch(/Changed cases \(showing 2 of \d+\)/);
    expect(text).toContain('Case 28: domestic-abuse-alone-is-emotional-harm (golden case)');
    expect(text).toMatch(/1\.0\.0: Additional needs – single agency\s+\| 1\.1\.0-draft\.1: Complex needs/);
    expect(text).toMatch(
      /• factor-present: You named at least one thing\s+\| • domestic-abuse-emotional-harm: The child/,
    );
    expect(text).toMatch(/…and \d+ more \(every changed case is in --json; --limit shows more here\)\./);
  });

  it('adds generated cases from both questionnaires and gives the whole comparison as JSON', () => {
    const { io, out } = capture();
    expect(diffCommand([continuum, draft], flags({ generate: '400', json: true }), io)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.total).toBe(489);
    expect(result.caseload).toEqual({ golden: 89, file: 0, generated: 400, seed: 1 });
    expect(result.matrix.counts.flat().reduce((a: number, b: number) => a + b, 0)).toBe(489);
    expect(result.cases).toHaveLength(result.changed);
    expect(result.down).toBe(0);
    expect(result.summary[0]).toMatch(/^\d+ of 489 cases change level: \d+ higher, 0 lower\.$/);
  });

  it('streams every changed case as an NDJSON line as it is found, then the totals with --limit explained', () => {
    const { io, out } = capture();
    expect(diffCommand([continuum, draft], flags({ generate: '400', ndjson: true, limit: '3' }), io)).toBe(0);
    const lines = out.map((line) => JSON.parse(line));
    const summary = lines.at(-1);
    const cases = lines.slice(0, -1);
    expect(summary.type).toBe('summary');
    expect(cases.every((line) => line.type === 'case')).toBe(true);
    // One line per changed case, in caseload order, each with both outcomes and nothing explained.
    expect(cases).toHaveLength(summary.changed);
    expect(summary.changed).toBeGreaterThan(3);
    expect(cases.map((line) => line.index)).toEqual([...cases.map((line) => line.index)].sort((a, b) => a - b));
    for (const line of cases) {
      expect(line.levelChanged || line.servicesChanged).toBe(true);
      expect(line.levelChanged).toBe(line.old.level !== line.new.level);
      expect(line).not.toHaveProperty('answers');
    }
    // The totals hold only the first --limit changed cases, explained: memory does not grow with the caseload.
    expect(summary.cases).toHaveLength(3);
    expect(summary.cases.map((item: { index: number }) => item.index)).toEqual(
      cases.slice(0, 3).map((line) => line.index),
    );
    expect(summary.cases[0].new.rationale.length).toBeGreaterThan(0);
    expect(summary.casesOmitted).toBe(summary.changed - 3);
  });

  it('refuses --json with --ndjson, saying why', () => {
    const { io, err } = capture();
    expect(diffCommand([continuum, draft], flags({ json: true, ndjson: true }), io)).toBe(2);
    expect(err.join('\n')).toContain('--json or --ndjson, not both');
  });

  it('takes --cases as a folder of golden cases or a caseload file, and speaks Welsh', () => {
    const dir = madeDir('eh-rule-tools-cases-');
    cpSync(
      new URL('../../rules/continuum/cases/toxic-trio-one-factor-only.json', import.meta.url),
      join(dir, 'one.json'),
    );
    const folder = capture();
    expect(diffCommand([continuum, draft], flags({ cases: dir, lang: 'cy' }), folder.io)).toBe(0);
    const text = folder.out.join('\n');
    expect(text).toContain('Cymharu continuum 1.0.0 â continuum 1.1.0-draft.1 dros 1 achos (euraidd: 1).');
    expect(text).toContain(
      `Mae 1 o'r 1 achos yn symud o "Anghenion ychwanegol – un asiantaeth" i "Anghenion cymhleth – cymorth cynnar amlasiantaethol".`,
    );
    expect(text).toContain('Achos 1: one (achos euraidd)');
    const answers = JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')).answers;
    const file = tempFile(
      'load.jsonl',
      `${JSON.stringify(answers)}\n${JSON.stringify({ ...answers, factors: ['none'] })}\n`,
    );
    const fromFile = capture();
    expect(diffCommand([continuum, draft], flags({ cases: file, json: true }), fromFile.io)).toBe(0);
    expect(JSON.parse(fromFile.out.join('\n'))).toMatchObject({
      total: 2,
      changed: 1,
      caseload: { golden: 0, file: 2 },
    });
  });

  it('says when there is nothing to compare', () => {
    const dir = madeDir('eh-rule-tools-empty-');
    mkdirSync(join(dir, 'fixture'));
    cpSync(fixture, join(dir, 'fixture', '1.0.0.json'));
    const { io, err } = capture();
    expect(diffCommand([join(dir, 'fixture', '1.0.0.json'), fixture], flags(), io)).toBe(1);
    expect(err).toEqual(['No cases to compare: no golden cases were found and --generate was not given.']);
    const usage = capture();
    expect(diffCommand([fixture], flags(), usage.io)).toBe(2);
  });

  it('wraps text into two columns', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(sideBySide(['left side text'], ['right'], 60)).toBe(`${'left side text'.padEnd(28)} | right`);
    expect(sideBySide(['a b c'], ['d'], 10).split('\n')[0]).toBe(`${'a b c'.padEnd(24)} | d`);
  });
});

describe('eh-rules lint', () => {
  it('lists findings, witnesses, and exits 0 on warnings only', () => {
    const { io, out } = capture();
    expect(lintCommand([fixture], flags(), io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^Lint: fixture 1\.0\.0/);
    expect(text).toMatch(/warning\s+question\s+note\s+No rule reads the question "note"/);
    expect(text).toContain('No showIf cycles.');
    expect(text).toMatch(/rule\s+immediate-danger\s+danger=yes/);
    expect(text).toMatch(/rule\s+chronic-abuse\s+factors=domestic-abuse; da-duration=over-12-months/);
    expect(text).toMatch(/level\s+level-1\s+\(the calm baseline itself\)/);
    expect(text).toContain('0 errors, 8 warnings.');
    expect(text).toMatch(
      /warning\s+safety floor\s+immediate-danger\s+The pack declares no "immediate-danger" safety floor/,
    );
  });

  it('exits 1 when a rule cannot be reached, and gives JSON', () => {
    const raw = JSON.parse(readFileSync(fixture, 'utf8'));
    raw.rules.push({
      id: 'never',
      kind: 'concern',
      level: 'level-2',
      when: { '<': [{ var: 'referrals' }, 0] },
      rationale: { en: 'No.', cy: 'Na.' },
    });
    const file = tempFile('pack.json', JSON.stringify(raw));
    const { io, out } = capture();
    expect(lintCommand([file], flags({ json: true, tries: '50' }), io)).toBe(1);
    const result = JSON.parse(out.join('\n'));
    expect(result.errors).toBe(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'error',
      code: 'unreachable-rule',
      target: { kind: 'rule', id: 'never' },
    });
    const welsh = capture();
    expect(lintCommand([file], flags({ lang: 'cy', tries: '50' }), welsh.io)).toBe(1);
    expect(welsh.out.join('\n')).toMatch(/gwall\s+rheol\s+never\s+Ni sbardunwyd y rheol "never" erioed/);
  });

  it('formats witness changes compactly', () => {
    expect(formatChanges({ factors: ['a', 'b'], referrals: 3 })).toBe('factors=a|b; referrals=3');
  });
});

describe('the rule-tool strings', () => {
  it('have the same keys in English and Welsh, and every Welsh text differs', () => {
    const leaves = (tree: object, prefix = ''): Array<[string, unknown]> =>
      Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
        value && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
      );
    const en = new Map(leaves(ruleToolsStrings.en));
    const cy = new Map(leaves(ruleToolsStrings.cy));
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
    const sample = (value: unknown) =>
      typeof value === 'function' ? (value as (...args: unknown[]) => string)(...Array(value.length).fill(2)) : value;
    for (const [key, value] of en) {
      const english = sample(value);
      const welsh = sample(cy.get(key));
      expect(typeof english === 'string' && english.trim() !== '' && !/undefined|NaN/.test(english), key).toBe(true);
      expect(welsh, key).not.toBe(english);
    }
  });
});
