// One order for "the series of highest value now" wherever series are cut: the client's limits
// (client.ts, result-scan.ts) and the panels with more series than room (view-models). No value,
// or NaN, ranks lowest; equal values keep the earlier item.

/** The items' indexes, highest value first. */
export function highestFirst<T>(
  items: readonly T[],
  value: (item: T) => number | undefined,
): number[] {
  const ranks = items.map((item) => {
    const number = value(item);
    return number === undefined || Number.isNaN(number) ? -Infinity : number;
  });
  return items
    .map((_, index) => index)
    .sort((a, b) => {
      const [x, y] = [ranks[a]!, ranks[b]!];
      return x === y ? a - b : y > x ? 1 : -1;
    });
}

/** The `count` items of highest value, in their own order. */
export function topByValue<T>(
  items: readonly T[],
  count: number,
  value: (item: T) => number | undefined,
): T[] {
  if (items.length <= count) return [...items];
  const kept = highestFirst(items, value)
    .slice(0, Math.max(0, count))
    .sort((a, b) => a - b);
  return kept.map((index) => items[index]!);
}
