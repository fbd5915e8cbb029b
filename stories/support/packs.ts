/**
 * Every shipped rule pack and golden case, read at build time (Vite's import.meta.glob), so
 * stories work offline and the rule lab can offer every pack and version under `rules/`; and
 * what stories take from them: golden cases, and pack questions in the pack's words.
 */
import { readGoldenCase, type GoldenCase } from '../../src/engine/cases.js';
import { localize } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import type { Locale, Pack, Question } from '../../src/engine/schema.js';

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

// --- Golden cases ---------------------------------------------------------------------

/** A golden case by its path under `rules/` (`continuum/cases/no-concerns-universal.json`). */
export function goldenCase(path: string): GoldenCase {
  const file = library.cases.find((entry) => entry.path === path);
  if (!file) throw new Error(`No golden case ${path} under rules/`);
  const { golden, problems } = readGoldenCase(file.text);
  if (!golden) throw new Error(`${path}: ${problems.join('; ')}`);
  return golden;
}

/** Every golden case path of a pack id. */
export const casesOf = (packId: string): string[] =>
  library.cases
    .map((entry) => entry.path)
    .filter((path) => path.startsWith(`${packId}/cases/`))
    .sort();

/** The language a pack is shown in: the one asked for when the pack has it, else its first. */
export const localeFor = (pack: Pack, wanted: string): Locale =>
  pack.locales.includes(wanted as Locale) ? (wanted as Locale) : pack.locales[0]!;

// --- Question controls on their own ---------------------------------------------------

/** A pack's question by id, so standalone controls ask it in the pack's words. */
export function packQuestion(packKey: string, questionId: string): { pack: Pack; question: Question } {
  const pack = packFor(packKey);
  const question = pack.questionnaire.sections
    .flatMap((section) => section.questions)
    .find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`No question "${questionId}" in ${packKey}`);
  return { pack, question };
}

/** What a standalone control needs from a pack question, in one language. */
export function questionWords(packKey: string, questionId: string, locale: string) {
  const { pack, question } = packQuestion(packKey, questionId);
  const lang = localeFor(pack, locale);
  return {
    label: localize(question.text, lang, pack),
    hint: question.hint ? localize(question.hint, lang, pack) : '',
    options: (question.options ?? []).map((option) => ({
      value: option.value,
      label: localize(option.label, lang, pack),
      ...(option.hint ? { hint: localize(option.hint, lang, pack) } : {}),
      ...(option.exclusive ? { exclusive: true } : {}),
    })),
    maxLength: question.maxLength,
    min: question.min,
    max: question.max,
  };
}
