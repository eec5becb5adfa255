// Grafana's dashboard `time` and `refresh`, and its interval strings (`30s`, `>1m`), in seconds.
// Relative times are `now`, `now-6h`, `now-1d/d` (rounded to the day); absolute ones are ISO dates
// or epoch milliseconds, of which only the span counts: nova-top always shows a range up to now.
import {numberOf, objectOf, stringOf} from './json-value.js';

const unitSeconds: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  M: 30 * 86_400,
  y: 365 * 86_400,
};

/** `30s`, `1.5h`, `>10s` (Grafana's "at least"), in seconds; variables and oddities give undefined. */
export function intervalSeconds(value: unknown): number | undefined {
  const text = stringOf(value)?.trim().replace(/^>=?/, '');
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|M|y)$/.exec(text);
  if (match === null) return undefined;
  const seconds = Number(match[1]) * (unitSeconds[match[2] ?? ''] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

type Relative = {readonly ago: number; readonly roundTo?: number};

/** `now-6h/d` -> 6 h ago, rounded to a day. */
function relative(text: string): Relative | undefined {
  const match = /^now(?:-(\d+)(s|m|h|d|w|M|y))?(?:\/(s|m|h|d|w|M|y))?$/.exec(text.trim());
  if (match === null) return undefined;
  const ago = match[1] === undefined ? 0 : Number(match[1]) * (unitSeconds[match[2] ?? ''] ?? 0);
  const roundTo = match[3] === undefined ? undefined : unitSeconds[match[3]];
  return roundTo === undefined ? {ago} : {ago, roundTo};
}

/** An absolute time (ISO text or epoch milliseconds) in seconds. */
function absolute(value: unknown): number | undefined {
  const millis = numberOf(value);
  if (millis !== undefined) return millis / 1000;
  const text = stringOf(value);
  if (text === undefined) return undefined;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : parsed / 1000;
}

/** The span of the dashboard's `time`, in whole seconds; undefined when it cannot be read. */
export function rangeSeconds(time: unknown): number | undefined {
  const fields = objectOf(time);
  if (fields === undefined) return undefined;
  const from = stringOf(fields['from']);
  const to = stringOf(fields['to']) ?? 'now';
  const start = from === undefined ? undefined : relative(from);
  const end = relative(to);
  let span: number | undefined;
  if (start !== undefined && end !== undefined) {
    span = start.ago - end.ago;
    // `now/d` to `now/d` is "today": one rounding unit.
    if (span <= 0 && start.roundTo !== undefined) span = start.roundTo;
  } else {
    const startAt = absolute(fields['from']);
    const endAt = absolute(fields['to']);
    if (startAt !== undefined && endAt !== undefined) span = endAt - startAt;
  }
  return span !== undefined && span >= 1 ? Math.round(span) : undefined;
}

/** The dashboard's `refresh` ("30s", "1m"; false or "" for none), in whole seconds. */
export function refreshSeconds(refresh: unknown): number | undefined {
  const seconds = intervalSeconds(refresh);
  return seconds === undefined || seconds < 1 ? undefined : Math.round(seconds);
}
