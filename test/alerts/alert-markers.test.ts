import {describe, expect, it} from 'vitest';
import {alertMarkers} from '../../source/alerts/alert-markers.js';
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import type {AlertRule} from '../../source/alerts/types.js';

const rule = (name: string, query: string): AlertRule => ({
  group: 'nova',
  name,
  query,
  duration: 60,
  labels: {},
  annotations: {},
  health: 'ok',
  alerts: [],
});

/** A row whose expression comes from its rule, or from the generatorURL's g0.expr without one. */
function row(
  alertname: string,
  expr: string,
  since: number | undefined,
  options: Partial<AlertRow> = {},
): AlertRow {
  return {
    key: `${alertname}${since}`,
    alertname,
    severity: 'critical',
    labels: {alertname},
    annotations: {},
    state: 'firing',
    ...(since === undefined ? {} : {since}),
    sources: ['am'],
    silencedBy: [],
    inhibitedBy: [],
    mutedBy: [],
    ...(options.generatorURL === undefined ? {rule: rule(alertname, expr)} : {}),
    ...options,
  };
}

const panel = [
  'sum by (status) (rate(messages_sent_total[$__rate_interval]))',
  'sum(message_queue_depth{queue_type="retry"})',
];

describe('alertMarkers', () => {
  it('marks the alerts whose expression reads a metric of the panel, oldest first', () => {
    const rows = [
      row('RetryQueueGrowing', 'sum(message_queue_depth) > 1000', 3_000, {severity: 'warning'}),
      row(
        'DeliveryFailing',
        'sum(rate(messages_sent_total{status="failed"}[5m])) / sum(rate(messages_sent_total[5m])) > 0.1',
        2_000,
      ),
      // Another metric, no start time: left out.
      row('WsErrors', 'rate(ws_errors_total[5m]) > 1', 1_000),
      row('NoStart', 'sum(message_queue_depth) > 1', undefined),
    ];
    expect(alertMarkers(rows, panel)).toEqual([
      {alertname: 'DeliveryFailing', severity: 'critical', state: 'firing', since: 2_000},
      {alertname: 'RetryQueueGrowing', severity: 'warning', state: 'firing', since: 3_000},
    ]);
  });

  it('reads the expression from the generatorURL when the rule is not known', () => {
    const url =
      'http://127.0.0.1:9090/graph?g0.expr=' +
      encodeURIComponent('{__name__="message_queue_depth"} > 5') +
      '&g0.tab=1';
    const rows = [row('FromUrl', '', 5_000, {generatorURL: url, state: 'pending'})];
    expect(alertMarkers(rows, panel)).toEqual([
      {alertname: 'FromUrl', severity: 'critical', state: 'pending', since: 5_000},
    ]);
  });

  it('one mark for instances of an alert that started together; each start time its own', () => {
    const expr = 'sum(message_queue_depth) > 1';
    const rows = [
      row('Queue', expr, 7_000, {key: 'a'}),
      row('Queue', expr, 7_000, {key: 'b'}),
      row('Queue', expr, 9_000, {key: 'c'}),
    ];
    expect(alertMarkers(rows, panel).map((marker) => marker.since)).toEqual([7_000, 9_000]);
  });

  it('a metric name that is only a prefix, a label value or a string does not match', () => {
    const rows = [
      row('Prefix', 'rate(messages_sent[5m]) > 1', 1),
      row('LabelValue', 'up{job="messages_sent_total"} == 0', 2),
      row('Regex', '{__name__=~"message_queue_depth"} > 1', 3),
    ];
    expect(alertMarkers(rows, panel)).toEqual([]);
    expect(alertMarkers([row('Any', 'up == 0', 1)], ['vector(1)'])).toEqual([]);
  });
});
