// The alert rules say what the monitoring design says: the fifteen alerts in their severities,
// the dashboards' thresholds, annotations with the value and a runbook, a promtool unit test for
// each, and a nova-sim scenario that drives each.
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {seedThresholds} from '../../source/dashboards/thresholds.js';
import {scenarios} from '../../sim/scenarios.js';
import {deployDir, readDeployFiles} from '../../stack/deploy-files.js';

type Rule = {
  readonly alert?: string;
  readonly record?: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
};

const files = readDeployFiles();
const rules: Rule[] = Object.values(files.ruleFiles).flatMap((text) =>
  (parse(text) as {groups: {rules: Rule[]}[]}).groups.flatMap((group) => group.rules),
);
const alerts = rules.filter((rule) => rule.alert !== undefined);
const alertNamed = (name: string): Rule => {
  const rule = alerts.find((candidate) => candidate.alert === name);
  if (!rule) throw new Error(`no alert ${name}`);
  return rule;
};

const expectedSeverities = {
  critical: [
    'CriticalWebSocketErrorRate',
    'CriticalMessageDeliveryFailure',
    'FailedMessageQueueCritical',
    'ServiceDown',
    'PersistentHighErrorRate',
  ],
  warning: [
    'HighWebSocketErrorRate',
    'HighWebSocketReconnectionRate',
    'WebSocketConnectionTimeoutExceeded',
    'HighMessageDeliveryFailureRate',
    'MessageQueueBacklog',
    'HighMessageSearchLatency',
    'ConversationCreationFailure',
  ],
  info: ['IdleConversationsTooHigh', 'WebSocketHeartbeatFailures', 'MessageSearchFailures'],
};

describe('alert rules', () => {
  test('has exactly the fifteen alerts of the design, each with its severity', () => {
    for (const [severity, names] of Object.entries(expectedSeverities)) {
      const actual = alerts
        .filter((rule) => rule.labels?.['severity'] === severity)
        .map((rule) => rule.alert);
      expect(actual.sort()).toEqual([...names].sort());
    }
    expect(alerts).toHaveLength(15);
  });

  test.each(alerts.map((rule) => [rule.alert ?? '', rule] as const))(
    '%s has a for, service and signal labels, the value in its text and a runbook',
    (name, rule) => {
      expect(rule.for).toMatch(/^\d+m$/);
      expect(rule.labels?.['service']).toMatch(/^(websocket|messaging|platform)$/);
      expect(rule.labels?.['signal']).toMatch(/^[a-z-]+$/);
      expect(rule.annotations?.['summary']).toBeTruthy();
      expect(rule.annotations?.['description']).toContain('{{ $value');
      expect(rule.annotations?.['runbook_url']).toBe(
        `https://runbooks.nova.example/alerts/${name}`,
      );
    },
  );

  // The panels show percent and per-minute values; the rules compare ratios and per-minute rates.
  const thresholdCases = [
    ['CriticalWebSocketErrorRate', seedThresholds.wsErrorRatePercent.critical / 100],
    ['HighWebSocketErrorRate', seedThresholds.wsErrorRatePercent.warning / 100],
    ['PersistentHighErrorRate', seedThresholds.wsErrorRatePercent.warning / 100],
    ['HighWebSocketReconnectionRate', seedThresholds.reconnectionsPerMinute.warning],
    ['CriticalMessageDeliveryFailure', seedThresholds.deliveryFailurePercent.critical / 100],
    ['HighMessageDeliveryFailureRate', seedThresholds.deliveryFailurePercent.warning / 100],
    ['FailedMessageQueueCritical', seedThresholds.failedQueue.critical],
    ['MessageQueueBacklog', seedThresholds.pendingQueue.warning],
    ['HighMessageSearchLatency', seedThresholds.searchLatencyP95Seconds.warning],
    [
      'ConversationCreationFailure',
      (100 - seedThresholds.conversationSuccessPercent.warning) / 100,
    ],
  ] as const;

  test.each(thresholdCases)(
    '%s compares against the dashboards threshold %s',
    (name, threshold) => {
      const match = /> (\d+(?:\.\d+)?)$/.exec(alertNamed(name).expr.trim());
      expect(Number(match?.[1])).toBeCloseTo(threshold, 10);
    },
  );

  test('WebSocketConnectionTimeoutExceeded is p95 above the 5 s bucket of the dashboards threshold', () => {
    expect(seedThresholds.wsLatencyP95Seconds.warning).toBe(5);
    expect(alertNamed('WebSocketConnectionTimeoutExceeded').expr).toBe(
      ':ws_message_latency_seconds:slower_than_5s_ratio_rate5m > 0.05',
    );
    const recorded = rules.find(
      (rule) => rule.record === ':ws_message_latency_seconds:slower_than_5s_ratio_rate5m',
    );
    expect(recorded?.expr).toContain('ws_message_latency_seconds_bucket{le="5"}');
  });

  test('every recorded series an alert uses is recorded, under a level:metric:operations name', () => {
    const recorded = new Set(rules.flatMap((rule) => (rule.record ? [rule.record] : [])));
    for (const name of recorded) expect(name).toMatch(/^[a-z_]*:[a-z0-9_]+:[a-z0-9_:]+$/);
    const used = alerts.flatMap((rule) => rule.expr.match(/[a-z_]*:[a-z0-9_]+:[a-z0-9_:]+/g) ?? []);
    expect(used.filter((name) => !recorded.has(name))).toEqual([]);
    expect(recorded).toContain('message:delivery:success_rate:5m');
    expect(recorded).toContain('message_search:p95_latency:5m');
  });
});

describe('promtool unit tests', () => {
  const testsDir = path.join(deployDir, 'rules/tests');
  const cases = readdirSync(testsDir)
    .filter((name) => name.endsWith('.test.yml'))
    .flatMap((name) => {
      const file = parse(readFileSync(path.join(testsDir, name), 'utf8')) as {
        tests: {alert_rule_test?: {alertname: string; exp_alerts?: unknown[]}[]}[];
      };
      return file.tests.flatMap((group) => group.alert_rule_test ?? []);
    });

  test.each(alerts.map((rule) => rule.alert ?? ''))(
    '%s has a firing case and at least two quiet cases (pending, below or at the threshold)',
    (name) => {
      const own = cases.filter((item) => item.alertname === name);
      expect(
        own.filter((item) => (item.exp_alerts ?? []).length > 0).length,
      ).toBeGreaterThanOrEqual(1);
      expect(
        own.filter((item) => (item.exp_alerts ?? []).length === 0).length,
      ).toBeGreaterThanOrEqual(2);
    },
  );
});

describe('nova-sim scenarios', () => {
  test('drive every alert, and only alerts that exist', () => {
    const driven = new Set(scenarios.flatMap((scenario) => scenario.alerts));
    expect([...driven].sort()).toEqual(alerts.map((rule) => rule.alert).sort());
  });
});
