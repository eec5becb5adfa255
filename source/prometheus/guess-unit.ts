// The unit of an ad-hoc query's values, guessed from its metric names' suffixes (Prometheus'
// naming conventions): `_seconds` is a time, `_total` under rate/irate is per second (bytes per
// second for `_bytes_total`), `_bytes` is bytes (IEC: KiB, MiB), `_ratio` a 0-1 ratio shown in
// percent, anything else a plain number. The user changes it with a key (unitCycle) when the guess
// is wrong.
import type {Unit} from '../dashboards/spec.js';

const ratedTotal = /\b(?:rate|irate)\s*\(\s*[A-Za-z_:][\w:]*_total\b/;
const ratedBytes = /\b(?:rate|irate)\s*\(\s*[A-Za-z_:][\w:]*_bytes_total\b/;
const seconds = /[A-Za-z_:][\w:]*_seconds(?:_bucket|_sum|_count)?\b/;
const bytes = /[A-Za-z_:][\w:]*_bytes\b/;
const ratio = /[A-Za-z_:][\w:]*_ratio\b/;

export function guessUnit(expr: string): Unit {
  if (ratedBytes.test(expr)) return 'Bps';
  if (ratedTotal.test(expr)) return 'perSecond';
  if (seconds.test(expr) && !/_seconds_total\b/.test(expr)) return 'seconds';
  if (bytes.test(expr)) return 'bytes';
  if (ratio.test(expr)) return 'percentunit';
  return 'count';
}

/** The units a result can be shown in, in the order the unit key steps through them. */
export const unitCycle: readonly Unit[] = [
  'count',
  'seconds',
  'perSecond',
  'perMinute',
  'percent',
  'percentunit',
  'bytes',
  'Bps',
];

export function nextUnit(unit: Unit): Unit {
  const at = unitCycle.indexOf(unit);
  return unitCycle[(at + 1) % unitCycle.length] ?? 'count';
}
