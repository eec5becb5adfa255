// How failures count: which errors a panel shows, which mean the server is down, and how long
// to wait before asking a server that is down again.
import {HttpError} from '../http/types.js';
import {downStatuses} from '../prometheus/backend.js';
import type {PanelError} from '../store/panel-state.js';

/** The error a panel shows; undefined for an aborted request, which is not an error. */
export function toPanelError(error: unknown): PanelError | undefined {
  if (error instanceof HttpError) {
    if (error.kind === 'aborted') return undefined;
    // AlertManager errors cannot come from the Prometheus client; show them as HTTP errors.
    const kind = error.kind === 'alertmanager' ? 'http' : error.kind;
    return {kind, message: error.message};
  }
  const detail = error instanceof Error ? `: ${error.message}` : '';
  return {kind: 'malformed', message: `unexpected failure${detail}`};
}

/** True when the server did not answer at all (or a proxy in front of it said it is gone). */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof HttpError)) return false;
  if (error.kind === 'unreachable' || error.kind === 'timeout') return true;
  return error.kind === 'http' && downStatuses.has(error.status ?? 0);
}

/**
 * Delay before the next attempt after `failures` consecutive failed cycles: the refresh interval,
 * then doubling up to the cap (never below the refresh interval), plus up to 10% jitter so that
 * many clients do not retry in step. `random` returns a number in [0, 1).
 */
export function backoffDelay(
  failures: number,
  refreshMs: number,
  maxMs: number,
  random: () => number,
): number {
  const cap = Math.max(maxMs, refreshMs);
  const base = Math.min(cap, refreshMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (1 + 0.1 * random()));
}
