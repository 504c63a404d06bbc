/**
 * The layout is the architecture (ARCHITECTURE.md): read → extract →
 * commands → format → cli. These tests fail on an import cycle, on a
 * formatter that imports anything but the schema, and on a reader that
 * imports the extractor.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Module → the modules of src/ it imports (static and dynamic), as paths
 * relative to src/; with `runtime`, without `import type`, which leaves
 * nothing behind at run time.
 */
function importGraph(runtime = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const code = runtime ? text.replace(/^(?:import|export) type [^;]*;/gms, '') : text;
    const targets = [...code.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)]
      .map((m) => normalize(join(dirname(file), m[1]!.replace(/\.js$/, '.ts'))))
      .filter((path) => path.endsWith('.ts'))
      .map((path) => relative(SRC, path));
    graph.set(relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle, each once, as the list of modules around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') out.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return out;
}

const graph = importGraph();
// Modules that import nothing and are pure: any layer may use them.
const LEAVES = new Set(['compare.ts', 'dates/iso.ts', 'location.ts']);

describe('the import graph', () => {
  it('has no cycles among the imports that run', () => {
    expect(cycles(importGraph(true))).toEqual([]);
  });

  it('keeps formatters as leaves: format/ imports only the schema and itself', () => {
    const outside = [...graph].flatMap(([from, to]) =>
      from.startsWith('format/') ? to.filter((t) => !t.startsWith('format/') && !t.startsWith('schema/') && !LEAVES.has(t)).map((t) => `${from} → ${t}`) : [],
    );
    expect(outside).toEqual([]);
  });

  it('keeps readers apart from the extractor and the commands', () => {
    const upward = [...graph].flatMap(([from, to]) =>
      from.startsWith('read/') ? to.filter((t) => /^(?:extract|cli|query|diff|follow-up|index-db|action-plan|recommendations|validate|rules)\//.test(t)).map((t) => `${from} → ${t}`) : [],
    );
    expect(upward).toEqual([]);
  });
});
