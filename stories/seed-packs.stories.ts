/**
 * Every rule pack shipped under `rules/`, run through `<eh-pathway>` as a practitioner would:
 * loaded by URL, given the answers of one of the pack's own golden cases, then Continue on
 * every page to Check your answers and the suggested level. Each story checks that the level
 * shown is the one the golden case expects, named as the pack names it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { caseAppliesTo } from '../src/engine/cases.js';
import { packStamp, localize } from '../src/engine/evaluate.js';
import type { Locale, Pack } from '../src/engine/schema.js';
import {
  answerJourney,
  headingText,
  loadedPathway,
  press,
  readable,
  root,
  settle,
  shownRecommendation,
  untilHeading,
  wordsFor,
} from './support/drive.js';
import { goldenCase, library, localeFor, packFor, packKeys } from './support/packs.js';

interface Args {
  /** A shipped pack, `id@version`, loaded by URL as a host page would. */
  readonly pack: string;
  /** One of that pack's golden cases, whose answers the pathway is given. */
  readonly case: string;
  readonly lang: 'en' | 'cy';
}

/**
 * The golden case each pack's story uses: a complete, non-urgent case (so the journey reaches
 * the result) at a level above the pack's default, so a wrong level cannot pass by accident.
 */
const SEED: Readonly<Record<string, string>> = {
  // The second edition's own: a disclosure in the child's words reaches the Front Door.
  'continuum@2.0.0': 'continuum/cases/2.0.0-child-says-hurt-and-wants-help.json',
  'continuum@1.0.0': 'continuum/cases/toxic-trio-with-level-3-need.json',
  // A case only the draft's new domestic abuse rules decide.
  'continuum@1.1.0-draft.1': 'continuum/cases/domestic-abuse-with-level-3-need-front-door.json',
  'halton@1.0.0': 'halton/cases/one-factor-clear-effect-locality.json',
  // Second editions: each with a case only its own changes decide.
  'halton@2.0.0': 'halton/cases/2.0.0-compromised-parenting-limited-scope.json',
  'torfaen@2.0.0': 'torfaen/cases/2.0.0-intensive-help-family-focus.json',
  'tower-hamlets@2.0.0': 'tower-hamlets/cases/2.0.0-substance-and-mental-health.json',
  'tri-borough@2.0.0': 'tri-borough/cases/2.0.0-patchy-care-drip-drip.json',
  'torfaen@1.0.0': 'torfaen/cases/several-health-needs-team-around-family.json',
  'tower-hamlets@1.0.0': 'tower-hamlets/cases/level-3-persistent-absence.json',
  'tri-borough@1.0.0': 'tri-borough/cases/self-harm-tier-3.json',
  'walsall@1.0.0': 'walsall/cases/care-at-home-child-in-need.json',
  // The second edition's own: a baby amid the toxic trio is a child in need, not universal.
  'walsall@2.0.0': 'walsall/cases/2.0.0-baby-amid-toxic-trio.json',
  // A case only the draft's domestic abuse rules decide (child in need, not universal).
  'walsall@1.1.0-draft.1': 'walsall/cases/domestic-abuse-alone-child-in-need.json',
};

/** Where Storybook serves a shipped pack (`staticDirs`: rules/ at /packs). */
const urlOf = (key: string) => {
  const [id, version] = key.split('@');
  return `/packs/${id}/${version}.json`;
};

const meta: Meta<Args> = {
  title: 'Rule packs/Seed packs',
  component: 'eh-pathway',
  render: (args) =>
    html`<eh-pathway lang=${args.lang} src=${urlOf(args.pack)} heading-level="1" .answers=${goldenCase(args.case).answers}></eh-pathway>`,
  args: { pack: 'continuum@2.0.0', case: SEED['continuum@2.0.0']!, lang: 'en' },
  argTypes: {
    pack: { control: 'select', options: packKeys },
    case: { control: 'select', options: library.cases.map((entry) => entry.path).sort() },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A level's (or the urgent outcome's) name, from the pack. */
function levelName(pack: Pack, id: string, locale: Locale): string {
  if (pack.urgent?.id === id) return localize(pack.urgent.name, locale, pack);
  const level = pack.levels.find((candidate) => candidate.id === id);
  if (!level) throw new Error(`${pack.id}@${pack.version} has no level "${id}"`);
  return localize(level.name, locale, pack);
}

/** Start page → every section → Check your answers → the result, checked against the golden case. */
async function walkToResult(canvas: HTMLElement, args: Args): Promise<void> {
  const pack = packFor(args.pack);
  const golden = goldenCase(args.case);
  // The case must be the pack's own and written for this version.
  await expect(args.case.startsWith(`${pack.id}/cases/`)).toBe(true);
  await expect(caseAppliesTo(golden, pack.version)).toBe(true);

  const pathway = await loadedPathway(canvas);
  const t = wordsFor(pathway).pathway;
  const locale = localeFor(pack, args.lang);
  await expect(headingText(pathway)).toBe(t.startTitle);
  // The start page names the rules in use, and warns when they are not approved.
  await expect(readable(root(pathway).querySelector('[part~="page"]'))).toContain(
    t.packLine(localize(pack.title, locale, pack), pack.version),
  );
  if (pack.status !== 'approved')
    await expect(readable(root(pathway).querySelector('[part="banner"]'))).toContain(t.status[pack.status]);

  await expect(await answerJourney(pathway)).toBe('check');
  await expect(headingText(pathway)).toBe(t.checkTitle);
  await expect(root(pathway).querySelectorAll('.summary-row').length).toBeGreaterThan(0);
  // Every required question was answered by the case, so nothing is left to answer.
  await expect(readable(root(pathway).querySelector('[part~="page"]'))).not.toContain(t.stillToAnswer);

  await press(pathway, t.seeRecommendation);
  await untilHeading(pathway, t.resultTitle);
  const result = shownRecommendation(pathway);
  await settle(result);
  const wanted = levelName(pack, golden.expect.level, locale);
  await expect(readable(root(result).querySelector('.level-name'))).toBe(wanted);
  await expect(readable(root(pathway).querySelector('[role="status"]'))).toBe(t.announceResult(wanted));
  const service = golden.expect.service ?? golden.expect.services?.[0];
  if (service) {
    const name = localize(pack.services.find((candidate) => candidate.id === service)!.name, locale, pack);
    await expect(readable(root(result).querySelector('[part="service"]')?.firstElementChild)).toBe(name);
  }
}

const seed = (pack: string, lang: Args['lang'] = 'en', path = SEED[pack]!): Partial<Args> => ({
  pack,
  case: path,
  lang,
});
const play: Story['play'] = ({ canvasElement, args }) => walkToResult(canvasElement, args);

export const Continuum: Story = { name: 'continuum 2.0.0 (default)', args: seed('continuum@2.0.0'), play };
export const ContinuumFirstEdition: Story = { name: 'continuum 1.0.0', args: seed('continuum@1.0.0'), play };
export const ContinuumDraft: Story = {
  name: 'continuum 1.1.0-draft.1 (draft)',
  args: seed('continuum@1.1.0-draft.1'),
  play,
};
export const Halton: Story = { name: 'halton 1.0.0', args: seed('halton@1.0.0'), play };
export const Torfaen: Story = { name: 'torfaen 1.0.0', args: seed('torfaen@1.0.0'), play };
export const TorfaenWelsh: Story = {
  name: 'torfaen 1.0.0 (Welsh)',
  // Torfaen's first language is Welsh; this case is a Welsh-speaking family's.
  args: seed('torfaen@1.0.0', 'cy', 'torfaen/cases/welsh-speaking-family.json'),
  play: async (context) => {
    await expect(packFor(context.args.pack).locales).toContain('cy');
    await walkToResult(context.canvasElement, context.args);
    await expect(wordsFor(context.canvasElement.querySelector('eh-pathway')!).locale).toBe('cy');
  },
};
export const TowerHamlets: Story = { name: 'tower-hamlets 1.0.0', args: seed('tower-hamlets@1.0.0'), play };
export const TowerHamletsSecondEdition: Story = {
  name: 'tower-hamlets 2.0.0',
  args: seed('tower-hamlets@2.0.0'),
  play,
};
export const TriBoroughSecondEdition: Story = { name: 'tri-borough 2.0.0', args: seed('tri-borough@2.0.0'), play };
export const HaltonSecondEdition: Story = { name: 'halton 2.0.0', args: seed('halton@2.0.0'), play };
export const TorfaenSecondEdition: Story = { name: 'torfaen 2.0.0', args: seed('torfaen@2.0.0'), play };
export const TriBorough: Story = { name: 'tri-borough 1.0.0', args: seed('tri-borough@1.0.0'), play };
export const Walsall: Story = { name: 'walsall 1.0.0', args: seed('walsall@1.0.0'), play };
export const WalsallSecondEdition: Story = { name: 'walsall 2.0.0', args: seed('walsall@2.0.0'), play };
export const WalsallDraft: Story = { name: 'walsall 1.1.0-draft.1 (draft)', args: seed('walsall@1.1.0-draft.1'), play };

/** Every pack shipped, by its stamp; the play function fails when a pack has no story above. */
export const EveryShippedPack: Story = {
  name: 'Every shipped pack',
  render: (args) =>
    html`<div lang=${args.lang}>${[...packKeys].sort().map((key) => html`<eh-pack-stamp .stamp=${packStamp(packFor(key))}></eh-pack-stamp>`)}</div>`,
  play: async ({ canvasElement }) => {
    await expect(Object.keys(SEED).sort()).toEqual([...packKeys].sort());
    const stamps = [...canvasElement.querySelectorAll('eh-pack-stamp')];
    await Promise.all(stamps.map((stamp) => settle(stamp)));
    await expect(stamps).toHaveLength(packKeys.length);
    for (const [index, key] of [...packKeys].sort().entries()) {
      const pack = packFor(key);
      const text = readable(root(stamps[index]!));
      await expect(text).toContain(pack.id);
      await expect(text).toContain(pack.version);
    }
  },
};
