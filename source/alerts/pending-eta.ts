// "fires in ~15 s" / "fires in ~N min" for a pending alert: Prometheus fires it once the condition
// has held for the rule's `for`, counted from `activeAt`. Approximate, since it fires on the first
// evaluation after; once that moment has passed it is "due now".
import {formatSpan} from './durations.js';

const second = 1000;
const minute = 60 * second;

/** Undefined when the alert has no known start (not pending, or `activeAt` missing). */
export function pendingEta(firesAt: number | undefined, now: number): string | undefined {
  if (firesAt === undefined) return undefined;
  const remaining = firesAt - now;
  if (remaining <= 0) return 'due now';
  // Seconds under a minute (a `for: 15s` rule fires in seconds), never "~0 s"; minutes up to 90,
  // never "~0 min"; beyond, hours read better.
  const seconds = Math.round(remaining / second);
  if (seconds < 60) return `fires in ~${Math.max(1, seconds)} s`;
  if (remaining <= 90 * minute)
    return `fires in ~${Math.max(1, Math.round(remaining / minute))} min`;
  return `fires in ~${formatSpan(remaining)}`;
}
