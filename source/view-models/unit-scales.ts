// Grafana's unit families, scaled as Grafana scales them (valueFormats/categories.ts: SI and IEC
// prefixes, the duration ladder, count suffixes) but written without the space before the unit, so
// that a value keeps to about 7 cells.

/** 3 significant digits at most, trailing zeros dropped (1.5, 12.3, 123, 0.05); or fixed decimals. */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals !== undefined) return value.toFixed(Math.min(20, Math.max(0, decimals)));
  const magnitude = Math.abs(value);
  const places = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toFixed(places);
  return places === 0 ? text : text.replace(/\.?0+$/, '');
}

/**
 * The value divided by the largest power of `base` it reaches (by 0.9995 of it, so that 999,999
 * reads 1M and not 1000k), with that power's suffix; below 1 the first suffix.
 */
export function scaled(
  value: number,
  base: number,
  suffixes: readonly string[],
  decimals?: number,
): string {
  const magnitude = Math.abs(value);
  for (let power = suffixes.length - 1; power > 0; power -= 1) {
    const factor = base ** power;
    if (magnitude >= factor * 0.9995)
      return formatNumber(value / factor, decimals) + suffixes[power];
  }
  return formatNumber(value, decimals) + (suffixes[0] ?? '');
}

const si = (unit: string): string[] => ['', 'k', 'M', 'G', 'T', 'P'].map((p) => p + unit);
const iec = (unit: string): string[] => ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi'].map((p) => p + unit);

export const siSuffixes = {
  decbytes: si('B'),
  Bps: si('B/s'),
  bps: si('bps'),
  hertz: si('Hz'),
} as const;

export const iecSuffixes = {
  bytes: iec('B'),
  bits: iec('b'),
  binBps: iec('B/s'),
} as const;

/** Grafana's `short`. */
export const shortSuffixes = ['', 'K', 'Mil', 'Bil', 'Tri'] as const;
/** Grafana's count units (reqps, ops): K, M, B, T before the symbol. */
export const countUnitSuffixes = (symbol: string): string[] =>
  ['', 'K', 'M', 'B', 'T'].map((p) => p + symbol);

/** Grafana's duration ladder, in seconds: ns to years (hour, day, week, year as h, d, w, y). */
const durations = [
  {seconds: 31_536_000, suffix: 'y'},
  {seconds: 604_800, suffix: 'w'},
  {seconds: 86_400, suffix: 'd'},
  {seconds: 3600, suffix: 'h'},
  {seconds: 60, suffix: 'min'},
  {seconds: 1, suffix: 's'},
  {seconds: 1e-3, suffix: 'ms'},
  {seconds: 1e-6, suffix: 'µs'},
  {seconds: 1e-9, suffix: 'ns'},
] as const;

/**
 * A duration given in `unitSeconds` (1 for s, 1e-3 for ms...), scaled to the largest step it
 * reaches; zero in its own unit ("0ms"), as Grafana writes it.
 */
export function formatDuration(
  value: number,
  unitSeconds: number,
  ownSuffix: string,
  decimals?: number,
): string {
  if (value === 0) return formatNumber(0, decimals) + ownSuffix;
  const seconds = value * unitSeconds;
  const magnitude = Math.abs(seconds);
  for (const {seconds: step, suffix} of durations) {
    if (magnitude >= step * 0.9995) return formatNumber(seconds / step, decimals) + suffix;
  }
  return formatNumber(seconds / 1e-9, decimals) + 'ns';
}

const two = (value: number): string => String(value).padStart(2, '0');

/** Grafana's dateTimeAsIso: a unix time in milliseconds as local "YYYY-MM-DD HH:mm:ss". */
export function formatDateTimeIso(milliseconds: number): string {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) return String(milliseconds);
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
