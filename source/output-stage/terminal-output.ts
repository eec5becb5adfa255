// The output stage between Ink and the terminal. Ink (with `debug: true`) renders each frame
// whole into `inkStdout`; the stage writes to the real stdout only the cells that changed, in
// one write per frame (see screen-painter.ts). The whole screen is repainted only at start,
// on resize and on `redraw()`; nothing is written for a frame that changes nothing.
import {InkStdout} from './ink-stdout.js';
import {createScreenPainter} from './screen-painter.js';
import {checkClipboardText, osc52Sequence, type Multiplexer} from '../text/osc52.js';

/** The part of the terminal's stdout the stage uses (a tty WriteStream has all of it). */
export type TerminalStream = {
  write(text: string): unknown;
  readonly columns?: number | undefined;
  readonly rows?: number | undefined;
  readonly isTTY?: boolean | undefined;
  on(event: 'resize', listener: () => void): unknown;
  off(event: 'resize', listener: () => void): unknown;
};

export type OutputStats = {
  /** Frames Ink rendered, changed or not. */
  readonly frames: number;
  /** Bytes written to the terminal. */
  readonly bytes: number;
  readonly fullRepaints: number;
};

export type TerminalOutput = {
  /** Give this to Ink's `render` as `stdout`, with `debug: true`. */
  readonly inkStdout: NodeJS.WriteStream;
  /** Clears the screen and paints the last frame again (for Ctrl-L). */
  redraw(): void;
  /** Shows the cursor and leaves the alternate screen; safe to call more than once. */
  restore(): void;
  /** The terminal is gone: write nothing more to it, not even the restore sequence. */
  abandon(): void;
  /** Rings the terminal bell (BEL), outside any frame: it changes no cell. */
  bell(): void;
  /**
   * Copies plain text to the terminal's clipboard (OSC 52, wrapped for the multiplexer), outside
   * any frame; text that text/osc52.ts refuses writes nothing.
   */
  copy(text: string): void;
  readonly stats: OutputStats;
};

/**
 * Writes from Ink that hold only control sequences or line feeds are not frames: Ink shows the
 * cursor on unmount (the stage owns the cursor), and with CI set in the environment it writes
 * a lone line feed on unmount.
 */
export function isFrame(text: string): boolean {
  let index = 0;
  while (index < text.length) {
    if (text.charCodeAt(index) === 0x0a) {
      index++;
    } else if (text.charCodeAt(index) === 0x1b && text[index + 1] === '[') {
      index += 2;
      while (index < text.length && !/[@-~]/.test(text[index] ?? '')) index++;
      index++;
    } else {
      return true;
    }
  }
  return false;
}

export function createTerminalOutput(
  stdout: TerminalStream,
  options: {readonly alternateScreen?: boolean; readonly multiplexer?: Multiplexer} = {},
): TerminalOutput {
  const painter = createScreenPainter({alternateScreen: options.alternateScreen ?? true});
  const stats = {frames: 0, bytes: 0, fullRepaints: 0};
  let lastFrame: string | undefined;
  let repaintPending = false;
  let restored = false;

  const draw = (frame: string): void => {
    repaintPending = false;
    const painted = painter.paint(frame, sink.columns, sink.rows);
    if (painted.fullRepaint) stats.fullRepaints++;
    if (painted.text === '') return;
    stats.bytes += Buffer.byteLength(painted.text);
    stdout.write(painted.text);
  };

  const receive = (text: string): void => {
    if (restored || !isFrame(text)) return;
    stats.frames++;
    if (text === lastFrame && !repaintPending) return;
    lastFrame = text;
    draw(text);
  };

  const sink = new InkStdout(
    {columns: stdout.columns || 80, rows: stdout.rows || 24, isTTY: stdout.isTTY === true},
    receive,
  );

  const redraw = (): void => {
    painter.repaintNext();
    repaintPending = true;
    if (lastFrame !== undefined && !restored) draw(lastFrame);
  };

  const onResize = (): void => {
    sink.columns = stdout.columns || sink.columns;
    sink.rows = stdout.rows || sink.rows;
    painter.repaintNext();
    repaintPending = true;
    // Ink, and components listening for resizes, may render a new frame right here; if none
    // comes, the last frame is painted again at the new size.
    sink.emit('resize');
    if (repaintPending) redraw();
  };
  stdout.on('resize', onResize);

  const restore = (): void => {
    if (restored) return;
    restored = true;
    stdout.off('resize', onResize);
    const text = painter.leave();
    if (text === '') return;
    stats.bytes += Buffer.byteLength(text);
    stdout.write(text);
  };

  const abandon = (): void => {
    restored = true;
    stdout.off('resize', onResize);
  };

  const bell = (): void => {
    if (restored) return;
    stats.bytes += 1;
    stdout.write('\u0007');
  };

  const copy = (text: string): void => {
    const check = checkClipboardText(text);
    if (restored || !check.ok) return;
    const sequence = osc52Sequence(check.text, options.multiplexer ?? 'none');
    stats.bytes += Buffer.byteLength(sequence);
    stdout.write(sequence);
  };

  return {
    inkStdout: sink as unknown as NodeJS.WriteStream,
    redraw,
    restore,
    abandon,
    bell,
    copy,
    stats,
  };
}
