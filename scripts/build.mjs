// Bundles cli.tsx and its runtime dependencies into one ESM file, dist/cli.js, so the published
// package runs with plain Node (no TypeScript tooling) and starts fast (one file instead of the
// ~400 modules Ink's dependencies load). See notes on start-up in ../shared/notes/ink-rendering.md.
import {chmod} from 'node:fs/promises';
import {build} from 'esbuild';
import {requireBanner, shippedBundleOptions} from './ink-patches.mjs';

const outfile = 'dist/cli.js';

await build({
  ...shippedBundleOptions,
  entryPoints: ['cli.tsx'],
  outfile,
  banner: {js: `#!/usr/bin/env node\n${requireBanner}`},
  legalComments: 'none',
});
await chmod(outfile, 0o755);
