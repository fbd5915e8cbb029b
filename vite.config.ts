/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';

/** Debian's Chromium unless the machine says otherwise; no browser is ever downloaded. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, 'json-logic-js', /^zod($|\/)/, /^react($|\/)/, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    reporters: ['default', './test/setup/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/engine/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/package/**/*.test.ts', 'test/questionnaire/**/*.test.ts', 'test/embed/**/*.test.ts', 'test/print/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/components/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
