// Everything the alerts screen needs at run time, built once from the config: one client per
// AlertManager (named host:port), Prometheus' rules and alerts clients, and the alerts poller.
import {createAlertmanagerClient} from '../alerts/alertmanager-client.js';
import {createPrometheusAlertsClient} from '../alerts/prometheus-alerts-client.js';
import {createRulesClient} from '../alerts/rules-client.js';
import type {NamedClient} from '../alerts/silence-actions.js';
import {alertmanagerName, type AlertsConfig} from '../config/alerts-config.js';
import type {EndpointConfig} from '../config/endpoint.js';
import {createRequest} from '../http/http.js';
import type {RequestFn} from '../http/types.js';
import type {PrometheusClient} from '../prometheus/client.js';
import {createAlertsPoller, type AlertsPoller, type AlertsStore} from './alerts-poller.js';

export type AlertsRuntime = {
  readonly store: AlertsStore;
  readonly poller: AlertsPoller;
  readonly clients: readonly NamedClient[];
  readonly readOnly: boolean;
  /** Why writes are off, for the notice: `--read-only`, or a replay. */
  readonly readOnlyReason?: string;
  readonly bell: boolean;
  /** The login name, the silence form's default author. */
  readonly author: string;
  readonly hyperlinks: boolean;
  /** For the detail's chart of the alert's expression. */
  readonly prometheus?: PrometheusClient;
};

export type AlertsRuntimeOptions = {
  readonly config: AlertsConfig;
  readonly prometheusEndpoint: EndpointConfig;
  /** Prometheus' request function (shared with the dashboards, e.g. when recording). */
  readonly prometheusRequest: RequestFn;
  readonly prometheus: PrometheusClient;
  readonly refreshMs: number;
  readonly author: string;
  readonly hyperlinks: boolean;
  /** The app's clock: the replay's virtual clock while replaying (Date.now by default). */
  readonly clock?: () => number;
  /** Turns writes off whatever the config says, e.g. "replaying a snapshot". */
  readonly readOnlyReason?: string;
  /** Builds a request function per AlertManager; createRequest by default. */
  readonly requestFor?: (endpoint: EndpointConfig) => RequestFn;
};

export function createAlertsRuntime(options: AlertsRuntimeOptions): AlertsRuntime {
  const requestFor = options.requestFor ?? createRequest;
  const clients = options.config.alertmanagers.map((endpoint, index, all) => {
    const name = alertmanagerName(endpoint.url);
    // Two URLs with the same host:port (different path prefixes) keep distinct names.
    const clash = all.some((other, at) => at !== index && alertmanagerName(other.url) === name);
    return {
      name: clash ? endpoint.url : name,
      client: createAlertmanagerClient(requestFor(endpoint)),
    };
  });
  const {poller, store} = createAlertsPoller({
    alertmanagers: clients,
    rules: createRulesClient(options.prometheusRequest),
    prometheusAlerts: createPrometheusAlertsClient(options.prometheusRequest),
    prometheusName: alertmanagerName(options.prometheusEndpoint.url),
    refreshMs: options.refreshMs,
    ...(options.clock === undefined ? {} : {clock: options.clock}),
  });
  const readOnlyReason =
    options.readOnlyReason ??
    (options.config.readOnly ? 'nova-top was started with --read-only' : undefined);
  return {
    store,
    poller,
    clients,
    readOnly: readOnlyReason !== undefined,
    ...(readOnlyReason === undefined ? {} : {readOnlyReason}),
    bell: options.config.bell,
    author: options.author,
    hyperlinks: options.hyperlinks,
    prometheus: options.prometheus,
  };
}
