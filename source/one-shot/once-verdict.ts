// The verdict of one poll for --once and --json: computed (verdict.ts), as lines under the screen
// (verdict-lines.ts), and as one line for stderr when nothing could be read.
import type {StoreState} from '../store/store-state.js';
import {defaultScrapeIntervalSeconds} from '../prometheus/query.js';
import {sanitize} from '../text/sanitize.js';
import {staleAfterMs} from '../prometheus/query.js';
import type {AlertsReport} from './alerts-report.js';
import type {OnceOptions} from './once-options.js';
import {verdictLines} from './verdict-lines.js';
import {verdictOf, type Verdict} from './verdict.js';

/** The verdict of one poll, the same whichever screen is printed. */
export function onceVerdict(options: OnceOptions, state: StoreState, alerts: AlertsReport) {
  const maxAgeMs = staleAfterMs(
    options.scrapeIntervalSeconds ?? defaultScrapeIntervalSeconds,
    options.refreshMs,
  );
  // Ages are judged at the second the poll asked (fetchOnce), not after the answers came.
  const freshness = {now: state.lastCycleAt ?? options.session.clock(), maxAgeMs};
  const verdict = verdictOf({dashboards: options.dashboards, state, alerts, freshness});
  const lines = verdictLines({
    verdict,
    alerts,
    dashboards: options.dashboards,
    maxAgeMs,
    width: options.width,
    ...(options.clockText === undefined ? {} : {clockText: options.clockText}),
  });
  return {verdict, freshness, lines, stderr: verdictStderr(verdict, options.url)};
}

/** One line for stderr when nothing could be read. */
function verdictStderr(verdict: Verdict, url: string): string {
  if (verdict.meaning === 'unreachable') {
    const failure = verdict.reasons.find((reason) => 'error' in reason);
    const error = failure !== undefined && 'error' in failure ? ` (${failure.error})` : '';
    return (
      `nova-top: Prometheus at ${sanitize(url)} is unreachable${error}; ` +
      'without a Prometheus, try nova-top --demo'
    );
  }
  if (verdict.meaning !== 'unreadable') return '';
  const failure = verdict.reasons.find((reason) => 'error' in reason);
  const error = failure !== undefined && 'error' in failure ? `: ${failure.error}` : '';
  return `nova-top: Prometheus at ${sanitize(url)} answered, but no panel could be read${error}`;
}
