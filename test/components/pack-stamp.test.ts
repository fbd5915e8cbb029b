import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/define.js';
import type { EhPackStamp } from '../../src/components/pack-stamp/pack-stamp.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parsePack } from '../../src/engine/pack.js';
import raw from '../fixtures/small-pack.json';

const stamp = evaluate(parsePack(raw), {}, { now: new Date('2026-05-01') }).stamp;

describe('eh-pack-stamp', () => {
  it('is accessible', async () => {
    const el = await fixture<EhPackStamp>(html`<eh-pack-stamp .stamp=${stamp}></eh-pack-stamp>`);
    await expect(el).to.be.accessible();
  });

  it('shows the pack id, version, effective date and content hash', async () => {
    const el = await fixture<EhPackStamp>(html`<eh-pack-stamp .stamp=${stamp}></eh-pack-stamp>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('fixture version 1.0.0, in force from 1 January 2026');
    expect(el.shadowRoot!.querySelector('[part="hash"]')!.textContent).to.equal(stamp.contentHash);
  });

  it('folds the hash to its first twelve characters until opened, by keyboard or pointer', async () => {
    const el = await fixture<EhPackStamp>(html`<eh-pack-stamp .stamp=${stamp}></eh-pack-stamp>`);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="hash-details"]')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${stamp.contentHash.slice(0, 12)}… show all of it`,
    );
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).to.equal(true);
    await userEvent.click(summary);
    expect(details.open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('speaks the language of the page around it', async () => {
    const wrapper = await fixture(html`<div lang="cy"><eh-pack-stamp .stamp=${stamp}></eh-pack-stamp></div>`);
    const el = wrapper.querySelector('eh-pack-stamp')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.contain('in force from');
    expect(el.shadowRoot!.textContent).to.contain('1.0.0');
    expect(el.shadowRoot!.textContent).to.contain('1 Ionawr 2026');
  });

  it('follows a change of any lang above it, also across a shadow root and for cy-GB', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><section><eh-pack-stamp .stamp=${stamp}></eh-pack-stamp></section></div>`,
    );
    const el = wrapper.querySelector('eh-pack-stamp')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('in force from');
    wrapper.lang = 'cy-GB';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('1 Ionawr 2026');
    // Inside another element's shadow root, the host's language applies.
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('eh-pack-stamp');
    inner.stamp = stamp;
    shadow.append(inner);
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).to.contain('in force from');
    host.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).to.contain('1 Ionawr 2026');
  });

  it('renders nothing until it has a stamp', async () => {
    const el = await fixture<EhPackStamp>(html`<eh-pack-stamp></eh-pack-stamp>`);
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
  });
});
