/**
 * The four pages a designer reviews (start, a section, check your answers, the
 * recommendation) at desktop width and at 320 px, each checked for what a screenshot would
 * show going wrong: sideways scrolling, something reaching past the screen's edge, text cut
 * off by its box, controls smaller than the 24 px target size (WCAG 2.2, 2.5.8).
 */
import { expect, fixtureCleanup, html, assert } from '@open-wc/testing';
import { afterEach, describe, it } from 'vitest';
import { page } from 'vitest/browser';
import type { EhPathway } from '../../src/components/pathway/pathway.js';
import { choose, FIXTURE_URL, pathwayFixture, press, root, settle } from './journey.js';
import { LEVEL_3_WITH_STRENGTH } from '../support/small-pack-answers.js';

afterEach(() => {
  fixtureCleanup();
  sessionStorage.clear();
});

/** Every element inside the pathway, through nested shadow roots. */
function deep(node: ParentNode): Element[] {
  return [...node.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? deep(element.shadowRoot) : []),
  ]);
}

/** What a reviewer would flag on this page: overflow, clipped text, small targets. */
function problems(pathway: EhPathway, width: number): string[] {
  const found: string[] = [];
  if (document.documentElement.scrollWidth > width)
    found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px wide`);
  for (const element of deep(root(pathway))) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // Text kept for screen readers only is meant to be out of sight.
    if (element.closest('.visually-hidden')) continue;
    const name = `${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
    if (box.right > width + 1) found.push(`${name} reaches ${Math.round(box.right)} px`);
    const style = getComputedStyle(element);
    if (style.overflowX === 'hidden' && element.scrollWidth > element.clientWidth + 1 && element.textContent?.trim())
      found.push(`${name} cuts off its text`);
    const interactive = element.matches('button, a[href], input:not([type=hidden]), select, textarea, summary');
    if (interactive && !element.classList.contains('visually-hidden') && (box.height < 24 || box.width < 24))
      found.push(`${name} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
  }
  return found;
}

const pages = {
  start: async () => {},
  section: async (pathway: EhPathway) => {
    await press(pathway, 'Start now');
    await choose(pathway, 'danger', 'no');
    await press(pathway, 'Continue');
    await choose(pathway, 'health', 'l3');
  },
  check: async (pathway: EhPathway) => {
    pathway.answers = LEVEL_3_WITH_STRENGTH;
    await settle(pathway);
    await press(pathway, 'Start now');
    for (let i = 0; i < 5; i++) await press(pathway, 'Continue');
  },
  recommendation: async (pathway: EhPathway) => {
    await pages.check(pathway);
    const submit = [...root(pathway).querySelectorAll('button')].at(-1)!;
    submit.click();
    await settle(pathway);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(pathway);
  },
};

describe('eh-pathway laid out at desktop and 320 px', () => {
  for (const [width, height] of [
    [1280, 900],
    [320, 720],
  ] as const) {
    for (const [name, reach] of Object.entries(pages)) {
      it(`${name} at ${width} px: nothing scrolls sideways, nothing is cut off, every target is at least 24 px`, async () => {
        await page.viewport(width, height);
        try {
          const pathway = await pathwayFixture(
            html`<div style="max-width: 960px; margin: 0 auto; padding: 16px"><eh-pathway src=${FIXTURE_URL}></eh-pathway></div>`,
          );
          await reach(pathway);
          if (name === 'recommendation') assert.exists(root(pathway).querySelector('eh-recommendation'));
          expect(problems(pathway, width)).to.deep.equal([]);
        } finally {
          await page.viewport(1024, 768);
        }
      });
    }
  }
});
