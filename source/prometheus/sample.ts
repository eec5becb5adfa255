// Prometheus sends sample values as strings ("1.5", "NaN", "+Inf", "-Inf") and timestamps as
// numbers of seconds. This is the one place they are parsed.
import type {Sample} from './types.js';

const specialValues: ReadonlyMap<string, number> = new Map([
  ['NaN', Number.NaN],
  ['+Inf', Number.POSITIVE_INFINITY],
  ['Inf', Number.POSITIVE_INFINITY],
  ['-Inf', Number.NEGATIVE_INFINITY],
]);

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The value of a sample string; undefined when it is not a number Prometheus would send. */
export function parseSampleValue(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const special = specialValues.get(value);
  if (special !== undefined) return special;
  // Number() would also take "0x10", "Infinity" or "": Prometheus never sends those.
  return decimal.test(value) ? Number(value) : undefined;
}

/** A timestamp in seconds: a finite number (newer servers may send it as a numeric string). */
export function parseTimestamp(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

/** `[timestamp, "value"]` -> Sample; undefined for anything else (the sample becomes a gap). */
export function parseSample(pair: unknown): Sample | undefined {
  if (!Array.isArray(pair) || pair.length !== 2) return undefined;
  const timestamp = parseTimestamp(pair[0]);
  const value = parseSampleValue(pair[1]);
  return timestamp === undefined || value === undefined ? undefined : [timestamp, value];
}
