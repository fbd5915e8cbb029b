/**
 * A pack with the safety floors kept beside it (`<id>/floors/<version>.json`) merged in, so
 * a released file can be proved against floors without its content or hash changing. Used
 * by `eh-rules prove` and the Rule Lab's Proofs tab alike.
 */
import { parsePack } from '../pack.js';
import type { Floor, Pack } from '../schema.js';

/** Thrown when the floors file is not JSON of the form `{ "floors": [...] }`. */
export class FloorsFileError extends Error {
  override readonly name = 'FloorsFileError';
}

/** Parses `raw` (pack JSON, text or parsed) with the sidecar's floors added to its own; `parsePack` checks them. */
export function withFloors(raw: unknown, sidecarText: string | undefined): Pack {
  const pack = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
  let extra: Floor[] = [];
  if (sidecarText !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(sidecarText);
    } catch (error) {
      throw new FloorsFileError((error as Error).message);
    }
    const floors = (parsed as { floors?: unknown } | null)?.floors;
    if (!Array.isArray(floors)) throw new FloorsFileError('expected { "floors": [...] }');
    extra = floors as Floor[];
  }
  const floors = [...((pack.floors as Floor[] | undefined) ?? []), ...extra];
  return parsePack(floors.length > 0 ? { ...pack, floors } : pack);
}
