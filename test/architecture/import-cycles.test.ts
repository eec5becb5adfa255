// No module of source/ imports itself back through others, type-only imports included: the
// layer rule in eslint.config.js keeps imports between folders one way, this keeps them one way
// inside a folder too. Imports are read with TypeScript's own pre-processor.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The source files a file imports (relative imports only; `.js` names the `.ts`/`.tsx`). */
function importsOf(file: string): string[] {
  const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => join(dirname(file), name).replace(/\.js$/, ''))
    .flatMap((base) => [`${base}.ts`, `${base}.tsx`].filter((path) => existsSync(path)));
}

/** Every cycle a depth-first walk of the graph finds, as `a -> b -> a`. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const done = new Set<string>();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (node: string): void => {
    const at = path.indexOf(node);
    if (at !== -1) {
      cycles.push([...path.slice(at), node].join(' -> '));
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return cycles;
}

describe('imports in source/', () => {
  it('form no cycle', () => {
    const files = sourceFiles(join(root, 'source'));
    const name = (file: string): string => relative(root, file);
    const graph = new Map(files.map((file) => [name(file), importsOf(file).map(name)]));
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('finds a cycle and names its modules, and passes a tree', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(cyclesOf(graph({a: ['b'], b: ['c'], c: ['a']}))).toEqual(['a -> b -> c -> a']);
    expect(cyclesOf(graph({a: ['a']}))).toEqual(['a -> a']);
    expect(cyclesOf(graph({a: ['b', 'c'], b: ['c'], c: []}))).toEqual([]);
  });

  it('reads type-only imports too', () => {
    const runOnce = join(root, 'source/one-shot/run-once.ts');
    expect(importsOf(runOnce).map((file) => relative(root, file))).toContain(
      'source/one-shot/once-options.ts',
    );
  });
});
