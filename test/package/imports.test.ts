/**
 * The source's module graph has no cycles: a cycle makes load order matter (a class used
 * before its module finished) and keeps layers from being read, tested or split apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Relative imports and re-exports of a module, type-only ones included (they still tie the layers). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:import|export)\s[^'";]*?from\s*'(\.{1,2}\/[^']+)'|import\s*'(\.{1,2}\/[^']+)'/g)]
    .map((match) => (match[1] ?? match[2])!)
    .filter((spec) => spec.endsWith('.js'))
    .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the module graph', () => {
  it('has no import cycles in src', () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(50);
    const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));
    const found = cycles(graph).map((cycle) => cycle.map((file) => relative(src, file)).join(' → '));
    expect(found).toEqual([]);
  });

  it('finds a cycle when there is one, and reads imports as written', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importsOf(join(src, 'cli/eh-rules.ts'))).toContain(join(src, 'cli/commands/simulate.ts'));
  });
});
