// The stream Ink renders into: it quacks like a tty WriteStream (size, resize events, write)
// but hands each write to the output stage instead of the terminal. With `debug: true` Ink
// writes every frame whole, in one write, with no cursor or erase codes of its own.
import {EventEmitter} from 'node:events';

type WriteCallback = (error?: Error | null) => void;

export class InkStdout extends EventEmitter {
  columns: number;
  rows: number;
  readonly isTTY: boolean;
  readonly writable = true;
  readonly #onWrite: (text: string) => void;

  constructor(
    size: {columns: number; rows: number; isTTY: boolean},
    onWrite: (text: string) => void,
  ) {
    super();
    this.columns = size.columns;
    this.rows = size.rows;
    this.isTTY = size.isTTY;
    this.#onWrite = onWrite;
  }

  write(chunk: string | Uint8Array, ...rest: readonly unknown[]): boolean {
    this.#onWrite(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find(
      (argument): argument is WriteCallback => typeof argument === 'function',
    );
    if (callback !== undefined) process.nextTick(callback);
    return true;
  }

  getWindowSize(): [number, number] {
    return [this.columns, this.rows];
  }
}
