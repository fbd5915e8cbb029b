/**
 * Proof cost per shipped pack (bar: all of them under 10 s of CPU), beside its peer in the
 * same run: sampling 10,000 generated cases through the outcome-only evaluation, which is
 * what checked floors before a proof existed and covers a vanishing part of the answer space.
 * CPU time, not wall time, so a busy machine does not move the figures much.
 */
import { packWithFloors } from '../../src/cli/commands/prove.js';
import { findPackFiles } from '../../src/cli/files.js';
import { table } from '../../src/cli/table.js';
import { generateCaseload } from '../../src/engine/caseload.js';
import { evaluateOutcome } from '../../src/engine/outcome.js';
import { prove } from '../../src/engine/prove/prove.js';
import { cpuMs } from './cpu.js';

const SAMPLES = 10_000;

export function proofsTable(): string {
  const rows: string[][] = [];
  let total = 0;
  for (const file of findPackFiles(new URL('../../rules', import.meta.url).pathname)) {
    const pack = packWithFloors(file).pack!;
    let checks = 0;
    const proofMs = cpuMs(() => {
      const proof = prove(pack);
      checks = proof.floors.length + 1;
    });
    total += proofMs;
    const cases = generateCaseload(pack, SAMPLES, { seed: 3 });
    const sampleMs = cpuMs(() => cases.forEach((item) => evaluateOutcome(pack, item.answers)));
    rows.push([
      `${pack.id} ${pack.version}`,
      String(checks),
      `${(proofMs / 1000).toFixed(2)} s`,
      `${(sampleMs / 1000).toFixed(2)} s`,
    ]);
  }
  rows.push(['all packs', '', `${(total / 1000).toFixed(2)} s`, '']);
  return table(
    ['pack', 'checks', 'prove (every answer set)', `sample ${SAMPLES.toLocaleString('en-GB')} cases (peer)`],
    rows,
  );
}
