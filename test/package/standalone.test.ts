/**
 * The standalone bundle, `dist/early-help-pathway.js`: one minified ES module with lit and
 * everything else inside, which registers the elements, carries no rule pack, and contains
 * nothing a strict Content-Security-Policy forbids (no `eval`, no `new Function`, no
 * `unsafeHTML`, no WebAssembly). Built here with the configuration `npm run build` uses.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasClassicZod, standaloneCode } from '../bench/size.js';
import { buildStandalone } from '../embed/build.js';
import { ruleLabStrings } from '../../src/i18n/rule-lab.js';
import { ruleToolsStrings } from '../../src/i18n/rule-tools.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let out = '';
let code = '';

const TAGS = [
  'eh-pathway',
  'eh-recommendation',
  'eh-pack-stamp',
  'eh-choice-question',
  'eh-multi-choice-question',
  'eh-yes-no-question',
  'eh-text-question',
  'eh-number-question',
];

describe('the standalone bundle', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'eh-standalone-'));
    code = readFileSync(await buildStandalone(out), 'utf8');
  }, 60_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('is built by npm run build after the package build, and published', () => {
    const steps = pkg.scripts.build.split('&&').map((step: string) => step.trim());
    expect(steps.indexOf('vite build --config .config/vite.standalone.ts')).toBeGreaterThan(
      steps.indexOf('vite build'),
    );
    expect(pkg.exports['./standalone']).toEqual({
      types: './dist/define.d.ts',
      import: './dist/early-help-pathway.js',
      default: './dist/early-help-pathway.js',
    });
    expect(pkg.sideEffects).toContain('./dist/early-help-pathway.js');
  });

  it('is one ES module with no imports: lit, zod/mini and the engine are inside', () => {
    expect(readdirSync(out)).toEqual(['early-help-pathway.js']);
    // No static or dynamic import, no require (`!important` and `importNode` are fine).
    expect(code).not.toMatch(/(?<![\w$.!])import\s*(?:\(|[{*"'`]|[\w$]+\s*(?:,|from\b))/);
    expect(code).not.toMatch(/(?<![\w$.])require\s*\(/);
    expect(code).toMatch(/class \w+ extends HTMLElement|extends HTMLElement/); // lit's ReactiveElement
    expect(code).toContain('ZodMini'); // zod/mini's constructors
  });

  it('registers every element', () => {
    for (const tag of TAGS) expect(code, tag).toMatch(new RegExp(`customElements\\.define\\(\\s*["'\`]${tag}["'\`]`));
  });

  it('is minified', async () => {
    // Template literals keep their text, so count what the minifier owns: comments, module
    // headers, and the size against the same build unminified.
    expect(code).not.toMatch(/\/\*\*|^\/\/ (src|node_modules)\//m);
    const unminified = await standaloneCode({ minify: false });
    expect(code.length / unminified.length).toBeLessThan(0.75);
  }, 60_000);

  it('carries no rule pack: the page serves the one its partnership approved', () => {
    const pack = JSON.parse(readFileSync(join(root, 'rules/continuum/1.0.0.json'), 'utf8'));
    expect(code).not.toContain(pack.title.en);
    expect(code).not.toContain(pack.questionnaire.sections[1].questions[0].text.en);
    expect(code).not.toContain('"$schema"');
  });

  it("leaves the command line's and the Rule Lab's words out of the practitioner's bundle", () => {
    // Every sentence of both catalogues, in both languages: none is needed to answer questions.
    const sentences = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(sentences)
          : [];
    const words = [...sentences(ruleToolsStrings), ...sentences(ruleLabStrings)].filter(
      // Short words ("Level", "Cases") may well be in the element catalogues too.
      (text) => text.length >= 24,
    );
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter((text) => code.includes(text))).toEqual([]);
  });

  it('contains no eval, new Function, unsafeHTML or WebAssembly', () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b/);
    // Nor the Function constructor by another route (`Function('…')`, `const F = Function; new F(…)`).
    expect(code).not.toMatch(/(?<![\w$.])Function(?![\w$])/);
    expect(code).not.toMatch(/unsafeHTML/);
    expect(code).not.toMatch(/WebAssembly/);
  });

  it('keeps classic zod out of the runtime (the engine uses zod/mini)', () => {
    expect(hasClassicZod(code)).toBe(false);
    expect(code).not.toMatch(/jitless|\bz\.config\(/);
  });
});
