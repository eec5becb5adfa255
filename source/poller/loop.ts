// The polling loop both pollers share: a setTimeout chain that never overlaps itself, one
// AbortSignal per cycle, backoff while nothing answers, and pause. A refresh asked while a cycle
// runs waits for it and runs once right after; a cancelled cycle takes such a refresh with it
// (it asked for that cycle's data); nothing is scheduled while paused.
import {backoffDelay} from './failures.js';

/** How a cycle ended, handed to the loop once the cycle's requests are done. */
export type CycleEnd = {
  /** Nothing answered: the next attempt backs off. */
  readonly down: boolean;
  /** Hands the cycle's result over, told when the next attempt is due; not called if cancelled. */
  readonly commit: (nextDelayMs: number) => void;
};

export type PollLoopOptions = {
  readonly refreshMs: number;
  /** Longest wait between attempts while nothing answers (default 60 s). */
  readonly maxBackoffMs?: number;
  /** Jitter source in [0, 1) (Math.random by default; tests pass () => 0). */
  readonly random?: () => number;
  /** One cycle; `signal` aborts when it is cancelled. Must not reject. */
  readonly cycle: (signal: AbortSignal) => Promise<CycleEnd>;
};

export type PollLoop = {
  /** Polls now (unless paused) and then every interval; a no-op once started. */
  start(): void;
  /** Polls now, even while paused (then once, without scheduling the next). */
  refreshNow(): void;
  /** Cancels the cycle in flight (its data is obsolete) and polls at once, even while paused. */
  restart(): void;
  setPaused(paused: boolean): void;
  /** The next poll waits the new interval (none is lost, none doubled). */
  setRefreshMs(refreshMs: number): void;
  /** Cancels the cycle in flight and schedules nothing more. */
  stop(): void;
};

export function createPollLoop(options: PollLoopOptions): PollLoop {
  const {maxBackoffMs = 60_000, random = Math.random} = options;
  let refreshMs = options.refreshMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the pending timer is the regular interval (not an asked refresh, not a backoff). */
  let waitingInterval = false;
  let running: AbortController | undefined;
  let started = false;
  let stopped = false;
  let paused = false;
  let queued = false;
  let failures = 0;

  const clearTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (delayMs: number, interval: boolean): void => {
    clearTimer();
    waitingInterval = interval;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, delayMs);
  };
  const cancel = (): void => {
    queued = false;
    running?.abort();
    running = undefined;
  };

  async function run(): Promise<void> {
    if (stopped) return;
    if (running !== undefined) {
      queued = true;
      return;
    }
    const controller = new AbortController();
    running = controller;
    const end = await options.cycle(controller.signal);
    if (controller.signal.aborted || stopped) return;
    running = undefined;
    failures = end.down ? failures + 1 : 0;
    const delay = end.down ? backoffDelay(failures, refreshMs, maxBackoffMs, random) : refreshMs;
    end.commit(delay);
    // A refresh asked during this cycle runs right after it (even while paused: it was asked).
    if (queued) {
      queued = false;
      schedule(0, false);
    } else if (!paused) schedule(delay, !end.down);
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      if (!paused) void run();
    },
    refreshNow() {
      if (stopped || !started) return;
      clearTimer();
      void run();
    },
    restart() {
      if (stopped) return;
      started = true;
      cancel();
      clearTimer();
      void run();
    },
    setPaused(next) {
      if (stopped || next === paused) return;
      paused = next;
      if (paused) {
        cancel();
        clearTimer();
        // A cycle already running (a refresh asked while paused) schedules the next one itself.
      } else if (started && running === undefined) void run();
    },
    setRefreshMs(next) {
      if (next === refreshMs) return;
      refreshMs = next;
      if (timer !== undefined && waitingInterval) schedule(refreshMs, true);
    },
    stop() {
      stopped = true;
      cancel();
      clearTimer();
    },
  };
}
