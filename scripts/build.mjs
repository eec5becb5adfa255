// Bundles cli.tsx and its runtime dependencies into one ESM file, dist/cli.js, so the published
// package runs with plain Node (no TypeScript tooling) and starts fast (one file instead of the
// ~400 modules Ink's dependencies load). See notes on start-up in ../shared/notes/ink-rendering.md.
// The bundle refuses an Ink without nova-top's patches (bundle-options.mjs, ink-patched.mjs).
import {chmod} from 'node:fs/promises';
import process from 'node:process';
import {build} from 'esbuild';
import {requireBanner, shippedBundleOptions} from './bundle-options.mjs';

const outfile = 'dist/cli.js';

// nova-top sits in a terminal for hours: V8's 64-bit defaults let the young generation grow to
// 2 x 16 MB and the old one fill with garbage between full GCs. Set first thing, for `nova-top`
// and `node dist/cli.js` alike (a shebang's flags would reach only the first, and `env -S` is not
// everywhere): semi-spaces of 1 MB that do not grow (about 25 MB less, at no cost in CPU per
// frame), and the old generation let grow by 20% of what survived a full GC (V8 lets it grow by
// up to 4x on a fast machine; each frame's garbage is promoted through 1 MB semi-spaces, so this
// is about 10 MB less in steady state, for a full GC of a few ms every few seconds). Flags that
// only take effect when V8 starts (--single-threaded, worth another 6-9 MB here) cannot be set
// from here; --optimize-for-size would save 3-9 MB more but costs a third more CPU per frame.
const heapFlags = [
  "import {setFlagsFromString as __setV8Flags} from 'node:v8';",
  "__setV8Flags('--max-semi-space-size=1 --semi-space-growth-factor=1 --heap-growing-percent=20');",
].join('\n');

try {
  await build({
    ...shippedBundleOptions,
    entryPoints: ['cli.tsx'],
    outfile,
    banner: {js: `#!/usr/bin/env node\n${heapFlags}\n${requireBanner}`},
    legalComments: 'none',
  });
} catch {
  // esbuild has printed each error already; its stack trace would only repeat them.
  process.stderr.write('nova-top: the build failed\n');
  process.exit(1);
}
await chmod(outfile, 0o755);
