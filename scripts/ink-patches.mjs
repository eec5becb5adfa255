// The esbuild plugins for bundling Ink 6.8 (the published dist/cli.js and the benchmarks), so
// that node_modules is never edited: emptyDevtools leaves out react-devtools-core, and
// inkPatches makes three fixes:
// - measure-text.js caches the size of every text it ever measured in a module-level Map that is
//   never emptied: on a dashboard whose values change every poll, the heap grows by about 2 KB a
//   poll for as long as the app runs. Here the cache is emptied when it reaches 4,096 texts.
// - render-node-to-output.js measures every text node again on every frame without a cache
//   (string-width on box-drawing and block characters is slow); it uses the cached measure instead.
// - output.js tokenizes every line of the screen on every frame, its caches living one frame; on
//   a dashboard most lines do not change between frames, so each frame reuses the previous one's.
import {readFile} from 'node:fs/promises';

// Ink imports react-devtools-core statically (it is only used with DEV=true): an empty module
// stands in for it, so none of it is shipped.
export const emptyDevtools = {
  name: 'empty-react-devtools-core',
  setup(builder) {
    builder.onResolve({filter: /^react-devtools-core$/}, () => ({
      path: 'empty',
      namespace: 'empty',
    }));
    builder.onLoad({filter: /.*/, namespace: 'empty'}, () => ({
      contents: 'export default {connectToDevTools() {}};',
      loader: 'js',
    }));
  },
};

const measureText = `import widestLine from 'widest-line';
const limit = 4096;
let cache = new Map();
const measureText = (text) => {
    if (text.length === 0) return {width: 0, height: 0};
    let dimensions = cache.get(text);
    if (dimensions !== undefined) return dimensions;
    dimensions = {width: widestLine(text), height: text.split('\\n').length};
    if (cache.size >= limit) cache = new Map();
    cache.set(text, dimensions);
    return dimensions;
};
export default measureText;
`;

const uncachedWidth = 'const currentWidth = widestLine(text);';
const frameCaches = 'caches = new OutputCaches();';
const sharedCaches = `
// Each frame's caches start empty but reuse what the previous frame measured and tokenized:
// unchanged lines cost a lookup, and no more than two frames' worth is ever held.
let previousFrameCaches;
class FrameCaches extends OutputCaches {
    previous = previousFrameCaches;
    reuse(map, key, previousMap) {
        const found = previousMap?.get(key);
        if (found !== undefined) map.set(key, found);
        return found;
    }
    getStyledChars(line) {
        return this.styledChars.get(line) ?? this.reuse(this.styledChars, line, this.previous?.styledChars) ?? super.getStyledChars(line);
    }
    getStringWidth(text) {
        return this.widths.get(text) ?? this.reuse(this.widths, text, this.previous?.widths) ?? super.getStringWidth(text);
    }
    getWidestLine(text) {
        return this.blockWidths.get(text) ?? this.reuse(this.blockWidths, text, this.previous?.blockWidths) ?? super.getWidestLine(text);
    }
}
const outputCaches = () => {
    if (previousFrameCaches !== undefined) previousFrameCaches.previous = undefined;
    previousFrameCaches = new FrameCaches();
    return previousFrameCaches;
};
export default class Output {`;

/** Replaces `from` in an Ink file, and fails the build loudly if Ink no longer has it. */
async function patched(path, from, to) {
  const source = await readFile(path, 'utf8');
  if (!source.includes(from)) throw new Error(`ink-patches: Ink changed; re-check ${path}`);
  return source.replace(from, to);
}

export const inkPatches = {
  name: 'ink-patches',
  setup(builder) {
    builder.onLoad({filter: /[/\\]ink[/\\]build[/\\]measure-text\.js$/}, () => ({
      contents: measureText,
      loader: 'js',
    }));
    builder.onLoad({filter: /[/\\]ink[/\\]build[/\\]render-node-to-output\.js$/}, async (args) => {
      const source = await patched(
        args.path,
        uncachedWidth,
        'const currentWidth = measureText(text).width;',
      );
      return {contents: `import measureText from './measure-text.js';\n${source}`, loader: 'js'};
    });
    builder.onLoad({filter: /[/\\]ink[/\\]build[/\\]output\.js$/}, async (args) => {
      const withShared = await patched(args.path, 'export default class Output {', sharedCaches);
      const contents = withShared.replace(frameCaches, 'caches = outputCaches();');
      if (contents === withShared)
        throw new Error(`ink-patches: Ink changed; re-check ${args.path}`);
      return {contents, loader: 'js'};
    });
  },
};

/**
 * The esbuild options shared by the published bundle (scripts/build.mjs) and the bench bundle
 * (bench/run.ts), so the bench measures what ships: one ESM file for Node 20, production React,
 * devtools stubbed, Ink patched, and `require` for CommonJS dependencies inside the ESM bundle.
 */
export const shippedBundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: {'process.env.NODE_ENV': '"production"'},
  plugins: [emptyDevtools, inkPatches],
  logLevel: 'warning',
};

/** The banner lines that give the ESM bundle a `require`. */
export const requireBanner = [
  "import {createRequire as __createRequire} from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');
