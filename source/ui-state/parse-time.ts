// The time a user types to hold the dashboards at: an absolute local time (`2026-12-01 03:10`,
// `03:10` meaning today), ISO 8601 with a zone, Unix seconds, or a time back from now (`-2h`,
// `-30m`, `-1d`, `-1h30m`). Local times follow the terminal's time zone (TZ). A time in the future
// has nothing to show yet, and is refused as such.
import {parseDuration} from '../config/duration.js';

export type ParsedTime =
  {readonly ok: true; readonly at: number} | {readonly ok: false; readonly error: string};

/** What the one line of a bad entry says is accepted. */
export const acceptedTimes =
  'use 2026-12-01 03:10, 03:10 (today), ISO 8601 with a zone, Unix seconds, or -2h / -30m / -1d';

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const timeOfDay = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const unixSeconds = /^\d{9,11}$/;

/** A local time from its fields, or undefined when they name no such time (2026-02-30, 25:00). */
function localTime(fields: readonly number[]): number | undefined {
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0] = fields;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  const same =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hours &&
    date.getMinutes() === minutes &&
    date.getSeconds() === seconds;
  return same ? date.getTime() : undefined;
}

const numbers = (groups: readonly (string | undefined)[]): number[] =>
  groups.map((group) => Number(group ?? 0));

function absolute(text: string, now: number): number | undefined {
  const relative = /^-(.+)$/.exec(text);
  if (relative !== null) {
    const back = parseDuration(relative[1] ?? '');
    return back === undefined || back === 0 ? undefined : now - back;
  }
  if (unixSeconds.test(text)) return Number(text) * 1000;
  if (zoned.test(text)) {
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : at;
  }
  const dateTime = localDateTime.exec(text);
  if (dateTime !== null) return localTime(numbers(dateTime.slice(1)));
  const clock = timeOfDay.exec(text);
  if (clock === null) return undefined;
  const today = new Date(now);
  return localTime([
    today.getFullYear(),
    today.getMonth() + 1,
    today.getDate(),
    ...numbers(clock.slice(1)),
  ]);
}

/** The time `text` names at `now` (ms since the epoch), whole seconds, or one line saying why not. */
export function parseTime(text: string, now: number): ParsedTime {
  const trimmed = text.trim();
  const at = trimmed === '' ? undefined : absolute(trimmed, now);
  if (at === undefined) return {ok: false, error: `not a time: ${acceptedTimes}`};
  if (at > now) return {ok: false, error: 'that time is in the future: nothing to show yet'};
  return {ok: true, at: Math.floor(at / 1000) * 1000};
}
