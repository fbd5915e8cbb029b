/**
 * The page the print test turns into a PDF: one `<eh-recommendation>` showing the scenario
 * named in `?scenario=`, which the test's server gives as JSON (pack, answers, language,
 * view and an optional override). `data-ready` on <body> says the element has rendered.
 */
import '../../../src/components/recommendation/define.js';
import { evaluate } from '../../../src/engine/evaluate.js';
import { makeOverride } from '../../../src/engine/override.js';
import { parsePack } from '../../../src/engine/pack.js';
import type { Answers, Locale } from '../../../src/engine/schema.js';

export interface Scenario {
  readonly pack: unknown;
  readonly answers: Answers;
  readonly lang: Locale;
  readonly view?: 'standard' | 'signs-of-safety';
  readonly override?: { readonly levelId: string; readonly reason: string };
  /** Give the element the answers too, so that they are listed (default true). */
  readonly listAnswers?: boolean;
  /** Print the answers as the appendix, as "Print with the answers" does (default false). */
  readonly printAnswers?: boolean;
  /** ISO date of the evaluation, so the output does not depend on the day. */
  readonly now: string;
}

async function show(): Promise<void> {
  const name = new URLSearchParams(location.search).get('scenario') ?? '';
  const scenario = (await (await fetch(`/scenario/${encodeURIComponent(name)}.json`)).json()) as Scenario;
  const pack = parsePack(scenario.pack);
  const now = new Date(scenario.now);
  const recommendation = evaluate(pack, scenario.answers, { now, locale: scenario.lang });
  document.documentElement.lang = scenario.lang;
  const el = document.createElement('eh-recommendation');
  el.recommendation = recommendation;
  el.pack = pack;
  if (scenario.listAnswers !== false) el.answers = scenario.answers;
  el.view = scenario.view ?? 'standard';
  if (scenario.override)
    el.override = makeOverride(pack, recommendation, scenario.override.levelId, scenario.override.reason, now);
  document.querySelector('main')!.append(el);
  await el.updateComplete;
  if (scenario.printAnswers) {
    // The state "Print with the answers" sets before calling the browser's print.
    (el as unknown as { outputs: { printAnswers: boolean } }).outputs.printAnswers = true;
    el.requestUpdate();
    await el.updateComplete;
  }
  document.body.dataset.ready = 'true';
}

show().catch((error: unknown) => {
  document.body.dataset.ready = 'error';
  document.body.textContent = String(error);
});
