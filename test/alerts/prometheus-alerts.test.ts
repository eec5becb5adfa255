// Prometheus' own alert list (`/api/v1/alerts`), recorded from Prometheus 2.42 with no AlertManager
// (see test/fixtures/alertmanager/README.md): narrowed once, then turned into the alert rows shown
// when no AlertManager answers.
import {describe, expect, it} from 'vitest';
import {
  createPrometheusAlertsClient,
  narrowPrometheusAlerts,
} from '../../source/alerts/prometheus-alerts-client.js';
import {prometheusAlertRows} from '../../source/alerts/prometheus-alert-rows.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import {HttpResponseError} from '../../source/http/response-error.js';
import {fixture, ms, replay} from './fixtures.js';

const activeAt = ms('2026-12-01T22:58:06.059Z');
const alerts = () => narrowPrometheusAlerts(fixture('prometheus-alerts'));
const rules = () => narrowRules(fixture('prometheus-alerts-rules'));

describe('Prometheus alerts on a recorded Prometheus 2.42 answer', () => {
  it('asks /api/v1/alerts and keeps firing and pending alerts with activeAt and value', async () => {
    const {request, requests} = replay({'GET /api/v1/alerts': fixture('prometheus-alerts')});
    const listed = await createPrometheusAlertsClient(request).alerts();
    expect(requests).toEqual([{method: 'GET', path: '/api/v1/alerts'}]);
    expect(listed.map((alert) => [alert.labels['alertname'], alert.state, alert.value])).toEqual([
      ['CriticalWebSocketErrorRate', 'firing', 0.21],
      ['CriticalWebSocketErrorRate', 'firing', 0.18],
      ['HighWebSocketErrorRate', 'firing', 0.07],
      ['IdleConversationsTooHigh', 'firing', 0.93],
      ['WebSocketLatencyAboveTopBucket', 'firing', Infinity],
      ['MessageQueueBacklog', 'pending', 1250],
    ]);
    expect(listed.every((alert) => alert.activeAt === activeAt)).toBe(true);
    // Server text is kept as sent (the views sanitize it where they draw it).
    expect(listed[3]?.annotations['summary']).toBe(
      'Idle conversations at 93% \u001b[31mred\u001b[0m',
    );
    expect(listed[3]?.labels['note']).toBe('x'.repeat(300));
  });

  it("turns Prometheus' error envelope into its message, and a strange body into one line", async () => {
    const body = {status: 'error', errorType: 'unavailable', error: 'rule manager not ready'};
    const {request} = replay({
      'GET /api/v1/alerts': new HttpResponseError('HTTP 503', 503, body),
    });
    await expect(createPrometheusAlertsClient(request).alerts()).rejects.toMatchObject({
      kind: 'prometheus',
      message: 'rule manager not ready',
      status: 503,
      errorType: 'unavailable',
    });
    expect(() => narrowPrometheusAlerts({status: 'success', data: {}})).toThrow(
      'The Prometheus alerts answer is not in the expected format',
    );
  });
});

describe('prometheusAlertRows', () => {
  it("makes one row per alert, firing since activeAt plus the rule's for, pending with its ETA", () => {
    const rows = prometheusAlertRows({
      alerts: alerts(),
      rules: rules(),
      prometheusName: 'prom:9090',
    });
    expect(
      rows.map((row) => [row.alertname, row.severity, row.state, row.since, row.firesAt]),
    ).toEqual([
      ['CriticalWebSocketErrorRate', 'critical', 'firing', activeAt, undefined],
      ['CriticalWebSocketErrorRate', 'critical', 'firing', activeAt, undefined],
      ['HighWebSocketErrorRate', 'warning', 'firing', activeAt + 2_000, undefined],
      ['IdleConversationsTooHigh', 'info', 'firing', activeAt, undefined],
      ['WebSocketLatencyAboveTopBucket', 'critical', 'firing', activeAt, undefined],
      ['MessageQueueBacklog', 'warning', 'pending', activeAt, activeAt + 3_600_000],
    ]);
    expect(rows.every((row) => row.sources.join() === 'prom:9090')).toBe(true);
    // Prometheus knows no silences, inhibitions or fingerprints.
    expect(rows.map((row) => [row.silencedBy, row.inhibitedBy, row.fingerprint])).toEqual(
      rows.map(() => [[], [], undefined]),
    );
    expect(rows[5]?.rule?.query).toBe(
      'label_replace(vector(1250), "queue_type", "pending", "", "")',
    );
  });

  it('without the rules: times from activeAt, no ETA, and one row per label set', () => {
    const listed = alerts();
    const rows = prometheusAlertRows({alerts: [...listed, ...listed]});
    expect(rows.length).toBe(6);
    expect(rows[2]?.since).toBe(activeAt);
    expect(rows[5]).toMatchObject({state: 'pending', since: activeAt, sources: ['Prometheus']});
    expect(rows[5]?.firesAt).toBeUndefined();
  });
});
