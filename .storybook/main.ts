/**
 * Storybook: the catalogue of every element and state, the rule author's workbench, and (through
 * `@storybook/addon-vitest`) a test suite: every story renders, runs its `play` function and
 * passes an axe check in real Chromium as part of `npm test`.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

export const LIT_ENTRIES = [
  'lit',
  'lit/decorators.js',
  'lit/static-html.js',
  'lit/directives/live.js',
  'lit/directives/repeat.js',
  'lit/directive-helpers.js',
];

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Packs are served as files (at /packs, apart from the source's /rules) so stories can load
  // them by URL as a host page would.
  staticDirs: [{ from: '../rules', to: '/packs' }],
  core: { disableTelemetry: true },
  // One pre-bundled lit for the renderer and the elements (else lit warns of two copies);
  // vite.config.ts says the same for the story tests.
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: {
      ...vite.optimizeDeps,
      // logic-solver: the Rule Lab's Proofs tab loads it in its worker.
      include: [...(vite.optimizeDeps?.include ?? []), ...LIT_ENTRIES, 'logic-solver'],
    },
  }),
};

export default config;
