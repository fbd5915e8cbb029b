import { readFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { it } from 'vitest';
const read = (r: string) => JSON.parse(readFileSync(fileURLToPath(new URL(r, import.meta.url)), 'utf8'));
const pack = read('../../rules/continuum/2.0.0.json');
const EX: Record<string, string> = { low: 'child-education-level-2', moderate: 'level-3-in-two-domains', serious: 'chronic-neglect', urgent: 'abuse-harmer-tonight' };
it('shots', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eh-shots-'));
  await build({ configFile: false, root: fileURLToPath(new URL('./page/', import.meta.url)), logLevel: 'error', build: { outDir: join(dir, 'site'), emptyOutDir: true, target: 'es2022', minify: false } });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const s = /^\/scenario\/([\w-]+)\.json$/.exec(path)?.[1];
    if (s) { const [name, lang] = s.split('--'); res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ pack, answers: read(`../../rules/continuum/cases/2.0.0-${EX[name!]}.json`).answers, lang, now: '2027-04-01T09:00:00.000Z' })); return; }
    const file = normalize(path === '/' ? '/index.html' : path);
    try { res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html' }).end(readFileSync(join(dir, 'site', file))); } catch { res.writeHead(404).end(); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const [w, h] of [[1280, 900], [320, 720]]) for (const name of Object.keys(EX)) for (const lang of ['en', 'cy']) {
    if (lang === 'cy' && name !== 'moderate') continue;
    const page = await browser.newPage({ viewport: { width: w!, height: h! } });
    await page.goto(`${origin}/?scenario=${name}--${lang}`);
    await page.waitForSelector('body[data-ready]');
    await page.addStyleTag({ content: 'main { max-width: 960px; margin: 0 auto; padding: 16px }' });
    await page.evaluate(async () => { const el = document.querySelector('eh-recommendation')!; const d = el.shadowRoot!.querySelector('details.what-if') as HTMLDetailsElement; d.open = true; for (let i = 0; i < 200 && !d.querySelector('ul, [part~=what-if-none]'); i++) await new Promise((r) => setTimeout(r, 50)); });
    await page.screenshot({ path: `/work/main/.shots/r-${name}-${lang}-${w}.png`, fullPage: true });
    await page.close();
  }
  await browser.close(); server.close(); rmSync(dir, { recursive: true, force: true });
}, 120_000);
