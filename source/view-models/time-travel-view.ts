// What the screen says of time travel: the header's badge and notice while the dashboards are held
// at a time (plainly not live), and the line of the time input (`t`).
import {sanitize} from '../text/sanitize.js';
import type {TimeTravelState} from '../ui-state/time-travel.js';
import {fitLine, segment} from './line.js';
import type {Line} from './tone.js';

const two = (value: number): string => String(value).padStart(2, '0');

/** `2026-12-01 03:10` in local time, with `:SS` when the seconds are not zero. */
export function formatHeldTime(ms: number): string {
  const date = new Date(ms);
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const seconds = date.getSeconds() === 0 ? '' : `:${two(date.getSeconds())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}${seconds}`;
}

/** The header's right end while held, in place of PAUSED. */
export const heldBadge = (heldAt: number): Line => [
  segment(`⏸ AT ${formatHeldTime(heldAt)} · not live · Esc live`, 'warning'),
];

/** The header's connection notice while held: what the data is, not how fresh. */
export const heldNotice = (heldAt: number): Line => [
  segment(`not live: data as of ${formatHeldTime(heldAt)}`, 'warning'),
];

const prompt = 'time: ';
const inputHint = '  Enter hold · Esc cancel · e.g. -2h, 03:10, 2026-12-01 03:10';

/** The input's line (it replaces the footer while open), or undefined while closed. */
export function timeInputLine(state: TimeTravelState, width: number): Line | undefined {
  const {input, error} = state;
  if (input === undefined) return undefined;
  const chars = [...sanitize(input.value)];
  const at = Math.min(input.cursor, chars.length);
  const after: Line =
    error === undefined ? [segment(inputHint, 'muted')] : [segment(`  ${error}`, 'critical')];
  return fitLine(
    [
      segment(prompt, 'muted'),
      segment(chars.slice(0, at).join('')),
      segment(chars[at] ?? ' ', 'focus'),
      segment(chars.slice(at + 1).join('')),
      ...after,
    ],
    width,
  );
}
