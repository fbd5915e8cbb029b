import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/eh-rules.js';
import { madeDir } from './temp-dirs.js';

const fixture = new URL('../fixtures/small-pack.json', import.meta.url);
const text = (en: string) => ({ en, cy: `${en} (cy)` });

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const danger = {
  id: 'danger',
  standard: 'immediate-danger',
  when: { '==': [{ var: 'danger' }, 'yes'] },
  atLeast: 'immediate-danger',
  statement: text('Danger is urgent'),
};
const trio = {
  id: 'two-factors',
  when: {
    '>=': [
      { count: [{ in: ['domestic-abuse', { var: 'factors' }] }, { in: ['mental-health', { var: 'factors' }] }] },
      2,
    ],
  },
  atLeast: 'level-4',
  statement: text('Two factors reach the front door'),
};

/** A rules folder with the fixture pack, floors kept beside it, and a known-failures list. */
function rulesDir(floors: unknown[], known?: unknown): string {
  const dir = madeDir('eh-prove-');
  mkdirSync(join(dir, 'fixture', 'floors'), { recursive: true });
  cpSync(fixture, join(dir, 'fixture', '1.0.0.json'));
  writeFileSync(join(dir, 'fixture', 'floors', '1.0.0.json'), JSON.stringify({ floors }));
  if (known !== undefined) writeFileSync(join(dir, 'known-failures.json'), JSON.stringify(known));
  return dir;
}

describe('eh-rules prove', { timeout: 60_000 }, () => {
  it('exits 0 and says each check was proved', () => {
    const { io, out } = capture();
    expect(main(['prove', rulesDir([danger])], io)).toBe(0);
    const printed = out.join('\n');
    expect(printed).toMatch(/fixture 1\.0\.0\s+floor danger: at least immediate-danger\s+proved/);
    expect(printed).toMatch(/monotonic.*proved/);
    expect(printed).toContain('2 checks proved, 0 violated');
  });

  it('exits 1 with a counterexample a rule author can paste, when a floor fails', () => {
    const { io, out } = capture();
    expect(main(['prove', rulesDir([danger, trio])], io)).toBe(1);
    const printed = out.join('\n');
    expect(printed).toMatch(/floor two-factors: at least level-4\s+VIOLATED/);
    const line = printed.split('\n').find((candidate) => candidate.trim().startsWith('{'))!;
    const answers = JSON.parse(line) as Record<string, unknown>;
    expect(answers.factors).toEqual(expect.arrayContaining(['domestic-abuse', 'mental-health']));
  });

  it('lets a listed failure pass, and fails a listed one that now holds', () => {
    const listed = { failures: [{ pack: 'fixture', version: '1.0.0', check: 'two-factors', note: 'fixed in 2.0.0' }] };
    const first = capture();
    expect(main(['prove', rulesDir([danger, trio], listed)], first.io)).toBe(0);
    expect(first.out.join('\n')).toMatch(/known failure/);
    expect(first.out.join('\n')).toContain('fixed in 2.0.0');

    const stale = { failures: [{ pack: 'fixture', version: '1.0.0', check: 'danger', note: 'was failing' }] };
    const second = capture();
    expect(main(['prove', rulesDir([danger], stale)], second.io)).toBe(1);
    expect(second.out.join('\n')).toMatch(/danger now holds: remove it from known-failures\.json/);
  });

  it("reads the rules folder's list when given one pack's folder or file", () => {
    const listed = { failures: [{ pack: 'fixture', version: '1.0.0', check: 'two-factors', note: 'fixed in 2.0.0' }] };
    const dir = rulesDir([danger, trio], listed);
    for (const target of [join(dir, 'fixture'), join(dir, 'fixture', '1.0.0.json')]) {
      const run = capture();
      expect(main(['prove', target], run.io), target).toBe(0);
      expect(run.out.join('\n')).toMatch(/known failure/);
    }
  });

  it('names the floor file and the problem when floors beside a pack are invalid', () => {
    const { io, out } = capture();
    expect(main(['prove', rulesDir([{ ...danger, atLeast: 'level-9' }])], io)).toBe(1);
    expect(out.join('\n')).toMatch(/\$\.floors\[0\]\.atLeast.*level-9/);
  });

  it(
    'proves every current shipped pack with no known-failure list, naming the versions replaced',
    { timeout: 120_000 },
    () => {
      const { io, out } = capture();
      const rules = new URL('../../rules', import.meta.url).pathname;
      expect(existsSync(join(rules, 'known-failures.json')), 'no known-failure list is shipped').toBe(false);
      expect(main(['prove', rules], io)).toBe(0);
      const printed = out.join('\n');
      expect(printed).toMatch(/\d+ checks proved, 0 violated, 0 known failures/);
      expect(printed).toContain('continuum 1.0.0: replaced by continuum 2.0.0');
    },
  );

  it('proves only the newest release of a pack, and every version with --all', () => {
    // 1.0.0 breaks a floor; 1.0.1, released after it, keeps every floor.
    const dir = rulesDir([danger, trio]);
    const newer = JSON.parse(readFileSync(fixture, 'utf8'));
    newer.version = '1.0.1';
    newer.floors = [danger];
    writeFileSync(join(dir, 'fixture', '1.0.1.json'), JSON.stringify(newer));
    const current = capture();
    expect(main(['prove', dir], current.io)).toBe(0);
    expect(current.out.join('\n')).toContain('fixture 1.0.0: replaced by fixture 1.0.1');
    expect(current.out.join('\n')).not.toMatch(/VIOLATED/);
    const all = capture();
    expect(main(['prove', dir, '--all'], all.io)).toBe(1);
    expect(all.out.join('\n')).toMatch(/fixture 1\.0\.0[\s\S]*two-factors: at least level-4\s+VIOLATED/);
    // A draft newer than every release is still proved.
    const draft = { ...newer, version: '1.1.0-draft.1', status: 'draft', floors: [danger, trio] };
    writeFileSync(join(dir, 'fixture', '1.1.0-draft.1.json'), JSON.stringify(draft));
    const withDraft = capture();
    expect(main(['prove', dir], withDraft.io)).toBe(1);
    expect(withDraft.out.join('\n')).toMatch(/fixture 1\.1\.0-draft\.1[\s\S]*VIOLATED/);
  });
});

describe('eh-rules run as npm installs it', { timeout: 60_000 }, () => {
  it(
    'checks through the .bin symlink: prints and fails on a violation instead of exiting 0 silently',
    { timeout: 60_000 },
    () => {
      // npm's .bin/eh-rules is a symlink to the entry; Node gives the module its real path.
      const bin = join(madeDir('eh-bin-'), 'eh-rules');
      symlinkSync(new URL('../../src/cli/eh-rules.ts', import.meta.url).pathname, bin);
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', bin, ...args], { encoding: 'utf8' });
      const failing = run('prove', rulesDir([danger, trio]));
      expect(failing.stdout).toMatch(/VIOLATED/);
      expect(failing.status).toBe(1);
      const passing = run('prove', rulesDir([danger]));
      expect(passing.stdout).toMatch(/proved/);
      expect(passing.status).toBe(0);
    },
  );
});
