// What the header says while replaying a snapshot: on the tabs line, that this is a replay, its
// speed or that time is paused; on the status line, the recorded time shown, how far into the
// recording it is, and whether the recording ends early (a file cut short).
import {segment} from './line.js';
import type {Line} from './tone.js';

export type ReplayStatus = {
  /** The recorded moment on screen (ms since the epoch). */
  readonly at: number;
  readonly start: number;
  readonly end: number;
  readonly paused: boolean;
  readonly speed: number;
  /** The file was cut short (a crash while recording); what was there is shown. */
  readonly truncated: boolean;
};

export const formatSpeed = (speed: number): string =>
  speed >= 1 ? `${speed}x` : `1/${Math.round(1 / speed)}x`;

/** "REPLAY 2x", "REPLAY PAUSED" or "REPLAY END", right of the tabs. */
export function replayBadge(status: ReplayStatus): Line {
  const state = status.paused
    ? 'PAUSED'
    : status.at >= status.end
      ? 'END'
      : formatSpeed(status.speed);
  return [segment(`REPLAY ${state}`, 'warning')];
}

/** Minutes and seconds: "1:23", "63:05". */
export function formatOffset(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "recorded 05:49:57, 1:23 of 3:00", and "· recording ends early" for a file cut short. */
export function replayNotice(status: ReplayStatus, clockText: (ms: number) => string): Line {
  const into = formatOffset(status.at - status.start);
  const length = formatOffset(status.end - status.start);
  const notice: Line = [segment(`recorded ${clockText(status.at)}, ${into} of ${length}`, 'muted')];
  return status.truncated ? [...notice, segment(' · recording ends early', 'warning')] : notice;
}
