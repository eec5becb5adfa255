// Fractional counts carried between ticks, so that a ratio (1% of messages fail) holds exactly over
// any window instead of flickering between 0% and 100% at low traffic.
export type Carry = {
  /** Adds `amount` (fractional) and returns the whole part now due. */
  readonly take: (amount: number) => number;
};

export function createCarry(): Carry {
  let pending = 0;
  return {
    take(amount) {
      pending += amount;
      const whole = Math.floor(pending);
      pending -= whole;
      return whole;
    },
  };
}

/** Splits a whole count over weighted parts, largest remainders first; the parts sum to `count`. */
export function split(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (count * weight) / total);
  const parts = exact.map(Math.floor);
  let left = count - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((value, index) => ({index, remainder: value - Math.floor(value)}))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const {index} of order) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
