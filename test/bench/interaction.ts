/**
 * `npm run bench -- --interaction`: the practitioner's whole journey through the default pack
 * in Chromium with the CPU throttled 6× (the Chrome DevTools Protocol), as an old, busy PC
 * would run it, next to a plain lit form of the same size (pages/plain-form.ts) in the same
 * run. Reported per page, as medians of three runs:
 *
 * - first render: from navigation to the start page's button on screen (the pack fetched and
 *   read, the first page drawn);
 * - worst interaction: the longest Event Timing entry of any click or key press (what INP
 *   measures), with the number of interactions;
 * - CLS: the layout shift score over the whole journey.
 *
 * Bars (issue 14): worst interaction ≤ 100 ms, first render ≤ 1.5× the plain form, CLS 0.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { build } from 'vite';
import { table } from '../../src/cli/table.js';
import { en } from '../../src/i18n/index.js';
import { answerPage, launch, type PackQuestion } from '../embed/browser.js';
import { buildStandalone } from '../embed/build.js';
import { serve } from '../embed/server.js';

const root = resolve(import.meta.dirname, '../..');
const PACK = join(root, 'rules/continuum/2.0.0.json');
/** A full level-3 case: nine sections, most questions answered, checkboxes and notes included. */
const CASE = join(root, 'rules/continuum/cases/2.0.0-pre-birth-da.json');
const THROTTLE = 6;
const RUNS = 3;

interface Run {
  readonly firstRender: number;
  readonly worst: number;
  readonly interactions: number;
  readonly cls: number;
}

// Installed before any of the page's scripts: Event Timing, layout shifts, and the moment the
// start page's button is first on screen (checked every frame, so it is what the user sees).
const OBSERVE = `(() => {
  const seen = { durations: new Map(), cls: 0, firstRender: undefined };
  window.__bench = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      seen.durations.set(entry.interactionId, Math.max(seen.durations.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    const host = document.querySelector('eh-pathway, plain-form');
    if (host?.shadowRoot?.querySelector('button')) seen.firstRender = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function measured(page: Page): Promise<Run> {
  // Event Timing entries arrive after the next paint; give the observer a frame to hear the last one.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  return page.evaluate(() => {
    const seen = (
      window as unknown as { __bench: { durations: Map<number, number>; cls: number; firstRender: number } }
    ).__bench;
    const durations = [...seen.durations.values()];
    return {
      firstRender: seen.firstRender,
      worst: durations.length > 0 ? Math.max(...durations) : 0,
      interactions: durations.length,
      cls: seen.cls,
    };
  });
}

async function throttled(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(OBSERVE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: { firstRender?: number } }).__bench.firstRender);
  return page;
}

const headingOf = (host: Locator) => host.locator('#heading').textContent();

async function journey(browser: Browser, url: string, questions: PackQuestion[], answers: Record<string, unknown>) {
  const page = await throttled(browser, url);
  const pathway = page.locator('eh-pathway');
  await pathway.getByRole('button', { name: en.pathway.startButton }).click();
  for (let step = 0; step < 30 && (await headingOf(pathway)) !== en.pathway.checkTitle; step++) {
    const title = await headingOf(pathway);
    await answerPage(pathway, questions, answers, en.answers);
    await pathway.getByRole('button', { name: en.pathway.continue, exact: true }).click();
    await page.waitForFunction(
      (before) => document.querySelector('eh-pathway')!.shadowRoot!.querySelector('#heading')?.textContent !== before,
      title,
    );
  }
  if ((await headingOf(pathway)) !== en.pathway.checkTitle)
    throw new Error('the journey did not reach check your answers');
  await pathway.getByRole('button', { name: en.pathway.seeRecommendation }).click();
  await page.waitForFunction(() =>
    document.querySelector('eh-pathway')!.shadowRoot!.querySelector('eh-recommendation'),
  );
  const run = await measured(page);
  await page.close();
  return run;
}

async function plainJourney(
  browser: Browser,
  url: string,
  questions: PackQuestion[],
  answers: Record<string, unknown>,
) {
  const page = await throttled(browser, url);
  const form = page.locator('plain-form');
  await form.getByRole('button', { name: 'Start now' }).click();
  for (let step = 0; step < 30 && (await headingOf(form)) !== 'Done'; step++) {
    const title = await headingOf(form);
    for (const question of questions) {
      const value = answers[question.id];
      if (value === undefined || (await form.locator(`[name="${question.id}"], #${question.id}`).count()) === 0)
        continue;
      if (question.type === 'text' || question.type === 'number')
        await form.locator(`#${question.id}`).fill(String(value));
      else for (const option of [value].flat()) await form.locator(`#${question.id}-${String(option)}`).check();
    }
    await form.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(
      (before) => document.querySelector('plain-form')!.shadowRoot!.querySelector('#heading')?.textContent !== before,
      title,
    );
  }
  const run = await measured(page);
  await page.close();
  return run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function interactionBench(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'eh-bench-interaction-'));
  try {
    await buildStandalone(out);
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: join(out, 'plain'),
        emptyOutDir: true,
        minify: true,
        lib: { entry: join(root, 'test/bench/pages/plain-form.ts'), formats: ['es'], fileName: () => 'plain-form.js' },
      },
    });
    const page = (script: string, tag: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="${script}"></script></head><body><main>${tag}</main></body></html>`;
    writeFileSync(join(out, 'eh.html'), page('/early-help-pathway.js', '<eh-pathway src="/pack.json"></eh-pathway>'));
    writeFileSync(join(out, 'plain.html'), page('/plain-form.js', '<plain-form src="/pack.json"></plain-form>'));
    const site = await serve({
      '/eh.html': join(out, 'eh.html'),
      '/plain.html': join(out, 'plain.html'),
      '/early-help-pathway.js': join(out, 'early-help-pathway.js'),
      '/plain-form.js': join(out, 'plain/plain-form.js'),
      '/pack.json': PACK,
    });
    type Option = NonNullable<PackQuestion['options']>[number] & { readonly short?: Readonly<Record<string, string>> };
    const pack = JSON.parse(readFileSync(PACK, 'utf8')) as {
      questionnaire: { sections: { questions: (PackQuestion & { options?: readonly Option[] })[] }[] };
    };
    // A graded option's radio is named by its short label, capitalised (the long one is its hint).
    const named = (option: Option) =>
      option.short
        ? Object.fromEntries(
            Object.entries(option.short).map(([lang, text]) => [lang, text[0]!.toUpperCase() + text.slice(1)]),
          )
        : option.label;
    const questions: PackQuestion[] = pack.questionnaire.sections
      .flatMap((section) => section.questions)
      .map((question) => ({
        ...question,
        options: question.options?.map((option) => ({ ...option, label: named(option) })),
      }));
    const { answers } = JSON.parse(readFileSync(CASE, 'utf8')) as { answers: Record<string, unknown> };
    const browser = await launch();
    try {
      const ours: Run[] = [];
      const plain: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await journey(browser, `${site.url}/eh.html`, questions, answers));
        plain.push(await plainJourney(browser, `${site.url}/plain.html`, questions, answers));
      }
      const row = (name: string, runs: Run[], base?: Run[]) => {
        const first = median(runs.map((run) => run.firstRender));
        return [
          name,
          `${first.toFixed(0)} ms${base ? ` (${(first / median(base.map((run) => run.firstRender))).toFixed(2)}×)` : ''}`,
          `${median(runs.map((run) => run.worst)).toFixed(0)} ms`,
          String(median(runs.map((run) => run.interactions))),
          median(runs.map((run) => run.cls)).toFixed(3),
        ];
      };
      return table(
        ['page', 'first render', 'worst interaction', 'interactions ≥ 16 ms', 'CLS'],
        [row('<eh-pathway>, default pack, whole journey', ours, plain), row('plain lit form, same questions', plain)],
      );
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The table with its heading, as `npm run bench` prints it. */
export async function interactionTable(): Promise<string> {
  return `The whole journey in Chromium at ${THROTTLE}× CPU throttling, medians of ${RUNS} runs (bars: worst interaction ≤ 100 ms, first render ≤ 1.5× the plain form, CLS 0)\n\n${await interactionBench()}`;
}
