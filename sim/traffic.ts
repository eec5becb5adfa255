// The daily shape of Nova's traffic: quiet at night, a morning climb, a plateau over the working
// day and an evening peak. A factor in (0, 1] multiplies every base rate of the workload.

const troughHour = 4;
const troughFactor = 0.2;

/** The traffic factor at an hour of the day (0-24, fractional), in UTC. */
export function dailyFactor(hour: number): number {
  const phase = (2 * Math.PI * (hour - troughHour)) / 24;
  // One slow wave from the 04:00 trough plus a second harmonic for the evening peak near 20:00.
  const wave = 0.5 - 0.5 * Math.cos(phase) + 0.12 * Math.sin(2 * phase - Math.PI / 3);
  const clamped = Math.min(1, Math.max(0, wave / 1.05));
  return troughFactor + (1 - troughFactor) * clamped;
}

/** The hour of the day of a time, in UTC, with minutes as a fraction. */
export function hourOfDay(timeMs: number): number {
  return (timeMs / 3_600_000) % 24;
}
