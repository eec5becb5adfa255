// What `--replay` needs from a loaded snapshot: one virtual clock for the poller and the keys,
// and a request function per source answering as of that clock.
import type {RequestFn} from '../http/types.js';
import type {Snapshot, SourceName} from './format.js';
import {createReplayClock, type ReplayClock} from './replay-clock.js';
import {createReplayRequest, type ReplayRequestOptions} from './replay-request.js';
import {cycleStarts} from './timeline.js';

export type Replay = {
  readonly clock: ReplayClock;
  request(source: SourceName): RequestFn;
};

export function createReplay(
  snapshot: Snapshot,
  realClock: () => number,
  options: ReplayRequestOptions = {},
): Replay {
  const end = snapshot.entries.at(-1)?.t ?? Date.parse(snapshot.header.createdAt);
  const clock = createReplayClock(cycleStarts(snapshot.entries), end, realClock);
  return {
    clock,
    request: (source) => createReplayRequest(snapshot, source, clock.now, options),
  };
}
