// "fires in ~N min" for a pending alert: Prometheus fires it once the condition has held for the
// rule's `for`, counted from `activeAt`. Approximate, since it fires on the first evaluation after.
import {formatSpan} from './durations.js';

const minute = 60_000;

/** Undefined when the alert has no known start (not pending, or `activeAt` missing). */
export function pendingEta(firesAt: number | undefined, now: number): string | undefined {
  if (firesAt === undefined) return undefined;
  const remaining = firesAt - now;
  if (remaining <= 0) return 'fires now';
  // Rounded to the nearest minute, never "~0 min"; beyond 90 minutes hours read better.
  if (remaining <= 90 * minute)
    return `fires in ~${Math.max(1, Math.round(remaining / minute))} min`;
  return `fires in ~${formatSpan(remaining)}`;
}
