// What the store holds per panel. The store owns time: a failed poll keeps the last good data and
// marks it stale; views compute ages from `updatedAt` and the injected clock.
import type {InstantSample, RangeWindow, Series} from '../prometheus/types.js';

/**
 * A range query's value now: the same expression as an instant query at the poll's second, with
 * `$__rate_interval` sized from the scrape interval alone. `time` is its evaluation time (s).
 */
export type FreshAnswer = {
  readonly time: number;
  readonly samples: readonly InstantSample[];
};

/** The result of one query of a panel; `queryIndex` points into PanelSpec.queries. */
export type QueryResult =
  | {
      readonly type: 'range';
      readonly queryIndex: number;
      readonly window: RangeWindow;
      readonly series: readonly Series[];
      /** Absent when the panel shows no value now, or the instant query failed (not offline). */
      readonly fresh?: FreshAnswer;
      /** Series the answer had beyond the client's limit (the highest now were kept). */
      readonly omitted?: number;
    }
  | {
      readonly type: 'instant';
      readonly queryIndex: number;
      readonly time: number;
      readonly samples: readonly InstantSample[];
      /** Samples the answer had beyond the client's limit (the highest were kept). */
      readonly omitted?: number;
    };

/** A failure as the user should see it: already free of credentials, not yet sanitized. */
export type PanelError = {
  readonly kind: 'unreachable' | 'timeout' | 'http' | 'prometheus' | 'malformed' | 'not-recorded';
  readonly message: string;
};

/** How a panel's values are judged fresh: see staleAfterMs (prometheus/query.ts). */
export type Freshness = {
  readonly scrapeIntervalSeconds: number;
  /** A value whose sample time is older than this (at the clock's now) is stale. */
  readonly maxAgeMs: number;
};

export type PanelState = {
  /** The last good results, one per query, in query order. Absent until the first success. */
  readonly results?: readonly QueryResult[];
  /** Set with the results by the poller; without it values are not judged for age. */
  readonly freshness?: Freshness;
  /** Clock time (ms) of the last successful poll of this panel. */
  readonly updatedAt?: number;
  /** The error of the latest poll, when it failed; cleared by the next success. */
  readonly error?: PanelError;
  /** True when `results` exist but the latest poll failed (or the data is older than expected). */
  readonly stale: boolean;
  /** True while the first fetch is in flight and there is nothing to show yet. */
  readonly loading: boolean;
};

export type ConnectionState = {
  readonly status: 'unknown' | 'up' | 'down';
  /** Clock time (ms) of the last successful request to Prometheus. */
  readonly lastSuccessAt?: number;
  /** Sample time (ms) of the newest data read (an instant query's evaluation time). */
  readonly dataAt?: number;
  /** Since when (ms) the server has been failing, when status is down. */
  readonly downSince?: number;
  readonly lastError?: PanelError;
  /** When the poller will try again (ms), while backing off. */
  readonly retryAt?: number;
};
