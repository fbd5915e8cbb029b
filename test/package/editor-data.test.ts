/**
 * Editor and framework data made from the custom elements manifest (`.config/editor-data.mjs`):
 * VS Code's HTML custom data and JetBrains web-types name every element, attribute, event,
 * slot and part the manifest documents; the JSX types let a strict React 19 app write a raw
 * `<eh-pathway>` with its properties, attributes and events, and refuse what the element does
 * not take.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeManifest } from './cem.js';
// @ts-expect-error: a plain ES module of the build, without types.
import { elementsOf, jsxTypes, vscodeData, vueTypes, webTypes } from '../../.config/editor-data.mjs';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface Item {
  readonly name: string;
  readonly description?: string;
}
interface Element {
  readonly tagName: string;
  readonly name: string;
  readonly attributes?: readonly (Item & { readonly fieldName?: string })[];
  readonly events?: readonly Item[];
  readonly slots?: readonly Item[];
  readonly cssParts?: readonly Item[];
}

let dir = '';
let manifest: { modules: unknown[] };
let elements: { module: string; declaration: Element }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eh-editor-data-'));
  analyzeManifest(dir);
  manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  elements = elementsOf(manifest);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('editor data from the manifest', () => {
  it('gives VS Code every element and documented attribute, with the values a string union allows', () => {
    const data = vscodeData(manifest) as {
      tags: {
        name: string;
        description: string;
        attributes: { name: string; description: string; values?: { name: string }[] }[];
      }[];
    };
    expect(data.tags.map((tag) => tag.name).sort()).toEqual(elements.map((e) => e.declaration.tagName).sort());
    expect(data.tags.map((tag) => tag.name)).toContain('eh-pathway');
    for (const { declaration } of elements) {
      const tag = data.tags.find((candidate) => candidate.name === declaration.tagName)!;
      expect(tag.description, declaration.tagName).toBeTruthy();
      const documented = (declaration.attributes ?? [])
        .filter((attribute) => attribute.description)
        .map((attribute) => attribute.name);
      expect(tag.attributes.map((attribute) => attribute.name).sort()).toEqual(documented.sort());
    }
    const persist = data.tags
      .find((tag) => tag.name === 'eh-pathway')!
      .attributes.find((attribute) => attribute.name === 'persist')!;
    expect(persist.values).toEqual([{ name: 'session' }]);
  });

  it('gives JetBrains web-types every element with its attributes, events, slots and parts', () => {
    const data = webTypes(manifest, pkg) as {
      name: string;
      version: string;
      contributions: {
        html: { elements: { name: string; js: { events: Item[] }; slots: Item[]; css: { parts: Item[] } }[] };
      };
    };
    expect(data.name).toBe(pkg.name);
    expect(data.version).toBe(pkg.version);
    for (const { declaration } of elements) {
      const element = data.contributions.html.elements.find((candidate) => candidate.name === declaration.tagName)!;
      expect(element.js.events.map((e) => e.name)).toEqual((declaration.events ?? []).map((e) => e.name));
      expect(element.slots.map((s) => s.name)).toEqual((declaration.slots ?? []).map((s) => s.name));
      expect(element.css.parts.map((p) => p.name)).toEqual((declaration.cssParts ?? []).map((p) => p.name));
    }
    const pathway = data.contributions.html.elements.find((candidate) => candidate.name === 'eh-pathway')!;
    expect(pathway.slots.map((s) => s.name)).toEqual(['intro', 'next-steps']);
    // package.json points JetBrains at the file and exports it.
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    expect(pkg.exports['./web-types.json']).toBe('./dist/web-types.json');
    expect(pkg.exports['./vscode.html-custom-data.json']).toBe('./dist/vscode.html-custom-data.json');
  });

  it(
    'types a raw <eh-pathway> in strict React 19 TSX, and refuses what the element does not take',
    { timeout: 60_000 },
    () => {
      const from = (module: string) => join(root, module.replace(/^dist\//, 'src/'));
      writeFileSync(join(dir, 'jsx.d.ts'), jsxTypes(manifest, from));
      writeFileSync(
        join(dir, 'app.tsx'),
        `import type {} from './jsx.js';
import type { EhCompleteEvent } from '${join(root, 'src/events/complete.js')}';
export const ok = (done: (event: EhCompleteEvent) => void) => (
  <eh-pathway src="/rules/continuum/2.0.0.json" persist="session" heading-level="1" headingLevel={1} lang="cy" className="journey" oneh-complete={done}>
    <p slot="intro">Our threshold document.</p>
  </eh-pathway>
);
export const rec = <eh-recommendation view="signs-of-safety" heading-level={3} />;
// @ts-expect-error: no such property
export const typo = <eh-pathway srcc="/x.json" />;
// @ts-expect-error: persist takes "session" only
export const local = <eh-pathway persist="local" />;
// @ts-expect-error: the event handler gets the event's class
export const wrong = <eh-pathway oneh-complete={(event: KeyboardEvent) => event.key} />;
`,
      );
      const program = ts.createProgram([join(dir, 'app.tsx')], {
        strict: true,
        noEmit: true,
        jsx: ts.JsxEmit.ReactJSX,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        experimentalDecorators: true,
        useDefineForClassFields: false,
        skipLibCheck: true,
        types: ['react'],
        typeRoots: [join(root, 'node_modules/@types')],
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.file?.fileName.split('/').at(-1)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      // Unused @ts-expect-error would be reported too: each refusal above is a real error.
      expect(problems.filter((problem) => problem.startsWith('app.tsx') || problem.startsWith('jsx.d.ts'))).toEqual([]);
    },
  );

  it('declares Vue GlobalComponents for every element, events as Vue names their listeners', () => {
    const vue = vueTypes(manifest, (module: string) => `./${module}`) as string;
    // `@eh-answer-change` in a template is checked against the prop `onEhAnswerChange`.
    expect(vue).toContain("'onEhAnswerChange'?: (event: EhAnswerChangeEvent) => void;");
    expect(vue).not.toContain("'oneh-");
    for (const { declaration } of elements)
      expect(vue).toContain(`'${declaration.tagName}': DefineComponent<${declaration.name}Props>;`);
    expect(vue).toContain("declare module 'vue'");
    expect(pkg.exports['./vue']).toEqual({ types: './dist/vue.d.ts' });
    expect(pkg.exports['./jsx']).toEqual({ types: './dist/jsx.d.ts' });
  });
});
