import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types.
import { writeEditorData } from '../../.config/editor-data.mjs';
import { buildStandalone } from '../embed/build.js';
import { npm, react, runConsumer, viteTs, vueApp } from './consumers.js';
import { analyzeManifest } from './cem.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let out = '';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The package as npm would publish it, staged in `work` and packed there. */
function packed(work: string): { stage: string; tarball: string } {
  const stage = join(work, 'package');
  mkdirSync(join(stage, 'src/engine'), { recursive: true });
  for (const file of ['package.json', 'README.md', 'LICENSE', 'rules'])
    cpSync(join(root, file), join(stage, file), { recursive: true });
  cpSync(join(root, 'src/engine/referral.schema.json'), join(stage, 'src/engine/referral.schema.json'));
  cpSync(out, join(stage, 'dist'), { recursive: true });
  const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', work], stage).trim().split('\n').pop()!;
  return { stage, tarball: join(work, tarball) };
}

describe('the package build', () => {
  // Every step of npm run build, into a folder of the test's own.
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'eh-build-'));
    const bin = (name: string) => join(root, 'node_modules', '.bin', name);
    execFileSync(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root });
    execFileSync(bin('tsc'), ['-p', '.config/tsconfig.build.json', '--outDir', out], { cwd: root });
    const standalone = mkdtempSync(join(tmpdir(), 'eh-standalone-'));
    try {
      cpSync(await buildStandalone(standalone), join(out, 'early-help-pathway.js'));
    } finally {
      rmSync(standalone, { recursive: true, force: true });
    }
    analyzeManifest(out);
    writeEditorData(out, join(root, 'package.json'));
  }, 180_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  // The way a partnership's CI meets the package: installed from the tarball, run through
  // the symlink npm makes in node_modules/.bin.
  it('installs from the packed tarball, and its eh-rules checks packs and fails on a bad one', () => {
    const work = mkdtempSync(join(tmpdir(), 'eh-tarball-'));
    try {
      const { tarball } = packed(work);
      const app = join(work, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      // The registry is reachable in CI; the cache filled by `npm ci` usually answers first.
      npm(['install', '--prefer-offline', '--ignore-scripts', tarball], app);
      // The licence the package declares travels with it.
      expect(readFileSync(join(app, 'node_modules/early-help-pathway/LICENSE'), 'utf8')).toMatch(/^MIT License/);
      const bin = join(app, 'node_modules/.bin/eh-rules');
      const run = (args: string[]) => {
        try {
          return {
            code: 0,
            text: execFileSync(bin, args, { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
          };
        } catch (error) {
          const failed = error as { status: number; stdout: string; stderr: string };
          return { code: failed.status, text: failed.stdout + failed.stderr };
        }
      };
      const shipped = run(['check', 'node_modules/early-help-pathway/rules']);
      expect(shipped.text).toMatch(/\d+ packs, \d+ cases: \d+ passed, 0 failed/);
      expect(shipped.code).toBe(0);

      mkdirSync(join(app, 'rules/broken'), { recursive: true });
      writeFileSync(join(app, 'rules/broken/1.0.0.json'), JSON.stringify({ id: 'broken' }));
      const broken = run(['check', 'rules']);
      expect(broken.text).toContain('$.rules: This field is required but missing.');
      expect(broken.code).toBe(1);

      const help = run(['explain', '--help']);
      expect(help.text).toContain('--now');
      expect(help.code).toBe(0);

      // A TypeScript app that only imports the define entry gets the elements' and events' types.
      writeFileSync(
        join(app, 'check.ts'),
        [
          "import 'early-help-pathway/define';",
          "const pathway = document.createElement('eh-pathway');",
          "pathway.src = '/rules/continuum/2.0.0.json';",
          "pathway.addEventListener('eh-complete', (event) => console.log(event.recommendation.level.id, event.override?.reason));",
          "document.addEventListener('eh-urgent', (event) => console.log(event.recommendation.urgent));",
          "const lab: HTMLElementTagNameMap['eh-recommendation'] = document.createElement('eh-recommendation');",
          'console.log(lab.recommendation);',
          "import 'early-help-pathway/rule-lab/define';",
          "const ruleLab = document.createElement('eh-rule-lab');",
          'ruleLab.generate = 500;',
          "document.addEventListener('eh-pack-edit', (event) => console.log(event.problems.length, event.text.length));",
          '',
        ].join('\n'),
      );
      // The standalone bundle registers every element and carries their types (it exports no values).
      writeFileSync(
        join(app, 'standalone.ts'),
        [
          "import 'early-help-pathway/standalone';",
          "const journey = document.createElement('eh-pathway');",
          'journey.headingLevel = 1;',
          "journey.addEventListener('eh-override', (event) => console.log(event.override?.levelId));",
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ES2023', 'DOM'],
            skipLibCheck: true,
            types: [],
          },
          files: ['check.ts', 'standalone.ts'],
        }),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')],
        { cwd: app, encoding: 'utf8' },
      );
      expect(tsc.stdout + tsc.stderr, 'type errors in a consumer of early-help-pathway/define').toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);

  // Consumer projects a user would make, each from the one tarball (see consumers.ts).
  describe('installed from the tarball into a consumer project', () => {
    let work = '';
    let tarball = '';
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'eh-consumers-'));
      tarball = packed(work).tarball;
    }, 60_000);
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });
    for (const consumer of [viteTs, react, vueApp]) {
      it(`${consumer.name}: type-checks strictly, builds with Vite and runs in Chromium through one answer`, async () => {
        await runConsumer(consumer, tarball, work);
      }, 240_000);
    }
  });

  it('passes publint and arethetypeswrong (ESM-only profile) for every entry, standalone, jsx and vue included', async () => {
    const work = mkdtempSync(join(tmpdir(), 'eh-lint-package-'));
    try {
      const { stage, tarball } = packed(work);
      const { messages } = await publint({ pkgDir: stage, level: 'suggestion', pack: false });
      expect(messages.map((message) => `${message.type} ${message.code} ${JSON.stringify(message.args)}`)).toEqual([]);
      const attw = spawnSync(
        join(root, 'node_modules', '.bin', 'attw'),
        ['--profile', 'esm-only', '--format', 'ascii', tarball],
        { encoding: 'utf8' },
      );
      expect(attw.status, attw.stdout + attw.stderr).toBe(0);
      expect(attw.stdout).toContain('"early-help-pathway/standalone"');
      expect(attw.stdout).toContain('"early-help-pathway/jsx"');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it('provides every entry point in exports, with types', () => {
    for (const [entry, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      if (typeof target === 'string') {
        if (target.startsWith('./dist/'))
          expect(existsSync(join(out, target.replace('./dist/', ''))), `${entry} → ${target}`).toBe(true);
        continue;
      }
      for (const file of [target.import, target.types]) {
        if (file !== undefined)
          expect(existsSync(join(out, file.replace('./dist/', ''))), `${entry} → ${file}`).toBe(true);
      }
      expect(target.types, `${entry} has types`).toBeDefined();
    }
    expect(existsSync(join(out, pkg.bin['eh-rules'].replace('./dist/', '')))).toBe(true);
    // Tools that do not know the "import" condition (older bundlers, some test runners) take "default".
    for (const [entry, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      if (typeof target !== 'string' && target.import) expect(target.default, entry).toBe(target.import);
    }
    expect(pkg.license).toBe('MIT');
    // Source maps point at the sources; they do not carry them (a third of the package did).
    const maps = files(out).filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps)
      expect((JSON.parse(readFileSync(map, 'utf8')) as { sourcesContent?: unknown }).sourcesContent ?? null, map).toBe(
        null,
      );
  });

  it('keeps lit, zod and json-logic-js external rather than bundling them', () => {
    const code = files(out)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(code).toMatch(/from "lit"/);
    expect(code).toMatch(/from "zod\/mini"/);
    expect(code).not.toMatch(/class ReactiveElement|function \$ZodType|jsonLogic\.apply = /);
  });

  it('builds early-help-pathway/react with @lit/react, react external and an optional peer', () => {
    const code = readFileSync(join(out, 'react/index.js'), 'utf8');
    expect(code).toMatch(/from "@lit\/react"/);
    expect(code).toMatch(/from "react"/);
    expect(code).toMatch(/import "\.\.\/define\.js"/);
    expect(code).not.toMatch(/react\.production|__SECRET_INTERNALS|createElement\s*=\s*function/);
    const types = readFileSync(join(out, 'react/index.d.ts'), 'utf8');
    for (const name of ['EhPathway', 'EhRecommendation']) expect(types).toContain(`export declare const ${name}`);
    const pathway = /export declare const EhPathway:[^;]*?\{([\s\S]*?)\}>;/.exec(types)?.[1] ?? '';
    for (const [prop, event] of Object.entries({
      onEhAnswerChange: 'EhAnswerChangeEvent',
      onEhRecommendation: 'EhRecommendationEvent',
      onEhUrgent: 'EhUrgentEvent',
      onEhOverride: 'EhOverrideEvent',
      onEhComplete: 'EhCompleteEvent',
    })) {
      expect(pathway).toContain(`${prop}: EventName<${event}>`);
    }
    expect(pkg.peerDependencies.react).toBeDefined();
    expect(pkg.peerDependenciesMeta.react.optional).toBe(true);
    expect(pkg.dependencies['@lit/react']).toBeDefined();
  });

  it('keeps the engine entry free of DOM and lit', () => {
    const engine = files(join(out, 'engine')).filter((file) => file.endsWith('.js'));
    for (const file of engine)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from "lit|customElements|document\./);
  });

  it('keeps the main entry free of side effects: nothing it imports registers an element', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s*"(\.[^"]+)"|import\s*"(\.[^"]+)"/g)) {
        if (spec) visit(join(file, '..', spec));
      }
      for (const [, spec] of code.matchAll(/import\s*"(\.[^"]+)"/g)) visit(join(file, '..', spec!));
    };
    visit(join(out, 'index.js'));
    const registering = [...seen].filter((file) => /customElements\.define\(/.test(readFileSync(file, 'utf8')));
    expect(registering.map((file) => file.slice(out.length + 1))).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });

  it('registers elements only from define modules', () => {
    const registering = files(out)
      .filter((file) => file.endsWith('.js'))
      .filter((file) => /customElements\.define\(/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(out.length + 1));
    expect(registering.length).toBeGreaterThan(0);
    // The standalone bundle is the one file meant to register everything on load.
    for (const file of registering) if (file !== 'early-help-pathway.js') expect(file).toMatch(/(^|\/)define\.js$/);
  });

  it('ships the Rule Lab apart, its worker as a file found relative to the module that starts it', () => {
    // lab-worker.js is the module Vite makes of `lab-worker.ts?worker&url`: the worker's URL only.
    const runner = readFileSync(join(out, 'components/rule-lab/lab-worker.js'), 'utf8');
    const worker = /new URL\("(\.\.?\/[^"]+lab-worker[^"]*\.js)", import\.meta\.url\)/.exec(runner)?.[1];
    expect(worker, 'worker URL relative to the module that names it').toBeDefined();
    const file = join(out, 'components/rule-lab', worker!);
    expect(existsSync(file), file).toBe(true);
    // The worker runs the engine itself: it must not need the page's modules.
    expect(readFileSync(file, 'utf8')).toMatch(/runLabTask|onmessage|addEventListener\("message"/);
    // The practitioner's entries never pull the lab in.
    const define = readFileSync(join(out, 'define.js'), 'utf8') + readFileSync(join(out, 'index.js'), 'utf8');
    expect(define).not.toMatch(/rule-lab/);
  });
});
