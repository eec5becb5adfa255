// The output stage driven by real Ink: every byte it writes is replayed into a reference
// terminal emulator, whose screen must match, cell by cell (characters, widths, colours,
// attributes), the screen the same emulator shows for the frame Ink rendered.
import {EventEmitter} from 'node:events';
import chalk from 'chalk';
import {Box, render, Text} from 'ink';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {
  createTerminalOutput,
  isFrame,
  type TerminalOutput,
} from '../../source/output-stage/terminal-output.js';
import {createEmulator, referenceScreen, type Emulator} from './emulator.js';

const esc = '\u001B';

class FakeTty extends EventEmitter {
  columns: number;
  rows: number;
  readonly isTTY = true;
  readonly writes: string[] = [];

  constructor(columns: number, rows: number) {
    super();
    this.columns = columns;
    this.rows = rows;
  }

  write(text: string): boolean {
    this.writes.push(text);
    return true;
  }

  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

type Scene = {
  readonly columns: number;
  readonly rows: number;
  readonly tick: number;
  readonly alert?: boolean;
  readonly wide?: boolean;
  readonly extraRows?: number;
};

function Panel(props: {readonly title: string; readonly children: React.ReactNode}) {
  return (
    <Box borderStyle="round" borderColor="cyan" flexDirection="column" flexGrow={1} paddingX={1}>
      <Text bold>{props.title}</Text>
      {props.children}
    </Box>
  );
}

function Screen({columns, rows, tick, alert = false, wide = false, extraRows = 0}: Scene) {
  return (
    <Box width={columns} height={rows + extraRows} flexDirection="column">
      <Box justifyContent="space-between">
        <Text inverse> nova-top </Text>
        <Text color="gray">12:00:{String(tick).padStart(2, '0')}</Text>
      </Box>
      <Box flexGrow={1}>
        <Panel title={wide ? '監視 ダッシュボード' : 'Overview'}>
          <Text color={alert ? 'red' : 'green'}>{alert ? '🔥 firing' : '✅ ok'}</Text>
          <Text color="ansi256(208)">
            caf{'e\u0301'} na{'i\u0308'}ve
          </Text>
          <Text backgroundColor="#336699" color="#ffcc00">
            {wide ? '中文字' : 'abcdef'} {tick}
          </Text>
        </Panel>
        <Panel title="Styles">
          <Text dimColor>dim</Text>
          <Text italic underline>
            italic underline
          </Text>
          <Text strikethrough={alert}>strike when alert</Text>
          <Text color="blueBright">{'▁▂▃▄▅▆▇█'.slice(tick % 4)}</Text>
        </Panel>
      </Box>
      <Text color="gray">q quit · ? help</Text>
    </Box>
  );
}

type Harness = {
  readonly tty: FakeTty;
  readonly output: TerminalOutput;
  readonly emulator: Emulator;
  readonly frames: string[];
  show(scene: Scene): Promise<void>;
  replay(): Promise<void>;
  expectScreenMatchesLastFrame(): Promise<void>;
  unmount(): void;
};

let harnesses: Harness[] = [];

beforeAll(() => {
  chalk.level = 3; // the unit tests run with FORCE_COLOR=0; colours are what is under test here
});

afterEach(() => {
  for (const harness of harnesses) harness.unmount();
  harnesses = [];
});

function start(columns: number, rows: number, first: Scene): Harness {
  const tty = new FakeTty(columns, rows);
  const output = createTerminalOutput(tty);
  const frames: string[] = [];
  const inkStdout = output.inkStdout;
  const write = inkStdout.write.bind(inkStdout) as (text: string) => boolean;
  inkStdout.write = ((text: string) => {
    if (isFrame(text)) frames.push(text);
    return write(text);
  }) as typeof inkStdout.write;
  const emulator = createEmulator(columns, rows);
  const instance = render(<Screen {...first} />, {
    stdout: inkStdout,
    debug: true,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  let replayed = 0;
  const harness: Harness = {
    tty,
    output,
    emulator,
    frames,
    async show(scene) {
      instance.rerender(<Screen {...scene} />);
      await harness.replay();
    },
    async replay() {
      await emulator.write(tty.writes.slice(replayed).join(''));
      replayed = tty.writes.length;
    },
    async expectScreenMatchesLastFrame() {
      await harness.replay();
      const frame = frames.at(-1) ?? '';
      const reference = await referenceScreen(frame, tty.columns, tty.rows);
      expect(emulator.cells()).toEqual(reference.cells());
    },
    unmount() {
      instance.unmount();
      output.restore();
    },
  };
  harnesses.push(harness);
  return harness;
}

describe.each([
  [80, 24, 100, 30],
  [160, 48, 120, 40],
])('the output stage at %ix%i (resized to %ix%i)', (columns, rows, newColumns, newRows) => {
  test('a scripted sequence of updates leaves exactly the frames Ink rendered on screen', async () => {
    const size = {columns, rows};
    const harness = start(columns, rows, {...size, tick: 0});
    const {tty, output, emulator} = harness;
    // The frame carries the colours under test: 256-colour, truecolor and basic.
    expect(harness.frames[0]).toContain(`${esc}[38;5;208m`);
    expect(harness.frames[0]).toContain(`${esc}[48;2;51;102;153m`);
    expect(harness.frames[0]).toContain(`${esc}[32m`);
    await harness.expectScreenMatchesLastFrame();
    expect(emulator.lines()[0]).toMatch(/^ nova-top +12:00:00$/);
    expect(output.stats.fullRepaints).toBe(1);

    const steadyScenes: Scene[] = [
      {...size, tick: 1},
      {...size, tick: 2, alert: true},
      {...size, tick: 3, alert: true, wide: true},
      {...size, tick: 4, wide: true},
      {...size, tick: 5},
    ];
    for (const scene of steadyScenes) {
      const writesBefore = tty.writes.length;
      await harness.show(scene);
      await harness.expectScreenMatchesLastFrame();
      const written = tty.writes.slice(writesBefore);
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(new RegExp(`^${esc}\\[\\?2026h.*${esc}\\[\\?2026l$`, 's'));
      expect(written[0]).not.toContain(`${esc}[2J`);
      expect(written[0]).not.toContain(`${esc}[3J`);
    }
    expect(emulator.lines()[0]).toMatch(/12:00:05$/);
    expect(output.stats.fullRepaints).toBe(1);

    const writesBeforeSame = tty.writes.length;
    await harness.show({...size, tick: 5});
    expect(tty.writes.length).toBe(writesBeforeSame);

    // A frame taller than the terminal: the rows past the bottom are dropped.
    await harness.show({...size, tick: 6, extraRows: 3});
    await harness.expectScreenMatchesLastFrame();

    tty.resize(newColumns, newRows);
    emulator.resize(newColumns, newRows);
    await harness.show({columns: newColumns, rows: newRows, tick: 7, wide: true});
    await harness.expectScreenMatchesLastFrame();
    expect(emulator.lines()[0]).toHaveLength(newColumns);
    expect(output.stats.fullRepaints).toBe(2);

    const writesBeforeTick = tty.writes.length;
    await harness.show({columns: newColumns, rows: newRows, tick: 8, wide: true, alert: true});
    await harness.expectScreenMatchesLastFrame();
    const steady = tty.writes.slice(writesBeforeTick).join('');
    expect(steady).not.toContain(`${esc}[2J`);
    expect(steady).not.toContain(`${esc}[3J`);
    expect(output.stats.fullRepaints).toBe(2);
  });
});

describe('the output stage around the frames', () => {
  const size = {columns: 80, rows: 24};

  test('a steady update writes a small fraction of a full repaint', async () => {
    const harness = start(80, 24, {...size, tick: 0});
    const firstBytes = harness.output.stats.bytes;
    await harness.show({...size, tick: 1});
    // The clock's last digit, the sample text's digit and the shifted sparkline.
    expect(harness.output.stats.bytes - firstBytes).toBeLessThan(firstBytes / 10);
  });

  test('redraw clears the screen and paints the last frame again', async () => {
    const harness = start(80, 24, {...size, tick: 0});
    await harness.emulator.write(`${esc}[5;5Hgarbage from elsewhere`);
    const writesBefore = harness.tty.writes.length;
    harness.output.redraw();
    expect(harness.tty.writes.slice(writesBefore).join('')).toContain(`${esc}[2J`);
    expect(harness.output.stats.fullRepaints).toBe(2);
    await harness.expectScreenMatchesLastFrame();
  });

  test('start enters the alternate screen and hides the cursor; restore undoes both once', async () => {
    const harness = start(80, 24, {...size, tick: 0});
    expect(harness.tty.writes[0]).toMatch(new RegExp(`^${esc}\\[\\?1049h${esc}\\[\\?25l`));
    harness.unmount();
    harness.output.restore();
    const after = harness.tty.writes.join('');
    expect(harness.tty.writes.at(-1)).toBe(`${esc}[m${esc}[?25h${esc}[?1049l`);
    expect(after.split(`${esc}[?1049l`)).toHaveLength(2);
    await harness.replay();
    expect(harness.emulator.terminal.buffer.active.type).toBe('normal');
  });

  test('without the alternate screen, restore leaves the cursor below the frame', async () => {
    const tty = new FakeTty(20, 5);
    const output = createTerminalOutput(tty, {alternateScreen: false});
    const instance = render(<Text>one{'\n'}two</Text>, {
      stdout: output.inkStdout,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    });
    instance.unmount();
    output.restore();
    output.restore();
    expect(tty.writes.join('')).not.toContain('1049');
    expect(tty.writes.at(-1)).toBe(`${esc}[m${esc}[3H${esc}[?25h`);
  });

  test('after restore, frames from Ink are no longer drawn', async () => {
    const harness = start(80, 24, {...size, tick: 0});
    harness.output.restore();
    const writesAfterRestore = harness.tty.writes.length;
    await harness.show({...size, tick: 1});
    expect(harness.tty.writes.length).toBe(writesAfterRestore);
  });
});
