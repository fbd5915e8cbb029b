/**
 * Debian's Chromium driven by playwright (no browser is downloaded), and a page that
 * records every Content-Security-Policy violation, console error and uncaught error.
 */
import { chromium, type Browser, type Page } from 'playwright';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
