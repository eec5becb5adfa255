// The time ranges that + and - step through, from the shortest --range accepts to the longest.
const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

export const rangeSteps: readonly number[] = [
  minute,
  5 * minute,
  15 * minute,
  30 * minute,
  hour,
  3 * hour,
  6 * hour,
  12 * hour,
  day,
  2 * day,
  7 * day,
  30 * day,
];

/** The next wider step, or `seconds` when none is wider. Ranges between steps go to the next one. */
export function widerRange(seconds: number): number {
  return rangeSteps.find((step) => step > seconds) ?? seconds;
}

/** The next narrower step, or `seconds` when none is narrower. */
export function narrowerRange(seconds: number): number {
  return rangeSteps.findLast((step) => step < seconds) ?? seconds;
}
