// What --once and --json are asked for and what they answer (run-once.ts runs them).
import type {DashboardSpec} from '../dashboards/spec.js';
import type {DataSession} from '../record-replay/session.js';

export type OnceOptions = {
  readonly session: DataSession;
  readonly dashboards: readonly DashboardSpec[];
  readonly dashboardIndex: number;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  /** Sizes `$__rate_interval`, as in the app (default 15 s). */
  readonly scrapeIntervalSeconds?: number;
  readonly width: number;
  readonly json: boolean;
  readonly ascii: boolean;
  /** Shown in the header: the Prometheus URL (without credentials) or the replayed file. */
  readonly url: string;
  readonly alertmanagerUrls: readonly string[];
  readonly replayFile?: string;
  readonly clockText?: (ms: number) => string;
  /** `-d alerts`: the alert list instead of a dashboard (once-alerts.ts). */
  readonly alertsScreen?: boolean;
};

export type OnceResult = {
  readonly stdout: string;
  /** One line for stderr, or empty. */
  readonly stderr: string;
  readonly code: number;
};
