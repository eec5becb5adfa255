// The tone of a value against a panel's alert thresholds (the seed's alerts), and the thresholds as
// text for the panel to show.
import type {Thresholds, Unit} from '../dashboards/spec.js';
import type {Tone} from './tone.js';
import {formatValue} from './units.js';

// A lower bound (`> 5s`: the true value is above `value`) crosses an upper limit it reaches.
const crosses = (value: number, limit: number | undefined, below: boolean, bound: boolean) =>
  limit !== undefined && (below ? value < limit : bound ? value >= limit : value > limit);

/**
 * critical or warning when the value crosses that threshold, ok otherwise; `fallback` (default
 * 'normal') when the panel has no thresholds; muted for a missing or NaN value. `lowerBound`: the
 * value is a quantile above its histogram's top bucket, only known to be more than `value`.
 */
export function thresholdTone(
  value: number | undefined,
  thresholds: Thresholds | undefined,
  fallback: Tone = 'normal',
  lowerBound = false,
): Tone {
  if (value === undefined || Number.isNaN(value)) return 'muted';
  if (thresholds === undefined) return fallback;
  if (thresholds.warning === undefined && thresholds.critical === undefined) return fallback;
  const below = thresholds.direction === 'below';
  if (crosses(value, thresholds.critical, below, lowerBound)) return 'critical';
  if (crosses(value, thresholds.warning, below, lowerBound)) return 'warning';
  return 'ok';
}

/** The thresholds as short text, e.g. "warn >5% crit >15%", or "" without thresholds. */
export function thresholdText(thresholds: Thresholds | undefined, unit: Unit): string {
  if (thresholds === undefined) return '';
  const sign = thresholds.direction === 'below' ? '<' : '>';
  const parts: string[] = [];
  if (thresholds.warning !== undefined) {
    parts.push(`warn ${sign}${formatValue(thresholds.warning, unit)}`);
  }
  if (thresholds.critical !== undefined) {
    parts.push(`crit ${sign}${formatValue(thresholds.critical, unit)}`);
  }
  return parts.join(' ');
}
