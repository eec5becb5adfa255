// Bytes and CPU per steady-state update of a 160x48 dashboard: stock Ink writing to a 48-row
// tty, against Ink in debug mode feeding the output stage (source/output-stage). Prints numbers;
// asserts nothing. Run: npx tsx bench/output.ts [updates]
import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  cursorAfterWrite,
  moveCursor,
  unknownCursor,
  type Cursor,
} from '../source/output-stage/cursor-move.js';
import {utf8Length} from '../source/output-stage/encode-diff.js';
import {cellsDiffer, cellStyle, wideTail, type Grid} from '../source/output-stage/grid.js';
import {parseFrame} from '../source/output-stage/parse-frame.js';
import {defaultStyle, sgrTransition} from '../source/output-stage/style.js';
import {createTerminalOutput, isFrame} from '../source/output-stage/terminal-output.js';

const columns = 160;
const rows = 48;
// Longer than Ink's 30 fps throttle, so every update of the stock path is drawn.
const pauseMs = 40;

/** A 160x48 tty that counts bytes and full-screen clears (ESC[2J). */
export class CountingTty extends EventEmitter {
  readonly columns = columns;
  readonly rows = rows;
  readonly isTTY = true;
  bytes = 0;
  clears = 0;
  writes = 0;

  write(chunk: string | Uint8Array, ...rest: readonly unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    this.bytes += Buffer.byteLength(text);
    this.writes += 1;
    this.clears += text.split('\u001B[2J').length - 1;
    const callback = rest.find((argument) => typeof argument === 'function');
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  }
}

export type PathResult = {
  readonly bytesPerUpdate: number;
  readonly clears: number;
  readonly cpuMedianMs: number;
  readonly cpuP95Ms: number;
  readonly stageMedianMs?: number;
  readonly heapAfterGcMb: number;
};

export type OutputBenchResult = {
  readonly updates: number;
  readonly minimumBytesPerUpdate: number;
  readonly stock: PathResult;
  readonly stage: PathResult;
};

/**
 * The changed-cells minimum: each run of changed cells in a row written once, reached with one
 * cursor move (the shortest from where the previous run ended), with SGR codes only where the
 * style differs from the cell written before. No unchanged cell is rewritten.
 */
export function changedCellsMinimum(previous: Grid, next: Grid): number {
  let bytes = 0;
  let style = defaultStyle;
  let cursor: Cursor = unknownCursor;
  for (let row = 0; row < next.rows; row++) {
    let inRun = false;
    for (let column = 0; column < next.columns; column++) {
      const index = row * next.columns + column;
      if (!cellsDiffer(previous, next, index)) {
        inRun = false;
        continue;
      }
      // A changed right half of a wide character is written with its left half.
      const start = next.chars[index] === wideTail && !inRun ? column - 1 : column;
      if (!inRun) bytes += moveCursor(cursor, row, start).length;
      inRun = true;
      const cell = cellStyle(next, index);
      const lead = row * next.columns + start;
      bytes += sgrTransition(style, cell).length + utf8Length(next.chars[lead] ?? '');
      style = cell;
      cursor = cursorAfterWrite(row, column + 1, next.columns);
    }
  }
  return bytes;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

async function loadInk() {
  // Ink reads CI once, at import (with CI set it draws nothing until exit), React picks its
  // build from NODE_ENV, chalk its colour depth from FORCE_COLOR: set them before the first
  // import, for the bundled app's build and a truecolor terminal even when piped.
  process.env['FORCE_COLOR'] = '3';
  delete process.env['CI'];
  delete process.env['CONTINUOUS_INTEGRATION'];
  process.env['NODE_ENV'] ??= 'production';
  const [{createElement}, {render}, {Dashboard}] = await Promise.all([
    import('react'),
    import('ink'),
    import('./fixtures/dashboard.js'),
  ]);
  return {render, tree: (tick: number) => createElement(Dashboard, {columns, rows, tick})};
}

type Ink = Awaited<ReturnType<typeof loadInk>>;
type Measured = {
  readonly bytes: number;
  readonly clears: number;
  readonly cpu: number[];
  readonly heapAfterGcMb: number;
};

async function drive(
  ink: Ink,
  stdout: NodeJS.WriteStream,
  debug: boolean,
  updates: number,
  counter: () => {bytes: number; clears: number},
): Promise<Measured> {
  const gc = collectGarbage();
  const instance = ink.render(ink.tree(0), {
    stdout,
    debug,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  await pause(pauseMs);
  const start = counter();
  const cpu: number[] = [];
  for (let tick = 1; tick <= updates; tick++) {
    const before = process.cpuUsage();
    instance.rerender(ink.tree(tick));
    await pause(pauseMs);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const end = counter();
  gc();
  const heapAfterGcMb = process.memoryUsage().heapUsed / 1024 / 1024;
  instance.unmount();
  return {bytes: end.bytes - start.bytes, clears: end.clears - start.clears, cpu, heapAfterGcMb};
}

function summarize(measured: Measured, updates: number, stageMs?: readonly number[]): PathResult {
  return {
    bytesPerUpdate: measured.bytes / updates,
    clears: measured.clears,
    cpuMedianMs: percentile(measured.cpu, 0.5),
    cpuP95Ms: percentile(measured.cpu, 0.95),
    ...(stageMs === undefined ? {} : {stageMedianMs: percentile(stageMs, 0.5)}),
    heapAfterGcMb: measured.heapAfterGcMb,
  };
}

async function runStock(ink: Ink, updates: number): Promise<PathResult> {
  const tty = new CountingTty();
  const measured = await drive(ink, tty as unknown as NodeJS.WriteStream, false, updates, () => ({
    bytes: tty.bytes,
    clears: tty.clears,
  }));
  return summarize(measured, updates);
}

async function runStage(ink: Ink, updates: number): Promise<PathResult> {
  const tty = new CountingTty();
  const output = createTerminalOutput(tty);
  const stageMs: number[] = [];
  const stdout = output.inkStdout;
  const write = stdout.write.bind(stdout) as (text: string) => boolean;
  stdout.write = ((text: string) => {
    const started = performance.now();
    const result = write(text);
    stageMs.push(performance.now() - started);
    return result;
  }) as typeof stdout.write;
  const measured = await drive(ink, stdout, true, updates, () => ({
    bytes: tty.bytes,
    clears: tty.clears,
  }));
  output.restore();
  return summarize(measured, updates, stageMs.slice(1));
}

/** The mean changed-cells minimum over the same updates, from Ink's frames (debug mode). */
function minimumPerUpdate(ink: Ink, updates: number): number {
  let previous: Grid | undefined;
  let total = 0;
  const capture = Object.assign(new EventEmitter(), {
    columns,
    rows,
    isTTY: true,
    write(text: string) {
      if (!isFrame(text)) return true;
      const grid = parseFrame(text, columns, rows);
      if (previous !== undefined) total += changedCellsMinimum(previous, grid);
      previous = grid;
      return true;
    },
  });
  const stdout = capture as unknown as NodeJS.WriteStream;
  const instance = ink.render(ink.tree(0), {
    stdout,
    debug: true,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  for (let tick = 1; tick <= updates; tick++) instance.rerender(ink.tree(tick));
  instance.unmount();
  return total / updates;
}

function print(result: OutputBenchResult): void {
  const {stock, stage, minimumBytesPerUpdate: minimum} = result;
  const fixed = (value: number, digits = 0) => value.toFixed(digits);
  const table: [string, string, string][] = [
    ['bytes per update', fixed(stock.bytesPerUpdate), fixed(stage.bytesPerUpdate)],
    ['changed-cells minimum (bytes)', fixed(minimum), fixed(minimum)],
    [
      'ratio to the minimum',
      `${fixed(stock.bytesPerUpdate / minimum, 1)}x`,
      `${fixed(stage.bytesPerUpdate / minimum, 2)}x`,
    ],
    ['full-screen clears (steady state)', String(stock.clears), String(stage.clears)],
    ['CPU ms per frame, median', fixed(stock.cpuMedianMs, 1), fixed(stage.cpuMedianMs, 1)],
    ['CPU ms per frame, p95', fixed(stock.cpuP95Ms, 1), fixed(stage.cpuP95Ms, 1)],
    ['  of which the output stage, median', '-', fixed(stage.stageMedianMs ?? 0, 2)],
    ['heap after GC at the end (MB)', fixed(stock.heapAfterGcMb, 1), fixed(stage.heapAfterGcMb, 1)],
  ];
  const widths = [36, 12, 14];
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join(' ');
  console.log(
    `Output to the terminal, ${columns}x${rows} dashboard, ${result.updates} steady-state updates (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
  );
  console.log(line(['', 'stock Ink', 'output stage']));
  for (const row of table) console.log(line(row));
}

/** Runs both paths and prints the table; returns the numbers for a caller such as bench/run.ts. */
export async function run(updates = 200): Promise<OutputBenchResult> {
  const ink = await loadInk();
  const stock = await runStock(ink, updates);
  const stage = await runStage(ink, updates);
  const minimum = minimumPerUpdate(ink, updates);
  const result = {updates, minimumBytesPerUpdate: minimum, stock, stage};
  print(result);
  return result;
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await run(Number(process.argv[2] ?? 200) || 200);
}
