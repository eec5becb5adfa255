// Prometheus' alerting rules (`/api/v1/rules?type=alert`): the only place pending alerts exist
// (they never reach AlertManager) and where a rule that cannot evaluate shows its error.
// The envelope and sample values are read by source/prometheus, the one place that parses them.
import type {RequestFn} from '../http/types.js';
import {parseSampleValue, prometheusError, successEnvelope} from '../prometheus/backend.js';
import type {AlertRule, RuleAlert, RuleHealth} from './types.js';
import {asArray, asRecord, asString, asTime, malformed, optional, type WireRecord} from './wire.js';
import {narrowLabels} from '../prometheus/wire.js';

export type RulesClient = {
  alertRules(signal?: AbortSignal): Promise<readonly AlertRule[]>;
};

export function createRulesClient(request: RequestFn): RulesClient {
  return {
    alertRules: async (signal) => {
      const response = await request({
        method: 'GET',
        path: '/api/v1/rules',
        query: {type: 'alert'},
        ...(signal === undefined ? {} : {signal}),
      }).catch((error: unknown) => {
        throw prometheusError(error);
      });
      return narrowRules(response.data);
    },
  };
}

export function narrowRules(body: unknown): readonly AlertRule[] {
  const groups = asRecord(successEnvelope(body)?.data)?.['groups'];
  if (!Array.isArray(groups)) throw malformed('The Prometheus rules answer');
  return groups.flatMap((group) => {
    const groupRecord = asRecord(group) ?? {};
    const groupName = asString(groupRecord['name']) ?? '';
    return asArray(groupRecord['rules']).flatMap((rule) => narrowRule(asRecord(rule), groupName));
  });
}

function narrowRule(wire: WireRecord | undefined, group: string): readonly AlertRule[] {
  // `type` is absent on very old servers; recording rules have no `duration` or `alerts`.
  if (wire === undefined || (wire['type'] !== undefined && wire['type'] !== 'alerting')) return [];
  const name = asString(wire['name']);
  if (name === undefined) return [];
  const health = asString(wire['health']);
  const duration = wire['duration'];
  return [
    {
      group,
      name,
      query: asString(wire['query']) ?? '',
      duration: typeof duration === 'number' && duration > 0 ? duration : 0,
      labels: narrowLabels(wire['labels']),
      annotations: narrowLabels(wire['annotations']),
      health: health === 'ok' || health === 'err' ? (health satisfies RuleHealth) : 'unknown',
      ...optional('lastError', asString(wire['lastError']) || undefined),
      alerts: asArray(wire['alerts']).flatMap((alert) => narrowRuleAlert(asRecord(alert))),
    },
  ];
}

/** One alert as both `/api/v1/rules` and `/api/v1/alerts` list it; inactive ones are dropped. */
export function narrowRuleAlert(wire: WireRecord | undefined): readonly RuleAlert[] {
  const state = wire?.['state'];
  // Alerts kept firing by `keep_firing_for` still say "firing"; inactive ones are not listed.
  if (wire === undefined || (state !== 'pending' && state !== 'firing')) return [];
  return [
    {
      labels: narrowLabels(wire['labels']),
      annotations: narrowLabels(wire['annotations']),
      state,
      ...optional('activeAt', asTime(wire['activeAt'])),
      value: parseSampleValue(wire['value']) ?? Number.NaN,
    },
  ];
}
