// `npm run bench`: every benchmark of issues 2, 6 and 10 in one run, each figure beside its budget.
// It measures the Ink that ships: this file bundles itself with esbuild as dist/cli.js is bundled
// (production React, scripts/bundle-options.mjs) and runs the bundle. The output bench goes first:
// it sets the environment Ink and React read when they are first imported (see bench/output.ts).
// Prometheus starts at once, so that its minute of warm-up overlaps the other benches.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import type {BuildOptions} from 'esbuild';

const bundledFlag = 'NOVA_TOP_BENCH_BUNDLE';

async function bundleAndRun(): Promise<number> {
  const {build} = await import('esbuild');
  const shared = (await import(
    pathToFileURL(path.resolve('scripts', 'bundle-options.mjs')).href
  )) as {
    shippedBundleOptions: BuildOptions;
    requireBanner: string;
  };
  const outfile = path.resolve('node_modules', '.cache', 'nova-top-bench', 'run.mjs');
  await build({
    ...shared.shippedBundleOptions,
    entryPoints: [path.resolve('bench', 'run.ts')],
    outfile,
    external: ['esbuild'],
    banner: {js: shared.requireBanner},
  });
  const child = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {...process.env, [bundledFlag]: '1'},
  });
  return child.status ?? 1;
}

type Row = readonly [figure: string, measured: string, budget: string, stock: string];

async function runAll(): Promise<void> {
  const started = new Date();
  const requests = await import('./requests.js');
  const servers = await requests.startServers();
  try {
    const output = await (await import('./output.js')).run(200);
    const stream = await (await import('./app-stream.js')).run(30);
    const memory = await (await import('./memory.js')).run(10_000, 1_000);
    const startup = await (await import('./startup.js')).run(15);
    const rss = await (await import('./rss.js')).run(30);
    const prometheus = await requests.run(servers);
    const grid = await (await import('./grid-requests.js')).run(servers);
    const fixed = (value: number, digits = 0) => value.toFixed(digits);
    const growth = (values: readonly number[]) => (values.at(-1) ?? 0) - (values[0] ?? 0);
    const all = prometheus.totals;
    const rows: Row[] = [
      [
        'bytes per steady-state update vs changed-cells minimum',
        `${fixed(output.stage.bytesPerUpdate / output.minimumBytesPerUpdate, 2)}x (${fixed(output.stage.bytesPerUpdate)} B)`,
        '<= 1.25x',
        `${fixed(output.stock.bytesPerUpdate / output.minimumBytesPerUpdate, 1)}x (${fixed(output.stock.bytesPerUpdate)} B)`,
      ],
      [
        'full-screen clears in steady state (app)',
        String(stream.clears),
        '0',
        `${output.stock.clears} in ${output.updates} updates`,
      ],
      [
        'bytes to the terminal per second (app, refresh 5s)',
        fixed(stream.bytesPerSecond),
        '<= 400',
        '-',
      ],
      ['CPU ms per frame, median (app)', fixed(stream.frameCpuMedianMs, 1), '<= 15', '-'],
      [
        'CPU ms per frame, median (fixture dashboard)',
        fixed(output.stage.cpuMedianMs, 1),
        '<= 15',
        fixed(output.stock.cpuMedianMs, 1),
      ],
      ['CPU while idle between polls (ms/s, app)', fixed(stream.idleCpuMsPerSecond, 1), '-', '-'],
      ['frames per minute (app, refresh 5s)', fixed(stream.inkFramesPerMinute), '-', '-'],
      [
        'Prometheus bytes per steady refresh vs full, range queries',
        `${fixed(all.rangePercent, 1)}%`,
        '<= 10%',
        '100%',
      ],
      ['  all queries (instant ones are asked whole)', `${fixed(all.allPercent, 1)}%`, '-', '100%'],
      ...grid.map((one): Row => [
        `Prometheus requests / kB per refresh, 100-panel grid: ${one.name}`,
        `${one.full.requests} / ${fixed(one.full.bytes / 1024)} (steady ${one.steady.requests} / ${fixed(one.steady.bytes / 1024)})`,
        '-',
        '-',
      ]),
      [
        'start to first frame vs node -e 0',
        `${fixed(startup.ratio, 2)}x (${fixed(startup.firstFrameMedianMs)} ms)`,
        '<= 4x',
        '-',
      ],
      [
        'resident memory, steady (MB): live 160x48 / --demo',
        `${fixed(rss.live.steadyMb)} / ${fixed(rss.demo.steadyMb)}`,
        '<= 90',
        '-',
      ],
      ['resident memory, peak (MB): --demo --once', fixed(rss.oncePeakMb), '<= 90', '-'],
      [
        'heap after GC, 10,000 poll cycles (MB, growth)',
        `${fixed(memory.dataLayerMb.at(-1) ?? 0, 1)} (${fixed(growth(memory.dataLayerMb), 1)})`,
        'flat, <= 20',
        '-',
      ],
      [
        'heap after GC, 1,000 cycles drawn (MB, growth)',
        `${fixed(memory.drawnMb.at(-1) ?? 0, 1)} (${fixed(growth(memory.drawnMb), 1)})`,
        'flat, <= 20',
        '-',
      ],
    ];
    const {printTable} = await import('./app-harness.js');
    console.log(`\nSummary (${started.toISOString().slice(0, 10)}, Node ${process.version})`);
    printTable([['figure', 'nova-top', 'budget', 'stock Ink'], ...rows]);
  } finally {
    await servers.stop();
  }
}

if (process.env[bundledFlag] === '1') await runAll();
else process.exitCode = await bundleAndRun();
