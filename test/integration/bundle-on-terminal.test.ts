// The shipped bundle, dist/cli.js, driven as a person drives it: started as the installed
// `nova-top` is (a program, through its launcher line), on a pseudo-terminal (util-linux `script`,
// 100x30) whose output goes through a terminal emulator (@xterm/headless), keys typed
// in, the screen read back. It replays the demo (no server needed) with the patched Ink that the
// bundle carries: a dashboard switch, the help overlay, and `q`, which ends it with status 0 and
// gives the terminal back (alternate screen left, cursor shown).
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {sequences} from '../../source/output-stage/screen-painter.js';
import {helpOverlayLines} from '../../source/view-models/help.js';
import {layoutDashboard} from '../../source/view-models/layout.js';
import {startPty, type PtySession} from '../harness/pty-session.js';
import {hasScript} from './terminal-session.js';

const root = path.join(import.meta.dirname, '../..');
const size = {columns: 100, rows: 30} as const;
const running: PtySession[] = [];

/** The bundle on the pty (test/harness/pty-session.ts), its screen read as untrimmed rows. */
function startBundle(args: readonly string[]) {
  const pty = startPty(args, {bundle: true, ...size, env: {TERM: 'xterm-256color'}});
  running.push(pty);
  return {
    screen: pty.emulator,
    output: pty.output,
    type: pty.press,
    /** Resolves with the rows once `seen` holds for them; rejects naming `what` after 30 s. */
    waitFor: async (what: string, seen: (lines: readonly string[]) => boolean) => {
      await pty
        .waitFor(() => seen(pty.emulator.lines()), 30_000)
        .catch((error: unknown) => {
          throw new Error(`never on screen: ${what}`, {cause: error});
        });
      return pty.emulator.lines();
    },
    /** The exit status of nova-top (dist/cli.js, started through its launcher line). */
    get exited() {
      return pty.exited();
    },
  };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root});
});

afterEach(() => {
  for (const session of running.splice(0)) session.kill();
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
