// Mounts the real App, as cli.tsx does on a terminal (Ink in debug mode feeding the output stage),
// on a counting 160x48 tty, and measures the CPU each frame costs: from what triggered it (a
// store notification or the App reading its clock for the one-second tick) to the end of the
// output stage's write.
import process from 'node:process';
import type {Instance} from 'ink';
import type {Poller} from '../source/poller/types.js';
import type {Store} from '../source/store/store.js';
import type {StoreState} from '../source/store/store-state.js';
import {createTerminalOutput, type TerminalOutput} from '../source/output-stage/terminal-output.js';
import {CountingTty} from './output.js';

/** As bench/output.ts: set before the first import of Ink and React (see its loadInk). */
export function prepareInkEnvironment(): void {
  process.env['FORCE_COLOR'] = '3';
  delete process.env['CI'];
  delete process.env['CONTINUOUS_INTEGRATION'];
  process.env['NODE_ENV'] ??= 'production';
}

export type MountedApp = {
  readonly tty: CountingTty;
  readonly output: TerminalOutput;
  /** CPU ms of each Ink frame since mount (or since the last `resetFrames`). */
  readonly frameCpuMs: number[];
  resetFrames(): void;
  unmount(): void;
};

export type MountOptions = {
  readonly store: Store<StoreState>;
  readonly poller: Poller;
  readonly refreshMs: number;
  readonly rangeSeconds: number;
  readonly clock?: () => number;
};

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

export async function mountApp(options: MountOptions): Promise<MountedApp> {
  prepareInkEnvironment();
  const [{createElement}, {render}, {App}, {builtinDashboards}] = await Promise.all([
    import('react'),
    import('ink'),
    import('../source/components/app.js'),
    import('../source/dashboards/dashboards.js'),
  ]);
  const tty = new CountingTty();
  const output = createTerminalOutput(tty);
  let triggeredAt = cpuMs();
  const frameCpuMs: number[] = [];
  const clock = options.clock ?? Date.now;
  const unsubscribe = options.store.subscribe(() => (triggeredAt = cpuMs()));
  const stdout = output.inkStdout;
  const write = stdout.write.bind(stdout) as (text: string) => boolean;
  stdout.write = ((text: string) => {
    const result = write(text);
    frameCpuMs.push(cpuMs() - triggeredAt);
    return result;
  }) as typeof stdout.write;
  const element = createElement(App, {
    dashboards: builtinDashboards,
    store: options.store,
    poller: options.poller,
    url: 'http://127.0.0.1:9090',
    refreshMs: options.refreshMs,
    initialDashboard: 0,
    initialRangeSeconds: options.rangeSeconds,
    clock: () => {
      triggeredAt = cpuMs();
      return clock();
    },
  });
  const instance: Instance = render(element, {
    stdout,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    tty,
    output,
    frameCpuMs,
    resetFrames: () => void frameCpuMs.splice(0),
    unmount() {
      unsubscribe();
      instance.unmount();
      output.restore();
    },
  };
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

export const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Rows of cells, first column left-aligned, the rest right-aligned. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] ?? []).map((_, index) =>
    Math.max(...rows.map((row) => row[index]?.length ?? 0)),
  );
  for (const row of rows) {
    console.log(
      row
        .map((cell, index) =>
          index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
        )
        .join('  '),
    );
  }
}
