/**
 * Turns what a host gives an element (a URL with optional integrity, a parsed pack, or
 * several versions and a date) into one usable pack, or an error that says what went
 * wrong for the practitioner and, in detail, for the rule author.
 */
import { sha256Hex } from '../engine/hash.js';
import { PackError, isParsedPack, parsePack, type PackProblem } from '../engine/pack.js';
import type { Pack } from '../engine/schema.js';
import { PackSelectionError, selectPack } from '../engine/select.js';
import type { PathwayStrings } from '../i18n/pathway.js';

export type PackState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly pack: Pack }
  | {
      readonly status: 'error';
      /** One sentence for the practitioner. */
      readonly message: string;
      /** Every problem, for the rule author. */
      readonly problems: readonly PackProblem[];
    };

export interface PackInput {
  readonly src?: string | undefined;
  readonly integrity?: string | undefined;
  readonly pack?: unknown;
  readonly packs?: readonly unknown[] | undefined;
  readonly date?: string | undefined;
}

const ALGORITHMS: Readonly<Record<string, string>> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

/**
 * Subresource Integrity over the bytes received, as browsers do it: of the hashes given, only
 * those of the strongest algorithm count (a weak hash cannot vouch beside a strong one that
 * fails), and any of them may match. SHA-256 is computed here so it works on plain-http
 * intranets where SubtleCrypto is unavailable; SHA-384/512 need SubtleCrypto.
 */
export async function matchesIntegrity(
  bytes: Uint8Array,
  integrity: string,
  t: PathwayStrings['errors'],
): Promise<boolean> {
  const all = integrity
    .trim()
    .split(/\s+/)
    .map((token) => /^(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)/.exec(token))
    .filter((match): match is RegExpExecArray => match !== null);
  if (all.length === 0) return false;
  const strength = (algorithm: string) => ['sha256', 'sha384', 'sha512'].indexOf(algorithm);
  const strongest = Math.max(...all.map((match) => strength(match[1]!)));
  const tokens = all.filter((match) => strength(match[1]!) === strongest);
  for (const [, algorithm, expected] of tokens) {
    let actual: string;
    if (algorithm === 'sha256') actual = base64(hexToBytes(sha256Hex(bytes)));
    else if (globalThis.crypto?.subtle) {
      const digest = await crypto.subtle.digest(ALGORITHMS[algorithm!]!, bytes as Uint8Array<ArrayBuffer>);
      actual = base64(new Uint8Array(digest));
    } else throw new Error(t.integrityUnsupported(ALGORITHMS[algorithm!]!));
    if (actual === expected) return true;
  }
  return false;
}

function fail(message: string, problems: readonly PackProblem[] = []): PackState {
  return { status: 'error', message, problems };
}

function toPack(value: unknown): Pack {
  // Only what parsePack made skips the checks; a frozen look-alike is checked like anything else.
  return isParsedPack(value) ? value : parsePack(value);
}

/** Resolves the host's input to a pack. Never throws; aborted loads resolve to `idle`. */
export async function resolvePack(
  input: PackInput,
  t: PathwayStrings['errors'],
  signal?: AbortSignal,
): Promise<PackState> {
  try {
    if (input.packs && input.packs.length > 0) {
      const packs = input.packs.map(toPack);
      return { status: 'ready', pack: selectPack(packs, input.date ?? new Date()) };
    }
    if (input.pack !== undefined && input.pack !== null) return { status: 'ready', pack: toPack(input.pack) };
    if (!input.src) return fail(t.noPack);
    let bytes: Uint8Array;
    try {
      const response = await fetch(input.src, { signal, credentials: 'same-origin' });
      // The details say which address answered what, for whoever looks after the page.
      if (!response.ok) {
        return fail(t.fetch(String(response.status)), [
          {
            path: '$',
            where: response.url || input.src,
            code: 'fetch.status',
            message: `${response.status} ${response.statusText}`.trim(),
          },
        ]);
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (signal?.aborted) return { status: 'idle' };
      return fail(t.network, [{ path: '$', where: input.src, code: 'fetch', message: (error as Error).message }]);
    }
    // The fingerprint is of the bytes as sent, a byte-order mark included.
    if (input.integrity && !(await matchesIntegrity(bytes, input.integrity, t))) {
      return fail(t.integrity, [{ path: '$', where: '', code: 'integrity', message: input.integrity }]);
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(t.notJson, [{ path: '$', where: '', code: 'json.syntax', message: (error as Error).message }]);
    }
    return { status: 'ready', pack: parsePack(json) };
  } catch (error) {
    if (error instanceof PackError) return fail(t.invalidPack(error.problems.length), error.problems);
    if (error instanceof PackSelectionError) {
      return fail(t.noneInForce, [{ path: '$', where: '', code: `selection.${error.code}`, message: error.message }]);
    }
    return fail((error as Error).message, [
      { path: '$', where: '', code: 'error', message: String((error as Error).stack ?? error) },
    ]);
  }
}
