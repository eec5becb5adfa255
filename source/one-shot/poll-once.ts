// One fetch of everything --once and --json judge, whichever screen is printed: every built-in
// dashboard's panels as one plan through the poller's own cycle (poller/fetch-once.ts: each query
// once), and the alerts through the alerts poller's own cycle (AlertManager's, else Prometheus').
import {alertmanagerName} from '../config/alerts-config.js';
import type {AlertsState} from '../alerts/alerts-state.js';
import {createAlertmanagerClient} from '../alerts/alertmanager-client.js';
import {createPrometheusAlertsClient} from '../alerts/prometheus-alerts-client.js';
import {createRulesClient} from '../alerts/rules-client.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {fetchAlertsOnce} from '../poller/alerts-poller.js';
import {fetchOnce} from '../poller/fetch-once.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import {createPrometheusClient} from '../prometheus/client.js';
import type {DataSession} from '../record-replay/session.js';
import type {AlertsReport} from './alerts-report.js';
import {onceLayout} from './once-screen.js';
import {withVariablesWritten} from './once-variables.js';
import {alertsReportOf} from './prometheus-alerts.js';
import type {OnceOptions} from './once-options.js';

/** Store keys of the combined plan start with this dashboard id, which no dashboard has. */
const everyId = '\u0000every';

/**
 * Every dashboard as one, so that one poll cycle of the app's own poller fetches all their panels
 * (each query once) at the chart widths each dashboard has at this width.
 */
function everyDashboard(dashboards: readonly DashboardSpec[], width: number) {
  const rows = dashboards.flatMap((dashboard) =>
    dashboard.rows.map((row) => ({
      ...row,
      panels: row.panels.map((panel) => ({...panel, id: panelKey(dashboard.id, panel.id)})),
    })),
  );
  const chartWidths = Object.fromEntries(
    dashboards.flatMap((dashboard) =>
      Object.entries(onceLayout(dashboard, width).chartWidths).map(([id, chart]) => [
        panelKey(dashboard.id, id),
        chart,
      ]),
    ),
  );
  return {dashboard: {id: everyId, title: '', rows} satisfies DashboardSpec, chartWidths};
}

export type DashboardsPolled = {
  /** Every dashboard's panels, keyed as the screens key them. */
  readonly state: StoreState;
  /** The dashboards as polled: their variables' values written into queries and titles. */
  readonly dashboards: readonly DashboardSpec[];
};

/** One fetch of every dashboard's panels. */
export async function pollDashboardsOnce(options: OnceOptions): Promise<DashboardsPolled> {
  const {session} = options;
  const written = await withVariablesWritten(
    options.dashboards,
    session,
    options.rangeSeconds,
    options.scrapeIntervalSeconds,
  );
  const {dashboard, chartWidths} = everyDashboard(written, options.width);
  const plan = {
    dashboard,
    rangeSeconds: options.rangeSeconds,
    refreshMs: options.refreshMs,
    chartWidths,
  };
  const state = await fetchOnce(plan, {
    client: createPrometheusClient(session.prometheus),
    clock: session.clock,
    ...(options.scrapeIntervalSeconds === undefined
      ? {}
      : {scrapeIntervalSeconds: options.scrapeIntervalSeconds}),
  });
  const prefix = `${everyId}/`;
  const panels = Object.entries(state.panels).map(([key, panel]) => [
    key.startsWith(prefix) ? key.slice(prefix.length) : key,
    panel,
  ]);
  return {state: {...state, panels: Object.fromEntries(panels)}, dashboards: written};
}

/**
 * One fetch of the alerts, as of the session's clock: everything the alerts screen shows, or with
 * `alertsOnly` the alert lists and rules that a dashboard's verdict counts.
 */
export async function pollAlertsOnce(
  session: DataSession,
  alertmanagerUrls: readonly string[],
  alertsOnly = false,
): Promise<AlertsState> {
  return fetchAlertsOnce(
    {
      alertmanagers: session.alertmanagers.map((request, index) => ({
        name: alertmanagerName(alertmanagerUrls[index] ?? `alertmanager ${index + 1}`),
        client: createAlertmanagerClient(request),
      })),
      rules: createRulesClient(session.prometheus),
      // No AlertManager answering: Prometheus' own alert list, as on the alerts screen; the
      // verdict reads Prometheus' alerts from its rules.
      ...(alertsOnly
        ? {alertsOnly}
        : {prometheusAlerts: createPrometheusAlertsClient(session.prometheus)}),
      prometheusName: 'Prometheus',
    },
    session.clock,
  );
}

/** The alerts the verdict counts: AlertManager's when one answered, else Prometheus'. */
export function alertsReportOfState(state: AlertsState): AlertsReport {
  const answered = state.alertmanagers.some((am) => am.lastSuccessAt !== undefined);
  const failure = state.alertmanagers.find((am) => am.error !== undefined)?.error;
  return alertsReportOf({
    alertmanagerRows: answered ? state.rows : undefined,
    alertmanagerError: failure ?? 'no AlertManager given',
    rules: state.rulesHealth.error === undefined ? state.rules : undefined,
    ...(state.rulesHealth.error === undefined ? {} : {rulesError: state.rulesHealth.error}),
  });
}

/** The alerts a dashboard's --once and --json report: one fetch, as for the alerts screen. */
export async function fetchAlerts(options: OnceOptions): Promise<AlertsReport> {
  return alertsReportOfState(await pollAlertsOnce(options.session, options.alertmanagerUrls, true));
}
