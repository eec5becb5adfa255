// Renders an Ink tree into fake streams like ink-testing-library does, but with a terminal size the
// test chooses (and can change, with a resize event) and Ink's waitUntilExit, to see `q` quit.
import {EventEmitter} from 'node:events';
import type {ReactNode} from 'react';
import {render} from 'ink';

export class FakeStdout extends EventEmitter {
  columns: number;
  rows: number;
  readonly frames: string[] = [];
  readonly isTTY = true;

  constructor(columns: number, rows: number) {
    super();
    this.columns = columns;
    this.rows = rows;
  }

  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };

  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const data = this.pending;
    this.pending = null;
    return data;
  };
  press(data: string): void {
    this.pending = data;
    this.emit('readable');
    this.emit('data', data);
  }
}

export type Harness = {
  readonly stdout: FakeStdout;
  /** Sends keys as a terminal would (one chunk), then lets React and Ink settle. */
  press(data: string): Promise<void>;
  lastFrame(): string;
  waitUntilExit(): Promise<unknown>;
  unmount(): void;
};

export const settle = (ms = 30): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `check` until it stops throwing: React runs effects (poller calls) after the frame. */
export async function eventually(check: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await settle(10);
    }
  }
}

export function renderWithSize(tree: ReactNode, columns: number, rows: number): Harness {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    stdout,
    async press(data) {
      stdin.press(data);
      await settle();
    },
    lastFrame: () => stdout.frames.at(-1) ?? '',
    waitUntilExit: () => instance.waitUntilExit(),
    unmount: () => instance.unmount(),
  };
}
