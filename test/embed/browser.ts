/**
 * Debian's Chromium driven by playwright (no browser is downloaded), and a page that
 * records every Content-Security-Policy violation, console error and uncaught error.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/chromium.js';

export { CHROMIUM_PATH };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface Watched {
  readonly page: Page;
  /** Console errors and uncaught exceptions, as text. */
  readonly errors: string[];
  /** `securitypolicyviolation` events seen by the page, as "directive blocked sample". */
  violations(): Promise<string[]>;
}

export async function watchedPage(browser: Browser): Promise<Watched> {
  const page = await browser.newPage();
  // An action that cannot happen fails well within a test's time, so that the errors recorded can be read.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
    });
  });
  return {
    page,
    errors,
    violations: () => page.evaluate(() => [...(globalThis as unknown as { __violations: string[] }).__violations]),
  };
}

/** The parts of a rule pack's question the journey helpers need (read from the pack's JSON). */
export interface PackQuestion {
  readonly id: string;
  readonly type: 'single-choice' | 'multiple-choice' | 'yes-no-unsure' | 'text' | 'number';
  readonly options?: readonly { readonly value: string; readonly label: Readonly<Record<string, string>> }[];
}

const CONTROL: Readonly<Record<PackQuestion['type'], string>> = {
  'single-choice': 'eh-choice-question',
  'multiple-choice': 'eh-multi-choice-question',
  'yes-no-unsure': 'eh-yes-no-question',
  text: 'eh-text-question',
  number: 'eh-number-question',
};

/**
 * Answers the questions on the page on screen as a practitioner does: a radio or checkbox
 * picked by its label, a note typed. `answers` are a golden case's (option values); labels
 * come from the pack (`locale`) and, for yes / no / not sure, from `yesNo` (the catalogue's
 * `answers`). Questions of `questions` not on the page are left alone. Returns the ids
 * answered, in the order they were answered (one already showing its answer is counted too,
 * though checking it again changes nothing and fires no event).
 */
export async function answerPage(
  pathway: Locator,
  questions: readonly PackQuestion[],
  answers: Readonly<Record<string, unknown>>,
  yesNo: Readonly<Record<string, string>>,
  locale = 'en',
): Promise<string[]> {
  const answered: string[] = [];
  for (const question of questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const control = pathway.locator(`${CONTROL[question.type]}[name="${question.id}"]`);
    if ((await control.count()) === 0) continue;
    const label = (option: string) => {
      const found = question.options?.find((candidate) => candidate.value === option)?.label[locale];
      if (found === undefined) throw new Error(`${question.id} has no option "${option}"`);
      return found;
    };
    switch (question.type) {
      case 'yes-no-unsure':
        await control.getByRole('radio', { name: yesNo[String(value)]!, exact: true }).check();
        break;
      case 'single-choice':
        await control.getByRole('radio', { name: label(String(value)), exact: true }).check();
        break;
      case 'multiple-choice':
        for (const option of value as readonly string[])
          await control.getByRole('checkbox', { name: label(option), exact: true }).check();
        break;
      case 'text':
      case 'number':
        await control.getByRole('textbox').fill(String(value));
        break;
    }
    answered.push(question.id);
  }
  return answered;
}
