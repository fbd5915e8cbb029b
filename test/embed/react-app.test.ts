/**
 * A small React 19 app (test/embed/pages/react) hosts `<eh-pathway>` through the
 * `early-help-pathway/react` wrapper and listens to its events. Built with Vite's JS API
 * for production, served under the same strict Content-Security-Policy as the plain page,
 * and driven in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/index.js';
import { launch, watchedPage } from './browser.js';
import { serve, type Site } from './server.js';

const root = new URL('../..', import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const calm = JSON.parse(readFileSync(join(root, 'rules/continuum/cases/no-concerns-universal.json'), 'utf8')) as {
  answers: Record<string, unknown>;
  expect: { level: string };
};

let out = '';
let site: Site;
let browser: Browser;

interface Heard {
  readonly event: string;
  readonly detail: string;
}

describe('a React 19 app using early-help-pathway/react', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'eh-embed-react-'));
    await build({
      root: join(root, 'test/embed/pages/react'),
      configFile: false,
      publicDir: false,
      logLevel: 'silent',
      mode: 'production',
      build: { outDir: out, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
    });
    site = await serve({ '/': join(out, 'index.html'), '/assets/': join(out, 'assets') + '/', '/rules/': join(root, 'rules') + '/' }, { 'Content-Security-Policy': CSP });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('hears onEhAnswerChange when a question is answered, and onEhRecommendation at the end of the journey', async () => {
    const { page, errors, violations } = await watchedPage(browser);
    await page.goto(`${site.url}/`);
    const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.map((entry) => `${entry.event} ${entry.detail}`));

    const pathway = page.locator('eh-pathway');
    const heading = pathway.locator('#heading');
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe(en.pathway.startTitle);
    // The wrapper passed headingLevel as a property: the page heading is an h2 under the app's h1.
    expect(await heading.evaluate((element) => element.localName)).toBe('h2');

    // Resume a draft through the property: every answer but the first. Setting fires nothing.
    const { 'immediate-danger': _danger, ...rest } = calm.answers;
    await pathway.evaluate((element, answers) => {
      (element as unknown as { answers: unknown }).answers = answers;
    }, rest);
    expect(await heard()).toEqual([]);

    await pathway.getByRole('button', { name: en.pathway.startButton }).click();
    await pathway.locator('eh-yes-no-question[name="immediate-danger"]').getByRole('radio', { name: en.answers.no, exact: true }).check();
    await expect.poll(heard).toEqual(['answer-change immediate-danger="no"']);
    // React state re-rendered from the handler.
    await expect.poll(() => page.locator('#log li').allTextContents()).toEqual(['answer-change immediate-danger="no"']);

    for (let step = 0; step < 20 && (await heading.textContent()) !== en.pathway.checkTitle; step++) {
      await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
    }
    expect(await heading.textContent()).toBe(en.pathway.checkTitle);
    await pathway.getByRole('button', { name: en.pathway.seeRecommendation }).click();

    await expect.poll(heard).toEqual(['answer-change immediate-danger="no"', `recommendation ${calm.expect.level}`]);
    await expect.poll(() => page.locator('#level').textContent()).toMatch(/\S/);
    expect(await pathway.locator('eh-recommendation').count()).toBe(1);

    expect(await violations(), 'securitypolicyviolation events').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    await page.close();
  }, 60_000);
});
