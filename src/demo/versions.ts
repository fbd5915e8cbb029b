/** The packs the demo offers, and every shipped version of each. */
export const PACKS = ['continuum', 'tower-hamlets', 'tri-borough', 'torfaen', 'walsall', 'halton'] as const;
export type PackId = (typeof PACKS)[number];
/**
 * Every shipped version of each pack, newest release first, so that rule authors can try a
 * draft or the version a release replaced (a test checks this list against rules/).
 */
export const VERSIONS: Readonly<Record<PackId, readonly string[]>> = {
  continuum: ['2.0.0', '1.1.0-draft.1', '1.0.0'],
  'tower-hamlets': ['2.0.0', '1.0.0'],
  'tri-borough': ['2.0.0', '1.0.0'],
  torfaen: ['2.0.0', '1.0.0'],
  walsall: ['2.0.0', '1.1.0-draft.1', '1.0.0'],
  halton: ['2.0.0', '1.0.0'],
};
