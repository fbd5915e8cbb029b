/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { LIT_ENTRIES } from './.storybook/main.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH as chromiumPath } from './test/setup/chromium.js';

/** Debian's Chromium unless the machine says otherwise; no browser is ever downloaded. */

/** The one browser every component and story test runs in (a fresh object each: vitest names its instances in place). */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: [...CHROMIUM_ARGS],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

/**
 * @open-wc/testing imports a web-dev-server socket that does not exist under vitest;
 * resolving it to an empty module keeps the import harmless.
 */
function ignoreWebDevServerSocket(): Plugin {
  const id = '\0wds-socket';
  return {
    name: 'ignore-web-dev-server-socket',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('__web-dev-server__web-socket.js') ? id : null),
    load: (loaded) => (loaded === id ? 'export default {};' : null),
  };
}

export default defineConfig({
  plugins: [ignoreWebDevServerSocket()],
  // Relative, so the Rule Lab's worker is found beside the module that starts it wherever the package is served from.
  base: './',
  // Maps point at the sources without embedding them: a third of the unpacked package was
  // source text inside .map files, the worker's alone 0.7 MB.
  worker: { format: 'es', rolldownOptions: { output: { sourcemapExcludeSources: true } } },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'engine/index': 'src/engine/index.ts',
        'cli/eh-rules': 'src/cli/eh-rules.ts',
        'react/index': 'src/react/index.ts',
        'rule-lab': 'src/rule-lab.ts',
        'components/rule-lab/define': 'src/components/rule-lab/define.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, 'json-logic-js', 'logic-solver', /^zod($|\/)/, /^react($|\/)/, /^node:/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        sourcemapExcludeSources: true,
      },
    },
  },
  test: {
    reporters: ['default', './test/setup/summary-reporter.ts'],
    // Setting up and tearing down (deleting installed consumer apps, closing servers) can take
    // far longer than 10 s on a busy machine; a hook is never a measure of speed.
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/engine/**/*.test.ts',
            'test/rules/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/package/**/*.test.ts',
            'test/questionnaire/**/*.test.ts',
            'test/embed/**/*.test.ts',
            'test/print/**/*.test.ts',
            'test/docs/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        optimizeDeps: { include: [...LIT_ENTRIES, 'logic-solver'] },
        test: {
          name: 'browser',
          include: ['test/components/**/*.test.ts'],
          // The Rule Lab's worker loads the solver on demand; bundled up front so the page is not reloaded mid-test.
          browser: chromium(),
        },
      },
      {
        // Every story as a test: render, its play function, and an axe check (a11y: 'error').
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // One pre-bundled lit for the renderer and the elements (else lit warns of two copies).
        optimizeDeps: { include: [...LIT_ENTRIES, 'logic-solver'] },
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
    ],
  },
});
