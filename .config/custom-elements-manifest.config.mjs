import { posix } from 'node:path';

/**
 * Custom elements manifest: `cem analyze --litelement --config .config/custom-elements-manifest.config.mjs`
 * writes `dist/custom-elements.json` (package.json's `customElements`) from the JSDoc of the
 * elements. The top level of the repository is fixed, so the config lives here and is passed by flag.
 */

/**
 * The analyzer records each typed event twice: once from the `@fires` tag (name and
 * description), and once more from `dispatchEvent(new EhSomethingEvent(...))` in the class
 * body, named after whatever the constructor's first argument happens to be (`recommendation`,
 * `override`, `undefined`) or not named at all. The `@fires` entry is the contract.
 *
 * This plugin gives each event from code its real name, the event class's
 * `static readonly eventName` (the classes in `src/events/` are analysed too). When a `@fires`
 * tag documents that name, the duplicate is dropped and the tag's entry gets the class as its
 * type (as does a tag whose description starts with its class); otherwise the event stays,
 * with its real name and no description, for the manifest test to report. Events with no
 * name at all are dropped.
 *
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function dropNamelessEvents() {
  return {
    name: 'eh-drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = (customElementsManifest.modules ?? []).flatMap((module) => module.declarations ?? []);
      /** Event class name → its `eventName`. */
      const eventNames = new Map();
      for (const declaration of declarations) {
        const field = declaration.members?.find((member) => member.static && member.name === 'eventName');
        const name = /^['"`](.+)['"`]$/.exec(field?.default ?? '')?.[1];
        if (declaration.kind === 'class' && name) eventNames.set(declaration.name, name);
      }
      for (const declaration of declarations) {
        if (!declaration.events) continue;
        const events = [];
        for (const event of declaration.events) {
          const realName = eventNames.get(event.type?.text) ?? event.name;
          if (!realName) continue;
          const documented = declaration.events.find((other) => other.description && other.name === realName);
          if (documented && documented !== event) {
            documented.type ??= event.type;
            continue;
          }
          events.push({ ...event, name: realName });
        }
        for (const event of events) {
          // `@fires eh-override - \`EhOverrideEvent\`: …` names its class.
          const named = /^`(Eh[A-Za-z]+Event)`/.exec(event.description ?? '')?.[1];
          if (!event.type && named && eventNames.get(named) === event.name) event.type = { text: named };
        }
        const seen = new Set();
        declaration.events = events.filter((event) => !seen.has(event.name) && seen.add(event.name));
        if (declaration.events.length === 0) delete declaration.events;
      }
    },
  };
}

/**
 * What a user of the package gets: paths to the shipped `dist/*.js` (the `src/*.ts` the analyser
 * read are not in the package), and no private or protected members, which are not part of the
 * contract and would otherwise show up as settable controls in Storybook and in editors.
 *
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function publicContract() {
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.(?:ts|js)$/, 'dist/$1.js');
  // A reference may be relative to the module that makes it ("../question-base/question-base.js").
  const resolve = (from, path) =>
    path.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), path)) : path;
  const rewrite = (node, from) => {
    if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      if ((key === 'module' || key === 'path') && typeof node[key] === 'string')
        node[key] = toDist(resolve(from, node[key]));
      else rewrite(node[key], from);
    }
  };
  const hidden = (member) =>
    member.privacy === 'private' || member.privacy === 'protected' || member.name?.startsWith('#');
  return {
    name: 'eh-public-contract',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden(member));
        }
      }
      for (const module of customElementsManifest.modules ?? []) rewrite(module, module.path);
    },
  };
}

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents(), publicContract()],
};
