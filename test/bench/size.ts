/**
 * Size of what a page downloads: the standalone bundle (without any rule pack), next to lit
 * alone and json-logic-js alone measured the same way in the same run, and the default pack.
 * Every figure is bytes: minified, gzip (level 9) and brotli (quality 11), from node:zlib.
 *
 * When the bundle is over budget the table is followed by where its bytes come from: each
 * module group's share, measured by minifying and compressing the bundle with that group's
 * code left out (so the figures include what the group costs the compressor, and need not add
 * up exactly to the total). `npm run bench -- --size --breakdown` shows it even within budget.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, minifySync, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { standaloneConfig } from '../../.config/vite.standalone.js';
import { table } from '../../src/cli/table.js';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The budget for the standalone bundle, brotli-compressed. */
export const BUDGET_BROTLI = 30 * 1024;

export interface Size {
  readonly name: string;
  readonly min: number;
  readonly gzip: number;
  readonly brotli: number;
}

export function gzipSize(code: string | Buffer): number {
  return gzipSync(code, { level: 9 }).length;
}

export function brotliSize(code: string | Buffer): number {
  return brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(code) },
  }).length;
}

export function measure(name: string, code: string | Buffer): Size {
  return { name, min: Buffer.byteLength(code), gzip: gzipSize(code), brotli: brotliSize(code) };
}

async function buildInMemory(config: InlineConfig): Promise<Rolldown.OutputChunk> {
  const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs
    .flatMap((output) => output.output)
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (chunks.length !== 1)
    throw new Error(`expected one chunk, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
  return chunks[0]!;
}

/** The standalone bundle exactly as `npm run build` makes it (minified), built in memory. */
export async function standaloneCode(options: { minify?: boolean } = {}): Promise<string> {
  const config = standaloneConfig();
  const chunk = await buildInMemory({
    ...config,
    build: { ...config.build, ...(options.minify === false ? { minify: false } : {}) },
  });
  return chunk.code;
}

/** `lit` on its own (its whole public entry point), bundled and minified the same way. */
export async function litCode(): Promise<string> {
  const id = '\0lit-alone';
  const entry: Plugin = {
    name: 'lit-alone',
    resolveId: (source) => (source === id ? id : null),
    load: (loaded) => (loaded === id ? "export * from 'lit';" : null),
  };
  const config = standaloneConfig();
  const chunk = await buildInMemory({
    ...config,
    plugins: [entry],
    build: {
      ...config.build,
      rolldownOptions: { ...config.build!.rolldownOptions, input: id, preserveEntrySignatures: 'strict' },
    },
  });
  return chunk.code;
}

/** json-logic-js's `logic.js`, minified by the same minifier. */
export function jsonLogicCode(): string {
  const file = require.resolve('json-logic-js/logic.js');
  const result = minifySync(file, readFileSync(file, 'utf8'), { compress: true, mangle: true });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.code;
}

export interface Share {
  readonly group: string;
  readonly modules: number;
  readonly min: number;
  readonly brotli: number;
}

/** Module groups, most specific first. */
const GROUPS: readonly (readonly [string, RegExp])[] = [
  ['lit (lit-html, lit-element, reactive-element, directives)', /^node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['zod/mini (zod/v4/core + mini)', /^node_modules\/zod\//],
  ['engine: JSON-Logic evaluator (logic, operations)', /^src\/engine\/(logic|operations)\.ts$/],
  ['engine: pack checks (pack, schema, reads)', /^src\/engine\/(pack|schema|reads)\.ts$/],
  ['engine: evaluate, answers, override', /^src\/engine\/(evaluate|answers|override)\.ts$/],
  ['engine: hash, select', /^src\/engine\/(hash|select)\.ts$/],
  ['engine: other', /^src\/engine\//],
  ['i18n: Welsh catalogue (cy)', /^src\/i18n\/cy\.ts$/],
  ['i18n: English catalogue (en)', /^src\/i18n\/en\.ts$/],
  ['i18n: element catalogues (pathway, recommendation, questionnaire, controls; en + cy)', /^src\/i18n\//],
  ['<eh-pathway> (+ styles, pack loading)', /^src\/(components\/pathway\/|controllers\/pack-source)/],
  ['<eh-recommendation> (+ styles)', /^src\/components\/recommendation\//],
  [
    'question controls (+ styles, base)',
    /^src\/components\/(question-base|choice-question|multi-choice-question|yes-no-question|text-question|number-question)\//,
  ],
  ['<eh-pack-stamp>', /^src\/components\/pack-stamp\//],
  ['questionnaire navigation', /^src\/questionnaire\//],
  ['shared styles and tokens', /^src\/styles\//],
  ['events, controllers and helpers', /./],
];

/** Splits the unminified bundle at rolldown's `// <module path>` headers. */
function sections(code: string): { readonly module: string; readonly text: string }[] {
  const header = /^\/\/ ((?:node_modules\/|src\/|\\0)\S+)$/gm;
  const starts = [...code.matchAll(header)].map((match) => ({ module: match[1]!.trim(), index: match.index! }));
  const parts = [{ module: '(bundle preamble)', text: code.slice(0, starts[0]?.index ?? code.length) }];
  starts.forEach((start, i) =>
    parts.push({ module: start.module, text: code.slice(start.index, starts[i + 1]?.index ?? code.length) }),
  );
  return parts;
}

function minified(code: string): string {
  return minifySync('bundle.js', code, { compress: true, mangle: true }).code;
}

/** Each group's share of the minified and brotli bundle: the bundle minus the group's code. */
export async function breakdown(): Promise<{ readonly total: Size; readonly shares: readonly Share[] }> {
  const code = await standaloneCode({ minify: false });
  const parts = sections(code);
  const groupOf = (module: string) => GROUPS.find(([, pattern]) => pattern.test(module))?.[0] ?? 'other';
  const whole = minified(code);
  const total = measure('bundle (re-minified)', whole);
  const shares = [...new Set(GROUPS.map(([name]) => name))]
    .map((group) => {
      const inside = parts.filter((part) => groupOf(part.module) === group);
      if (inside.length === 0) return undefined;
      const rest = minified(
        parts
          .filter((part) => groupOf(part.module) !== group)
          .map((part) => part.text)
          .join(''),
      );
      // Catch-all groups name their modules, so a new module is visible where it lands.
      const named = group.endsWith('other')
        ? `${group} (${inside.map((part) => part.module.replace(/^.*\//, '').replace(/\.[jt]s$/, '')).join(', ')})`
        : group;
      return {
        group: named,
        modules: inside.length,
        min: total.min - Buffer.byteLength(rest),
        brotli: total.brotli - brotliSize(rest),
      };
    })
    .filter((share): share is Share => share !== undefined)
    .sort((a, b) => b.brotli - a.brotli);
  return { total, shares };
}

export async function sizes(): Promise<{
  readonly bundle: Size;
  readonly lit: Size;
  readonly jsonLogic: Size;
  readonly pack: Size;
  readonly bundleCode: string;
}> {
  const [bundle, lit] = await Promise.all([standaloneCode(), litCode()]);
  return {
    bundle: measure('standalone bundle dist/early-help-pathway.js (no rule pack)', bundle),
    lit: measure('lit alone (bundled, minified)', lit),
    jsonLogic: measure('json-logic-js alone (logic.js minified)', jsonLogicCode()),
    pack: measure(
      'default pack rules/continuum/1.0.0.json (raw JSON)',
      readFileSync(resolve(root, 'rules/continuum/1.0.0.json')),
    ),
    bundleCode: bundle,
  };
}

/** Classic zod's constructors are named "ZodString", "ZodObject", …; zod/mini's "ZodMiniString", …. */
export function hasClassicZod(code: string): boolean {
  return /["'`]Zod(?!Mini)(String|Object|Array|Union|Enum|Number|Literal|Optional)["'`]/.test(code);
}

/** The size tables of `npm run bench`. */
export async function printSizes(write: (text: string) => void = (text) => process.stdout.write(text)): Promise<void> {
  const number = new Intl.NumberFormat('en-GB');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const measured = await sizes();
  write('Size of what a page downloads, in bytes (minified; gzip level 9 and brotli quality 11 by node:zlib)\n\n');
  write(
    `${table(
      ['what', 'min (raw for the pack)', 'gzip', 'brotli'],
      [measured.bundle, measured.lit, measured.jsonLogic, measured.pack].map((size) => [
        size.name,
        number.format(size.min),
        number.format(size.gzip),
        `${number.format(size.brotli)} (${kb(size.brotli)})`,
      ]),
    )}\n\n`,
  );
  const over = measured.bundle.brotli - BUDGET_BROTLI;
  write(
    `Budget: standalone bundle ≤ ${kb(BUDGET_BROTLI)} brotli (${number.format(BUDGET_BROTLI)} bytes): ${number.format(measured.bundle.brotli)} bytes, ` +
      (over <= 0
        ? `met with ${number.format(-over)} to spare\n`
        : `NOT MET, over by ${number.format(over)} bytes (${kb(over)})\n`),
  );
  write(
    `Classic zod in the bundle: ${hasClassicZod(measured.bundleCode) ? 'YES (only zod/mini belongs at run time)' : 'no (zod/mini only)'}\n`,
  );
  if (over <= 0 && !process.argv.includes('--breakdown')) return;

  const { total, shares } = await breakdown();
  const sum = shares.reduce((all, share) => all + share.brotli, 0);
  write(
    `\nWhere the bytes come from: each group's share, measured by leaving its code out of the bundle and\n` +
      `minifying and compressing the rest (re-minified bundle: ${number.format(total.min)} min, ${number.format(total.brotli)} brotli)\n\n`,
  );
  write(
    `${table(
      ['module group', 'modules', 'min', 'brotli', 'share of brotli'],
      shares.map((share) => [
        share.group,
        String(share.modules),
        number.format(share.min),
        number.format(share.brotli),
        `${((share.brotli / sum) * 100).toFixed(0)}%`,
      ]),
    )}\n`,
  );
}
