// One context's runtime: the Prometheus client, the dashboards' poller and store, and the alerts
// runtime, built from a Config and its data session in one place, so that switching context is
// building another and stopping this one (stop() ends every timer and request of both pollers).
import {parseWithContext, type ContextInput, type RunContext} from '../config/contexts.js';
import type {Config} from '../config/flags.js';
import {
  liveSession,
  notRecorded,
  recordedAlertmanagers,
  type DataSession,
} from '../record-replay/session.js';
import {sanitize} from '../text/sanitize.js';
import {
  createMetadataClient,
  createPrometheusClient,
  type PrometheusClient,
} from '../prometheus/client.js';
import type {Store} from '../store/store.js';
import type {StoreState} from '../store/store-state.js';
import {createAlertsRuntime, type AlertsRuntime} from './alerts-runtime.js';
import {createPoller} from './poller.js';
import type {Poller, VariablesRuntime} from './types.js';
import {createVariablesRuntime} from './variables-runtime.js';

export type Runtime = {
  readonly store: Store<StoreState>;
  readonly poller: Poller;
  readonly alerts: AlertsRuntime;
  /** The context's Prometheus client, for the pollers the app starts itself (time travel). */
  readonly prometheus: PrometheusClient;
  /** The template variables of the dashboard shown, read through the same Prometheus. */
  readonly variables: VariablesRuntime;
  readonly stop: () => void;
};

export type RuntimeOptions = {
  readonly author: string;
  readonly hyperlinks: boolean;
};

/** The AlertManagers shown: as configured, or while replaying those the snapshot recorded. */
export function alertsConfigOf(config: Config, data: DataSession): Config['alerts'] {
  if (data.replay === undefined) return config.alerts;
  return {...config.alerts, alertmanagers: recordedAlertmanagers(data.replay.header)};
}

export function buildRuntime(config: Config, data: DataSession, options: RuntimeOptions): Runtime {
  const request = data.prometheus;
  const prometheus = createPrometheusClient(request);
  const {poller, store} = createPoller({
    client: prometheus,
    clock: data.clock,
    incremental: data.incremental,
    scrapeIntervalSeconds: config.scrapeIntervalSeconds,
  });
  const alertsConfig = alertsConfigOf(config, data);
  const alerts = createAlertsRuntime({
    config: alertsConfig,
    // Silences cannot be made in a recording; the header and the notice say so.
    ...(data.replay === undefined
      ? {}
      : {readOnlyReason: config.mode.demo ? 'this is the demo' : 'replaying a snapshot'}),
    // The replay's virtual clock: ages and staleness as of the recorded moment.
    clock: data.clock,
    prometheusEndpoint: config.endpoint,
    prometheusRequest: request,
    requestFor: (endpoint) =>
      data.alertmanagers[alertsConfig.alertmanagers.indexOf(endpoint)] ?? notRecorded,
    prometheus,
    refreshMs: config.refreshMs,
    author: options.author,
    hyperlinks: options.hyperlinks,
  });
  const variables = createVariablesRuntime({
    sources: {client: prometheus, metadata: createMetadataClient(request)},
    clock: data.clock,
    scrapeIntervalSeconds: config.scrapeIntervalSeconds,
    // A recording holds the values read when it started; read again later, they are not recorded.
    ...(data.replay === undefined ? {} : {refreshMs: 0}),
  });
  const stop = (): void => {
    poller.stop();
    alerts.poller.stop();
    variables.stop();
  };
  return {store, poller, alerts, prometheus, variables, stop};
}

/** A context as the app shows it: its runtime, config, data session and header text. */
export type ContextRuntime = {
  readonly runtime: Runtime;
  readonly config: Config;
  readonly session: DataSession;
  /** `NAME · URL`: the context's name beside the Prometheus URL (which holds no credentials). */
  readonly url: string;
  /** The context of the config file (its name and `dashboardFiles`), when one is in use. */
  readonly context?: RunContext;
};

export type OpenedContext =
  | {readonly ok: true; readonly value: ContextRuntime}
  | {readonly ok: false; readonly error: string};

export const contextLabel = (config: Config, context: RunContext | undefined): string =>
  context === undefined
    ? config.endpoint.url
    : `${sanitize(context.name)} · ${config.endpoint.url}`;

/**
 * Builds the runtime of a context of the config file, as written (the picker's switch): a live
 * session to its servers and its pollers. Nothing is started when it fails: the error is one line.
 */
export function openContext(
  input: ContextInput,
  name: string,
  options: RuntimeOptions,
): OpenedContext {
  const result = parseWithContext(input, name, false);
  if (!result.ok) return {ok: false, error: result.error.message.replace(/^nova-top: /, '')};
  const {config} = result;
  const session = liveSession({
    prometheus: config.endpoint,
    alertmanagers: config.alerts.alertmanagers,
  });
  const runtime = buildRuntime(config, session, options);
  const url = contextLabel(config, result.context);
  const context = result.context === undefined ? {} : {context: result.context};
  return {ok: true, value: {runtime, config, session, url, ...context}};
}

/** Stops a context's pollers and lets go of its sockets. */
export function closeContext(shown: ContextRuntime): void {
  shown.runtime.stop();
  shown.session.close();
}
