/**
 * The demo lists every shipped pack version (drafts and replaced ones too, for rule authors),
 * newest release first: a pack added to rules/ without being listed here fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/select.js';
import { PACKS, VERSIONS } from '../../src/demo/versions.js';

const rules = new URL('../../rules/', import.meta.url).pathname;

describe("the demo's pack list", () => {
  it('offers every shipped version of every pack, the newest release first', () => {
    const shipped = readdirSync(rules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect([...PACKS].sort()).toEqual(shipped);
    for (const id of PACKS) {
      const files = readdirSync(join(rules, id))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.replace(/\.json$/, ''));
      expect([...VERSIONS[id]].sort(), id).toEqual(files.sort());
      const released = files
        .filter((version) => JSON.parse(readFileSync(join(rules, id, `${version}.json`), 'utf8')).status !== 'draft')
        .sort(compareVersions);
      expect(VERSIONS[id][0], `${id}: first is the newest release`).toBe(released.at(-1));
    }
  });
});
