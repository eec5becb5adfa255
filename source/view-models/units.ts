// Value formatting per unit: short, so that a value fits a narrow panel (at most about 7 cells).
import type {Unit} from '../dashboards/spec.js';

const missing = '-';
/**
 * NaN (a 0/0: a ratio or quantile over a window where nothing was observed) has no value to show;
 * the zoomed panel says why.
 */
const notANumber = '–';

/** 3 significant digits at most, trailing zeros dropped: 1.5, 12.3, 123, 0.05. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toFixed(decimals);
  return decimals === 0 ? text : text.replace(/\.?0+$/, '');
}

const countSuffixes = [
  {factor: 1e9, suffix: 'G'},
  {factor: 1e6, suffix: 'M'},
  {factor: 1e3, suffix: 'k'},
] as const;

/** Counts with k/M/G suffixes: 950, 1.23k, 12.3k, 1.5M. */
export function formatCount(value: number): string {
  const magnitude = Math.abs(value);
  for (const {factor, suffix} of countSuffixes) {
    // 999,999 would round to "1000k"; it is shown as 1M instead.
    if (magnitude >= factor * 0.9995) return formatNumber(value / factor) + suffix;
  }
  return formatNumber(value);
}

const timeScales = [
  {factor: 1, suffix: 's'},
  {factor: 1e-3, suffix: 'ms'},
  {factor: 1e-6, suffix: 'µs'},
] as const;

/** Seconds auto-scaled to s, ms or µs: 1.5s, 250ms, 12µs. */
export function formatSeconds(value: number): string {
  if (value === 0) return '0s';
  const magnitude = Math.abs(value);
  for (const {factor, suffix} of timeScales) {
    if (magnitude >= factor * 0.9995) return formatNumber(value / factor) + suffix;
  }
  return formatNumber(value / 1e-6) + 'µs';
}

function formatFinite(value: number, unit: Unit): string {
  switch (unit) {
    case 'seconds':
      return formatSeconds(value);
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'perSecond':
      return `${formatCount(value)}/s`;
    case 'perMinute':
      return `${formatCount(value)}/min`;
    case 'count':
      return formatCount(value);
  }
}

/** A value in its unit; ±Inf as Prometheus writes them, NaN as "–", a missing value as "-". */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return missing;
  if (Number.isNaN(value)) return notANumber;
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return formatFinite(value, unit);
}

/** A value that may be a lower bound: `> 5s` for a quantile above its histogram's top bucket. */
export function formatBound(value: number | undefined, unit: Unit, lowerBound: boolean): string {
  const text = formatValue(value, unit);
  return lowerBound && value !== undefined && Number.isFinite(value) ? `> ${text}` : text;
}
