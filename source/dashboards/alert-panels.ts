// Which built-in panel mirrors each alert of deploy/rules/alerts.rules.yml: the panel whose
// threshold is the alert's (a test parses every rule and checks it), named in the alert detail
// with a key that jumps there. `window` is said where the panel's rate window is not the alert's.
import {builtinDashboards} from './dashboards.js';
import type {DashboardSpec, PanelSpec, QuerySpec} from './spec.js';

export type AlertPanel = {
  readonly dashboard: string;
  readonly panel: string;
  /** The legend of the query that carries the alert's threshold, when the panel has several. */
  readonly series?: string;
  /** The panel's window, when it is not the alert's own (the alerts smooth over 5 minutes). */
  readonly window?: string;
};

/** Panels rate over `$__rate_interval` (4 scrapes, 1m at the usual 15s) to follow changes fast. */
const fourScrapes = '$__rate_interval, 4 scrapes or more (the alert: 5m)';

export const alertPanels: Readonly<Record<string, AlertPanel>> = {
  CriticalWebSocketErrorRate: {
    dashboard: 'overview',
    panel: 'error-rate',
    series: 'ws errors',
    window: fourScrapes,
  },
  HighWebSocketErrorRate: {
    dashboard: 'overview',
    panel: 'error-rate',
    series: 'ws errors',
    window: fourScrapes,
  },
  PersistentHighErrorRate: {dashboard: 'errors', panel: 'error-rate-1h'},
  CriticalMessageDeliveryFailure: {
    dashboard: 'overview',
    panel: 'error-rate',
    series: 'delivery',
    window: fourScrapes,
  },
  HighMessageDeliveryFailureRate: {
    dashboard: 'overview',
    panel: 'error-rate',
    series: 'delivery',
    window: fourScrapes,
  },
  FailedMessageQueueCritical: {dashboard: 'overview', panel: 'queues', series: 'failed'},
  MessageQueueBacklog: {dashboard: 'overview', panel: 'queues', series: 'pending'},
  ServiceDown: {dashboard: 'overview', panel: 'health'},
  HighWebSocketReconnectionRate: {
    dashboard: 'websocket',
    panel: 'reconnections',
    series: 'total',
    window: fourScrapes,
  },
  WebSocketConnectionTimeoutExceeded: {
    dashboard: 'websocket',
    panel: 'slow-messages',
    window: fourScrapes,
  },
  IdleConversationsTooHigh: {dashboard: 'websocket', panel: 'idle-conversations'},
  WebSocketHeartbeatFailures: {dashboard: 'websocket', panel: 'heartbeats', window: fourScrapes},
  HighMessageSearchLatency: {dashboard: 'messaging', panel: 'search-latency', window: fourScrapes},
  ConversationCreationFailure: {
    dashboard: 'messaging',
    panel: 'conversations',
    window: fourScrapes,
  },
  MessageSearchFailures: {dashboard: 'messaging', panel: 'search-failures', window: fourScrapes},
};

export type PanelPlace = {
  readonly dashboardIndex: number;
  readonly dashboard: DashboardSpec;
  readonly row: number;
  readonly column: number;
  readonly panel: PanelSpec;
  /** The query of `series`, else the panel's only drawn query. */
  readonly query: QuerySpec | undefined;
  readonly mirror: AlertPanel;
};

/** Where the alert's panel is among `dashboards`; undefined for an alert the table does not know. */
export function alertPanelPlace(
  alertname: string,
  dashboards: readonly DashboardSpec[] = builtinDashboards,
): PanelPlace | undefined {
  const mirror = Object.hasOwn(alertPanels, alertname) ? alertPanels[alertname] : undefined;
  if (mirror === undefined) return undefined;
  const dashboardIndex = dashboards.findIndex((dashboard) => dashboard.id === mirror.dashboard);
  const dashboard = dashboards[dashboardIndex];
  if (dashboard === undefined) return undefined;
  for (const [row, {panels}] of dashboard.rows.entries()) {
    const column = panels.findIndex((panel) => panel.id === mirror.panel);
    const panel = panels[column];
    if (panel === undefined) continue;
    const query =
      mirror.series === undefined
        ? panel.queries[0]
        : panel.queries.find((each) => each.legend === mirror.series);
    return {dashboardIndex, dashboard, row, column, panel, query, mirror};
  }
  return undefined;
}
