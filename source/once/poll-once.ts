// One poll of everything --once and --json judge, whichever screen is printed: every built-in
// dashboard's panels, through the app's own poller in one cycle (each query once), and the alerts
// (AlertManager's, else Prometheus').
import {buildAlertRows} from '../alerts/alert-rows.js';
import {alertmanagerName} from '../alerts/alerts-config.js';
import {createAlertmanagerClient} from '../alerts/alertmanager-client.js';
import {createRulesClient} from '../alerts/rules-client.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {createPoller} from '../poller/poller.js';
import {panelKey, type StoreState} from '../poller/types.js';
import {createPrometheusClient} from '../prometheus/client.js';
import type {ConnectionState} from '../store/panel-state.js';
import type {AlertsReport} from './once-report.js';
import {onceLayout} from './once-screen.js';
import {alertsReportOf} from './prometheus-alerts.js';
import type {OnceOptions} from './run-once.js';

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

/** One poll of every dashboard's panels, keyed as the screens key them. */
export async function pollDashboardsOnce(options: OnceOptions): Promise<StoreState> {
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
  const {dashboard, chartWidths} = everyDashboard(options.dashboards, options.width);
  // One cycle: the next one would come an hour later, and the poller is stopped before.
  poller.setPlan({
    dashboard,
    rangeSeconds: options.rangeSeconds,
    refreshMs: 3_600_000,
    chartWidths,
  });
  await polled;
  poller.stop();
  const state = store.getState();
  const prefix = `${everyId}/`;
  const panels = Object.entries(state.panels).map(([key, panel]) => [
    key.startsWith(prefix) ? key.slice(prefix.length) : key,
    panel,
  ]);
  return {...state, panels: Object.fromEntries(panels), connection: withoutRetry(state.connection)};
}

export /** A one-shot run never retries: no "retrying in 3600s" under the header. */
function withoutRetry(connection: ConnectionState): ConnectionState {
  const rest: {-readonly [K in keyof ConnectionState]: ConnectionState[K]} = {...connection};
  delete rest.retryAt;
  return rest;
}

export async function fetchAlerts(options: OnceOptions): Promise<AlertsReport> {
  const {session} = options;
  const [rules, ...answers] = await Promise.allSettled([
    createRulesClient(session.prometheus).alertRules(),
    ...session.alertmanagers.map((request) => createAlertmanagerClient(request).alerts()),
  ]);
  const names = options.alertmanagerUrls.map(alertmanagerName);
  const sources = answers.flatMap((answer, index) =>
    answer.status === 'fulfilled' ? [{name: names[index] ?? '', alerts: answer.value}] : [],
  );
  const failure = answers.find((answer) => answer.status === 'rejected');
  const rulesValue = rules?.status === 'fulfilled' ? rules.value : undefined;
  return alertsReportOf({
    alertmanagerRows:
      sources.length === 0
        ? undefined
        : buildAlertRows({
            alertmanagers: sources,
            ...(rulesValue === undefined ? {} : {rules: rulesValue}),
            prometheusName: 'Prometheus',
          }),
    alertmanagerError: failure === undefined ? 'no AlertManager given' : reasonOf(failure.reason),
    rules: rulesValue,
    ...(rules?.status === 'rejected' ? {rulesError: reasonOf(rules.reason)} : {}),
  });
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
