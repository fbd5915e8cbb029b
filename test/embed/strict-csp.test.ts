/**
 * A plain intranet page under the strictest Content-Security-Policy a council is likely to
 * send: no inline script or style, and Trusted Types with lit-html as the only policy. The
 * page is one `<script type="module">` of the standalone bundle and one `<eh-pathway>`;
 * walking the first steps must not trigger a single `securitypolicyviolation`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/index.js';
import { launch, watchedPage } from './browser.js';
import { buildStandalone } from './build.js';
import { serve, type Site } from './server.js';

const root = new URL('../..', import.meta.url).pathname;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

let out = '';
let site: Site;
let browser: Browser;

describe('a plain HTML page with a strict Content-Security-Policy', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'eh-embed-csp-'));
    const bundle = await buildStandalone(out);
    site = await serve(
      { '/': join(root, 'test/embed/pages/strict-csp.html'), '/early-help-pathway.js': bundle, '/rules/': join(root, 'rules') + '/' },
      { 'Content-Security-Policy': CSP },
    );
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('renders the start page and walks into the first sections without a single violation', async () => {
    const { page, errors, violations } = await watchedPage(browser);
    const response = await page.goto(`${site.url}/`);
    expect(response!.headers()['content-security-policy']).toBe(CSP);

    const pathway = page.locator('eh-pathway');
    const heading = pathway.locator('#heading');
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe(en.pathway.startTitle);
    // The start page names the pack it was given.
    await expect.poll(() => pathway.locator('[part="page"]').textContent()).toContain('Continuum of need');

    await pathway.getByRole('button', { name: en.pathway.startButton }).click();
    await expect.poll(() => heading.textContent()).toBe('Safety first');
    expect(await pathway.locator('[part="progress"]').textContent()).toMatch(/Section 1 of \d+/);

    const danger = pathway.locator('eh-yes-no-question[name="immediate-danger"]');
    await danger.getByRole('radio', { name: en.answers.no, exact: true }).check();
    expect(await pathway.evaluate((element) => (element as unknown as { answers: Record<string, unknown> }).answers)).toEqual({ 'immediate-danger': 'no' });

    await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
    await expect.poll(() => heading.textContent()).toBe('About the child');
    expect(await pathway.locator('[part="progress"]').textContent()).toMatch(/Section 2 of \d+/);
    // The first question of the section is a real control, rendered under the policy.
    await expect.poll(() => pathway.locator('eh-choice-question[name="age-band"]').getByRole('radio').count()).toBeGreaterThan(1);

    // Continue without answering: the error summary (focus, links) works under the policy too.
    await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
    await expect.poll(() => pathway.locator('[part="error-summary"]').count()).toBe(1);

    expect(await violations(), 'securitypolicyviolation events').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    // One script and one rule pack: nothing else is fetched (the favicon is the browser's own).
    expect(site.requests.filter((request) => !request.endsWith('/favicon.ico'))).toEqual([
      '200 /',
      '200 /early-help-pathway.js',
      '200 /rules/continuum/1.0.0.json',
    ]);
    await page.close();
  }, 60_000);

  it('would catch a violation: inline script and inline style on the same page are reported', async () => {
    // Proves the listener works under this policy, so the empty list above means something.
    const { page, violations } = await watchedPage(browser);
    await page.goto(`${site.url}/`);
    await page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true'; // refused by Trusted Types
        document.body.append(script);
      } catch {
        // The refusal throws as well as reporting.
      }
      const style = document.createElement('style');
      style.textContent = 'body { color: red }'; // refused by style-src 'self'
      document.head.append(style);
    });
    await expect.poll(async () => (await violations()).map((violation) => violation.split(' ')[0]).sort()).toEqual([
      'require-trusted-types-for',
      'style-src-elem',
    ]);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await page.close();
  }, 30_000);
});
