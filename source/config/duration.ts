// Durations in Prometheus syntax (`30s`, `5m`, `1h30m`, `1d`, `1w`, `500ms`): units from largest to
// smallest, each at most once, as Prometheus's own model.ParseDuration accepts them.

const units = [
  ['y', 365 * 24 * 3600 * 1000],
  ['w', 7 * 24 * 3600 * 1000],
  ['d', 24 * 3600 * 1000],
  ['h', 3600 * 1000],
  ['m', 60 * 1000],
  ['s', 1000],
  ['ms', 1],
] as const;

const pattern = new RegExp(`^${units.map(([unit]) => `(?:(\\d+)${unit})?`).join('')}$`);

/** Milliseconds, or undefined when `text` is not a Prometheus duration. `0` alone means zero. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const match = pattern.exec(text);
  if (match === null || text === '') return undefined;
  let total = 0;
  units.forEach(([, size], index) => {
    const count = match[index + 1];
    if (count !== undefined) total += Number(count) * size;
  });
  return Number.isSafeInteger(total) ? total : undefined;
}

/** The Prometheus spelling of `ms`, in days at most (`30d` reads better than `4w2d`). */
export function formatDurationMs(ms: number): string {
  if (ms <= 0) return '0s';
  let rest = Math.round(ms);
  let text = '';
  for (const [unit, size] of units) {
    if (unit === 'y' || unit === 'w') continue;
    const count = Math.floor(rest / size);
    if (count > 0) {
      text += `${count}${unit}`;
      rest -= count * size;
    }
  }
  return text;
}
