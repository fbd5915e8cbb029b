/**
 * The Proofs tab's work: the pack (with the floors kept beside it) through `prove`, each
 * check put in the author's words. Loaded on demand by the lab's worker, so the solver
 * never reaches the practitioner's bundle or the engine entry.
 */
import { levelOutcome, localize } from '../../engine/evaluate.js';
import type { LabTask, ProofLine, ProofsResult } from '../../engine/lab.js';
import { withFloors } from '../../engine/prove/floors.js';
import { prove } from '../../engine/prove/prove.js';
import type { Pack } from '../../engine/schema.js';
import { ruleLabStrings } from '../../i18n/rule-lab.js';

export function runProofs(task: Extract<LabTask, { kind: 'prove' }>): ProofsResult {
  const pack: Pack = withFloors(task.pack, task.floors);
  const t = ruleLabStrings[task.locale].proofs;
  const locale = pack.locales.includes(task.locale) ? task.locale : pack.locales[0]!;
  const level = (id: string) => levelOutcome(pack, id, locale).name;
  const proof = prove(pack);
  const lines: ProofLine[] = proof.floors.map((floor) => {
    const declared = pack.floors?.find((candidate) => candidate.id === floor.id);
    return {
      id: floor.id,
      ...(floor.standard ? { standard: floor.standard } : {}),
      statement: declared ? localize(declared.statement, locale, pack) : floor.id,
      status: floor.status,
      ...(floor.counterexample ? { counterexample: floor.counterexample } : {}),
      ...(floor.status === 'violated' && floor.outcome
        ? { detail: t.gives(level(floor.outcome.level), level(floor.atLeast)) }
        : {}),
      ...(floor.status === 'unsupported' && floor.reason ? { detail: floor.reason } : {}),
    };
  });
  const m = proof.monotonicity;
  lines.push({
    id: 'monotonicity',
    statement: t.monotonicity,
    status: m.status,
    ...(m.counterexample ? { counterexample: m.counterexample } : {}),
    ...(m.status === 'violated' && m.question && m.before && m.after
      ? { detail: t.moves(m.question, m.from ?? '', m.to ?? '', level(m.before.level), level(m.after.level)) }
      : {}),
    ...(m.status === 'unsupported' && m.reason ? { detail: m.reason } : {}),
  });
  return { packId: pack.id, version: pack.version, lines, cpuMs: proof.cpuMs };
}
