// The silences list (`S`): active and pending silences with how many current alerts each one
// matches, who made it, and how long it has left (or how long until it starts).
import type {Labels} from '../prometheus/types.js';
import {formatSpan} from './durations.js';
import {compileMatchers} from './matching.js';
import {formatMatchers} from './matchers.js';
import type {Silence} from './types.js';

export type SilenceRow = {
  readonly id: string;
  readonly state: 'active' | 'pending';
  /** `{alertname="X", instance="a"}` */
  readonly matchers: string;
  /** Current alerts its matchers match (for a pending silence, what it will mute). */
  readonly matched: number;
  readonly createdBy: string;
  readonly comment: string;
  readonly startsAt: number;
  readonly endsAt: number;
  /** `ends in 1h 59m` for an active silence, `starts in 59m` for a pending one. */
  readonly timeLeft: string;
};

/** Active silences first, the one ending soonest on top (it may need extending); then pending
 * ones by start. Expired silences are left out. */
export function silenceRows(
  silences: readonly Silence[],
  alerts: readonly Labels[],
  now: number,
): readonly SilenceRow[] {
  const rows = silences.flatMap((silence): SilenceRow[] => {
    if (silence.state === 'expired') return [];
    const test = compileMatchers(silence.matchers);
    const active = silence.state === 'active';
    return [
      {
        id: silence.id,
        state: silence.state,
        matchers: formatMatchers(silence.matchers),
        matched: alerts.filter((labels) => test(labels)).length,
        createdBy: silence.createdBy,
        comment: silence.comment,
        startsAt: silence.startsAt,
        endsAt: silence.endsAt,
        timeLeft: active
          ? `ends in ${formatSpan(silence.endsAt - now)}`
          : `starts in ${formatSpan(silence.startsAt - now)}`,
      },
    ];
  });
  const order = (row: SilenceRow) => (row.state === 'active' ? row.endsAt : row.startsAt);
  return rows.sort(
    (a, b) => Number(a.state !== 'active') - Number(b.state !== 'active') || order(a) - order(b),
  );
}
