// Value formatting per unit: short, so that a value fits a narrow panel (at most about 7 cells).
import type {PanelSpec, Unit, ValueMapping} from '../dashboards/spec.js';
import {
  countUnitSuffixes,
  formatDateTimeIso,
  formatDuration,
  formatNumber,
  iecSuffixes,
  scaled,
  shortSuffixes,
  siSuffixes,
} from './unit-scales.js';
import {mappedValue} from './value-mappings.js';

export {formatNumber} from './unit-scales.js';

const missing = '-';
/**
 * NaN (a 0/0: a ratio or quantile over a window where nothing was observed) has no value to show;
 * the zoomed panel says why.
 */
const notANumber = '–';

/** How a panel wants its values written beyond the unit (Grafana's decimals and value mappings). */
export type ValueFormat = {
  readonly decimals?: number;
  readonly mappings?: readonly ValueMapping[];
};

/** The value format of a panel spec. */
export const panelFormat = (spec: PanelSpec): ValueFormat => ({
  ...(spec.decimals === undefined ? {} : {decimals: spec.decimals}),
  ...(spec.mappings === undefined ? {} : {mappings: spec.mappings}),
});

const countSuffixes = ['', 'k', 'M', 'G'] as const;

/** Counts with k/M/G suffixes: 950, 1.23k, 12.3k, 1.5M. */
export const formatCount = (value: number, decimals?: number): string =>
  scaled(value, 1000, countSuffixes, decimals);

/** Seconds auto-scaled to s, ms or µs: 1.5s, 250ms, 12µs (never above s: 125s). */
export function formatSeconds(value: number, decimals?: number): string {
  if (value === 0) return '0s';
  const magnitude = Math.abs(value);
  if (magnitude >= 0.9995) return formatNumber(value, decimals) + 's';
  if (magnitude >= 1e-3 * 0.9995) return formatNumber(value / 1e-3, decimals) + 'ms';
  return formatNumber(value / 1e-6, decimals) + 'µs';
}

function formatFinite(value: number, unit: Unit, decimals: number | undefined): string {
  switch (unit) {
    case 'seconds':
      return formatSeconds(value, decimals);
    case 'percent':
      return `${formatNumber(value, decimals)}%`;
    case 'percentunit':
      return `${formatNumber(value * 100, decimals)}%`;
    case 'perSecond':
      return `${formatCount(value, decimals)}/s`;
    case 'perMinute':
      return `${formatCount(value, decimals)}/min`;
    case 'count':
      return formatCount(value, decimals);
    case 'none':
      return formatNumber(value, decimals);
    case 'short':
      return scaled(value, 1000, shortSuffixes, decimals);
    case 'decbytes':
    case 'Bps':
    case 'bps':
    case 'hertz':
      return scaled(value, 1000, siSuffixes[unit], decimals);
    case 'bytes':
    case 'bits':
    case 'binBps':
      return scaled(value, 1024, iecSuffixes[unit], decimals);
    case 's':
      return formatDuration(value, 1, 's', decimals);
    case 'ms':
      return formatDuration(value, 1e-3, 'ms', decimals);
    case 'µs':
      return formatDuration(value, 1e-6, 'µs', decimals);
    case 'ns':
      return formatDuration(value, 1e-9, 'ns', decimals);
    case 'reqps':
      return scaled(value, 1000, countUnitSuffixes('rps'), decimals);
    case 'ops':
      return scaled(value, 1000, countUnitSuffixes('ops'), decimals);
    case 'celsius':
      return `${formatNumber(value, decimals)}°C`;
    case 'dateTimeAsIso':
      return formatDateTimeIso(value);
  }
}

/**
 * A value in its unit; ±Inf as Prometheus writes them, NaN as "–", a missing value as "-". A
 * matching value mapping of `format` gives its text instead (sanitized).
 */
export function formatValue(
  value: number | undefined,
  unit: Unit,
  format: ValueFormat = {},
): string {
  const mapped = mappedValue(value, format.mappings);
  if (mapped !== undefined) return mapped.text;
  if (value === undefined) return missing;
  if (Number.isNaN(value)) return notANumber;
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return formatFinite(value, unit, format.decimals);
}

/** A value that may be a lower bound: `> 5s` for a quantile above its histogram's top bucket. */
export function formatBound(
  value: number | undefined,
  unit: Unit,
  lowerBound: boolean,
  format: ValueFormat = {},
): string {
  const text = formatValue(value, unit, format);
  return lowerBound && value !== undefined && Number.isFinite(value) ? `> ${text}` : text;
}
