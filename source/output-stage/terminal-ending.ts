// The ways a full-screen run can end under nova-top, besides the user pressing q: a signal
// (SIGTERM from a service manager, SIGHUP when the terminal or the SSH link goes, SIGINT from
// Ctrl-C typed before raw mode is on), or the terminal vanishing under it (its reads end, its
// writes fail with EIO). cli.tsx turns an ending into an exit status, restoring the terminal
// only if it is still there.
import {closeSync} from 'node:fs';
import {isatty} from 'node:tty';

/**
 * The exit status after each signal: 128 + its number, as shells report a process that signal
 * ended. Except SIGINT: it is Ctrl-C, the quit key once the terminal is in raw mode (status 0),
 * and arrives as a signal only when typed before that; both mean the same.
 */
export const signalStatus = {SIGHUP: 129, SIGINT: 0, SIGTERM: 143} as const;

export type EndingSignal = keyof typeof signalStatus;

export type Ending = {
  readonly status: number;
  /** The terminal hung up: nothing can be written to it or restored on it any more. */
  readonly terminalGone: boolean;
};

/** Errors of a terminal (or pipe) that is no longer there. */
const hangupCodes: ReadonlySet<string> = new Set(['EIO', 'EPIPE', 'ENXIO', 'EBADF']);

export function isHangupError(error: unknown): boolean {
  const code = (error as {code?: unknown} | undefined)?.code;
  return typeof code === 'string' && hangupCodes.has(code);
}

/** stdout (fd 1) is no terminal any more: a hung-up tty answers EIO, so isatty says no. */
export function terminalIsGone(fd = 1): boolean {
  return !isatty(fd);
}

type Emitter = {
  on(event: string, listener: (value: unknown) => void): unknown;
};

export type TerminalWatch = {
  readonly signals: Emitter;
  readonly stdin: Emitter;
  readonly stdout: Emitter;
  /** Whether the terminal is gone; asked when a signal or the end of input arrives. */
  readonly isGone?: () => boolean;
};

/**
 * Calls `onEnd` once, at the first signal, input end or write error that ends the run. The
 * listeners stay until the process exits: a second signal during the cleanup must not end it
 * by the default action half-way, and a write failing late must not become an uncaught error.
 */
export function watchTerminal(watch: TerminalWatch, onEnd: (ending: Ending) => void): void {
  const isGone = watch.isGone ?? (() => terminalIsGone());
  let ended = false;
  const end = (ending: Ending): void => {
    if (ended) return;
    ended = true;
    onEnd(ending);
  };
  for (const name of Object.keys(signalStatus) as EndingSignal[]) {
    watch.signals.on(name, () => end({status: signalStatus[name], terminalGone: isGone()}));
  }
  const onError = (error: unknown): void => {
    if (isHangupError(error)) end({status: signalStatus.SIGHUP, terminalGone: true});
    else end({status: 1, terminalGone: isGone()});
  };
  watch.stdout.on('error', onError);
  watch.stdin.on('error', onError);
  // A hung-up terminal reads as end of input; a live one never ends while in raw mode.
  watch.stdin.on('end', () => {
    if (isGone()) end({status: signalStatus.SIGHUP, terminalGone: true});
  });
}

/**
 * Lets go of a terminal that hung up, before exiting. At exit Node restores the terminal's
 * settings on fds 0-2 and, before Node 24 (nodejs/node#58200), aborts when that fails, as it does
 * on a hung-up terminal: SIGABRT, a native stack trace and a core dump holding the process's
 * memory, tokens included. Node skips a descriptor that is closed, so they are closed first.
 */
export function releaseDeadTerminal(): void {
  for (const fd of [0, 1, 2]) {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
  }
}
