// The alert detail's chart speaks the unit of the alert's own text: a ratio whose summary says
// `24.93%` is charted in percent (0.2493 x 100), a latency in seconds, a queue as a count.
import {describe, expect, it} from 'vitest';
import {alertChartSpec, alertUnit} from '../../../source/view-models/alerts/alert-chart.js';
import type {AlertRow} from '../../../source/alerts/alert-rows.js';
import type {AlertRule} from '../../../source/alerts/types.js';
import {panelLines} from '../../../source/view-models/alerts/alert-detail-view.js';

const rule = (query: string, summary: string): AlertRule => ({
  group: 'g',
  name: 'r',
  query,
  duration: 120,
  labels: {},
  annotations: {summary},
  health: 'ok',
  alerts: [],
});

const row = (alertname: string, severity: AlertRow['severity'], ruleOf?: AlertRule): AlertRow => ({
  key: alertname,
  alertname,
  severity,
  labels: {alertname, severity},
  annotations: {summary: 'WebSocket error rate is 24.93% (critical above 15%)'},
  state: 'firing',
  sources: ['am1'],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
  ...(ruleOf === undefined ? {} : {rule: ruleOf}),
  generatorURL: 'http://prom:9090/graph?g0.expr=%3Aws_errors%3Aratio_rate5m+%3E+0.15',
});

describe('the alert chart unit', () => {
  it('charts a humanizePercentage rule in percent, threshold and title included', () => {
    const spec = alertChartSpec(
      row(
        'MyErrors',
        'critical',
        rule(
          'sum(rate(e[5m])) / sum(rate(m[5m])) > 0.15',
          'Error rate {{ $value | humanizePercentage }}',
        ),
      ),
    );
    expect(spec).toMatchObject({
      title: 'Expression, threshold 15%',
      unit: 'percent',
      queries: [{expr: '100 * (sum(rate(e[5m])) / sum(rate(m[5m])))'}],
      thresholds: {critical: 15, direction: 'above'},
    });
  });

  it('knows a built-in ratio alert from its panel when only AlertManager answers', () => {
    const spec = alertChartSpec(row('CriticalWebSocketErrorRate', 'critical'));
    expect(spec).toMatchObject({
      title: 'Expression, threshold 15%',
      unit: 'percent',
      queries: [{expr: '100 * (:ws_errors:ratio_rate5m)'}],
      thresholds: {critical: 15},
    });
  });

  it.each([
    ['HighMessageSearchLatency', undefined, 'seconds'],
    ['HighWebSocketReconnectionRate', undefined, 'perMinute'],
    ['FailedMessageQueueCritical', undefined, 'count'],
    ['SomeoneElsesAlert', undefined, 'count'],
    ['Slow', rule('x > 2', '{{ $value | humanizeDuration }}'), 'seconds'],
  ] as const)('%s reads in %s', (alertname, ruleOf, unit) => {
    expect(alertUnit(row(alertname, 'warning', ruleOf))).toBe(unit);
  });

  it('keeps a count alert as it is', () => {
    const queue = {
      ...row('FailedMessageQueueCritical', 'critical'),
      generatorURL: 'http://p/graph?g0.expr=queue_type%3Amessage_queue_depth%3Asum+%3E+500',
    };
    expect(alertChartSpec(queue)).toMatchObject({
      title: 'Expression, threshold 500',
      unit: 'count',
      queries: [{expr: 'queue_type:message_queue_depth:sum'}],
    });
  });
});

describe('the detail names the mirroring panel', () => {
  const text = (lines: ReturnType<typeof panelLines>) =>
    lines.map((line) => line.map((part) => part.text).join(''));
  it.each([
    [
      'WebSocketConnectionTimeoutExceeded',
      [
        'Panel 2 WebSocket Health › Slower than 5s  o opens it',
        '  the panel rates over $__rate_interval, 4 scrapes or more (the alert: 5m)',
      ],
    ],
    ['IdleConversationsTooHigh', ['Panel 2 WebSocket Health › Idle conversations  o opens it']],
    ['MessageQueueBacklog', ['Panel 1 System Overview › Queue depths (pending)  o opens it']],
    ['SomeoneElsesAlert', []],
  ])('%s', (alertname, expected) => {
    expect(text(panelLines(alertname))).toEqual(expected);
  });
});
