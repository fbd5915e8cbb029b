/**
 * Throughput of the rule author's tools over a generated caseload of the default pack:
 * `simulate` of continuum 1.0.0 and `diff` of 1.0.0 against 1.1.0-draft.1, each over the
 * same N generated cases (100,000 by default; the bar is under 5 seconds each).
 * Generation is part of each run, as it is for `eh-rules simulate --generate N`.
 *
 * `npm run bench` calls `ruleToolsBench()`; on its own: `npx tsx test/bench/rule-tools.ts [--cases N] [--repeats R]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsonLogic from 'json-logic-js';
import { table } from '../../src/cli/table.js';
import { cpuMsAsync } from './cpu.js';
import { answerState } from '../../src/engine/answers.js';
import { generatedCases } from '../../src/engine/caseload.js';
import { diff } from '../../src/engine/diff.js';
import { compareVersionsOver } from '../../src/engine/lab.js';
import { registerCustomOperations } from '../../src/engine/operations.js';
import { parsePack } from '../../src/engine/pack.js';
import { simulate } from '../../src/engine/simulate.js';

export interface Row {
  readonly name: string;
  /** Cases per run. */
  readonly cases: number;
  /** Median wall time of the runs, in milliseconds. */
  readonly ms: number;
  readonly casesPerSecond: number;
  /** The most CPU time the run may take, where there is a bar. */
  readonly bar?: number;
}

export interface BenchOptions {
  readonly cases?: number;
  readonly repeats?: number;
}

const read = (path: string) =>
  parsePack(readFileSync(new URL(`../../rules/continuum/${path}`, import.meta.url), 'utf8'));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function ruleToolsBench(options: BenchOptions = {}): Promise<Row[]> {
  const cases = options.cases ?? 1_000_000;
  // The peer takes minutes over a million cases; a tenth shows its rate as well.
  const peerCases = Math.min(cases, 100_000);
  const labCases = 100_000;
  const repeats = Math.max(1, options.repeats ?? 1);
  const released = read('1.0.0.json');
  const draft = read('1.1.0-draft.1.json');
  const now = new Date('2026-06-01T12:00:00Z');
  const count = (n: number) => n.toLocaleString('en-GB');
  const runs: Array<{ name: string; cases: number; bar?: number; run: () => unknown }> = [
    {
      name: `generate ${count(cases)} cases (continuum questionnaire)`,
      cases,
      run: () => {
        const source = generatedCases(released, cases, { seed: 1 });
        for (let i = 0; i < source.length; i++) source.get(i);
      },
    },
    {
      // The peer: what a simulation written directly on json-logic-js would do for the same
      // cases (the engine's answer state for showIf and graded levels, then every rule).
      name: 'peer: json-logic-js apply of continuum 1.0.0 rules (generation included)',
      cases: peerCases,
      run: () => {
        registerCustomOperations(jsonLogic);
        const source = generatedCases(released, peerCases, { seed: 1 });
        const whens = released.rules.map((rule) => rule.when);
        for (let i = 0; i < source.length; i++) {
          const { data } = answerState(released, source.get(i).answers);
          for (const when of whens) jsonLogic.apply(when as never, data);
        }
      },
    },
    {
      name: 'simulate continuum 1.0.0 (generation included)',
      cases,
      bar: 5000,
      run: () => simulate(released, generatedCases(released, cases, { seed: 1 }), { now }),
    },
    {
      // As `eh-rules diff` runs by default: every case tallied, the first 10 changed ones explained.
      name: 'diff continuum 1.0.0 → 1.1.0-draft.1 (generation included, 10 changed cases explained)',
      cases,
      bar: 5000,
      run: () => diff(released, draft, generatedCases([draft, released], cases, { seed: 1 }), { now, maxCases: 10 }),
    },
    {
      // What the Rule Lab's worker runs for "Compare versions" (here in node, the same code):
      // generated cases from both questionnaires, 200 changed cases explained.
      name: 'Rule Lab compare 1.0.0 → 1.1.0-draft.1 (generation included, 200 explained)',
      cases: labCases,
      bar: 1000,
      run: () => compareVersionsOver(released, draft, [], { generate: labCases, seed: 1, now }),
    },
  ];
  const rows: Row[] = [];
  for (const { name, cases: n, bar, run } of runs) {
    // A small warm-up so the first timed run is not the one that compiles everything.
    simulate(released, generatedCases(released, 2000, { seed: 2 }), { now });
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      times.push(await cpuMsAsync(run));
      await new Promise((done) => setTimeout(done, 0));
    }
    const ms = median(times);
    rows.push({
      name,
      cases: n,
      ms: Math.round(ms),
      casesPerSecond: Math.round((n / ms) * 1000),
      ...(bar ? { bar } : {}),
    });
  }
  return rows;
}

export function ruleToolsTable(rows: readonly Row[]): string {
  const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  return table(
    ['rule tools', 'cases', 'ms', 'cases/s', 'bar', 'met'],
    rows.map((row) => [
      row.name,
      format.format(row.cases),
      format.format(row.ms),
      format.format(row.casesPerSecond),
      row.bar === undefined ? '' : `${format.format(row.bar)} ms`,
      row.bar === undefined ? '' : row.ms <= row.bar ? 'yes' : 'NO',
    ]),
  );
}

async function main(argv: readonly string[]): Promise<void> {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : Number(argv[at + 1]);
  };
  const rows = await ruleToolsBench({ cases: value('--cases') ?? 1_000_000, repeats: value('--repeats') ?? 1 });
  process.stdout.write(
    `Rule tools over generated cases of the default pack (CPU time, Node ${process.version})\n\n${ruleToolsTable(rows)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
