/**
 * Small consumer projects made the way a user would make them, from the packed tarball:
 * vanilla Vite + TypeScript, React 19 (raw `<eh-pathway>` in TSX, typed by
 * `early-help-pathway/jsx`) and Vue 3.5 (an SFC typed by `early-help-pathway/vue`). Each is
 * type-checked strictly, built by Vite for production and answered once in Chromium; the app
 * records the answer event on `<body data-answered>`, so the event reached the framework.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { expect } from 'vitest';
import { build, type InlineConfig } from 'vite';
import type { Browser } from 'playwright';
import { launch, watchedPage } from '../embed/browser.js';
import { serve, type Site } from '../embed/server.js';

const root = new URL('../..', import.meta.url).pathname;

export const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

export interface Consumer {
  readonly name: string;
  /** Packages besides the tarball, as `npm install` takes them. */
  readonly install: readonly string[];
  /** Files of the app by path; `index.html` loads the entry. */
  readonly files: Readonly<Record<string, string>>;
  /** The type checker, as arguments to node: a TypeScript or vue-tsc command line. */
  readonly typecheck: readonly string[];
  readonly vite?: InlineConfig;
}

const strict = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  skipLibCheck: true,
  types: [],
};

const page = (entry: string) =>
  `<!doctype html><html lang="en"><head><title>Consumer</title></head><body><div id="app"></div><script type="module" src="/${entry}"></script></body></html>`;

const tsc = [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'];

export const viteTs: Consumer = {
  name: 'vite-ts',
  install: [],
  typecheck: tsc,
  files: {
    'index.html': page('main.ts'),
    'tsconfig.json': JSON.stringify({ compilerOptions: strict, files: ['main.ts'] }),
    'main.ts': [
      "import 'early-help-pathway/define';",
      "const pathway = document.createElement('eh-pathway');",
      "pathway.src = '/rules/continuum-2.0.0.json';",
      'pathway.headingLevel = 1;',
      "pathway.persist = 'session';",
      "pathway.addEventListener('eh-answer-change', (event) => document.body.setAttribute('data-answered', event.questionId));",
      "document.querySelector('#app')!.append(pathway);",
      // Keeps the check honest: were the element untyped, the refusal would be unused, an error.
      "export function wrong(element: HTMLElementTagNameMap['eh-pathway']) {",
      '  // @ts-expect-error heading levels are numbers',
      "  element.headingLevel = 'one';",
      '}',
      '',
    ].join('\n'),
  },
};

export const react: Consumer = {
  name: 'react',
  install: ['react@^19', 'react-dom@^19', '@types/react@^19', '@types/react-dom@^19'],
  typecheck: tsc,
  vite: { oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } },
  files: {
    'index.html': page('main.tsx'),
    'tsconfig.json': JSON.stringify({
      compilerOptions: { ...strict, jsx: 'react-jsx', types: ['react', 'react-dom'] },
      files: ['main.tsx'],
    }),
    'main.tsx': [
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import 'early-help-pathway/define';",
      "import type {} from 'early-help-pathway/jsx';",
      '',
      'function App() {',
      "  const [answered, setAnswered] = useState('');",
      '  return (',
      '    <main data-answered={answered}>',
      '      <eh-pathway',
      '        src="/rules/continuum-2.0.0.json"',
      '        headingLevel={1}',
      '        persist="session"',
      "        oneh-answer-change={(event) => { setAnswered(event.questionId); document.body.setAttribute('data-answered', event.questionId); }}",
      '      />',
      '      {/* @ts-expect-error heading levels are numbers */}',
      '      {false && <eh-pathway headingLevel="one" />}',
      '    </main>',
      '  );',
      '}',
      '',
      "createRoot(document.getElementById('app')!).render(<App />);",
      '',
    ].join('\n'),
  },
};

export const vueApp: Consumer = {
  name: 'vue',
  install: ['vue@^3.5'],
  typecheck: [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', 'tsconfig.json'],
  vite: {
    plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('eh-') } } })],
  },
  files: {
    'index.html': page('main.ts'),
    'tsconfig.json': JSON.stringify({
      compilerOptions: strict,
      vueCompilerOptions: { strictTemplates: true },
      files: ['main.ts', 'App.vue'],
    }),
    'main.ts': [
      "import { createApp } from 'vue';",
      "import 'early-help-pathway/define';",
      "import App from './App.vue';",
      '',
      "createApp(App).mount('#app');",
      '',
    ].join('\n'),
    'App.vue': [
      '<script setup lang="ts">',
      "import type {} from 'early-help-pathway/vue';",
      "import type { EhAnswerChangeEvent } from 'early-help-pathway';",
      '',
      'function heard(event: EhAnswerChangeEvent) {',
      "  document.body.setAttribute('data-answered', event.questionId);",
      '}',
      '</script>',
      '',
      '<template>',
      '  <eh-pathway src="/rules/continuum-2.0.0.json" :heading-level="1" persist="session" @eh-answer-change="heard" />',
      '  <!-- @vue-expect-error heading levels are numbers -->',
      '  <eh-pathway v-if="false" :heading-level="{}" />',
      '</template>',
      '',
    ].join('\n'),
  },
};

/**
 * Makes `consumer` in `work/<name>` from `tarball`, type-checks it, builds it and answers the
 * first question in Chromium. Returns the type checker's output for the caller to assert on.
 */
export async function runConsumer(consumer: Consumer, tarball: string, work: string): Promise<void> {
  const app = join(work, consumer.name);
  mkdirSync(join(app, 'public/rules'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: `${consumer.name}-consumer`, private: true, type: 'module' }),
  );
  // The registry is reachable in CI; the cache filled by `npm ci` usually answers first.
  npm(['install', '--prefer-offline', '--ignore-scripts', tarball, ...consumer.install], app);
  for (const [file, text] of Object.entries(consumer.files)) writeFileSync(join(app, file), text);
  // Where the README tells a Vite user to put a pack: public/, served as it is.
  cpSync(
    join(app, 'node_modules/early-help-pathway/rules/continuum/2.0.0.json'),
    join(app, 'public/rules/continuum-2.0.0.json'),
  );

  const checked = spawnSync(process.execPath, [...consumer.typecheck], { cwd: app, encoding: 'utf8' });
  expect(checked.stdout + checked.stderr, `type errors in the ${consumer.name} consumer`).toBe('');
  expect(checked.status).toBe(0);

  const dist = join(app, 'dist');
  await build({
    ...consumer.vite,
    root: app,
    configFile: false,
    logLevel: 'error',
    build: { outDir: dist, emptyOutDir: true },
  });

  let site: Site | undefined;
  let browser: Browser | undefined;
  try {
    site = await serve({
      '/': join(dist, 'index.html'),
      '/assets/': join(dist, 'assets') + '/',
      '/rules/': join(dist, 'rules') + '/',
    });
    browser = await launch();
    const { page: tab, errors } = await watchedPage(browser);
    await tab.goto(`${site.url}/`);
    const pathway = tab.locator('eh-pathway').first();
    // The heading level set through the framework reached the element as a number.
    await expect
      .poll(() => pathway.evaluate((element) => (element as HTMLElement & { headingLevel: unknown }).headingLevel))
      .toBe(1);
    await pathway.getByRole('button', { name: 'Start now' }).click();
    await pathway.locator('eh-yes-no-question[name="immediate-danger"]').getByLabel('No', { exact: true }).click();
    await expect.poll(() => tab.getAttribute('body', 'data-answered')).toBe('immediate-danger');
    expect(errors).toEqual([]);
  } finally {
    await browser?.close();
    await site?.close();
  }
}
