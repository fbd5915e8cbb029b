/**
 * The hazard log names, for every hazard, the tests that show its mitigations hold. A reference
 * to a test that was renamed or removed would leave a hazard unproved while the log still reads
 * as if it were: so every reference must name a file that exists and a test in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const log = readFileSync(join(root, 'docs/hazard-log.md'), 'utf8');
const hazards = log.split(/^## /m).slice(1);
const REFERENCE = /`(test\/[^`]+\.ts)` › "([^"]+)"/g;

/** Each reference whose file is missing, or whose file has no `it(` or `describe(` with those words. */
function missingReferences(text: string): string[] {
  const missing: string[] = [];
  for (const [, file, words] of text.matchAll(REFERENCE)) {
    const path = join(root, file!);
    if (!existsSync(path)) {
      missing.push(`${file}: no such file`);
      continue;
    }
    const escaped = words!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`\\b(?:it|describe)\\(\\s*['"\`][^\\n]*${escaped}`).test(readFileSync(path, 'utf8')))
      missing.push(`${file}: no test named "${words}"`);
  }
  return missing;
}

describe('the hazard log', () => {
  it('gives every hazard its severity, causes, mitigations and at least one test', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(10);
    for (const hazard of hazards) {
      const title = hazard.split('\n')[0];
      for (const heading of ['**Severity**', '**Causes**', '**Mitigations**', '**Proved by**'])
        expect(hazard, `${title}: ${heading}`).toContain(heading);
      expect([...hazard.matchAll(REFERENCE)].length, `${title}: tests named`).toBeGreaterThan(0);
    }
  });

  it('names only tests that exist, in the files it names', () => {
    expect(missingReferences(log)).toEqual([]);
  });

  it('would notice a reference to a test or a file that does not exist', () => {
    const fake = [
      '`test/engine/evidence.test.ts` › "is sufficient: each fired rule"',
      '`test/engine/evidence.test.ts` › "proves the moon is made of cheese"',
      '`test/engine/no-such.test.ts` › "anything"',
    ].join('\n');
    expect(missingReferences(fake)).toEqual([
      'test/engine/evidence.test.ts: no test named "proves the moon is made of cheese"',
      'test/engine/no-such.test.ts: no such file',
    ]);
  });
});
