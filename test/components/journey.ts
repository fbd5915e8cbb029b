/**
 * The driver (test/support/drive.ts) with real hands: clicks, typing and key presses through
 * Playwright, as the browser tests drive the elements. Also what only these tests need: the
 * fixture pack, and a pathway rendered as an @open-wc fixture.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { userEvent } from 'vitest/browser';
import '../../src/components/pathway/define.js';
import type { EhPathway } from '../../src/components/pathway/pathway.js';
import type { Answers } from '../../src/engine/schema.js';
import { drive, loadedPathway, type Hands } from '../support/drive.js';

export * from '../support/drive.js';

/** Playwright's hands: trusted events, as a person's. */
export const hands: Hands = {
  click: (element) => userEvent.click(element),
  fill: (field, text) => userEvent.fill(field, text),
  keyboard: (keys) => userEvent.keyboard(keys),
};

export const { press, choose, type, answerPage, answerJourney, submit, tabTo } = drive(hands);

export const FIXTURE_URL = '/test/fixtures/small-pack.json';

/** A pathway (or a wrapper holding one) rendered as a fixture, past the loading state; the fixture pack by default. */
export async function pathwayFixture(
  template: TemplateResult = html`<eh-pathway src=${FIXTURE_URL}></eh-pathway>`,
): Promise<EhPathway> {
  return loadedPathway(await fixture<HTMLElement>(template));
}

/** The fixture pack answered with no concern. */
const CALM: Answers = { danger: 'no', health: 'none', education: 'none', 'basic-care': 'none', consent: 'agrees' };

/** Answers every question of the fixture pack with no concern and reaches the check page (from the start page or any page after it). */
export async function calmJourney(pathway: EhPathway): Promise<void> {
  const reached = await answerJourney(pathway, CALM);
  if (reached !== 'check') throw new Error(`A calm journey reached "${reached}", not Check your answers`);
}
