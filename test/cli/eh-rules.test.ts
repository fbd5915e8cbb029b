import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/eh-rules.js';
import { madeDir } from './temp-dirs.js';

const fixture = new URL('../fixtures/small-pack.json', import.meta.url);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** A rules folder holding the fixture pack and the given golden cases. */
function rulesDir(cases: Record<string, unknown>): string {
  const dir = madeDir('eh-rules-');
  mkdirSync(join(dir, 'fixture', 'cases'), { recursive: true });
  cpSync(fixture, join(dir, 'fixture', '1.0.0.json'));
  for (const [name, golden] of Object.entries(cases))
    writeFileSync(join(dir, 'fixture', 'cases', `${name}.json`), JSON.stringify(golden));
  return dir;
}

const calm = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none', consent: 'agrees' };

describe('eh-rules check', () => {
  it('prints a table and exits 0 when every case passes', () => {
    const dir = rulesDir({
      universal: {
        description: 'nothing of concern',
        answers: calm,
        expect: { level: 'level-1', service: 'universal', complete: true },
      },
      danger: {
        description: 'immediate danger',
        answers: { danger: 'yes' },
        expect: { level: 'immediate-danger', urgent: true, fires: ['immediate-danger'] },
      },
    });
    const { io, out } = capture();
    expect(main(['check', dir], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Pack\s+Version\s+Status\s+Cases\s+Passed\s+Failed\s+Result/);
    expect(text).toMatch(/fixture\s+1\.0\.0\s+illustrative\s+2\s+2\s+0\s+ok/);
    expect(text).toContain('1 pack, 2 cases: 2 passed, 0 failed');
  });

  it('exits non-zero and says what differed when a case fails', () => {
    const dir = rulesDir({
      wrong: {
        description: 'expects the wrong level',
        answers: { ...calm, health: 'l3' },
        expect: { level: 'level-2', silent: ['graded-3'] },
      },
    });
    const { io, out } = capture();
    expect(main(['check', dir], io)).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('fixture@1.0.0: Case wrong (expects the wrong level) failed:');
    expect(text).toContain('level: expected level-2, got level-3');
    expect(text).toContain('expected the rule "graded-3" not to fire; it fired');
  });

  it('reports an invalid pack with every problem and its path', () => {
    const dir = rulesDir({});
    const file = join(dir, 'fixture', '1.0.0.json');
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    raw.rules[2].level = 'level-9';
    raw.version = '1.0.1';
    writeFileSync(file, JSON.stringify(raw));
    const { io, out } = capture();
    expect(main(['check', dir], io)).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('invalid pack');
    expect(text).toContain(
      '$.rules[2].level (rule "graded-3"): There is no level (or urgent outcome) with the id "level-9".',
    );
    // Once, not again under the proofs, and never a negative count.
    expect(text.split('There is no level (or urgent outcome) with the id "level-9"').length).toBe(2);
    expect(text).not.toMatch(/-\d+ passed/);
    expect(text).toMatch(/1 pack, 0 cases: 0 passed, 0 failed; 1 other problem listed above/);
  });

  it('names a releases.lock.json it cannot read, and lock never overwrites it', () => {
    const dir = rulesDir({});
    const lockFile = join(dir, 'releases.lock.json');
    const broken = '{\n  "fixture@1.0.0": "abc",\n}\n';
    writeFileSync(lockFile, broken);
    const checked = capture();
    expect(main(['check', dir], checked.io)).toBe(1);
    expect(checked.out.join('\n')).toMatch(/Cannot read .*releases\.lock\.json: .*JSON/);
    const locked = capture();
    expect(main(['lock', dir], locked.io)).toBe(1);
    expect(locked.err.join('\n')).toMatch(/Cannot read .*releases\.lock\.json/);
    expect(readFileSync(lockFile, 'utf8')).toBe(broken);
    writeFileSync(lockFile, JSON.stringify({ 'fixture@1.0.0': 12 }));
    const wrongShape = capture();
    expect(main(['check', dir], wrongShape.io)).toBe(1);
    expect(wrongShape.out.join('\n')).toContain('"fixture@1.0.0": expected a SHA-256 hash as a string');
  });

  it('flags a pack whose file name does not match its version', () => {
    const dir = rulesDir({});
    cpSync(join(dir, 'fixture', '1.0.0.json'), join(dir, 'fixture', '1.1.0.json'));
    const { io, out } = capture();
    expect(main(['check', dir], io)).toBe(1);
    expect(out.join('\n')).toContain('The file is named 1.1.0.json but the pack says "version": "1.0.0".');
  });

  it('rejects a malformed golden case with the path that is wrong', () => {
    const dir = rulesDir({ broken: { description: 'no expectation', answers: calm } });
    const { io, out } = capture();
    expect(main(['check', dir], io)).toBe(1);
    expect(out.join('\n')).toContain('$.expect: This field is required but missing.');
  });

  it('says so when there is nothing to check', () => {
    const { io, err } = capture();
    expect(main(['check', madeDir('eh-empty-')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/No rule packs/);
  });
});

describe('eh-rules explain', () => {
  function answersFile(answers: unknown): string {
    const file = join(madeDir('eh-answers-'), 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    return file;
  }

  it('prints the level, the service, the rationale with the answers behind it, and the stamp', () => {
    const { io, out } = capture();
    expect(main(['explain', fixture.pathname, answersFile({ ...calm, health: 'l3' }), '--now', '2026-05-01'], io)).toBe(
      0,
    );
    const text = out.join('\n');
    expect(text).toContain('Suggested level: Complex needs');
    expect(text).toContain('- Team Around the Family: Multi-agency early help.');
    expect(text).toContain('- A need is described at Level 3.\n    Health: Health needs often unmet');
    expect(text).toMatch(/Content hash \(SHA-256\): [0-9a-f]{64}/);
    expect(text).toMatch(/professional judgement/);
  });

  it('with --what-if, adds the fewest changes that would move the level, as text and as JSON', () => {
    const file = answersFile({ ...calm, health: 'l3' });
    const { io, out } = capture();
    expect(main(['explain', fixture.pathname, file, '--what-if', '--now', '2026-05-01'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('What would change this');
    expect(text).toContain('conditions to watch, not answers to change');
    // Level 3 because of health alone: health back to no concern brings it down.
    expect(text).toMatch(/It would be [^\n]+ if:\n {4}- Health: /);
    const json = capture();
    main(['explain', fixture.pathname, file, '--what-if', '--json', '--now', '2026-05-01'], json.io);
    const parsed = JSON.parse(json.out.join('\n'));
    expect(parsed.whatIf.searched).toBe(true);
    expect(parsed.whatIf.down.size).toBe(1);
    expect(
      parsed.whatIf.down.suggestions.some(
        (s: { changes: { questionId: string }[] }) => s.changes[0]!.questionId === 'health',
      ),
    ).toBe(true);
    // Without the flag, nothing is searched.
    const plain = capture();
    main(['explain', fixture.pathname, file, '--json', '--now', '2026-05-01'], plain.io);
    expect(JSON.parse(plain.out.join('\n')).whatIf).toBeUndefined();
  });

  it('speaks Welsh with --lang cy and can print JSON', () => {
    const welsh = capture();
    main(['explain', fixture.pathname, answersFile(calm), '--lang', 'cy', '--now', '2026-05-01'], welsh.io);
    expect(welsh.out.join('\n')).toContain('Cyffredinol');
    const json = capture();
    main(['explain', fixture.pathname, answersFile(calm), '--json', '--now', '2026-05-01'], json.io);
    expect(JSON.parse(json.out.join('\n')).level.id).toBe('level-1');
  });

  it('fails on answers it cannot use, saying which, and goes on only when allowed', () => {
    const refused = capture();
    expect(
      main(['explain', fixture.pathname, answersFile({ ...calm, health: 'l9' }), '--now', '2026-05-01'], refused.io),
    ).toBe(1);
    expect(refused.err.join('\n')).toContain('$.health: "l9" is not one of the options of "health".');
    expect(refused.err.join('\n')).toContain('--allow-invalid');
    expect(refused.out).toEqual([]);
    const { io, err, out } = capture();
    expect(
      main(
        [
          'explain',
          fixture.pathname,
          answersFile({ ...calm, health: 'l9' }),
          '--now',
          '2026-05-01',
          '--allow-invalid',
          '--allow-incomplete',
        ],
        io,
      ),
    ).toBe(0);
    expect(err.join('\n')).toContain('$.health: "l9" is not one of the options of "health".');
    expect(out.join('\n')).toContain('Still to answer:\n- Health');
  });

  it('reads answers wrapped as {"answers": …}: immediate danger is urgent, not a provisional Level 1', () => {
    const { io, out } = capture();
    expect(
      main(['explain', fixture.pathname, answersFile({ answers: { danger: 'yes' } }), '--now', '2026-05-01'], io),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/Act now/);
    expect(out.join('\n')).not.toContain('Universal');
  });

  it('fails on an incomplete set of answers unless allowed, naming what is missing', () => {
    const missing = capture();
    expect(
      main(
        ['explain', fixture.pathname, answersFile({ danger: 'no', health: 'l2' }), '--now', '2026-05-01'],
        missing.io,
      ),
    ).toBe(1);
    expect(missing.err.join('\n')).toMatch(/required questions are unanswered/);
    expect(missing.err.join('\n')).toMatch(/education/);
    const allowed = capture();
    expect(
      main(
        [
          'explain',
          fixture.pathname,
          answersFile({ danger: 'no', health: 'l2' }),
          '--allow-incomplete',
          '--now',
          '2026-05-01',
        ],
        allowed.io,
      ),
    ).toBe(0);
    expect(allowed.out.join('\n')).toMatch(/Provisional/);
  });

  it("refuses unknown options, a bad --lang, a missing value and stray files, with the command's usage", () => {
    const cases: [string[], RegExp][] = [
      [['explain', fixture.pathname, 'x.json', '--jsno'], /eh-rules explain has no option --jsno/],
      [['check', 'rules', '--lang', 'fr'], /--lang must be en or cy, not "fr"/],
      [['simulate', fixture.pathname, '--seed'], /--seed needs a value/],
      [['lint', fixture.pathname, 'extra.json'], /wrong number of files or folders/],
    ];
    for (const [args, message] of cases) {
      const { io, err } = capture();
      expect(main(args, io), args.join(' ')).toBe(2);
      expect(err.join('\n')).toMatch(message);
      expect(err.join('\n')).toContain('eh-rules');
    }
  });

  it('gives each command its own --help', () => {
    const { io, out } = capture();
    expect(main(['explain', '--help'], io)).toBe(0);
    const help = out.join('\n');
    expect(help).toMatch(/eh-rules explain .*--json.*--now/);
    expect(help).not.toMatch(/eh-rules simulate/);
    const welsh = capture();
    expect(main(['prove', '-h', '--lang', 'cy'], welsh.io)).toBe(0);
    expect(welsh.out.join('\n')).toMatch(/Defnydd:[\s\S]*eh-rules prove/);
  });

  it('fails clearly on an unknown command', () => {
    const { io, err } = capture();
    expect(main(['frobnicate'], io)).toBe(2);
    expect(err.join('\n')).toContain('Unknown command "frobnicate".');
  });
});

describe('eh-rules library', () => {
  it('writes every pack and golden case under a folder as one file the Rule Lab reads', async () => {
    const { libraryCases, libraryPacks } = await import('../../src/engine/lab.js');
    const dir = rulesDir({ calm: { description: 'nothing of concern', answers: calm, expect: { level: 'level-1' } } });
    const target = join(dir, 'library.json');
    const { io, out } = capture();
    expect(main(['library', dir, '--write', target], io)).toBe(0);
    expect(out.join('\n')).toContain(target);
    const library = JSON.parse(readFileSync(target, 'utf8'));
    expect(libraryPacks(library).map((pack) => `${pack.id}@${pack.version}`)).toEqual(['fixture@1.0.0']);
    expect(libraryPacks(library)[0]!.text).toBe(readFileSync(fixture, 'utf8'));
    expect(libraryCases(library, 'fixture').map((file) => file.path)).toEqual(['fixture/cases/calm.json']);
    // Without --write the same JSON goes to standard output.
    const printed = capture();
    expect(main(['library', dir], printed.io)).toBe(0);
    expect(JSON.parse(printed.out.join('\n'))).toEqual(library);
  });
});
