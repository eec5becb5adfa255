// Spans of time as the alerts screen shows a silence's time left or a far-off pending ETA.
// (Ages use view-models/age.ts; typed durations are parsed by config/duration.ts.)

/**
 * Two units at most, rounded down: `45s`, `12m`, `2h 5m`, `3d 4h`. One unit (`1h`) would hide
 * that a silence has 1h 59m left, not one hour.
 */
export function formatSpan(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return joinUnits(days, 'd', hours % 24, 'h');
  if (hours > 0) return joinUnits(hours, 'h', minutes % 60, 'm');
  if (minutes > 0) return `${minutes}m`;
  return `${seconds}s`;
}

function joinUnits(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major}${majorUnit}` : `${major}${majorUnit} ${minor}${minorUnit}`;
}
