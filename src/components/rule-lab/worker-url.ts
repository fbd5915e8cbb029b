/**
 * The Rule Lab's worker, started in a way a strict Content-Security-Policy allows.
 *
 * Under `require-trusted-types-for 'script'` a worker's script URL must be a TrustedScriptURL,
 * so the lab creates one Trusted Types policy, named {@link WORKER_POLICY}, that a host lists
 * in its `trusted-types` directive. The policy accepts exactly the worker's own URL: it cannot
 * be used to load anything else.
 */
// `?worker&url`: Vite emits the worker as its own chunk and gives its URL, relative to this
// module in the library build, so the bundled worker is found wherever the package is served.
import workerUrl from './lab-worker.ts?worker&url';

/** The Trusted Types policy name a host adds to `trusted-types` to let the Rule Lab use a worker. */
export const WORKER_POLICY = 'early-help-pathway';

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

let policy: { createScriptURL(input: string): unknown } | undefined | null;

/** The worker's URL, as a TrustedScriptURL where the page enforces Trusted Types. */
function scriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(WORKER_POLICY, {
        createScriptURL: (input) => {
          if (input !== url) throw new TypeError(`${WORKER_POLICY}: only the Rule Lab worker may be loaded`);
          return input;
        },
      });
    } catch {
      // The host's `trusted-types` list leaves the policy out (or it exists already): the
      // plain URL is tried, and where the page enforces Trusted Types the worker fails to
      // start and the lab runs on the page instead.
      policy = null;
    }
  }
  return policy ? (policy.createScriptURL(url) as string) : url;
}

/** Starts the Rule Lab's worker; throws where the browser or the page's policy does not allow it. */
export function startLabWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url).href;
  return new Worker(scriptUrl(url), { type: 'module' });
}
