// --once and --json for the alerts screen (`-d alerts`): one cycle of the alerts poller (every
// AlertManager with its silences and route groups, and Prometheus' rules for pending alerts and
// rules in error), then the screen's header and the whole alert list as text, or the alerts as
// JSON. The exit status is the one verdict (once-verdict.ts) of the alerts and every dashboard,
// as for a dashboard: the dashboards are polled too.
import type {AlertsState} from '../alerts/alerts-state.js';
import {alertCountsLine} from '../view-models/alerts/alert-counts.js';
import {alertListPrintLines, visibleAlerts} from '../view-models/alerts/alert-list-view.js';
import {headerLines} from '../view-models/header.js';
import {fitLine, segment} from '../view-models/line.js';
import {prometheusReport, type OnceReport} from './once-report.js';
import type {AlertsReport} from './alerts-report.js';
import {onceReplayStatus, plainText} from './once-screen.js';
import {onceVerdict} from './once-verdict.js';
import {alertsReportOfState, pollAlertsOnce, pollDashboardsOnce} from './poll-once.js';
import {prometheusAlertRows, prometheusSourceNote} from './prometheus-alerts.js';
import type {OnceOptions, OnceResult} from './once-options.js';

/** The rows the list shows: Prometheus' when no AlertManager answered (the verdict's alerts). */
function shownRows(state: AlertsState, alerts: AlertsReport): AlertsState {
  if (!alerts.available || alerts.source === 'alertmanager') return state;
  return {...state, rows: prometheusAlertRows(state.rules, 'Prometheus')};
}

export async function runOnceAlerts(options: OnceOptions): Promise<OnceResult> {
  const [polled, panels] = await Promise.all([
    pollAlertsOnce(options.session, options.alertmanagerUrls),
    pollDashboardsOnce(options),
  ]);
  const alerts = alertsReportOfState(polled);
  const shown = {...options, dashboards: panels.dashboards};
  const {verdict, freshness, lines: verdictText, stderr} = onceVerdict(shown, panels.state, alerts);
  const {now} = freshness;
  if (options.json) {
    const report: OnceReport = {
      dashboard: {id: 'alerts', title: 'Alerts'},
      time: new Date(now).toISOString(),
      rangeSeconds: options.rangeSeconds,
      prometheus: prometheusReport(options.url, panels.state.connection, verdict),
      ...(options.replayFile === undefined ? {} : {replay: {file: options.replayFile}}),
      panels: [],
      alerts,
      exit: verdict,
    };
    return {stdout: `${JSON.stringify(report, null, 2)}\n`, stderr, code: verdict.code};
  }
  const state = shownRows(polled, alerts);
  // A one-shot run has asked once: it never shows "waiting".
  const counts = {rows: state.rows, waiting: false, stale: false, readOnly: false, now};
  const replay = onceReplayStatus(options.session);
  const header = headerLines({
    dashboards: panels.dashboards,
    activeIndex: options.dashboardIndex,
    url: options.url,
    rangeSeconds: options.rangeSeconds,
    refreshMs: options.refreshMs,
    connection: panels.state.connection,
    paused: false,
    now,
    width: options.width,
    ...(options.clockText === undefined ? {} : {clockText: options.clockText}),
    ...(replay === undefined ? {} : {replay}),
    alerts: {
      active: true,
      // Unknown counts are not zero counts.
      counts: alerts.available ? alertCountsLine(counts) : [segment('alerts unknown', 'critical')],
      compactCounts: alerts.available ? alertCountsLine(counts, true) : [segment('?', 'critical')],
    },
  });
  const list = alertListPrintLines({
    state,
    visible: visibleAlerts(state.rows, ''),
    now,
    width: options.width,
  });
  const source =
    alerts.available && alerts.source === 'alertmanager'
      ? []
      : [fitLine([segment(alertsSourceText(alerts))], options.width)];
  return {
    stdout: plainText([...header, ...source, ...list, ...verdictText], options.ascii),
    stderr,
    code: verdict.code,
  };
}

/** Where the list comes from when it is not AlertManager, and why. */
function alertsSourceText(alerts: AlertsReport): string {
  if (!alerts.available) return `Alerts unavailable: ${alerts.error}`;
  return alerts.source === 'prometheus' ? `Alerts ${prometheusSourceNote} (${alerts.error})` : '';
}
