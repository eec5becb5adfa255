// Narrowing Grafana's JSON, which is whatever a file holds: every reader takes `unknown` and
// returns a value of the type asked for, or undefined. Nothing here throws.
import {sanitize} from '../../text/sanitize.js';

export type JsonObject = Readonly<Record<string, unknown>>;

export const objectOf = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;

export const arrayOf = (value: unknown): readonly unknown[] =>
  Array.isArray(value) ? (value as unknown[]) : [];

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** A finite number, or a string holding one (old schemas write `"min": "0"`). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

export const isTrue = (value: unknown): boolean => value === true;

/** One line of text from the file, safe to draw: sanitized and trimmed. */
export const lineOf = (value: unknown): string | undefined => {
  const raw = typeof value === 'number' ? String(value) : stringOf(value);
  return raw === undefined ? undefined : sanitize(raw).trim();
};

/** A one-line text that is not empty. */
export const labelOf = (value: unknown): string | undefined => {
  const line = lineOf(value);
  return line === undefined || line === '' ? undefined : line;
};

/** Text of several lines (a text panel), each line sanitized. */
export const linesOf = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => sanitize(line).trimEnd())
    .join('\n')
    .trim();

/** `T` with every field that may be undefined made optional instead. */
export type Defined<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** `{a: 1, b: undefined}` -> `{a: 1}`: specs leave absent fields out. */
export function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Defined<T>;
}
