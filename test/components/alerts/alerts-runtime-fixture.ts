// The alerts runtime the component tests mount: parsed from command-line flags as cli.tsx does,
// on request functions the test provides (recorded payloads), with a one-minute refresh.
import {createAlertsRuntime, type AlertsRuntime} from '../../../source/poller/alerts-runtime.js';
import {parseConfig} from '../../../source/config/flags.js';
import {builtinDashboards} from '../../../source/dashboards/dashboards.js';
import type {RequestFn} from '../../../source/http/types.js';
import {createPrometheusClient} from '../../../source/prometheus/client.js';

export function alertsRuntimeFor(options: {
  readonly flags: Readonly<Record<string, unknown>>;
  readonly prometheus: RequestFn;
  readonly alertmanager: RequestFn;
}): AlertsRuntime {
  const result = parseConfig({flags: options.flags, input: []}, {}, () => '', builtinDashboards);
  if (!result.ok) throw new Error(result.error.message);
  return createAlertsRuntime({
    config: result.config.alerts,
    prometheusEndpoint: result.config.endpoint,
    prometheusRequest: options.prometheus,
    prometheus: createPrometheusClient(options.prometheus),
    refreshMs: 60_000,
    author: 'oncall',
    hyperlinks: false,
    requestFor: () => options.alertmanager,
  });
}
