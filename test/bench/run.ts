/**
 * `npm run bench`: engine throughput next to plain json-logic-js in the same run, the rule
 * author's simulate and diff over 100,000 cases (rule-tools.ts), then the size of what a
 * page downloads (size.ts), then the journey in Chromium at 6× CPU throttling next to a plain
 * lit form (interaction.ts). Prints tables; the throughput ratio
 * column is against json-logic-js `apply` over the same rules and the same prepared data
 * (so it measures the rule language alone). `npm run bench -- --size` or `-- --interaction`: that table only.
 */
import jsonLogic from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { batchOutcomes, caseLayout, encodeCases } from '../../src/engine/batch.js';
import { evaluateOutcome } from '../../src/engine/outcome.js';
import { answerState } from '../../src/engine/answers.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { apply } from '../../src/engine/logic.js';
import { registerCustomOperations } from '../../src/engine/operations.js';
import { parsePack } from '../../src/engine/pack.js';
import { table } from '../../src/cli/table.js';
import { generateCases, generatePack } from './generate.js';
import { ruleToolsBench, ruleToolsTable } from './rule-tools.js';
import { printSizes } from './size.js';
import { proofsTable } from './proofs.js';
import { cpuMs } from './cpu.js';

if (process.argv.includes('--size')) {
  await printSizes();
  process.exit(0);
}
if (process.argv.includes('--interaction')) {
  const { interactionTable } = await import('./interaction.js');
  process.stdout.write(`${await interactionTable()}\n`);
  process.exit(0);
}

registerCustomOperations(jsonLogic);

const RULES = 100;
const CASES = 10_000;
const raw = generatePack(RULES);
const pack = parsePack(raw);
const cases = generateCases(raw, CASES);
const now = new Date('2026-06-01T12:00:00Z');
// Plain JSON-Logic gets the data the engine would build (answers plus graded levels).
const prepared = cases.map((answers) => answerState(pack, answers).data);
const whens = pack.rules.map((rule) => rule.when);
// The fastest peer: json-logic-engine compiles each rule to a function with `new Function`,
// which a strict Content-Security-Policy blocks; the engine never does.
const logicEngine = new LogicEngine();
logicEngine.addMethod('count', (args: unknown[]) => {
  const items = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return items.filter((item) => (Array.isArray(item) ? item.length > 0 : Boolean(item))).length;
});
const built = whens.map((when) => logicEngine.build(when) as (data: unknown) => unknown);
// The batch path reads the caseload encoded once, as simulate and diff encode each block.
const encoded = encodeCases(caseLayout([pack]), (i) => cases[i]!, 0, cases.length);

interface Row {
  readonly name: string;
  readonly run: () => unknown;
}

const rows: Row[] = [
  {
    name: 'json-logic-js apply (100 rules, no explanation)',
    run: () => prepared.forEach((data) => whens.forEach((when) => jsonLogic.apply(when as never, data))),
  },
  {
    name: 'peer: json-logic-engine build (100 rules, no explanation; not CSP-safe)',
    run: () => prepared.forEach((data) => built.forEach((fn) => fn(data))),
  },
  {
    name: 'engine logic apply (100 rules, no explanation)',
    run: () => prepared.forEach((data) => whens.forEach((when) => apply(when, data))),
  },
  {
    name: 'evaluate: explain nothing',
    run: () => cases.forEach((answers) => evaluate(pack, answers, { now, explain: false })),
  },
  {
    name: 'evaluateOutcome: level and services, case by case',
    run: () => cases.forEach((answers) => evaluateOutcome(pack, answers)),
  },
  {
    name: 'batchOutcomes: level and services, answers pre-encoded',
    run: () => batchOutcomes(pack, encoded),
  },
  { name: 'evaluate: explain rationale', run: () => cases.forEach((answers) => evaluate(pack, answers, { now })) },
  {
    name: 'evaluate: explain everything (+ traces)',
    run: () => cases.forEach((answers) => evaluate(pack, answers, { now, trace: true })),
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const results = rows.map((row) => {
  row.run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    times.push(cpuMs(row.run));
  }
  return { name: row.name, ms: median(times) };
});

const baseline = results[0]!.ms;
const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
process.stdout.write(
  `Throughput over ${format.format(CASES)} generated cases of a ${RULES}-rule pack (CPU time, median of 3, Node ${process.version})\n\n`,
);
process.stdout.write(
  `${table(
    ['benchmark', 'ms', 'cases/s', 'vs json-logic-js'],
    results.map((result) => [
      result.name,
      format.format(result.ms),
      format.format((CASES / result.ms) * 1000),
      `${(baseline / result.ms).toFixed(2)}×`,
    ]),
  )}\n`,
);

const ruleTools = await ruleToolsBench();
process.stdout.write(
  `\nRule author's tools over generated cases of the default pack (bars: simulate and diff of 1,000,000 each under 5 s, the Rule Lab's compare of 100,000 under 1 s)\n\n${ruleToolsTable(ruleTools)}\n`,
);

process.stdout.write(
  `\nSafety floors and monotonicity proved over every answer set, CPU time (bar: all packs under 10 s)\n\n${proofsTable()}\n`,
);

process.stdout.write('\n');
await printSizes();

const { interactionTable } = await import('./interaction.js');
process.stdout.write(`\n${await interactionTable()}\n`);
