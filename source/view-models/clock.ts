// Wall-clock labels for time axes, in the terminal's local time zone (TZ).

const two = (value: number): string => String(value).padStart(2, '0');

/** "HH:MM" of a unix time in seconds. */
export function formatClock(unixSeconds: number): string {
  const date = new Date(unixSeconds * 1000);
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}
