// Pearson correlation of two series over the timestamps where both have a finite value.
import type {Sample} from '../prometheus/types.js';

/** Fewer shared points than this say nothing about correlation. */
export const minSharedPoints = 3;

/** r of the pairs, or undefined for fewer than 3 pairs or when either side does not vary. */
export function pearson(pairs: readonly (readonly [number, number])[]): number | undefined {
  const count = pairs.length;
  if (count < minSharedPoints) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (const [x, y] of pairs) {
    sumX += x;
    sumY += y;
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (const [x, y] of pairs) {
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
    varianceY += (y - meanY) ** 2;
  }
  if (varianceX === 0 || varianceY === 0) return undefined;
  const r = covariance / Math.sqrt(varianceX * varianceY);
  // Rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, r));
}

/** The pairs of values of a and b at the timestamps both have, both finite. */
export function sharedPoints(
  a: readonly Sample[],
  b: readonly Sample[],
): (readonly [number, number])[] {
  const byTime = new Map<number, number>();
  for (const [time, value] of a) if (Number.isFinite(value)) byTime.set(time, value);
  const pairs: (readonly [number, number])[] = [];
  for (const [time, value] of b) {
    const other = byTime.get(time);
    if (other !== undefined && Number.isFinite(value)) pairs.push([other, value]);
  }
  return pairs;
}

/** Pearson correlation of two series over their pairwise-present points. */
export function correlate(a: readonly Sample[], b: readonly Sample[]): number | undefined {
  return pearson(sharedPoints(a, b));
}
