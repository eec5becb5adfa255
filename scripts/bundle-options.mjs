// The esbuild options for bundling nova-top with Ink 6.8 (the published dist/cli.js and the
// benchmarks). Ink's fixes are not made here: patch-package applies patches/ink+6.8.0.patch to
// node_modules at install time (see ink-patched.mjs), so the bundle holds the very Ink that the
// tests and `npm start` run; the inkPatched plugin refuses to bundle an Ink without them.
import {readdir, readFile} from 'node:fs/promises';
import {Buffer} from 'node:buffer';
import path from 'node:path';
import {inkFileProblem, inkPatchChecks} from './ink-patched.mjs';
import {axiosForNode, inkWithoutDevtools, yogaWithoutFetch} from './bundle-trim.mjs';

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
 * The built-in dashboards go into the bundle as data: source/dashboards/builtin-dashboards.ts
 * reads and parses files/*.yaml; here it becomes a module returning the same specs, parsed at
 * build time by the same parser (dashboard-file.ts, bundled on the fly), in the same order
 * (numeric order of the names). dist/cli.js so runs alone (`npx nova-top`) and parses no YAML at
 * start. A file with a mistake fails the build with its line and column; so does the module not
 * being bundled (renamed or moved).
 */
export const builtinDashboards = {
  name: 'builtin-dashboards',
  setup(builder) {
    let seen = false;
    builder.onStart(() => {
      seen = false;
    });
    builder.onLoad(
      {filter: /[/\\]source[/\\]dashboards[/\\]builtin-dashboards\.ts$/},
      async (args) => {
        const folder = path.join(path.dirname(args.path), 'files');
        const names = (await readdir(folder))
          .filter((name) => name.endsWith('.yaml'))
          .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
        const {parseDashboardFile} = await bundledParser(path.dirname(args.path));
        const specs = [];
        for (const name of names) {
          const file = path.join(folder, name);
          const parsed = parseDashboardFile(await readFile(file, 'utf8'));
          if (!parsed.ok) {
            const {line, column, problem} = parsed.problem;
            return {errors: [{text: `${file}:${line}:${column}: ${problem}`}]};
          }
          specs.push(parsed.spec);
        }
        seen = true;
        return {
          contents: `export function readBuiltinDashboards() { return ${JSON.stringify(specs)}; }`,
          loader: 'js',
          watchFiles: names.map((name) => path.join(folder, name)),
        };
      },
    );
    builder.onEnd((result) => {
      if (result.errors.length === 0 && !seen) {
        result.errors.push({
          text: 'builtin-dashboards: source/dashboards/builtin-dashboards.ts not bundled',
        });
      }
    });
  },
};

/** dashboard-file.ts and its dependencies as one module, imported from memory. */
async function bundledParser(folder) {
  const {build} = await import('esbuild');
  const {outputFiles} = await build({
    entryPoints: [path.join(folder, 'dashboard-file.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    // yaml is CommonJS for Node: a `require` that resolves from here (a data: URL has no place).
    banner: {
      js: `import {createRequire} from 'node:module'; const require = createRequire(${JSON.stringify(import.meta.url)});`,
    },
  });
  const code = outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * The esbuild options shared by the published bundle (scripts/build.mjs) and the bench bundle
 * (bench/run.ts), so the bench measures what ships: one ESM file for Node 20, production React,
 * devtools stubbed, Ink's patches checked, the built-in dashboards inlined, and `require` for CommonJS dependencies inside the ESM
 * bundle.
 */
export const shippedBundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: {'process.env.NODE_ENV': '"production"'},
  plugins: [
    emptyDevtools,
    inkPatched,
    builtinDashboards,
    axiosForNode,
    inkWithoutDevtools,
    yogaWithoutFetch,
  ],
  // V8 keeps the whole source for as long as the process runs (functions compile lazily from it):
  // without its blanks and comments it is 2.0 MB instead of 2.9 MB, and all ASCII, so one byte a
  // character instead of two (a comment of a dependency had an ellipsis). Names are kept, so a
  // stack trace (NOVA_TOP_DEBUG=1) still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

/** The banner lines that give the ESM bundle a `require`. */
export const requireBanner = [
  "import {createRequire as __createRequire} from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');
