// Bundles cli.tsx and its runtime dependencies into one ESM file, dist/cli.js, so the published
// package runs with plain Node (no TypeScript tooling) and starts fast (one file instead of the
// ~400 modules Ink's dependencies load). See notes on start-up in ../shared/notes/ink-rendering.md.
// The bundle refuses an Ink without nova-top's patches (bundle-options.mjs, ink-patched.mjs).
import {chmod} from 'node:fs/promises';
import process from 'node:process';
import {build} from 'esbuild';
import {requireBanner, shippedBundleOptions} from './bundle-options.mjs';

const outfile = 'dist/cli.js';

try {
  await build({
    ...shippedBundleOptions,
    entryPoints: ['cli.tsx'],
    outfile,
    banner: {js: `#!/usr/bin/env node\n${requireBanner}`},
    legalComments: 'none',
  });
} catch {
  // esbuild has printed each error already; its stack trace would only repeat them.
  process.stderr.write('nova-top: the build failed\n');
  process.exit(1);
}
await chmod(outfile, 0o755);
