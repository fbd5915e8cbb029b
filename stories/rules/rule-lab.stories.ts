import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EhRuleLab } from '../../src/components/rule-lab/rule-lab.js';
import { library } from '../support/packs.js';

interface Args {
  readonly pack: string;
  readonly version: string;
  readonly baseline: string;
  readonly tab: 'rules' | 'try' | 'cases' | 'compare';
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
    tab: { control: 'inline-radio', options: ['rules', 'try', 'cases', 'compare'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

const lab = (canvas: HTMLElement) => canvas.querySelector<EhRuleLab>('eh-rule-lab')!;
const within = (canvas: HTMLElement) => lab(canvas).shadowRoot!;

export const Rules: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).querySelector('#editor')).not.toBeNull());
    await expect(within(canvasElement).querySelector('[part="status"]')!.textContent).toContain('No problems');
  },
};

export const Compare: Story = {
  args: { tab: 'compare' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).querySelector('#generate')).not.toBeNull());
    const run = [...within(canvasElement).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Compare')!;
    await userEvent.click(run);
    await waitFor(() => expect(within(canvasElement).querySelector('.matrix')).not.toBeNull(), { timeout: 15000 });
    await expect(within(canvasElement).textContent).toMatch(/cases? move from "Additional needs/);
  },
};
