/**
 * Editor and framework data generated from the custom elements manifest, so that every tool
 * reads the same contract: VS Code's HTML custom data, JetBrains web-types, JSX
 * `IntrinsicElements` for React and Vue `GlobalComponents` types. `npm run manifest` writes
 * them into `dist/` after the manifest; `test/package/editor-data.test.ts` holds them to it.
 *
 * Usage: node .config/editor-data.mjs [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The public custom elements of a manifest, with the module that defines each. */
export function elementsOf(manifest) {
  return (manifest.modules ?? []).flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((declaration) => ({ module: module.path, declaration })),
  );
}

/** Settable public fields: what a framework may pass as a property. */
function properties(declaration) {
  return (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy === undefined && m.description,
  );
}

/** The quoted string literals of a type such as `'session' | undefined`. */
function literals(type) {
  return [...(type ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
}

export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map(({ declaration }) => ({
      name: declaration.tagName,
      description: declaration.summary ?? declaration.description ?? '',
      attributes: (declaration.attributes ?? [])
        .filter((attribute) => attribute.description)
        .map((attribute) => {
          const values = literals(attribute.type?.text);
          return {
            name: attribute.name,
            description: attribute.description,
            ...(values.length > 0
              ? { values: values.map((name) => ({ name })) }
              : attribute.type?.text === 'boolean'
                ? { valueSet: 'v' }
                : {}),
          };
        }),
    })),
  };
}

export function webTypes(manifest, pkg) {
  const named = (items) => (items ?? []).map((item) => ({ name: item.name, description: item.description ?? '' }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(({ declaration }) => ({
          name: declaration.tagName,
          description: declaration.summary ?? declaration.description ?? '',
          attributes: (declaration.attributes ?? [])
            .filter((attribute) => attribute.description)
            .map((attribute) => ({
              name: attribute.name,
              description: attribute.description,
              value: { type: attribute.type?.text ?? 'string', required: false },
            })),
          slots: named(declaration.slots),
          js: {
            properties: properties(declaration).map((member) => ({
              name: member.name,
              description: member.description,
              type: member.type?.text ?? 'unknown',
            })),
            events: named(declaration.events),
          },
          css: { parts: named(declaration.cssParts), properties: named(declaration.cssProperties) },
        })),
      },
    },
  };
}

/** The module that declares a class (an element or an event) in the manifest. */
function moduleOf(manifest, className) {
  return (manifest.modules ?? []).find((module) =>
    (module.declarations ?? []).some((d) => d.kind === 'class' && d.name === className),
  )?.path;
}

/** Each element's events whose class the manifest declares: `{ name, className }`. */
function typedEvents(manifest, declaration) {
  return (declaration.events ?? [])
    .filter((event) => event.type?.text && moduleOf(manifest, event.type.text))
    .map((event) => ({ name: event.name, className: event.type.text }));
}

/** Imports of the element and event classes (`from` maps a manifest path to the import). */
function imports(manifest, from) {
  const names = new Set(
    elementsOf(manifest).flatMap(({ declaration }) => [
      declaration.name,
      ...typedEvents(manifest, declaration).map((event) => event.className),
    ]),
  );
  return [...names].map((name) => `import type { ${name} } from '${from(moduleOf(manifest, name))}';`).join('\n');
}

const oneLine = (text) => text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();

/** React 19 adds a listener for a custom element's `on<event name>` prop: `oneh-complete`. */
const reactEventProp = (name) => `on${name}`;
/** Vue types `@eh-complete` as the prop `onEhComplete`. */
const vueEventProp = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;

/**
 * One props type per element: its settable properties, its attributes by their HTML names, and
 * its events as the framework names their listener props.
 */
function propsTypes(manifest, eventProp) {
  return elementsOf(manifest)
    .map(({ declaration }) => {
      const fields = properties(declaration).map((member) => `'${member.name}'`);
      const attributes = (declaration.attributes ?? []).filter(
        (a) => a.description && a.fieldName && a.name !== a.fieldName && a.name !== 'lang',
      );
      const attributeLines = attributes.map(
        (a) => `  /** ${oneLine(a.description)} */\n  '${a.name}'?: string | ${declaration.name}['${a.fieldName}'];`,
      );
      const eventLines = typedEvents(manifest, declaration).map(
        (event) => `  '${eventProp(event.name)}'?: (event: ${event.className}) => void;`,
      );
      return [
        `/** \`<${declaration.tagName}>\`: its properties, its attributes by their HTML names, and its events as \`on<event>\`. */`,
        `export type ${declaration.name}Props = Partial<Pick<${declaration.name}, ${fields.length > 0 ? fields.join(' | ') : 'never'}>> & {`,
        ...attributeLines,
        ...eventLines,
        '};',
      ].join('\n');
    })
    .join('\n\n');
}

export function jsxTypes(manifest, from) {
  const entries = elementsOf(manifest)
    .map(
      ({ declaration }) =>
        `      '${declaration.tagName}': React.DetailedHTMLProps<React.HTMLAttributes<${declaration.name}>, ${declaration.name}> & ${declaration.name}Props;`,
    )
    .join('\n');
  return `/**
 * JSX types for the elements, for React 19, which sets them as properties and adds a listener
 * for each \`on<event name>\` prop (\`oneh-complete\`). Generated from the custom elements manifest.
 *
 *   import type {} from 'early-help-pathway/jsx';
 */
import type * as React from 'react';
${imports(manifest, from)}

${propsTypes(manifest, reactEventProp)}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

export function vueTypes(manifest, from) {
  const entries = elementsOf(manifest)
    .map(({ declaration }) => `    '${declaration.tagName}': DefineComponent<${declaration.name}Props>;`)
    .join('\n');
  return `/**
 * Vue 3 types for the elements in templates (tell Vue's compiler they are custom elements:
 * \`compilerOptions.isCustomElement: (tag) => tag.startsWith('eh-')\`). Generated from the
 * custom elements manifest.
 *
 *   import type {} from 'early-help-pathway/vue';
 */
import type { DefineComponent } from 'vue';
${imports(manifest, from)}

${propsTypes(manifest, vueEventProp)}

declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}
`;
}

/** Writes all four next to the manifest in `dist` (a test's build passes the package.json to name). */
export function writeEditorData(dist, packageJson = join(dist, '..', 'package.json')) {
  const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
  // Types files sit in dist/, beside the modules the manifest names as dist/….js.
  const from = (module) => `./${module.replace(/^dist\//, '')}`;
  writeFileSync(join(dist, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
  writeFileSync(join(dist, 'web-types.json'), `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`);
  writeFileSync(join(dist, 'jsx.d.ts'), jsxTypes(manifest, from));
  writeFileSync(join(dist, 'vue.d.ts'), vueTypes(manifest, from));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeEditorData(process.argv[2] ?? 'dist');
