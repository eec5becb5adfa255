// The esbuild options for bundling nova-top with Ink 6.8 (the published dist/cli.js and the
// benchmarks). Ink's fixes are not made here: patch-package applies patches/ink+6.8.0.patch to
// node_modules at install time (see ink-patched.mjs), so the bundle holds the very Ink that the
// tests and `npm start` run; the inkPatched plugin refuses to bundle an Ink without them.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {inkFileProblem, inkPatchChecks} from './ink-patched.mjs';

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

const patchedFiles = inkPatchChecks.map((check) => check.file);

/** Fails the build if a patched file of Ink is bundled without its patch, or is not bundled. */
export const inkPatched = {
  name: 'ink-patched',
  setup(builder) {
    const seen = new Set();
    builder.onStart(() => seen.clear());
    builder.onLoad({filter: /[/\\]ink[/\\]build[/\\][a-z-]+\.js$/}, async (args) => {
      const file = path.basename(args.path);
      if (!patchedFiles.includes(file)) return undefined;
      const contents = await readFile(args.path, 'utf8');
      const problem = inkFileProblem(file, contents);
      if (problem !== undefined) return {errors: [{text: problem}]};
      seen.add(file);
      return {contents, loader: 'js'};
    });
    builder.onEnd((result) => {
      if (result.errors.length > 0) return;
      const unseen = patchedFiles.filter((file) => !seen.has(file));
      if (unseen.length > 0) {
        result.errors.push({text: `ink-patched: Ink changed; ${unseen.join(', ')} not bundled`});
      }
    });
  },
};

/**
 * The esbuild options shared by the published bundle (scripts/build.mjs) and the bench bundle
 * (bench/run.ts), so the bench measures what ships: one ESM file for Node 20, production React,
 * devtools stubbed, Ink's patches checked, and `require` for CommonJS dependencies inside the ESM
 * bundle.
 */
export const shippedBundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: {'process.env.NODE_ENV': '"production"'},
  plugins: [emptyDevtools, inkPatched],
  logLevel: 'warning',
};

/** The banner lines that give the ESM bundle a `require`. */
export const requireBanner = [
  "import {createRequire as __createRequire} from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');
