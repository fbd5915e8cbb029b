/**
 * What `early-help-pathway/engine` may pull in. A host that only evaluates (a worker, a
 * server, the command line) must not load the elements' strings or lit, and the engine
 * must not depend on the questionnaire helpers that are built on it.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every source file reachable from `entry` through static and dynamic relative imports. */
function reachable(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (graph.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      const spec = match[1] ?? match[2]!;
      if (!spec.startsWith('.')) {
        targets.push(spec);
        continue;
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      targets.push(target);
      queue.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

const rel = (file: string) => relative(root, file);

describe('the engine entry', () => {
  const graph = reachable('src/engine/index.ts');
  const files = [...graph.keys()].map(rel);

  it('imports no catalogue of the elements', () => {
    const ui = [
      'src/i18n/index.ts',
      'src/i18n/en.ts',
      'src/i18n/cy.ts',
      'src/i18n/pathway.ts',
      'src/i18n/controls.ts',
      'src/i18n/questionnaire.ts',
      'src/i18n/recommendation-view.ts',
      'src/i18n/rule-lab.ts',
    ];
    expect(files.filter((file) => ui.includes(file))).toEqual([]);
    // The engine's own catalogue is what it reads instead.
    expect(files).toContain('src/i18n/engine.ts');
  });

  it('loads no lit, no DOM code and not the questionnaire helpers', () => {
    const packages = new Set([...graph.values()].flat().filter((spec) => !spec.startsWith('/')));
    expect([...packages].filter((spec) => spec.startsWith('lit') || spec.startsWith('@lit'))).toEqual([]);
    expect(
      files.filter(
        (file) =>
          file.startsWith('src/components/') ||
          file.startsWith('src/questionnaire/') ||
          file.startsWith('src/controllers/'),
      ),
    ).toEqual([]);
  });

  it('leaves the prover and its solver out', () => {
    expect(files.filter((file) => file.startsWith('src/engine/prove/'))).toEqual([]);
    expect([...new Set([...graph.values()].flat())]).not.toContain('logic-solver');
  });
});

describe('the questionnaire helpers', () => {
  it('build on the engine without the engine building on them', () => {
    const graph = reachable('src/questionnaire/index.ts');
    const engineReaches = [...reachable('src/engine/index.ts').keys()].map(rel);
    expect([...graph.keys()].map(rel)).toContain('src/engine/summary.ts');
    expect(engineReaches.some((file) => file.startsWith('src/questionnaire/'))).toBe(false);
  });
});
