/**
 * The Rule Lab bundled by a host (as `early-help-pathway/rule-lab/define` would be) and served
 * under a strict Content-Security-Policy with Trusted Types. Its runs belong in a worker; a
 * worker's URL is a script URL, so the lab creates it through its own Trusted Types policy,
 * which the host lists in `trusted-types`. A host that leaves the policy out still gets every
 * run, on the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/eh-rules.js';
import { WORKER_POLICY } from '../../src/components/rule-lab/worker-url.js';
import { ruleLabStrings } from '../../src/i18n/rule-lab.js';
import { madeDir } from '../cli/temp-dirs.js';
import { launch, watchedPage } from './browser.js';
import { serve, type Site } from './server.js';

const root = new URL('../..', import.meta.url).pathname;
const BASE =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const t = ruleLabStrings.en;

let out = '';
let browser: Browser;
const sites: Site[] = [];

async function site(csp: string): Promise<Site> {
  const served = await serve(
    {
      '/': join(root, 'test/embed/pages/rule-lab-csp.html'),
      '/rule-lab.js': join(out, 'rule-lab.js'),
      '/assets/': join(out, 'assets') + '/',
      '/library.json': join(out, 'library.json'),
    },
    { 'Content-Security-Policy': csp },
  );
  sites.push(served);
  return served;
}

/** Opens the lab, runs every golden case, and says whether the run used the worker. */
async function runCases(url: string) {
  const watched = await watchedPage(browser);
  const { page } = watched;
  await page.goto(url);
  const lab = page.locator('eh-rule-lab');
  const run = lab.getByRole('button', { name: t.cases.run });
  await run.click({ timeout: 20_000 });
  await expect.poll(() => lab.locator('table tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  const summary = await lab
    .getByText(/\d+ passed, \d+ failed/)
    .first()
    .textContent();
  const inPage = await lab.evaluate((element) => (element as unknown as { runner: { inPage: boolean } }).runner.inPage);
  return { ...watched, summary, inPage };
}

describe('the Rule Lab under a strict Content-Security-Policy with Trusted Types', () => {
  beforeAll(async () => {
    out = madeDir('eh-embed-lab-');
    await build({
      root,
      configFile: false,
      publicDir: false,
      logLevel: 'silent',
      base: './',
      worker: { format: 'es' },
      build: {
        target: 'es2022',
        outDir: out,
        emptyOutDir: true,
        minify: false,
        reportCompressedSize: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: join(root, 'src/components/rule-lab/define.ts'),
          preserveEntrySignatures: false,
          output: { format: 'es', entryFileNames: 'rule-lab.js' },
        },
      },
    });
    const ignored = { out: () => {}, err: (line: string) => console.error(line) };
    expect(main(['library', join(root, 'rules'), '--write', join(out, 'library.json')], ignored)).toBe(0);
    // The lab's own continuum cases only: the test is about where the run happens.
    const library = JSON.parse(readFileSync(join(out, 'library.json'), 'utf8')) as { cases: { path: string }[] };
    expect(library.cases.some((file) => file.path.startsWith('continuum/cases/'))).toBe(true);
    writeFileSync(join(out, 'library.json'), JSON.stringify(library));
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    for (const served of sites) await served.close();
  });

  it(`runs the golden cases in its worker when the host allows the "${WORKER_POLICY}" policy, without a violation`, async () => {
    const served = await site(`${BASE} ${WORKER_POLICY}; worker-src 'self'`);
    const { summary, inPage, errors, violations } = await runCases(`${served.url}/`);
    expect(summary).toMatch(/\d+ passed, 0 failed/);
    expect(inPage, 'the run used the worker').toBe(false);
    expect(await violations(), 'securitypolicyviolation events').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    // The worker came from the host's own origin, through the policy.
    expect(
      served.requests.some((line) => /^200 \/assets\/lab-worker[^/]*\.js$/.test(line)),
      served.requests.join('\n'),
    ).toBe(true);
  }, 120_000);

  it('still runs every case, on the page, when the host leaves the policy out', async () => {
    const served = await site(BASE);
    const { summary, inPage, violations } = await runCases(`${served.url}/`);
    expect(summary).toMatch(/\d+ passed, 0 failed/);
    expect(inPage, 'the run fell back to the page').toBe(true);
    // The browser reports the policy it refused to create: the host sees what to allow.
    expect((await violations()).join('\n')).toContain('trusted-types');
  }, 120_000);
});
