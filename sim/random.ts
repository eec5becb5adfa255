// A seeded random source, so that `--seed N` makes a nova-sim run repeat itself exactly.

export type Random = {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Normally distributed with mean 0 and standard deviation 1. */
  readonly normal: () => number;
};

/** mulberry32: small, fast and good enough for a workload simulator. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  // Box-Muller; 1 - next() keeps the logarithm's argument above 0.
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {next, normal};
}

/** A log-normal sample with the given median; `spread` is the standard deviation of its log. */
export function logNormal(random: Random, median: number, spread: number): number {
  return median * Math.exp(spread * random.normal());
}

/** A count with the given mean, rounded up or down at random so that the mean is kept. */
export function randomRound(random: Random, mean: number): number {
  const whole = Math.floor(mean);
  return whole + (random.next() < mean - whole ? 1 : 0);
}
