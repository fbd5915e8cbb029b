import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EhRuleLab } from '../../src/components/rule-lab/rule-lab.js';
import { libraryCases, runGoldenCases } from '../../src/engine/lab.js';
import { ruleLabStrings, type RuleLabStrings } from '../../src/i18n/rule-lab.js';
import { readable } from '../support/drive.js';
import { library, packFor } from '../support/packs.js';

interface Args {
  readonly pack: string;
  readonly version: string;
  readonly baseline: string;
  readonly tab: 'rules' | 'try' | 'cases' | 'compare' | 'proofs';
  readonly generate: number;
  readonly lang: 'en' | 'cy';
}

const meta: Meta<Args> = {
  title: 'Rule authoring/eh-rule-lab',
  component: 'eh-rule-lab',
  render: (args) => html`<eh-rule-lab
    lang=${args.lang}
    .library=${library}
    pack=${args.pack}
    version=${args.version}
    baseline=${args.baseline}
    tab=${args.tab}
    generate=${args.generate}
  ></eh-rule-lab>`,
  args: { pack: 'continuum', version: '1.1.0-draft.1', baseline: '1.0.0', tab: 'rules', generate: 200, lang: 'en' },
  argTypes: {
    tab: { control: 'inline-radio', options: ['rules', 'try', 'cases', 'compare', 'proofs'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

const lab = (canvas: HTMLElement) => canvas.querySelector<EhRuleLab>('eh-rule-lab')!;
const within = (canvas: HTMLElement) => lab(canvas).shadowRoot!;
const words = (args: Args): RuleLabStrings => ruleLabStrings[args.lang];
const button = (canvas: HTMLElement, label: string) => {
  const found = [...within(canvas).querySelectorAll('button')].find((candidate) => readable(candidate) === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
};

/** Runs a comparison and waits for the level-shift matrix. */
async function compare(canvas: HTMLElement, t: RuleLabStrings) {
  await waitFor(() => expect(within(canvas).querySelector('#generate')).not.toBeNull());
  await userEvent.click(button(canvas, t.compare.run));
  await waitFor(() => expect(within(canvas).querySelector('.matrix')).not.toBeNull(), { timeout: 20_000 });
}

export const Rules: Story = {
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(within(canvasElement).querySelector('#editor')).not.toBeNull());
    const { id, version } = packFor(`${args.pack}@${args.version}`);
    await expect(readable(within(canvasElement).querySelector('[part="status"]'))).toContain(words(args).valid(id, version, '').replace(/…$/, ''));
  },
};

/** A pack edited into an invalid state: every problem with its path, the last valid version still in use. */
export const RulesWithProblems: Story = {
  name: 'Rules with problems (last valid kept)',
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(within(canvasElement).querySelector('#editor')).not.toBeNull());
    const editor = within(canvasElement).querySelector<HTMLTextAreaElement>('#editor')!;
    const pack = JSON.parse(editor.value);
    pack.rules[0].level = 'level-9';
    pack.levels[1].rank = pack.levels[0].rank;
    editor.value = JSON.stringify(pack, null, 2);
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    const t = words(args);
    await waitFor(() => expect(readable(within(canvasElement).querySelector('[part="status"]'))).toContain(t.problems(2).replace(/^\S+ /, '')), { timeout: 3000 });
    const problems = readable(within(canvasElement).querySelector('[part="problems"]'));
    await expect(problems).toContain('rules[0].level');
    await expect(problems).toContain('levels[1].rank');
    await expect(readable(within(canvasElement))).toContain(t.usingLastValid(args.pack, args.version));
    await expect(button(canvasElement, t.reset)).toBeTruthy();
  },
};

export const TryAnswers: Story = {
  args: { tab: 'try', version: '1.0.0' },
  play: async ({ canvasElement, args }) => {
    const t = words(args);
    await waitFor(() => expect(within(canvasElement).querySelector('[part="result"]')).not.toBeNull());
    // Every rule is listed with its evaluation, before any answer.
    const pack = packFor(`${args.pack}@${args.version}`);
    const result = within(canvasElement).querySelector('[part="result"]')!;
    await expect(result.querySelectorAll('[part="trace"]').length).toBe(pack.rules.length);
    await expect(readable(result)).toContain(t.try.status.undecided);
  },
};

export const GoldenCases: Story = {
  args: { tab: 'cases', version: '1.0.0' },
  play: async ({ canvasElement, args }) => {
    const t = words(args);
    const files = libraryCases(library, args.pack);
    await waitFor(() => expect(readable(within(canvasElement))).toContain(t.cases.run));
    await userEvent.click(button(canvasElement, t.cases.run));
    await waitFor(() => expect(within(canvasElement).querySelector('[part="table"]')).not.toBeNull(), { timeout: 20_000 });
    const rows = within(canvasElement).querySelectorAll('[part="table"] tbody tr');
    await expect(rows.length).toBe(files.length);
    // The table says what the engine says for the same files, and every shipped case passes.
    const expected = await runGoldenCases(packFor(`${args.pack}@${args.version}`), files);
    await expect(expected.failed).toBe(0);
    await expect(readable(within(canvasElement))).toContain(t.cases.summary(expected.passed, expected.failed, expected.skipped));
  },
};

/**
 * Proofs of the released tri-borough pack against its standard floors: the solver runs in
 * the lab's worker; each violation's answers load into Try answers with one click.
 */
export const Proofs: Story = {
  name: 'Proofs: safety floors over every answer set (tri-borough 1.0.0)',
  args: { tab: 'proofs', pack: 'tri-borough', version: '1.0.0' },
  play: async ({ canvasElement, args }) => {
    const t = words(args);
    await waitFor(() => expect(readable(within(canvasElement))).toContain(t.proofs.run));
    await userEvent.click(button(canvasElement, t.proofs.run));
    await waitFor(() => expect(within(canvasElement).querySelector('[part~="proofs"]')).not.toBeNull(), { timeout: 60_000 });
    const rows = [...within(canvasElement).querySelectorAll('[part~="proofs"] li')];
    const badge = (id: string) => readable(rows.find((row) => readable(row.querySelector('code')) === id)?.querySelector('.badge'));
    // Immediate danger holds; trafficking or exploitation ticked can still give Tier 1 (the issue this tab exists for).
    await expect(badge('immediate-danger')).toBe(t.proofs.statuses.proved);
    await expect(badge('abuse-or-exploitation')).toBe(t.proofs.statuses.violated);
    const tries = within(canvasElement).querySelectorAll<HTMLButtonElement>('[part~="try-counterexample"]');
    await expect(tries.length).toBeGreaterThan(0);
    await userEvent.click(tries[0]!);
    await waitFor(() => expect(within(canvasElement).querySelector('#tab-try')!.getAttribute('aria-selected')).toBe('true'));
  },
};

export const Compare: Story = {
  name: 'Compare: continuum 1.0.0 → 1.1.0-draft.1 (domestic abuse as emotional harm)',
  args: { tab: 'compare' },
  play: async ({ canvasElement, args }) => {
    await compare(canvasElement, words(args));
    const levelNames = packFor('continuum@1.0.0').levels.map((level) => level.name.en);
    await expect(readable(within(canvasElement).querySelector('.summary'))).toMatch(new RegExp(`move[s]? from "(${levelNames.join('|')})`));
    await expect(within(canvasElement).querySelectorAll('[part="changed-case"]').length).toBeGreaterThan(0);
  },
};

/** The seed pack draft: Walsall treating domestic abuse as harm rather than a complicating factor. */
export const CompareWalsall: Story = {
  name: 'Compare: walsall 1.0.0 → 1.1.0-draft.1 (domestic abuse as harm)',
  args: { tab: 'compare', pack: 'walsall', generate: 500 },
  play: async ({ canvasElement, args }) => {
    await compare(canvasElement, words(args));
    const changed = within(canvasElement).querySelectorAll('[part="changed-case"]');
    await expect(changed.length).toBeGreaterThan(0);
    // Old and new rationale side by side, and the new one names the reclassification rule's text.
    const draft = packFor('walsall@1.1.0-draft.1');
    const reclassified = draft.rules.find((rule) => rule.id === 'domestic-abuse-emotional-harm')!;
    await expect(readable(within(canvasElement))).toContain(reclassified.rationale.en!.slice(0, 40));
  },
};

export const CompareWelsh: Story = {
  name: 'Compare (Welsh)',
  args: { tab: 'compare', lang: 'cy', pack: 'torfaen', version: '1.0.0', baseline: '1.0.0', generate: 50 },
  play: async ({ canvasElement, args }) => {
    const t = words(args);
    await compare(canvasElement, t);
    // The same version on both sides moves nothing.
    await expect(within(canvasElement).querySelectorAll('[part="changed-case"]').length).toBe(0);
    await expect(readable(within(canvasElement))).toContain(t.tabs.compare);
  },
};
