// Rules for the test and bench files themselves: every package they import is declared in
// package.json (a test must not pass only because another package happens to install it), and
// every test file that spawns processes runs in the process or integration project
// (vitest.config.ts), not among the parallel unit files.
import {readdirSync, readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {processTests} from '../../vitest.config.js';

const root = path.join(import.meta.dirname, '../..');

/** Repository-relative paths of the .ts/.tsx files under `folder`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .sort();
}

const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const testFiles = sourceFiles('test');

/** Every module specifier a file imports, statically, dynamically or for its types. */
function importsOf(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** The package a bare specifier names (`@xterm/headless/x` -> `@xterm/headless`), else undefined. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) {
    return undefined;
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return builtinModules.includes(name) ? undefined : name;
}

describe('importsOf and packageOf', () => {
  it.each([
    ["import {a} from 'ink';", ['ink']],
    ["import type {B} from '@xterm/headless';", ['@xterm/headless']],
    ["import {\n  a,\n  b,\n} from 'vitest/config';", ['vitest/config']],
    ["export {c} from './c.js';", ['./c.js']],
    ["import 'side-effect';", ['side-effect']],
    ["const m = await import('chalk');", ['chalk']],
    ["// the text 'from x' in a comment\nconst s = 'from y';", []],
  ])('finds the imports of %j', (text, specifiers) => {
    expect(importsOf(text)).toEqual(specifiers);
  });

  it.each([
    ['ink', 'ink'],
    ['vitest/config', 'vitest'],
    ['@xterm/addon-unicode11', '@xterm/addon-unicode11'],
    ['@types/node/fs', '@types/node'],
    ['node:fs', undefined],
    ['fs', undefined],
    ['../source/x.js', undefined],
  ])('%s is the package %s', (specifier, name) => {
    expect(packageOf(specifier)).toBe(name);
  });
});

describe('test and bench files', () => {
  it('import only packages that package.json declares', () => {
    const manifest = JSON.parse(read('package.json')) as Record<string, Record<string, string>>;
    const declared = new Set([
      ...Object.keys(manifest['dependencies'] ?? {}),
      ...Object.keys(manifest['devDependencies'] ?? {}),
    ]);
    // This file's own table of example imports is not what it imports.
    const self = 'test/meta/test-hygiene.test.ts';
    const files = [...testFiles, ...sourceFiles('bench')].filter((file) => file !== self);
    const undeclared = files.flatMap((file) =>
      importsOf(read(file))
        .map(packageOf)
        .filter((name): name is string => name !== undefined && !declared.has(name))
        .map((name) => `${file} imports ${name}, which package.json does not declare`),
    );
    expect(undeclared).toEqual([]);
  });

  /**
   * Unit test files that spawn only `mkfifo` (a FIFO for "not a regular file", which Node cannot
   * make): a millisecond, no process to wait for.
   */
  const mkfifoOnly = new Set(['test/config/read-file.test.ts', 'test/record-replay/load.test.ts']);

  /** Whether a file, or a helper under test/ it imports, spawns a process or starts a server. */
  function spawns(file: string, seen = new Set<string>()): boolean {
    if (seen.has(file)) return false;
    seen.add(file);
    const text = read(file);
    if (/['"](node:)?child_process['"]|\bstart(Prometheus|Alertmanager|Stack)\(/.test(text)) {
      return true;
    }
    return importsOf(text)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) =>
        path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'),
      )
      .flatMap((helper) => [helper, helper.replace(/\.ts$/, '.tsx')])
      .filter((helper) => helper.startsWith('test/') && testFiles.includes(helper))
      .some((helper) => spawns(helper, seen));
  }

  it('that spawn processes run in the process or integration project (vitest.config.ts)', () => {
    const misplaced = testFiles
      .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('test/integration/'))
      .filter((file) => !processTests.includes(file) && !mkfifoOnly.has(file) && spawns(file))
      .map((file) => `${file} spawns processes: add it to processTests in vitest.config.ts`);
    expect(misplaced).toEqual([]);
    for (const file of processTests) expect(spawns(file), file).toBe(true);
    for (const file of mkfifoOnly) {
      const calls = [...read(file).matchAll(/\b(?:exec|spawn|fork)\w*\(([^,)]*)/g)];
      expect(
        calls.map((call) => call[1]),
        file,
      ).toEqual(calls.map(() => "'mkfifo'"));
      expect(calls.length, file).toBeGreaterThan(0);
    }
  });
});
