import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { EhPackStamp } from '../src/components/pack-stamp/pack-stamp.js';
import { packStamp } from '../src/engine/evaluate.js';
import { packFor } from './support/packs.js';

const meta: Meta = {
  title: 'Elements/eh-pack-stamp',
  component: 'eh-pack-stamp',
  render: (args) => html`<eh-pack-stamp lang=${args.lang} .stamp=${packStamp(packFor(args.pack))}></eh-pack-stamp>`,
  args: { pack: 'continuum@1.0.0', lang: 'en' },
  argTypes: {
    pack: { control: 'select', options: ['continuum@1.0.0', 'continuum@1.1.0-draft.1', 'torfaen@1.0.0'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const stamp = canvasElement.querySelector<EhPackStamp>('eh-pack-stamp')!;
    await stamp.updateComplete;
    const text = stamp.shadowRoot!.textContent!;
    await expect(text).toContain('continuum');
    await expect(text).toMatch(/[0-9a-f]{64}/);
  },
};

export const Welsh: Story = {
  args: { lang: 'cy', pack: 'torfaen@1.0.0' },
  play: async ({ canvasElement }) => {
    const stamp = canvasElement.querySelector<EhPackStamp>('eh-pack-stamp')!;
    await stamp.updateComplete;
    await expect(stamp.shadowRoot!.textContent).toContain('torfaen');
  },
};
