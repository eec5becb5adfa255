// Bundles cli.tsx and its runtime dependencies into one ESM file, dist/cli.js, so the published
// package runs with plain Node (no TypeScript tooling) and starts fast (one file instead of the
// ~400 modules Ink's dependencies load). See notes on start-up in ../shared/notes/ink-rendering.md.
// The bundle refuses an Ink without nova-top's patches (bundle-options.mjs, ink-patched.mjs).
import {chmod} from 'node:fs/promises';
import process from 'node:process';
import {build} from 'esbuild';
import {requireBanner, shippedBundleOptions} from './bundle-options.mjs';

const outfile = 'dist/cli.js';

// nova-top sits in a terminal for hours, so the bundle starts Node with a lighter footprint. Its
// first two lines are both a shell script and JavaScript: run as a program (`nova-top`, `npx
// nova-top`, `./dist/cli.js`) sh reads the second line, where `':'` is the no-op command and
// the rest starts `node` on this very file ("$0") with its arguments ("$@") and these settings;
// Node then skips the first line and reads the second as a string and a comment. `node
// dist/cli.js` runs the JavaScript only, without them. The first line names `sh` through env, not
// /bin/sh: npm's Windows shim runs the program it names, and finds an `sh` on PATH (Git Bash,
// MSYS2) where /bin/sh is no path at all. What each saves at rest (bench/rss.ts,
// README "Performance"):
// - --v8-pool-size=1: one V8 worker thread instead of four. Each thread that compiles or collects
//   garbage keeps a malloc arena of its own, 2-4 MB each here (about 11 MB in all).
// - MALLOC_MMAP_THRESHOLD_ / MALLOC_TRIM_THRESHOLD_ (glibc; ignored by other C libraries):
//   blocks of 32 KiB and more (the compilers' zones) are mapped and given back when freed, and a
//   heap gives back its free top beyond 128 KiB, instead of keeping what the busiest moment took
//   (about 6 MB). A value the user set is kept.
// - --max-semi-space-size=1 --min-semi-space-size=1: V8's young generation of 1 MB per half from
//   the start (its 64-bit default may grow to 16 MB per half), about 25 MB less in all.
// The same heap sizing is set again first thing in the JavaScript, for `node dist/cli.js`: there
// the young generation is sized after V8 started, and the old generation may grow by 20% of what
// survived a full GC (V8 lets it grow by up to 4x on a fast machine; each frame's garbage is
// promoted through 1 MB semi-spaces, so this is about 10 MB less in steady state, for a full GC of
// a few ms every few seconds). --optimize-for-size would save 3-9 MB more but costs a third more
// CPU per frame; --single-threaded saves less than a pool of one and aborts when set at run time.
const launcher = [
  '#!/usr/bin/env sh',
  '\':\' //; export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-32768}" ' +
    'MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-131072}"; ' +
    'exec node --v8-pool-size=1 --max-semi-space-size=1 --min-semi-space-size=1 "$0" "$@"',
].join('\n');

const heapFlags = [
  "import {setFlagsFromString as __setV8Flags} from 'node:v8';",
  "__setV8Flags('--max-semi-space-size=1 --semi-space-growth-factor=1 --heap-growing-percent=20');",
].join('\n');

try {
  await build({
    ...shippedBundleOptions,
    entryPoints: ['cli.tsx'],
    outfile,
    banner: {js: `${launcher}\n${heapFlags}\n${requireBanner}`},
    legalComments: 'none',
  });
} catch {
  // esbuild has printed each error already; its stack trace would only repeat them.
  process.stderr.write('nova-top: the build failed\n');
  process.exit(1);
}
await chmod(outfile, 0o755);
