/**
 * The standalone bundle, `dist/early-help-pathway.js`: one minified ES module with lit, zod/mini
 * and everything else inside, which registers every `eh-*` element. A plain intranet page needs
 * only `<script type="module" src="early-help-pathway.js">` and `<eh-pathway src="…">`.
 *
 * Runs after the package build (`npm run build`), into the same `dist/` without emptying it.
 * Rule packs are data and are never bundled: the page serves the one its partnership approved.
 */
import { resolve } from 'node:path';
import { defineConfig, type InlineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * The standalone build's config for Vite's JS API (`build(standaloneConfig(dir))`): tests and
 * `npm run bench` build into a folder of their own, and never pick up the package's
 * vite.config.ts (`configFile: false`).
 */
export function standaloneConfig(outDir = resolve(root, 'dist')): InlineConfig {
  return {
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      minify: 'oxc',
      reportCompressedSize: false,
      copyPublicDir: false,
      // Not library mode: Vite leaves whitespace in library ES output (to keep pure annotations
      // for a later bundler), and this file is the end of the line.
      rolldownOptions: {
        input: resolve(root, 'src/define.ts'),
        // Nothing external: the page has no import map and no bundler.
        external: [],
        preserveEntrySignatures: false,
        output: { format: 'es', entryFileNames: 'early-help-pathway.js', codeSplitting: false },
      },
    },
  };
}

const { configFile: _inline, ...config } = standaloneConfig();
export default defineConfig(config);
