/**
 * A plain intranet page under the strictest Content-Security-Policy a council is likely to
 * send: no inline script or style, and Trusted Types with lit-html as the only policy. The
 * page is one `<script type="module">` of the standalone bundle and one `<eh-pathway>`;
 * the whole journey (every section, check your answers, the recommendation with its folded
 * details, copy, both downloads, disagreeing and starting again) must not trigger a single
 * `securitypolicyviolation`. A second page, given a broken pack, shows the load error.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_KIND } from '../../src/engine/referral.js';
import { en } from '../../src/i18n/index.js';
import { answerPage, launch, watchedPage, type PackQuestion } from './browser.js';
import { buildStandalone } from './build.js';
import { serve, type Site } from './server.js';

const root = new URL('../..', import.meta.url).pathname;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
type Localized = Readonly<Record<string, string>>;
const pack = JSON.parse(readFileSync(join(root, 'rules/continuum/1.0.0.json'), 'utf8')) as {
  id: string;
  version: string;
  levels: { id: string; name: Localized }[];
  questionnaire: { sections: { id: string; title: Localized; questions: PackQuestion[] }[] };
};
const questions = pack.questionnaire.sections.flatMap((section) => section.questions);
const levelName = (id: string) => pack.levels.find((level) => level.id === id)!.name.en!;
/** A full case with a bit of everything: several checkboxes, notes, strengths, a concern also noted. */
const rich = JSON.parse(
  readFileSync(join(root, 'rules/continuum/cases/strengths-do-not-lower-level-3.json'), 'utf8'),
) as {
  answers: Record<string, unknown>;
  expect: { level: string };
};
const view = en.recommendationView;

let out = '';
let site: Site;
let browser: Browser;

describe('a plain HTML page with a strict Content-Security-Policy', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'eh-embed-csp-'));
    const bundle = await buildStandalone(out);
    site = await serve(
      {
        '/': join(root, 'test/embed/pages/strict-csp.html'),
        '/broken.html': join(root, 'test/embed/pages/strict-csp-broken.html'),
        '/broken-pack.json': join(root, 'test/embed/pages/broken-pack.json'),
        '/early-help-pathway.js': bundle,
        '/rules/': join(root, 'rules') + '/',
      },
      { 'Content-Security-Policy': CSP },
    );
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('walks the whole journey to the recommendation, the decision and starting again without a single violation', async () => {
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
    expect(
      await pathway.evaluate((element) => (element as unknown as { answers: Record<string, unknown> }).answers),
    ).toEqual({ 'immediate-danger': 'no' });

    await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
    await expect.poll(() => heading.textContent()).toBe('About the child');
    expect(await pathway.locator('[part="progress"]').textContent()).toMatch(/Section 2 of \d+/);
    // The first question of the section is a real control, rendered under the policy.
    await expect
      .poll(() => pathway.locator('eh-choice-question[name="age-band"]').getByRole('radio').count())
      .toBeGreaterThan(1);

    // Continue without answering: the error summary (focus, links) works under the policy too.
    await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
    await expect.poll(() => pathway.locator('[part="error-summary"]').count()).toBe(1);

    // Every section answered as a practitioner would: radios, checkboxes, notes typed.
    for (let step = 0; step < 20 && (await heading.textContent()) !== en.pathway.checkTitle; step++) {
      const title = await heading.textContent();
      await answerPage(pathway, questions, rich.answers, en.answers);
      await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
      await expect.poll(() => heading.textContent(), { message: `Continue from "${title}"` }).not.toBe(title);
      expect(await pathway.locator('[part="error-summary"]').count(), `errors after "${title}"`).toBe(0);
    }
    expect(await heading.textContent()).toBe(en.pathway.checkTitle);
    expect(
      await pathway.evaluate((element) => (element as unknown as { answers: Record<string, unknown> }).answers),
    ).toEqual(rich.answers);
    // Check your answers lists every section that was asked, with a Change button per answer.
    expect(await pathway.locator('[part="summary-list"]').count()).toBe(pack.questionnaire.sections.length);
    expect(await pathway.getByRole('button', { name: en.pathway.change }).count()).toBe(
      Object.keys(rich.answers).length,
    );

    await pathway.getByRole('button', { name: en.pathway.seeRecommendation }).click();
    await expect.poll(() => heading.textContent()).toBe(en.pathway.resultTitle);
    const result = pathway.locator('eh-recommendation');
    expect(await result.locator('.level-name').textContent()).toBe(levelName(rich.expect.level));
    // The journey's own polite live region announces the level.
    const announced = () =>
      pathway.evaluate(
        (element) =>
          [...element.shadowRoot!.children].find((child) => child.getAttribute('role') === 'status')?.textContent,
      );
    await expect.poll(announced).toBe(en.pathway.announceResult(levelName(rich.expect.level)));

    // The folded details open: the answers given, and the concerns also noted.
    const answersGiven = result.locator('[part="answers"]');
    expect(await answersGiven.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await answersGiven.getByText(view.answersTitle, { exact: true }).click();
    expect(await answersGiven.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => answersGiven.getByText(String(rich.answers['strengths-note'])).isVisible()).toBe(true);
    const alsoNoted = result.locator('[part="also-noted"]');
    await alsoNoted.locator(':scope > summary').click();
    expect(await alsoNoted.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => alsoNoted.getByText(view.alsoNotedIntro).isVisible()).toBe(true);

    // Copy summary: copied, or (where the browser will not) the summary selected in a box. Either is fine here.
    const copy = result.getByRole('button', { name: view.copy.button });
    const copyStatus = result.locator('[part="copy-status"]');
    const copyBox = result.getByRole('textbox', { name: view.copy.boxLabel });
    const copyOutcome = () => copyStatus.textContent().then((text) => text?.trim());
    await copy.click();
    await expect.poll(copyOutcome).toMatch(/\S/);
    expect([view.copy.copied, view.copy.failed]).toContain(await copyOutcome());
    if ((await copyOutcome()) === view.copy.failed)
      expect(await copyBox.inputValue()).toContain(levelName(rich.expect.level));
    // A browser that refuses both ways of copying: the fallback box is rendered, under the policy too.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
      document.execCommand = () => false;
    });
    await copy.click();
    await expect.poll(copyOutcome).toBe(view.copy.failed);
    await expect.poll(() => copyBox.isVisible()).toBe(true);
    expect(await copyBox.inputValue()).toContain(levelName(rich.expect.level));
    // As the message says: the summary is selected in the box, ready for Ctrl+C.
    await expect
      .poll(() =>
        copyBox.evaluate(
          (box) =>
            box === (box.getRootNode() as ShadowRoot).activeElement && (box as HTMLTextAreaElement).selectionEnd > 0,
        ),
      )
      .toBe(true);

    // Both downloads start, with the pack and the day in the file name, and hold what they say.
    const downloads: Record<string, unknown>[] = [];
    for (const [button, pattern] of [
      [view.download.referral, /^referral-.*\.json$/],
      [view.download.fhir, /^fhir-bundle-.*\.json$/],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 5_000 }),
        result.getByRole('button', { name: button }).click(),
      ]);
      const name = download.suggestedFilename();
      expect(name).toMatch(pattern);
      expect(name).toContain(`-${pack.id}-${pack.version}-`);
      downloads.push(JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>);
      await expect.poll(() => result.locator('[part="download-status"]').textContent()).toBe(view.download.saved(name));
    }
    expect(downloads[0]).toHaveProperty('kind', REFERRAL_KIND);
    expect(downloads[1]).toHaveProperty('resourceType', 'Bundle');

    // I disagree: saving an empty form shows its error summary, then a level and a reason are saved.
    await result.getByRole('button', { name: view.disagree }).click();
    const form = result.locator('[part="override-form"]');
    await expect.poll(() => form.getByRole('heading', { name: view.formTitle }).isVisible()).toBe(true);
    await form.getByRole('button', { name: view.save }).click();
    await expect
      .poll(() => result.locator('[part="error-summary"]').getByRole('link').allTextContents())
      .toEqual([view.levelRequired, view.reasonRequired]);
    await form.getByRole('radio', { name: levelName('level-4'), exact: true }).check();
    await form
      .getByRole('textbox', { name: view.reasonLabel })
      .fill('The grandparent who keeps the child safe is moving away next month.');
    await form.getByRole('button', { name: view.save }).click();
    const decision = result.locator('[part="decision"]');
    await expect
      .poll(() =>
        decision
          .locator('dd')
          .allTextContents()
          .then((texts) => texts.map((text) => text.trim())),
      )
      .toEqual([
        levelName(rich.expect.level),
        levelName('level-4'),
        'The grandparent who keeps the child safe is moving away next month.',
      ]);
    expect(
      await pathway.evaluate((element) => (element as unknown as { override?: { levelId: string } }).override?.levelId),
    ).toBe('level-4');

    // Start again asks first; "No" goes back to the result with the decision kept, "Yes" clears everything.
    await pathway.getByRole('button', { name: en.pathway.startAgain }).click();
    await expect.poll(() => heading.textContent()).toBe(en.pathway.restartTitle);
    await pathway.getByRole('button', { name: en.pathway.restartCancel }).click();
    await expect.poll(() => heading.textContent()).toBe(en.pathway.resultTitle);
    expect(await decision.count()).toBe(1);
    await pathway.getByRole('button', { name: en.pathway.startAgain }).click();
    await pathway.getByRole('button', { name: en.pathway.restartConfirm }).click();
    await expect.poll(() => heading.textContent()).toBe(en.pathway.startTitle);
    expect(
      await pathway.evaluate((element) => {
        const pathway = element as unknown as { answers: Record<string, unknown>; override?: unknown };
        return { answers: pathway.answers, override: pathway.override };
      }),
    ).toEqual({ answers: {}, override: undefined });

    expect(await violations(), 'securitypolicyviolation events').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    // One script and one rule pack: nothing else is fetched, not even by copying or downloading (the favicon is the browser's own).
    expect(site.requests.filter((request) => !request.endsWith('/favicon.ico'))).toEqual([
      '200 /',
      '200 /early-help-pathway.js',
      '200 /rules/continuum/1.0.0.json',
    ]);
    await page.close();
  }, 60_000);

  it('shows a broken pack as the load error page, with the details panel for the rule author, without a violation', async () => {
    const { page, errors, violations } = await watchedPage(browser);
    await page.goto(`${site.url}/broken.html`);
    const pathway = page.locator('eh-pathway');
    await expect
      .poll(() => pathway.locator('#heading').textContent(), { timeout: 10_000 })
      .toBe(en.pathway.loadErrorTitle);
    const panel = pathway.locator('[part~="load-error"] details');
    const problems = panel.locator('.problems li');
    const count = await problems.count();
    expect(count).toBeGreaterThan(1);
    expect(await pathway.locator('[part~="load-error"] strong').first().textContent()).toBe(
      en.pathway.errors.invalidPack(count),
    );
    expect(await panel.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await panel.getByText(en.pathway.loadErrorDetails, { exact: true }).click();
    expect(await panel.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => problems.first().isVisible()).toBe(true);
    // Each problem names where it is in the file.
    expect(await problems.locator('code').count()).toBe(count);

    expect(await violations(), 'securitypolicyviolation events').toEqual([]);
    // The same problems go to the console for whoever maintains the page: that is the only error.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^console: eh-pathway: /);
    await page.close();
  }, 30_000);

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
    await expect
      .poll(async () => (await violations()).map((violation) => violation.split(' ')[0]).sort())
      .toEqual(['require-trusted-types-for', 'style-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await page.close();
  }, 30_000);
});
