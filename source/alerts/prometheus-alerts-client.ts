// Prometheus' own list of its alerts (`/api/v1/alerts`): firing and pending, each with its
// activeAt and value. nova-top asks for it only when no AlertManager answers; it knows nothing of
// silences or inhibitions. The envelope and sample values are read by source/prometheus.
import type {RequestFn} from '../http/types.js';
import {prometheusError, successEnvelope} from '../prometheus/backend.js';
import {narrowRuleAlert} from './rules-client.js';
import type {RuleAlert} from './types.js';
import {asRecord, malformed} from './wire.js';

export type PrometheusAlertsClient = {
  alerts(signal?: AbortSignal): Promise<readonly RuleAlert[]>;
};

export const prometheusAlertsPath = '/api/v1/alerts';

export function createPrometheusAlertsClient(request: RequestFn): PrometheusAlertsClient {
  return {
    alerts: async (signal) => {
      const response = await request({
        method: 'GET',
        path: prometheusAlertsPath,
        ...(signal === undefined ? {} : {signal}),
      }).catch((error: unknown) => {
        throw prometheusError(error);
      });
      return narrowPrometheusAlerts(response.data);
    },
  };
}

export function narrowPrometheusAlerts(body: unknown): readonly RuleAlert[] {
  const alerts = asRecord(successEnvelope(body)?.data)?.['alerts'];
  if (!Array.isArray(alerts)) throw malformed('The Prometheus alerts answer');
  return alerts.flatMap((alert) => narrowRuleAlert(asRecord(alert)));
}
