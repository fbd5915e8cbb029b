import { describe, expect, it } from 'vitest';
import { checkReleases, extendLock } from '../../src/cli/releases.js';
import { packHash, parsePack } from '../../src/engine/pack.js';
import { en } from '../../src/i18n/en.js';
import { rawFixture } from '../engine/helpers.js';

const released = parsePack(rawFixture());

describe('released versions', () => {
  it('are recorded once and accepted while unchanged', () => {
    const lock = extendLock([released], {});
    expect(lock).toEqual({ 'fixture@1.0.0': packHash(released) });
    expect(checkReleases([released], lock, en.cli)).toEqual([]);
  });

  it('fail when a released file changes without a new version', () => {
    const lock = extendLock([released], {});
    const raw = rawFixture();
    raw.rules[4].when['>='][1] = 3; // the toxic trio now needs three factors
    const edited = parsePack(raw);
    expect(checkReleases([edited], lock, en.cli)).toEqual([
      expect.objectContaining({ key: 'fixture@1.0.0', code: 'changed', message: expect.stringMatching(/new version/) }),
    ]);
    // Re-locking never rewrites the recorded hash.
    expect(extendLock([edited], lock)).toEqual(lock);
  });

  it('fail when a released version is missing from the lock; drafts are exempt', () => {
    expect(checkReleases([released], {}, en.cli)[0]).toMatchObject({ code: 'unlocked' });
    const draft = parsePack({ ...rawFixture(), version: '1.1.0-draft.1', status: 'draft' });
    expect(checkReleases([draft], {}, en.cli)).toEqual([]);
    expect(extendLock([draft], {})).toEqual({});
  });
});
