// The Ink these tests run is the patched one (patches/ink+6.8.0.patch, applied by `npm ci`), and
// its module-level caches stay bounded however many different texts go through them. Ink's own
// build files are imported by path: vitest loads node_modules natively, so they are the very
// module instances `ink` uses, as the render test below shows.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {Box, renderToString, Text} from 'ink';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {inkBuildDir, inkPatchChecks, inkPatchProblems} from '../../scripts/ink-patched.mjs';

type Dimensions = {readonly width: number; readonly height: number};
type MeasureTextModule = {
  readonly default: (text: string) => Dimensions;
  readonly measureTextCacheSize: () => number;
};
type WrapTextModule = {
  readonly default: (text: string, maxWidth: number, wrapType: string) => string;
  readonly wrapTextCacheSize: () => number;
};

const root = path.join(import.meta.dirname, '../..');
const buildDir = inkBuildDir(root);
const inkModule = async <T,>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(buildDir, file)).href)) as T;
type OutputInstance = {
  clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
  unclip(): void;
  write(x: number, y: number, text: string, options: {transformers: []}): void;
  get(): {output: string};
  readonly caches: {readonly slices: Map<string, string>};
};
type OutputModule = {
  readonly default: new (options: {width: number; height: number}) => OutputInstance;
};
const measureModule = await inkModule<MeasureTextModule>('measure-text.js');
const outputModule = await inkModule<OutputModule>('output.js');
const wrapModule = await inkModule<WrapTextModule>('wrap-text.js');

const cacheLimit = 4096;
const manyTexts = 20_000;
/** Cache size after `added` new texts, from `before`: emptied before an entry past the limit. */
const sizeAfter = (before: number, added: number) => ((before + added - 1) % cacheLimit) + 1;
/** Texts no other test measures: `label` and a number, widths 11 to 15 cells. */
const distinctTexts = (label: string, count: number) =>
  Array.from({length: count}, (_, index) => `${label}-${index}`);

describe("Ink's measure-text cache", () => {
  it('holds at most 4,096 texts after 20,000 different ones', () => {
    const measureText = measureModule.default;
    const before = measureModule.measureTextCacheSize();
    let largest = 0;
    for (const text of distinctTexts('measure', manyTexts)) {
      expect(measureText(text)).toEqual({width: text.length, height: 1});
      largest = Math.max(largest, measureModule.measureTextCacheSize());
    }
    expect(largest).toBe(cacheLimit);
    expect(measureModule.measureTextCacheSize()).toBe(sizeAfter(before, manyTexts));
  });

  it('forgets a text once 4,096 others were measured, and measures it again alike', () => {
    const measureText = measureModule.default;
    const first = measureText('first\nof two lines');
    expect(measureText('first\nof two lines')).toBe(first);
    distinctTexts('evict-measure', cacheLimit).forEach((text) => measureText(text));
    // Stock Ink 6.8 hands back the very object it cached first, however long ago.
    const again = measureText('first\nof two lines');
    expect(again).not.toBe(first);
    expect(again).toEqual({width: 'of two lines'.length, height: 2});
  });
});

describe("Ink's wrap-text cache", () => {
  it('holds at most 4,096 texts after 20,000 different ones', () => {
    const wrapText = wrapModule.default;
    const before = wrapModule.wrapTextCacheSize();
    let largest = 0;
    for (const text of distinctTexts('wrap', manyTexts)) {
      expect(wrapText(text, 5, 'wrap')).toBe(
        text.match(/.{1,5}/g)?.join('\n') ?? 'unreachable: texts are not empty',
      );
      largest = Math.max(largest, wrapModule.wrapTextCacheSize());
    }
    expect(largest).toBe(cacheLimit);
    expect(wrapModule.wrapTextCacheSize()).toBe(sizeAfter(before, manyTexts));
  });

  it('keeps one entry per text, width and wrap type, however the digits run together', () => {
    const wrapText = wrapModule.default;
    // Stock Ink keyed both as "hello 12wrap" and gave the second the first one's lines.
    expect(wrapText('hello 1', 2, 'wrap')).toBe('he\nll\no \n1');
    expect(wrapText('hello ', 12, 'wrap')).toBe('hello ');
    expect(wrapText('abc1', 2, 'truncate-end')).toBe('a…');
    expect(wrapText('abc', 12, 'truncate-end')).toBe('abc');
  });
});

describe('the Ink that the tests run', () => {
  it('carries every patch of patches/ink+6.8.0.patch', () => {
    expect(inkPatchChecks.map((check) => check.file)).toEqual([
      'measure-text.js',
      'wrap-text.js',
      'render-node-to-output.js',
      'output.js',
    ]);
    expect(inkPatchProblems(buildDir)).toEqual([]);
  });

  it('measures and wraps through the patched caches when it renders', () => {
    const measureBefore = measureModule.measureTextCacheSize();
    const wrapBefore = wrapModule.wrapTextCacheSize();
    const values = distinctTexts('render', 3);
    const output = renderToString(
      <Box flexDirection="column" width={6}>
        {values.map((value) => (
          <Text key={value}>{value}</Text>
        ))}
      </Box>,
      {columns: 20},
    );
    expect(output).toBe(['render', '-0', 'render', '-1', 'render', '-2'].join('\n'));
    // Layout measures each value and, as it is wider than the box, its wrapped lines: six texts
    // cached. Each value is wrapped to six columns once.
    expect(measureModule.measureTextCacheSize()).toBe(sizeAfter(measureBefore, 6));
    expect(wrapModule.wrapTextCacheSize()).toBe(sizeAfter(wrapBefore, 3));
  });
});

describe("Ink's clipped lines", () => {
  /** One frame: a red line of ten letters written at 0, in a box clipped to columns 2-6. */
  const frame = () => {
    const output = new outputModule.default({width: 10, height: 1});
    output.clip({x1: 2, x2: 6});
    output.write(0, 0, '\u001B[31mabcdefghij\u001B[39m', {transformers: []});
    output.unclip();
    return output;
  };
  const key = '2|6|\u001B[31mabcdefghij\u001B[39m';

  it('are sliced once per line and bounds, and the next frame reuses the slice', () => {
    const first = frame();
    expect(first.get().output).toBe('  \u001B[31mcdef\u001B[39m');
    expect(first.caches.slices.get(key)).toBe('\u001B[31mcdef\u001B[39m');
    // What the next frame draws comes from this frame's cache, not from slicing again (stock Ink
    // 6.8 sliced every clipped line on every frame): a marked entry shows through.
    first.caches.slices.set(key, 'CDEF');
    expect(frame().get().output).toBe('  CDEF');
  });
});
