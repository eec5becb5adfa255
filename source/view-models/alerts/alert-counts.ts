// The header's alert counts: firing alerts by severity, coloured by severity, and the silenced
// ones when there are any (else an all-silenced incident reads as calm). For a few seconds after a
// new critical alert fires, the critical count flashes (inverted tone every other second of the
// one-second clock); after that it stays red.
import {firingCounts} from '../../alerts/alert-order.js';
import type {AlertRow} from '../../alerts/alert-rows.js';
import {segment} from '../line.js';
import type {Line} from '../tone.js';

/** How long the critical count flashes after a new critical alert. */
export const flashMs = 6_000;

export type AlertCountsInput = {
  readonly rows: readonly AlertRow[];
  readonly newCriticalAt?: number | undefined;
  /** No AlertManager has answered yet. */
  readonly waiting: boolean;
  /** Nothing answered and something failed: neither AlertManager nor Prometheus' alert list. */
  readonly unknown?: boolean;
  /** Every AlertManager failed its last poll (the counts are old). */
  readonly stale: boolean;
  readonly readOnly: boolean;
  readonly now: number;
};

/** Which phase of the flash the critical count is in right now, if it is flashing. */
export function flashPhase(
  newCriticalAt: number | undefined,
  now: number,
): 'on' | 'off' | undefined {
  if (newCriticalAt === undefined) return undefined;
  const elapsed = now - newCriticalAt;
  if (elapsed < 0 || elapsed >= flashMs) return undefined;
  return Math.floor(elapsed / 1000) % 2 === 0 ? 'on' : 'off';
}

/** The critical count; while flashing it alternates between `!N crit!` and ` N crit ` (same
 * width, so nothing beside it moves) in alternating tones. */
function criticalSegment(
  count: number,
  phase: 'on' | 'off' | undefined,
  compact: boolean,
): Line[number] {
  const text = compact ? `${count}C` : `${count} crit`;
  if (phase === 'on') return segment(`!${text}!`, 'focus');
  if (phase === 'off') return segment(` ${text} `, 'critical');
  return segment(text, count > 0 ? 'critical' : 'muted');
}

/** `compact`: `1C 0W 0I`, `RO` and `(old)`, for a narrow header. */
export function alertCountsLine(input: AlertCountsInput, compact = false): Line {
  const readOnly: Line = input.readOnly
    ? [segment(compact ? 'RO' : 'READ-ONLY', 'warning'), segment(' ')]
    : [];
  if (input.unknown === true) {
    const text = compact ? 'alerts ?' : 'alerts unknown: AlertManager and Prometheus unreachable';
    return [...readOnly, segment(text, 'critical')];
  }
  if (input.waiting) return [...readOnly, segment(compact ? '…' : 'alerts …', 'muted')];
  const counts = firingCounts(input.rows);
  const silenced = input.rows.filter((row) => row.state === 'silenced').length;
  return [
    ...readOnly,
    criticalSegment(counts.critical, flashPhase(input.newCriticalAt, input.now), compact),
    segment(' '),
    segment(
      compact ? `${counts.warning}W` : `${counts.warning} warn`,
      counts.warning > 0 ? 'warning' : 'muted',
    ),
    segment(' '),
    segment(
      compact ? `${counts.info}I` : `${counts.info} info`,
      counts.info > 0 ? 'normal' : 'muted',
    ),
    ...(silenced > 0
      ? [segment(compact ? ` ${silenced}S` : ` ${silenced} silenced`, 'muted')]
      : []),
    ...(input.stale ? [segment(compact ? ' (old)' : ' (stale)', 'warning')] : []),
  ];
}
