/** Builds the standalone bundle exactly as `npm run build` does, into a folder of the test's own. */
import { build } from 'vite';
import { standaloneConfig } from '../../.config/vite.standalone.js';

export async function buildStandalone(outDir: string): Promise<string> {
  const config = standaloneConfig(outDir);
  await build({ ...config, logLevel: 'silent', build: { ...config.build, emptyOutDir: true } });
  return `${outDir}/early-help-pathway.js`;
}
