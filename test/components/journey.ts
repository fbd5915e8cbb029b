/**
 * Driving `<eh-pathway>` as a practitioner would: real clicks and key presses on the
 * controls inside its shadow root.
 */
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/components/pathway/define.js';
import type { EhPathway } from '../../src/components/pathway/pathway.js';

export const FIXTURE_URL = '/test/fixtures/small-pack.json';

export async function until(condition: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function settle(pathway: EhPathway): Promise<void> {
  await pathway.updateComplete;
  const controls = [...pathway.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
  await Promise.all(controls.map((control) => control.updateComplete));
}

/** A pathway loaded from the fixture pack, past the loading state. */
export async function loadedPathway(template = html`<eh-pathway src=${FIXTURE_URL}></eh-pathway>`): Promise<EhPathway> {
  const element = await fixture<HTMLElement>(template);
  const pathway = (element.localName === 'eh-pathway' ? element : element.querySelector('eh-pathway')) as EhPathway;
  await until(() => !!pathway.shadowRoot?.querySelector('#heading'), 'the first page');
  await settle(pathway);
  return pathway;
}

export const root = (pathway: EhPathway) => pathway.shadowRoot!;
export const heading = (pathway: EhPathway) => root(pathway).querySelector<HTMLElement>('#heading')!;
export const headingText = (pathway: EhPathway) => heading(pathway).textContent!.trim();

export function control(pathway: EhPathway, questionId: string): HTMLElement {
  const found = root(pathway).querySelector<HTMLElement>(`[name="${questionId}"]`);
  if (!found) throw new Error(`No control for "${questionId}" on "${headingText(pathway)}"`);
  return found;
}

/** Clicks the radio or checkbox with this value inside a question control. */
export async function choose(pathway: EhPathway, questionId: string, value: string): Promise<void> {
  const input = control(pathway, questionId).shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!input) throw new Error(`No option "${value}" in "${questionId}"`);
  await userEvent.click(input);
  await settle(pathway);
}

export async function type(pathway: EhPathway, questionId: string, text: string): Promise<void> {
  const field = control(pathway, questionId).shadowRoot!.querySelector<HTMLElement>('textarea, input')!;
  await userEvent.fill(field, text);
  await settle(pathway);
}

export function button(pathway: EhPathway, text: string): HTMLButtonElement {
  const found = [...root(pathway).querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!found) throw new Error(`No button "${text}" on "${headingText(pathway)}"`);
  return found;
}

export async function press(pathway: EhPathway, text: string): Promise<void> {
  await userEvent.click(button(pathway, text));
  await settle(pathway);
}

/** Answers every question of the fixture pack with no concern and reaches the check page. */
export async function calmJourney(pathway: EhPathway, options: { started?: boolean } = {}): Promise<void> {
  if (!options.started) await press(pathway, 'Start now');
  await choose(pathway, 'danger', 'no');
  await press(pathway, 'Continue');
  await choose(pathway, 'health', 'none');
  await choose(pathway, 'education', 'none');
  await press(pathway, 'Continue');
  await choose(pathway, 'basic-care', 'none');
  await press(pathway, 'Continue');
  await press(pathway, 'Continue');
  await choose(pathway, 'consent', 'agrees');
  await press(pathway, 'Continue');
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(matches: (element: Element) => boolean, what: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const active = deepActive();
    if (active && matches(active)) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${what}`);
}

export const isButton = (text: string) => (element: Element) =>
  element.localName === 'button' && element.textContent!.replace(/\s+/g, ' ').trim().startsWith(text);

/** Tabs into a question's inputs (radio or checkbox with this value). */
export const isOption = (questionId: string, value: string) => (element: Element) =>
  element instanceof HTMLInputElement &&
  element.value === value &&
  (element.getRootNode() as ShadowRoot).host?.getAttribute('name') === questionId;

export const inQuestion = (questionId: string) => (element: Element) =>
  (element.getRootNode() as ShadowRoot).host?.getAttribute('name') === questionId;
