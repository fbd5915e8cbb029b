/**
 * The custom elements manifest is the public contract of the elements (STYLE.md principle 5):
 * generated from the JSDoc by `@custom-elements-manifest/analyzer --litelement` with the
 * configuration `npm run build` uses, it must document every public attribute, property,
 * event, slot, part, CSS property and custom state of every `eh-*` element, and list nothing
 * without a description.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeManifest } from './cem.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

interface Item {
  readonly name?: string;
  readonly description?: string;
  readonly kind?: string;
  readonly static?: boolean;
  readonly privacy?: string;
  readonly inheritedFrom?: { readonly name: string };
  readonly type?: { readonly text: string };
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly superclass?: { readonly name: string };
  readonly description?: string;
  readonly summary?: string;
  readonly attributes?: readonly (Item & { readonly fieldName?: string })[];
  readonly members?: readonly Item[];
  readonly events?: readonly Item[];
  readonly slots?: readonly Item[];
  readonly cssParts?: readonly Item[];
  readonly cssProperties?: readonly Item[];
  readonly cssStates?: readonly Item[];
}
interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

const KINDS = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'] as const;

/**
 * Hooks the browser or lit calls, not API a page uses: their contract is the platform's.
 * They are public in TypeScript, so the analyzer lists them.
 */
const PLATFORM_HOOKS = new Set([
  'formAssociated',
  'shadowRootOptions',
  'styles',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
]);

/**
 * Public API allowed to stay without a description, as `<declaring class> <kind> <name>`:
 * none. An entry needs a reason; the test fails when one gets documented, so that it leaves
 * this list.
 */
const KNOWN_GAPS = new Set<string>([]);

let manifest: Manifest;
let out = '';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Where a source file's module is in the package (and so in the manifest). */
const shipped = (path: string) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');

const declarations = () =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).map((declaration) => ({ module: module.path, declaration })),
  );
const elements = () =>
  declarations().filter(({ declaration }) => declaration.customElement && declaration.tagName?.startsWith('eh-'));
const source = (path: string) => readFileSync(join(root, path), 'utf8');
const componentSources = () =>
  files(join(root, 'src/components'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts') && !file.endsWith('/define.ts'))
    .map((file) => relative(root, file));

/** The elements a class declared in `path` ends up in: itself if it is one, and every element extending it. */
function elementsFrom(path: string): Declaration[] {
  const declared = new Set(
    manifest.modules.find((module) => module.path === shipped(path))?.declarations?.map((d) => d.name) ?? [],
  );
  const all = declarations().map(({ declaration }) => declaration);
  const byName = new Map(all.map((declaration) => [declaration.name, declaration]));
  const descends = (declaration: Declaration | undefined): boolean =>
    declaration !== undefined &&
    (declared.has(declaration.name) || descends(byName.get(declaration.superclass?.name ?? '')));
  return elements()
    .map(({ declaration }) => declaration)
    .filter((declaration) => descends(declaration));
}

/** `@property(...)` fields: the name after each decorator (its arguments may nest parentheses). */
function decoratedProperties(code: string): string[] {
  const names: string[] = [];
  for (const match of code.matchAll(/@property\(/g)) {
    let depth = 1;
    let i = match.index! + match[0].length;
    while (depth > 0 && i < code.length) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
      i++;
    }
    const field = /^\s*(?:(?:override|declare|accessor|public|readonly|get|set)\s+)*([A-Za-z_$][\w$]*)/.exec(
      code.slice(i),
    );
    if (field) names.push(field[1]!);
  }
  return names;
}

describe('the custom elements manifest', () => {
  beforeAll(() => {
    // The analyzer joins --outdir to the working directory, so it must be relative.
    out = mkdtempSync(join(tmpdir(), 'eh-cem-'));
    analyzeManifest(out);
    manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  }, 120_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('is referenced by package.json and built by npm run build with --litelement', () => {
    expect(pkg.customElements).toBe('dist/custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).toBe('./dist/custom-elements.json');
    expect(pkg.scripts.build).toContain('npm run manifest');
    expect(pkg.scripts.manifest).toMatch(
      /^cem analyze --litelement --config \.config\/custom-elements-manifest\.config\.mjs/,
    );
    expect(manifest.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('describes every element the define modules register, with a summary and a description', () => {
    const registered = files(join(root, 'src/components'))
      .filter((file) => file.endsWith('/define.ts'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/customElements\.define\('([a-z-]+)'/g)].map((match) => match[1]!),
      )
      .sort();
    expect(registered.length).toBeGreaterThanOrEqual(8);
    expect(
      elements()
        .map(({ declaration }) => declaration.tagName)
        .sort(),
    ).toEqual(registered);
    for (const { declaration } of elements()) {
      expect(declaration.summary?.trim(), `${declaration.tagName} @summary`).toBeTruthy();
      expect(declaration.description?.trim(), `${declaration.tagName} class description`).toBeTruthy();
    }
  });

  it('documents every attribute, property, event, slot, part, CSS property and state of every eh-* element', () => {
    const undocumented = new Set<string>();
    for (const { declaration } of elements()) {
      for (const kind of KINDS) {
        for (const item of declaration[kind] ?? []) {
          if (item.privacy === 'private' || item.privacy === 'protected') continue;
          if (kind === 'members' && item.name && PLATFORM_HOOKS.has(item.name)) continue;
          if (!item.name || !item.description?.trim()) {
            undocumented.add(`${item.inheritedFrom?.name ?? declaration.name} ${kind} ${item.name ?? '(no name)'}`);
          }
        }
      }
    }
    expect(
      [...undocumented].filter((gap) => !KNOWN_GAPS.has(gap)),
      'public API without a description',
    ).toEqual([]);
    expect(
      [...KNOWN_GAPS].filter((gap) => !undocumented.has(gap)),
      'documented now: remove from KNOWN_GAPS',
    ).toEqual([]);
    // Every element follows a language, and says how.
    for (const { declaration } of elements()) {
      const lang = declaration.attributes?.find((attribute) => attribute.name === 'lang');
      expect(lang?.description, `${declaration.tagName} documents lang`).toMatch(/nearest `lang`/);
    }
  });

  it('points at the files the package ships and lists no private or protected member', () => {
    const references = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) {
      const path = reference.split('"')[3]!;
      expect(path, reference).toMatch(/^dist\/.+\.js$/);
      // Built from a source file that exists.
      expect(existsSync(join(root, path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts'))), path).toBe(true);
    }
    const hidden = declarations().flatMap(({ declaration }) =>
      (declaration.members ?? [])
        .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
        .map((m) => `${declaration.name}.${m.name}`),
    );
    expect(hidden).toEqual([]);
  });

  it('lists every @property field of the source as a documented member, and its attribute', () => {
    let checked = 0;
    for (const path of componentSources()) {
      const names = decoratedProperties(source(path));
      const owners = (manifest.modules.find((module) => module.path === shipped(path))?.declarations ?? []).filter(
        (d) => d.kind === 'class',
      );
      for (const name of names) {
        const member = owners.flatMap((owner) => owner.members ?? []).find((m) => m.name === name && !m.static);
        expect(member, `${path}: @property ${name} is in the manifest`).toBeDefined();
        expect(member!.description?.trim(), `${path}: @property ${name} has a description`).toBeTruthy();
        checked++;
      }
      // Every attribute the analyzer found for these classes carries its field's description.
      for (const owner of owners) {
        for (const attribute of owner.attributes ?? []) {
          if (attribute.inheritedFrom || KNOWN_GAPS.has(`${owner.name} attributes ${attribute.name}`)) continue;
          expect(attribute.description?.trim(), `${owner.name} attribute ${attribute.name}`).toBeTruthy();
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });

  it('names and describes every @fires tag, and lists no event the source does not document', () => {
    let tags = 0;
    for (const path of componentSources()) {
      for (const [line] of source(path).matchAll(/@fires\b.*/g)) {
        expect(line, `${path}: "@fires <name> - <description>"`).toMatch(/^@fires\s+[a-z][a-z0-9-]*\s+-\s+\S.{10,}/);
        tags++;
      }
    }
    expect(tags).toBeGreaterThanOrEqual(15);
    for (const { declaration } of elements()) {
      const names = (declaration.events ?? []).map((event) => event.name);
      expect(
        names.every((name) => typeof name === 'string' && /^[a-z][a-z0-9-]*$/.test(name)),
        `${declaration.tagName} events ${names.join(', ')}`,
      ).toBe(true);
      expect(new Set(names).size, `${declaration.tagName}: no event twice`).toBe(names.length);
    }
    const pathway = elements().find(({ declaration }) => declaration.tagName === 'eh-pathway')!.declaration;
    expect(Object.fromEntries((pathway.events ?? []).map((event) => [event.name, event.type?.text]))).toEqual({
      'eh-answer-change': 'EhAnswerChangeEvent',
      'eh-recommendation': 'EhRecommendationEvent',
      'eh-urgent': 'EhUrgentEvent',
      'eh-override': 'EhOverrideEvent',
      'eh-complete': 'EhCompleteEvent',
    });
  });

  it('documents every event class an element dispatches under its own name', () => {
    const eventNames = new Map(
      files(join(root, 'src/events')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/class (\w+) extends Event[\s\S]*?eventName = '([a-z-]+)'/g)].map(
          (match) => [match[1]!, match[2]!] as const,
        ),
      ),
    );
    expect(eventNames.size).toBeGreaterThanOrEqual(5);
    for (const path of componentSources()) {
      const dispatched = [...source(path).matchAll(/dispatchEvent\(new (\w+)\(\s*'?([a-z-]*)/g)].map(
        ([, cls, literal]) => eventNames.get(cls!) ?? literal!,
      );
      for (const element of elementsFrom(path)) {
        const documented = new Set((element.events ?? []).map((event) => event.name));
        for (const name of dispatched)
          expect(documented.has(name), `${element.tagName} fires ${name} (${path})`).toBe(true);
      }
    }
  });

  it('documents every part, slot, state and component CSS property the source uses', () => {
    // Design tokens belong to the library (read in src/styles, listed in the README's token table);
    // every other --eh-* custom property a component's styles read is one of its knobs.
    const shared = files(join(root, 'src/styles'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const tokenTable = source('README.md')
      .split('\n')
      .filter((line) => line.startsWith('| `--eh-'))
      .join('\n');
    const tokens = new Set(
      [...shared.matchAll(/var\((--eh-[a-z0-9-]+)/g), ...tokenTable.matchAll(/`(--eh-[a-z0-9-]+)`/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(tokens.size).toBeGreaterThan(10);
    for (const path of componentSources()) {
      const dir = path.slice(0, path.lastIndexOf('/'));
      const code = source(path);
      const styles = files(join(root, dir))
        .filter((file) => file.endsWith('.styles.ts'))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      const used = {
        cssParts: [...code.matchAll(/\bpart="([^"$]+)"/g)].flatMap((match) => match[1]!.trim().split(/\s+/)),
        slots: [...code.matchAll(/<slot(?:\s+name="([^"]*)")?/g)].map((match) => match[1] ?? ''),
        cssStates: [...code.matchAll(/(?:states\.add|[sS]tate)\(\s*'([a-z][a-z-]*)'/g)].map((match) => match[1]!),
        cssProperties: [...styles.matchAll(/var\((--eh-[a-z0-9-]+)/g)]
          .map((match) => match[1]!)
          .filter((name) => !tokens.has(name)),
      };
      const owners = elementsFrom(path);
      if (owners.length === 0) continue;
      for (const [kind, names] of Object.entries(used) as [keyof typeof used, string[]][]) {
        for (const name of new Set(names)) {
          const documentedBy = owners.filter((owner) =>
            (owner[kind] ?? []).some((item) => item.name === name && item.description?.trim()),
          );
          expect(
            documentedBy.length,
            `${kind} "${name}" used in ${path} is documented by ${owners.map((o) => o.tagName).join(' / ')}`,
          ).toBeGreaterThan(0);
        }
      }
    }
  });
});
