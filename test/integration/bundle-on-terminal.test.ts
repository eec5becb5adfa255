// The shipped bundle, dist/cli.js, driven as a person drives it: on a pseudo-terminal (util-linux
// `script`, 100x30) whose output goes through a terminal emulator (@xterm/headless), keys typed
// in, the screen read back. It replays the demo (no server needed) with the patched Ink that the
// bundle carries: a dashboard switch, the help overlay, and `q`, which ends it with status 0 and
// gives the terminal back (alternate screen left, cursor shown).
import {execFileSync, spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import path from 'node:path';
import {StringDecoder} from 'node:string_decoder';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {sequences} from '../../source/output-stage/screen-painter.js';
import {helpOverlayLines} from '../../source/view-models/help.js';
import {layoutDashboard} from '../../source/view-models/layout.js';
import {createEmulator, type Emulator} from '../output-stage/emulator.js';
import {hasScript} from './terminal-session.js';

const root = path.join(import.meta.dirname, '../..');
const size = {columns: 100, rows: 30} as const;
// Ink and chalk act differently under CI variables; the CLI is run as a user would run it.
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && !name.startsWith('NOVA_TOP_'),
);
const env = {
  ...Object.fromEntries(inherited),
  TERM: 'xterm-256color',
  TZ: 'UTC',
  PROMETHEUS_URL: '',
  ALERTMANAGER_URL: '',
};

type Session = {
  readonly screen: Emulator;
  /** Every byte written to the terminal so far, decoded. */
  output(): string;
  type(keys: string): void;
  /** Resolves once `seen` holds for the screen's lines; rejects with the screen after 30 s. */
  waitFor(what: string, seen: (lines: readonly string[]) => boolean): Promise<readonly string[]>;
  /** The exit status of `node dist/cli.js`. */
  readonly exited: Promise<number>;
};

const running: ChildProcessWithoutNullStreams[] = [];

function startBundle(args: readonly string[]): Session {
  const screen = createEmulator(size.columns, size.rows);
  const command = `stty cols ${size.columns} rows ${size.rows}; exec node dist/cli.js ${args.join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: root, env});
  running.push(child);
  const decoder = new StringDecoder('utf8');
  let output = '';
  let written = Promise.resolve();
  child.stdout.on('data', (chunk: Buffer) => {
    output += decoder.write(chunk);
    written = written.then(
      () => new Promise<void>((resolve) => screen.terminal.write(chunk, resolve)),
    );
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => void written.then(() => resolve(status ?? -1)));
  });
  const waitFor = async (what: string, seen: (lines: readonly string[]) => boolean) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      await written;
      const lines = screen.lines();
      if (seen(lines)) return lines;
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(`never on screen: ${what}; the screen:\n${lines.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {screen, output: () => output, type: (keys) => child.stdin.write(keys), waitFor, exited};
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root});
});

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const tab = (index: number) => `[${index + 1} ${builtinDashboards[index]?.title ?? 'missing'}]`;
const text = (line: readonly {readonly text: string}[]) => line.map((part) => part.text).join('');

describe.skipIf(!hasScript)('dist/cli.js on a terminal, driven by keys', () => {
  it('switches dashboards, shows and hides the help, and quits with q, giving the terminal back', async () => {
    const session = startBundle(['--demo']);
    const first = await session.waitFor(`${tab(0)} and the footer`, (lines) =>
      Boolean(lines[0]?.startsWith(tab(0)) && lines.some((line) => line.includes('q quit'))),
    );
    expect(first[1]).toMatch(/^demo \(recorded incident\) {2}range 5m {2}refresh 2s /);

    session.type('2');
    const second = await session.waitFor(tab(1), (lines) => Boolean(lines[0]?.includes(tab(1))));
    expect(second[0]).not.toContain(tab(0));

    const layout = layoutDashboard(builtinDashboards[1]!, size, undefined);
    if (layout.kind !== 'dashboard') throw new Error('100x30 is large enough for a dashboard');
    const {grid} = layout;
    const help = helpOverlayLines(grid.width, grid.height).map(text);
    session.type('?');
    // The whole overlay, not its first line: a frame can arrive in several reads.
    const block = (lines: readonly string[]) => lines.slice(grid.y, grid.y + grid.height);
    const withHelp = await session.waitFor('the help overlay', (lines) =>
      block(lines).every((line, index) => line === help[index]),
    );
    expect(block(withHelp)).toEqual(help);
    expect(withHelp[0]).toContain(tab(1));

    // Closed again: the grid shows the dashboard's panels, the first one's title in its border.
    const firstPanel = builtinDashboards[1]?.rows[0]?.panels[0]?.title ?? 'missing';
    session.type('?');
    const closed = await session.waitFor(
      `the panel "${firstPanel}"`,
      (lines) =>
        Boolean(lines[grid.y]?.includes(firstPanel)) && !block(lines).includes(help[1] ?? ''),
    );
    expect(closed.slice(grid.y, grid.y + grid.height)).not.toContain(help[1]);

    session.type('q');
    expect(await session.exited).toBe(0);
    const output = session.output();
    expect(output.startsWith(sequences.enterAlternateScreen + sequences.hideCursor)).toBe(true);
    expect(
      output.endsWith(sequences.resetStyle + sequences.showCursor + sequences.leaveAlternateScreen),
    ).toBe(true);
    expect(output.lastIndexOf(sequences.showCursor)).toBeGreaterThan(
      output.lastIndexOf(sequences.hideCursor),
    );
    expect(session.screen.terminal.buffer.active.type).toBe('normal');
  });
});
