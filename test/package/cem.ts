import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Writes `custom-elements.json` into `outDir` exactly as `npm run manifest` does. */
export function analyzeManifest(outDir: string): void {
  execFileSync(
    join(root, 'node_modules', '.bin', 'cem'),
    // The analyzer joins --outdir to the working directory, so it must be relative.
    [
      'analyze',
      '--litelement',
      '--config',
      '.config/custom-elements-manifest.config.mjs',
      '--outdir',
      relative(root, outDir),
      '--quiet',
    ],
    { cwd: root },
  );
}
