// Wall-clock labels for time axes, in the terminal's local time zone (TZ).

const two = (value: number): string => String(value).padStart(2, '0');

/** "HH:MM" of a unix time in seconds, or "HH:MM:SS" with `seconds`. */
export function formatClock(unixSeconds: number, seconds = false): string {
  const date = new Date(unixSeconds * 1000);
  const minutes = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return seconds ? `${minutes}:${two(date.getSeconds())}` : minutes;
}
