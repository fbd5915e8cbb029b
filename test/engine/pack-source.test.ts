/**
 * What a host hands an element: Subresource Integrity as browsers apply it, and only packs
 * that came out of parsePack skip the checks.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchesIntegrity, resolvePack } from '../../src/controllers/pack-source.js';
import { parsePack } from '../../src/engine/pack.js';
import { pathwayEn } from '../../src/i18n/pathway.js';

const t = pathwayEn.errors;
const text = readFileSync(new URL('../fixtures/small-pack.json', import.meta.url), 'utf8');
const bytes = new TextEncoder().encode(text);
const sri = (algorithm: 'sha256' | 'sha384', data: Uint8Array) =>
  `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;

describe('integrity', () => {
  it('counts only the strongest algorithm given', async () => {
    const wrong384 = `sha384-${'A'.repeat(64)}`;
    expect(await matchesIntegrity(bytes, sri('sha256', bytes), t)).toBe(true);
    // A matching SHA-256 cannot vouch beside a SHA-384 that fails.
    expect(await matchesIntegrity(bytes, `${wrong384} ${sri('sha256', bytes)}`, t)).toBe(false);
    expect(await matchesIntegrity(bytes, `${sri('sha384', bytes)} sha256-${'B'.repeat(43)}=`, t)).toBe(true);
  });

  it('is over the bytes received, a byte-order mark included', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(await matchesIntegrity(withBom, sri('sha256', withBom), t)).toBe(true);
    // The hash of the text without its mark is not the file's.
    expect(await matchesIntegrity(withBom, sri('sha256', bytes), t)).toBe(false);
    const url = `data:application/json;base64,${Buffer.from(withBom).toString('base64')}`;
    const state = await resolvePack({ src: url, integrity: sri('sha256', withBom) }, t);
    expect(state.status).toBe('ready');
  });
});

describe('packs from the host', () => {
  it('checks a frozen look-alike like any other object, and names its problems', async () => {
    const state = await resolvePack({ pack: Object.freeze({ id: 'not-a-pack', rules: 'nope' }) }, t);
    expect(state.status).toBe('error');
    if (state.status === 'error') expect(state.problems.map((problem) => problem.path)).toContain('$.version');
  });

  it('takes a parsed pack as it is', async () => {
    const pack = parsePack(text);
    const state = await resolvePack({ pack }, t);
    expect(state.status === 'ready' && state.pack).toBe(pack);
  });
});
