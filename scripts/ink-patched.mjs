// nova-top runs Ink 6.8 with these fixes, kept in patches/ink+6.8.0.patch and applied to
// node_modules by patch-package from the `prepare` script (npm runs it after `npm ci` and
// `npm install` in this repo, never when a user installs the published package, which bundles
// Ink). Tests, `npm start`, the benches and dist/cli.js so all run the same Ink code:
// - measure-text.js cached the size of every text it ever measured in a module-level Map that was
//   never emptied: on a dashboard whose values change every poll, the heap grew by about 2 KB a
//   poll for as long as the app ran. The cache is emptied when it holds 4,096 texts.
// - wrap-text.js kept every text it wrapped or truncated, at every width, the same way: bounded
//   the same way. Its key ran text, width and wrap type together, so ("hello 1", 2) and
//   ("hello ", 12) shared one; the width and type now come first, each with a separator.
// - render-node-to-output.js measured every text node again on every frame without a cache
//   (string-width on box-drawing and block characters is slow); it uses the cached measure.
// - output.js tokenized every line of the screen on every frame, its caches living one frame; on
//   a dashboard most lines do not change between frames, so each frame reuses the previous one's.
//   Lines clipped to their box are sliced once, not again on every frame. Its styled chars were
//   copies made with object spread, each of its own hidden class in Node 20's V8 (about 1 MB of
//   classes held by the cache, every read of a char megamorphic); they are object literals of
//   one class now.
// This module tells whether the Ink in node_modules carries them: the bundle (bundle-options.mjs)
// and a test check every patched file, so an Ink that is not patched fails loudly.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import process from 'node:process';

export const patchedInkVersion = '6.8.0';
export const inkPatchFile = `patches/ink+${patchedInkVersion}.patch`;

/** Each patched file of ink/build: every `patched` text is in it and no `stock` one is. */
export const inkPatchChecks = [
  {
    file: 'measure-text.js',
    patched: [
      'const cacheLimit = 4096;',
      'if (cache.size >= cacheLimit) {\n        cache = new Map();',
      'export const measureTextCacheSize = () => cache.size;',
    ],
    stock: ['const cache = new Map();'],
  },
  {
    file: 'wrap-text.js',
    patched: [
      'const cacheLimit = 4096;',
      'if (cache.size >= cacheLimit) {\n        cache = new Map();',
      'export const wrapTextCacheSize = () => cache.size;',
      'const cacheKey = `${maxWidth}|${wrapType}|${text}`;',
    ],
    stock: ['const cache = {};', 'cache[cacheKey] = wrappedText;'],
  },
  {
    file: 'render-node-to-output.js',
    patched: [
      "import measureText from './measure-text.js';",
      'const currentWidth = measureText(text).width;',
    ],
    stock: ['const currentWidth = widestLine(text);'],
  },
  {
    file: 'output.js',
    patched: [
      'class FrameCaches extends OutputCaches {',
      'caches = outputCaches();',
      'const styledCharsOf = (line) => {',
      'cached = styledCharsOf(line);',
      'return this.caches.getSlice(line, from, to);',
    ],
    stock: [
      'caches = new OutputCaches();',
      'cached = styledCharsFromTokens(tokenize(line));',
      'return sliceAnsi(line, from, to);',
    ],
  },
];

const fix = `run \`npm ci\` (its prepare script applies ${inkPatchFile}) or \`npx patch-package\``;

/** What is wrong with one file of ink/build (its name and text), or undefined when patched. */
export function inkFileProblem(file, source) {
  const check = inkPatchChecks.find((candidate) => candidate.file === file);
  if (check === undefined) return undefined;
  const missing = check.patched.find((text) => !source.includes(text));
  const stock = check.stock.find((text) => source.includes(text));
  if (missing === undefined && stock === undefined) return undefined;
  const found =
    missing === undefined ? `still has ${JSON.stringify(stock)}` : `no ${JSON.stringify(missing)}`;
  return `ink/build/${file} is not patched (${found}): ${fix}`;
}

/** The ink/build folder that Node resolves `ink` to from `fromDir`. */
export function inkBuildDir(fromDir = process.cwd()) {
  const require = createRequire(path.join(fromDir, 'package.json'));
  return path.dirname(require.resolve('ink'));
}

/** Every problem with the Ink installed at `buildDir` (its version, then each patched file). */
export function inkPatchProblems(buildDir = inkBuildDir()) {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, '..', 'package.json'), 'utf8'));
  const problems = [];
  if (manifest.version !== patchedInkVersion) {
    problems.push(
      `ink ${manifest.version} is installed, but ${inkPatchFile} is for ${patchedInkVersion}: ` +
        'pin ink to the new version in package.json and re-make the patch (npx patch-package ink)',
    );
  }
  for (const {file} of inkPatchChecks) {
    const problem = inkFileProblem(file, readFileSync(path.join(buildDir, file), 'utf8'));
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}
