// What the store holds per panel. The store owns time: a failed poll keeps the last good data and
// marks it stale; views compute ages from `updatedAt` and the injected clock.
import type {InstantSample, RangeWindow, Series} from '../prometheus/types.js';

/** The result of one query of a panel; `queryIndex` points into PanelSpec.queries. */
export type QueryResult =
  | {
      readonly type: 'range';
      readonly queryIndex: number;
      readonly window: RangeWindow;
      readonly series: readonly Series[];
    }
  | {
      readonly type: 'instant';
      readonly queryIndex: number;
      readonly time: number;
      readonly samples: readonly InstantSample[];
    };

/** A failure as the user should see it: already free of credentials, not yet sanitized. */
export type PanelError = {
  readonly kind: 'unreachable' | 'timeout' | 'http' | 'prometheus' | 'malformed' | 'not-recorded';
  readonly message: string;
};

export type PanelState = {
  /** The last good results, one per query, in query order. Absent until the first success. */
  readonly results?: readonly QueryResult[];
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
  /** Since when (ms) the server has been failing, when status is down. */
  readonly downSince?: number;
  readonly lastError?: PanelError;
  /** When the poller will try again (ms), while backing off. */
  readonly retryAt?: number;
};
