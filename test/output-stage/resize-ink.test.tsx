// With CI unset, Ink listens for resizes on the stream it renders into and lays the tree out
// again by itself: the stage must forward the terminal's resize with the new size, then paint
// the frame Ink renders at that size. (The other tests run with CI set, where Ink does not
// listen and the app re-renders.) Ink reads CI once, at import, hence the dynamic import.
import {EventEmitter} from 'node:events';
import {expect, test} from 'vitest';
import {createTerminalOutput, isFrame} from '../../source/output-stage/terminal-output.js';
import {createEmulator, referenceScreen} from './emulator.js';

class FakeTty extends EventEmitter {
  columns = 60;
  rows = 10;
  readonly isTTY = true;
  readonly writes: string[] = [];

  write(text: string): boolean {
    this.writes.push(text);
    return true;
  }
}

test('a terminal resize reaches Ink, and the screen shows its frame at the new size', async () => {
  const ci = process.env['CI'];
  delete process.env['CI'];
  const {Box, render, Text} = await import('ink');
  if (ci !== undefined) process.env['CI'] = ci;
  const tty = new FakeTty();
  const output = createTerminalOutput(tty);
  const frames: string[] = [];
  const write = output.inkStdout.write.bind(output.inkStdout) as (text: string) => boolean;
  output.inkStdout.write = ((text: string) => {
    if (isFrame(text)) frames.push(text);
    return write(text);
  }) as typeof output.inkStdout.write;
  const instance = render(
    <Box borderStyle="single" justifyContent="space-between">
      <Text>left 左</Text>
      <Text>right</Text>
    </Box>,
    {stdout: output.inkStdout, debug: true, patchConsole: false, exitOnCtrlC: false},
  );
  const emulator = createEmulator(60, 10);

  tty.columns = 40;
  tty.rows = 8;
  tty.emit('resize');
  emulator.resize(40, 8);
  await emulator.write(tty.writes.join(''));

  const frame = frames.at(-1) ?? '';
  expect(frame.split('\n')[0]).toHaveLength(40);
  expect(emulator.cells()).toEqual((await referenceScreen(frame, 40, 8)).cells());
  expect(emulator.lines()[1]).toBe('│left 左                          right│');
  expect(output.stats.fullRepaints).toBe(2);
  instance.unmount();
  output.restore();
});
