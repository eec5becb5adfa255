// --once and --json: one poll of the dashboard with the app's own poller (live, recording or from
// a snapshot: at the end of the recording), the alerts from every AlertManager and Prometheus'
// rules, then the screen as text or the same data as JSON, and the exit status.
import {buildAlertRows, type AlertRow} from '../alerts/alert-rows.js';
import {alertmanagerName} from '../alerts/alerts-config.js';
import {createAlertmanagerClient} from '../alerts/alertmanager-client.js';
import {createRulesClient} from '../alerts/rules-client.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {createPoller} from '../poller/poller.js';
import type {StoreState} from '../poller/types.js';
import {createPrometheusClient} from '../prometheus/client.js';
import type {DataSession} from '../snapshot/session.js';
import {sanitize} from '../text/sanitize.js';
import {fitLine, segment} from '../view-models/line.js';
import type {Line} from '../view-models/tone.js';
import {runOnceAlerts} from './once-alerts.js';
import {alertReport, onceReport, type AlertsReport} from './once-report.js';
import {onceLayout, onceReplayStatus, onceScreenLines, plainText} from './once-screen.js';

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

async function pollOnce(options: OnceOptions, dashboard: DashboardSpec): Promise<StoreState> {
  const {session} = options;
  const client = createPrometheusClient(session.prometheus);
  const {poller, store} = createPoller({
    client,
    clock: session.clock,
    incremental: false,
    ...(options.scrapeIntervalSeconds === undefined
      ? {}
      : {scrapeIntervalSeconds: options.scrapeIntervalSeconds}),
  });
  const polled = new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (store.getState().lastCycleAt === undefined) return;
      unsubscribe();
      resolve();
    });
  });
  const {chartWidths} = onceLayout(dashboard, options.width);
  // One cycle: the next one would come an hour later, and the poller is stopped before.
  poller.setPlan({
    dashboard,
    rangeSeconds: options.rangeSeconds,
    refreshMs: 3_600_000,
    chartWidths,
  });
  await polled;
  poller.stop();
  return store.getState();
}

async function fetchAlerts(options: OnceOptions): Promise<AlertsReport> {
  const {session} = options;
  const [rules, ...answers] = await Promise.allSettled([
    createRulesClient(session.prometheus).alertRules(),
    ...session.alertmanagers.map((request) => createAlertmanagerClient(request).alerts()),
  ]);
  const names = options.alertmanagerUrls.map(alertmanagerName);
  const sources = answers.flatMap((answer, index) =>
    answer.status === 'fulfilled' ? [{name: names[index] ?? '', alerts: answer.value}] : [],
  );
  if (sources.length === 0) {
    const failure = answers.find((answer) => answer.status === 'rejected');
    const reason = failure?.reason instanceof Error ? failure.reason.message : 'no AlertManager';
    return {available: false, error: sanitize(reason)};
  }
  const rows: readonly AlertRow[] = buildAlertRows({
    alertmanagers: sources,
    ...(rules?.status === 'fulfilled' ? {rules: rules.value} : {}),
    prometheusName: 'Prometheus',
  });
  return {available: true, alerts: rows.map(alertReport)};
}

/** "Alerts: 2 firing (A, B), 1 pending (C)", or why there are none. */
function alertsLine(alerts: AlertsReport, width: number): Line {
  if (!alerts.available) return fitLine([segment(`Alerts: unavailable (${alerts.error})`)], width);
  const counted = (['firing', 'pending', 'silenced'] as const).flatMap((state) => {
    const names = alerts.alerts.filter((alert) => alert.state === state).map((a) => a.name);
    return names.length === 0 ? [] : [`${names.length} ${state} (${names.join(', ')})`];
  });
  return fitLine([segment(`Alerts: ${counted.length === 0 ? 'none' : counted.join(', ')}`)], width);
}

/**
 * A snapshot is shown as it ends: at the start of the last recorded poll, so that the poll asks
 * exactly what was recorded then.
 */
function showRecordingEnd(session: DataSession): void {
  const clock = session.replay?.clock;
  clock?.seek(clock.state().cycles.at(-1) ?? clock.state().end);
  clock?.pause();
}

export async function runOnce(options: OnceOptions): Promise<OnceResult> {
  if (options.alertsScreen === true) {
    showRecordingEnd(options.session);
    return runOnceAlerts(options);
  }
  const dashboard = options.dashboards[options.dashboardIndex] ?? options.dashboards[0];
  if (dashboard === undefined) return {stdout: '', stderr: 'no dashboard', code: 1};
  showRecordingEnd(options.session);
  const [state, alerts] = await Promise.all([pollOnce(options, dashboard), fetchAlerts(options)]);
  const now = options.session.clock();
  const report = onceReport({
    dashboard,
    state,
    alerts,
    url: options.url,
    rangeSeconds: options.rangeSeconds,
    now,
    ...(options.replayFile === undefined ? {} : {replayFile: options.replayFile}),
  });
  const unreachable = report.exit.meaning === 'unreachable';
  const stderr = unreachable
    ? `nova-top: Prometheus at ${report.prometheus.url} is unreachable` +
      `${report.prometheus.error ? ` (${report.prometheus.error})` : ''}; ` +
      'without a Prometheus, try nova-top --demo'
    : '';
  if (options.json) {
    return {stdout: `${JSON.stringify(report, null, 2)}\n`, stderr, code: report.exit.code};
  }
  const replay = onceReplayStatus(options.session);
  const lines = onceScreenLines({
    dashboards: options.dashboards,
    dashboardIndex: options.dashboardIndex,
    state,
    width: options.width,
    url: options.url,
    rangeSeconds: options.rangeSeconds,
    refreshMs: options.refreshMs,
    now,
    ...(replay === undefined ? {} : {replay}),
    ...(options.clockText === undefined ? {} : {clockText: options.clockText}),
  });
  const text = plainText([...lines, alertsLine(alerts, options.width)], options.ascii);
  return {stdout: text, stderr, code: report.exit.code};
}
