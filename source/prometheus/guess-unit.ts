// The unit of an ad-hoc query's values, guessed from its metric names' suffixes (Prometheus'
// naming conventions): `_seconds` is a time, `_total` under rate/irate is per second, `_bytes`
// counts with k/M/G (there is no byte unit yet), anything else a plain number. The user changes it
// with a key (unitCycle) when the guess is wrong.
import type {Unit} from '../dashboards/spec.js';

const ratedTotal = /\b(?:rate|irate)\s*\(\s*[A-Za-z_:][\w:]*_total\b/;
const seconds = /[A-Za-z_:][\w:]*_seconds(?:_bucket|_sum|_count)?\b/;

export function guessUnit(expr: string): Unit {
  if (ratedTotal.test(expr)) return 'perSecond';
  if (seconds.test(expr) && !/_seconds_total\b/.test(expr)) return 'seconds';
  return 'count';
}

/** The units a result can be shown in, in the order the unit key steps through them. */
export const unitCycle: readonly Unit[] = ['count', 'seconds', 'perSecond', 'perMinute', 'percent'];

export function nextUnit(unit: Unit): Unit {
  const at = unitCycle.indexOf(unit);
  return unitCycle[(at + 1) % unitCycle.length] ?? 'count';
}
