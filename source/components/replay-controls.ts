// The replay keys at work: they move the snapshot's virtual clock (pause with the app's pause
// key, step between recorded polls, jump to either end, change speed) and ask the poller to show
// the new moment at once. Live, there is no replay and the keys do nothing.
import {useEffect, useState} from 'react';
import type {ReplayInfo} from '../record-replay/session.js';
import {nextSpeed} from '../ui-state/replay-speed.js';
import type {ReplayKeyAction} from '../ui-state/types.js';
import type {ReplayStatus} from '../view-models/replay-status.js';

export type ReplayControls = {
  /** What the header shows; undefined when live. */
  readonly status: ReplayStatus | undefined;
  /** Replay speed (1 when live): the poller polls this much more often. */
  readonly speed: number;
  readonly handle: (action: ReplayKeyAction) => void;
};

export function useReplayControls(
  replay: ReplayInfo | undefined,
  /** Polls every screen's data now (after a jump the screens show the new moment at once). */
  refreshNow: () => void,
  paused: boolean,
): ReplayControls {
  // The clock is mutable; a key that changes it bumps this so that the header shows it at once.
  const [, setVersion] = useState(0);
  // The app's pause key pauses recorded time too (the poller pauses with it).
  useEffect(() => {
    if (replay === undefined) return;
    if (paused) replay.clock.pause();
    else replay.clock.resume();
  }, [replay, paused]);

  if (replay === undefined) return {status: undefined, speed: 1, handle: () => {}};
  const {clock} = replay;
  const state = clock.state();
  const jump = (move: () => void) => {
    move();
    refreshNow();
  };
  const handle = (action: ReplayKeyAction): void => {
    if (action === 'replayStepBack') jump(clock.stepBack);
    else if (action === 'replayStepForward') jump(clock.stepForward);
    else if (action === 'replayToStart') jump(clock.toStart);
    else if (action === 'replayToEnd') jump(clock.toEnd);
    else clock.setSpeed(nextSpeed(state.speed, action === 'replayFaster' ? 1 : -1));
    setVersion((version) => version + 1);
  };
  return {
    status: {
      // The app re-renders every second, so this follows the clock.
      at: clock.now(),
      start: state.start,
      end: state.end,
      // As the app has it: the effect above brings the clock along right after this render.
      paused,
      speed: state.speed,
      truncated: replay.truncated,
    },
    speed: state.speed,
    handle,
  };
}
