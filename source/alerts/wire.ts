// Narrowing helpers for JSON of unknown shape: every wire field is optional, and a field of the
// wrong type reads as absent rather than failing the whole payload.
import {HttpError} from '../http/types.js';

export type WireRecord = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): WireRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as WireRecord)
    : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asStrings(value: unknown): readonly string[] {
  return asArray(value).filter((item): item is string => typeof item === 'string');
}

/** RFC 3339 text (nanosecond digits allowed) to epoch ms; undefined when absent or unparsable. */
export function asTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  // Go writes the zero time for "never"; treat it as absent.
  return Number.isNaN(ms) || ms <= 0 ? undefined : ms;
}

/** Adds an optional field only when it has a value (exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
  return (value === undefined ? {} : {[key]: value}) as {[P in K]?: V};
}

export function malformed(what: string): HttpError {
  return new HttpError('malformed', `${what} is not in the expected format`);
}
