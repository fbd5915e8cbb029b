import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { canonicalJson, sha256Hex, sha256Portable } from '../../src/engine/hash.js';
import { packHash, parsePack } from '../../src/engine/pack.js';
import { rawFixture } from './helpers.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// sha256Hex uses node:crypto in node; browsers run sha256Portable. Both are held to the same sums.
describe.each([
  ['sha256Hex', sha256Hex],
  ['sha256Portable (the browser path)', sha256Portable],
])('%s', (_name, sha) => {
  it('matches the published test vectors', () => {
    expect(sha('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto on any text, including multi-byte and block-boundary lengths', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha(text) === nodeSha256(text)),
      {
        numRuns: 500,
      },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128])
      expect(sha('x'.repeat(length))).toBe(nodeSha256('x'.repeat(length)));
  });

  it('hashes a lone surrogate as U+FFFD, and bytes as they are', () => {
    expect(sha('a\ud800b')).toBe(nodeSha256('a\ufffdb'));
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    expect(sha(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 'é' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":"é","z":0}]},"b":1}',
    );
  });

  it('is the same for any key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        return canonicalJson(record) === canonicalJson(reversed);
      }),
    );
  });
});

describe('the pack content hash', () => {
  it('is the SHA-256 of the canonical JSON and ignores formatting and key order', () => {
    const raw = rawFixture();
    const pack = parsePack(raw);
    expect(packHash(pack)).toBe(nodeSha256(canonicalJson(raw)));
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    expect(packHash(parsePack(JSON.stringify(reordered, null, 4)))).toBe(packHash(pack));
  });

  it('changes when any rule text changes, and the stamp shows it', () => {
    const raw = rawFixture();
    const before = evaluate(parsePack(raw), {}, { now: new Date('2026-05-01') }).stamp.contentHash;
    raw.rules[2].rationale.en = 'A need is described at Level 3 (edited).';
    const after = evaluate(parsePack(raw), {}, { now: new Date('2026-05-01') }).stamp.contentHash;
    expect(after).not.toBe(before);
  });
});
