// The replay speeds the faster and slower keys step through, slowest first.

export const replaySpeeds = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/** The next speed of the list in that direction, or the same at either end. */
export function nextSpeed(speed: number, direction: 1 | -1): number {
  const index = replaySpeeds.findIndex((known) => known >= speed);
  const current = index === -1 ? replaySpeeds.length - 1 : index;
  return replaySpeeds[Math.min(replaySpeeds.length - 1, Math.max(0, current + direction))] ?? 1;
}
