// Bundles cli.tsx and its runtime dependencies into one ESM file, dist/cli.js, so the published
// package runs with plain Node (no TypeScript tooling) and starts fast (one file instead of the
// ~400 modules Ink's dependencies load). See notes on start-up in ../shared/notes/ink-rendering.md.
import {chmod} from 'node:fs/promises';
import {build} from 'esbuild';
import {emptyDevtools, inkPatches} from './ink-patches.mjs';

const outfile = 'dist/cli.js';

await build({
  entryPoints: ['cli.tsx'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: {'process.env.NODE_ENV': '"production"'},
  plugins: [emptyDevtools, inkPatches],
  banner: {
    js: [
      '#!/usr/bin/env node',
      // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
      "import {createRequire as __createRequire} from 'node:module';",
      'const require = __createRequire(import.meta.url);',
    ].join('\n'),
  },
  legalComments: 'none',
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
