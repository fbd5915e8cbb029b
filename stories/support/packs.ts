/**
 * Every shipped rule pack and golden case, read at build time (Vite's import.meta.glob), so
 * stories work offline and the rule lab can offer every pack and version under `rules/`.
 */
import { parsePack } from '../../src/engine/pack.js';
import type { Pack } from '../../src/engine/schema.js';

const packFiles = import.meta.glob<string>('../../rules/*/*.json', { eager: true, query: '?raw', import: 'default' });
const caseFiles = import.meta.glob<string>('../../rules/*/cases/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const floorFiles = import.meta.glob<string>('../../rules/*/floors/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** `rules/`-relative path → file text, for packs, golden cases and the safety floors kept beside packs. */
export const library = {
  packs: Object.entries(packFiles)
    .filter(([path]) => !path.endsWith('.schema.json') && !path.endsWith('releases.lock.json'))
    .map(([path, text]) => ({ path: path.replace('../../rules/', ''), text })),
  cases: Object.entries(caseFiles).map(([path, text]) => ({ path: path.replace('../../rules/', ''), text })),
  floors: Object.entries(floorFiles).map(([path, text]) => ({ path: path.replace('../../rules/', ''), text })),
};

const parsed = new Map<string, Pack>();

/** A shipped pack by `id@version`, parsed once. */
export function packFor(key: string): Pack {
  let pack = parsed.get(key);
  if (!pack) {
    const [id, version] = key.split('@');
    const file = library.packs.find((entry) => entry.path === `${id}/${version}.json`);
    if (!file) throw new Error(`No pack ${key} under rules/`);
    pack = parsePack(file.text);
    parsed.set(key, pack);
  }
  return pack;
}

/** Every shipped pack key, `id@version`. */
export const packKeys = library.packs.map((entry) => entry.path.replace(/\/(.+)\.json$/, '@$1'));
