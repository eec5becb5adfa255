// --once and --json for the alerts screen (`-d alerts`): one cycle of the alerts poller (every
// AlertManager with its silences and route groups, and Prometheus' rules for pending alerts and
// rules in error), then the screen's header and the whole alert list as text, or the alerts as
// JSON, and the exit status: 2 a critical alert firing, 1 a warning one, 0 none, 3 when neither
// AlertManager nor Prometheus answered.
import {alertmanagerName} from '../alerts/alerts-config.js';
import type {AlertsState} from '../alerts/alerts-state.js';
import {createAlertmanagerClient} from '../alerts/alertmanager-client.js';
import {createPrometheusAlertsClient} from '../alerts/prometheus-alerts-client.js';
import {createRulesClient} from '../alerts/rules-client.js';
import {createAlertsPoller} from '../poller/alerts-poller.js';
import type {DataSession} from '../snapshot/session.js';
import type {ConnectionState} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import {alertCountsLine} from '../view-models/alerts/alert-counts.js';
import {alertListPrintLines, visibleAlerts} from '../view-models/alerts/alert-list-view.js';
import {headerLines} from '../view-models/header.js';
import {alertReport, exitOf, type AlertsReport, type OnceReport} from './once-report.js';
import {onceReplayStatus, plainText} from './once-screen.js';
import type {OnceOptions, OnceResult} from './run-once.js';

/** One poll of everything the alerts screen shows, as of the session's clock. */
export async function pollAlertsOnce(
  session: DataSession,
  alertmanagerUrls: readonly string[],
): Promise<AlertsState> {
  const {poller, store} = createAlertsPoller({
    alertmanagers: session.alertmanagers.map((request, index) => ({
      name: alertmanagerName(alertmanagerUrls[index] ?? `alertmanager ${index + 1}`),
      client: createAlertmanagerClient(request),
    })),
    rules: createRulesClient(session.prometheus),
    // No AlertManager answering: Prometheus' own alert list, as on the alerts screen.
    prometheusAlerts: createPrometheusAlertsClient(session.prometheus),
    prometheusName: 'Prometheus',
    // One cycle: the poller is stopped before a second.
    refreshMs: 3_600_000,
    clock: session.clock,
  });
  const polled = new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe(() => {
      unsubscribe();
      resolve();
    });
  });
  poller.start();
  await polled;
  poller.stop();
  return store.getState();
}

/** Prometheus as the alerts screen knows it: through its rules API. */
function rulesConnection(state: AlertsState): ConnectionState {
  const {lastSuccessAt, error} = state.rulesHealth;
  if (error === undefined)
    return {status: 'up', ...(lastSuccessAt === undefined ? {} : {lastSuccessAt})};
  return {status: 'down', lastError: {kind: 'unreachable', message: error}};
}

export function alertsReportOf(state: AlertsState): AlertsReport {
  const failing = state.alertmanagers.filter((am) => am.lastSuccessAt === undefined);
  const fromPrometheus = state.rowsFrom === 'prometheus';
  if (
    !fromPrometheus &&
    state.alertmanagers.length > 0 &&
    failing.length === state.alertmanagers.length
  ) {
    return {available: false, error: sanitize(failing[0]?.error ?? 'no AlertManager answered')};
  }
  return {available: true, alerts: state.rows.map(alertReport)};
}

export async function runOnceAlerts(options: OnceOptions): Promise<OnceResult> {
  const state = await pollAlertsOnce(options.session, options.alertmanagerUrls);
  const now = options.session.clock();
  const alerts = alertsReportOf(state);
  const connection = rulesConnection(state);
  // Nothing answered: as unreachable as Prometheus being down for a dashboard.
  const exit = exitOf(
    !alerts.available && connection.status === 'down' ? connection : {status: 'up'},
    [],
    alerts,
  );
  if (options.json) {
    const report: OnceReport = {
      dashboard: {id: 'alerts', title: 'Alerts'},
      time: new Date(now).toISOString(),
      rangeSeconds: options.rangeSeconds,
      prometheus: {
        url: sanitize(options.url),
        status: connection.status,
        ...(connection.lastError === undefined
          ? {}
          : {error: sanitize(connection.lastError.message)}),
      },
      ...(options.replayFile === undefined ? {} : {replay: {file: options.replayFile}}),
      panels: [],
      alerts,
      exit,
    };
    return {stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: '', code: exit.code};
  }
  const counts = {rows: state.rows, waiting: !alerts.available, stale: false, readOnly: false, now};
  const replay = onceReplayStatus(options.session);
  const header = headerLines({
    dashboards: options.dashboards,
    activeIndex: options.dashboardIndex,
    url: options.url,
    rangeSeconds: options.rangeSeconds,
    refreshMs: options.refreshMs,
    connection,
    paused: false,
    now,
    width: options.width,
    ...(options.clockText === undefined ? {} : {clockText: options.clockText}),
    ...(replay === undefined ? {} : {replay}),
    alerts: {
      active: true,
      counts: alertCountsLine(counts),
      compactCounts: alertCountsLine(counts, true),
    },
  });
  const list = alertListPrintLines({
    state,
    visible: visibleAlerts(state.rows, ''),
    now,
    width: options.width,
  });
  const stderr =
    exit.meaning === 'unreachable'
      ? `nova-top: neither AlertManager nor Prometheus at ${sanitize(options.url)} answered`
      : '';
  return {stdout: plainText([...header, ...list], options.ascii), stderr, code: exit.code};
}
