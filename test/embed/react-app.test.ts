/**
 * A small React 19 app (test/embed/pages/react) hosts `<eh-pathway>` through the
 * `early-help-pathway/react` wrapper and listens to its events. Built with Vite's JS API
 * for production, served under the same strict Content-Security-Policy as the plain page,
 * and driven in Chromium: the draft resumed through a property, then the whole journey
 * with immediate danger, an override and Confirm and finish, checking what the app heard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/index.js';
import { answerPage, launch, watchedPage, type PackQuestion } from './browser.js';
import { serve, type Site } from './server.js';

const root = new URL('../..', import.meta.url).pathname;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const calm = JSON.parse(readFileSync(join(root, 'rules/continuum/cases/no-concerns-universal.json'), 'utf8')) as {
  answers: Record<string, unknown>;
  expect: { level: string };
};

type Localized = Readonly<Record<string, string>>;
const pack = JSON.parse(readFileSync(join(root, 'rules/continuum/1.0.0.json'), 'utf8')) as {
  id: string;
  levels: { id: string; name: Localized }[];
  urgent: { id: string; name: Localized };
  services: { id: string; levels: string[] }[];
  questionnaire: { sections: { questions: PackQuestion[] }[] };
};
const questions = pack.questionnaire.sections.flatMap((section) => section.questions);
const levelName = (id: string) => pack.levels.find((level) => level.id === id)!.name.en!;
const view = en.recommendationView;

let out = '';
let site: Site;
let browser: Browser;

interface Heard {
  readonly event: string;
  readonly detail: string;
  readonly data?: unknown;
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
    site = await serve(
      { '/': join(out, 'index.html'), '/assets/': join(out, 'assets') + '/', '/rules/': join(root, 'rules') + '/' },
      { 'Content-Security-Policy': CSP },
    );
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
    const heard = () =>
      page.evaluate(() =>
        (window as unknown as { heard: Heard[] }).heard.map((entry) => `${entry.event} ${entry.detail}`),
      );

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
    await pathway
      .locator('eh-yes-no-question[name="immediate-danger"]')
      .getByRole('radio', { name: en.answers.no, exact: true })
      .check();
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

  it('hears onEhUrgent, then onEhOverride with the level and reason, and onEhComplete with both, over the whole journey', async () => {
    const { page, errors, violations } = await watchedPage(browser);
    await page.goto(`${site.url}/`);
    const heard = () =>
      page.evaluate(() =>
        (window as unknown as { heard: Heard[] }).heard.map((entry) => `${entry.event} ${entry.detail}`),
      );
    const data = (event: string) =>
      page.evaluate(
        (name) =>
          (window as unknown as { heard: Heard[] }).heard
            .filter((entry) => entry.event === name)
            .map((entry) => entry.data),
        event,
      );

    const pathway = page.locator('eh-pathway');
    const heading = pathway.locator('#heading');
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe(en.pathway.startTitle);
    await pathway.getByRole('button', { name: en.pathway.startButton }).click();

    // Immediate danger: the urgent page at once, and the app hears it with the urgent outcome.
    const danger = pathway.locator('eh-yes-no-question[name="immediate-danger"]');
    // click, not check: the radio is gone (the urgent page replaces the section) before it could be seen checked.
    await danger.getByRole('radio', { name: en.answers.yes, exact: true }).click();
    await expect.poll(() => heading.textContent()).toBe(pack.urgent.name.en);
    expect(await pathway.locator('[part="urgent"]').count()).toBe(1);
    await expect.poll(heard).toEqual(['answer-change immediate-danger="yes"', `urgent ${pack.urgent.id}`]);
    expect(await data('urgent')).toEqual([
      {
        urgent: true,
        levelName: pack.urgent.name.en,
        services: pack.services
          .filter((service) => service.levels.includes(pack.urgent.id))
          .map((service) => service.id),
      },
    ]);
    await expect.poll(() => page.locator('#log li').last().textContent()).toBe(`urgent ${pack.urgent.id}`);

    // "I chose this by mistake": back to the question, with the answer still shown, so that it can be changed.
    await pathway.getByRole('button', { name: en.pathway.urgentBack }).click();
    await expect.poll(() => heading.textContent()).toBe('Safety first');
    expect(await danger.getByRole('radio', { name: en.answers.yes, exact: true }).isChecked()).toBe(true);

    // The journey from there, every section answered on screen (immediate danger now "no").
    const answered: string[] = [];
    for (let step = 0; step < 20 && (await heading.textContent()) !== en.pathway.checkTitle; step++) {
      const title = await heading.textContent();
      answered.push(...(await answerPage(pathway, questions, calm.answers, en.answers)));
      await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
      await expect.poll(() => heading.textContent(), { message: `Continue from "${title}"` }).not.toBe(title);
    }
    expect(await heading.textContent()).toBe(en.pathway.checkTitle);
    expect([...answered].sort()).toEqual(Object.keys(calm.answers).sort());
    await pathway.getByRole('button', { name: en.pathway.seeRecommendation }).click();
    await expect.poll(() => page.locator('#level').textContent()).toBe(levelName(calm.expect.level));

    // I disagree: another level and a reason, saved.
    const result = pathway.locator('eh-recommendation');
    const reason = 'Mum says she cannot cope with the bedtime battles and has asked for a family support worker.';
    await result.getByRole('button', { name: view.disagree }).click();
    await result.getByRole('radio', { name: levelName('level-2'), exact: true }).check();
    await result.getByRole('textbox', { name: view.reasonLabel }).fill(`  ${reason}  `);
    await result.getByRole('button', { name: view.save }).click();
    await expect.poll(() => result.locator('[part="decision"] .reason').textContent()).toBe(reason);
    const overridden = `override ${calm.expect.level}->level-2`;
    await expect.poll(() => page.locator('#log li').last().textContent()).toBe(overridden);
    const [override] = (await data('override')) as { at: string }[];
    expect(override).toEqual({
      suggestedLevelId: calm.expect.level,
      levelId: 'level-2',
      reason,
      at: expect.any(String),
    });
    expect(new Date(override!.at).toISOString()).toBe(override!.at);

    // Confirm and finish: the app hears the recommendation together with the override.
    await result.getByRole('button', { name: view.confirm }).click();
    await expect.poll(() => result.getByText(view.confirmed).isVisible()).toBe(true);
    const completed = `complete ${calm.expect.level}->level-2`;
    await expect.poll(() => page.locator('#log li').last().textContent()).toBe(completed);
    expect(await data('complete')).toEqual([
      { level: calm.expect.level, complete: true, urgent: false, packId: pack.id, override },
    ]);

    // Everything the app heard, in order: one event per answer, then the result and the decision.
    expect(await heard()).toEqual([
      'answer-change immediate-danger="yes"',
      `urgent ${pack.urgent.id}`,
      ...answered.map((id) => `answer-change ${id}=${JSON.stringify(calm.answers[id])}`),
      `recommendation ${calm.expect.level}`,
      overridden,
      completed,
    ]);

    expect(await violations(), 'securitypolicyviolation events').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    await page.close();
  }, 60_000);
});
