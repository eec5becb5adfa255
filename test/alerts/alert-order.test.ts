import {describe, expect, it} from 'vitest';
import {firingCounts, newlyFiring, sortAlertRows} from '../../source/alerts/alert-order.js';
import {
  buildAlertRows,
  labelKey,
  severityOf,
  type AlertRow,
} from '../../source/alerts/alert-rows.js';
import {narrowAlerts} from '../../source/alerts/alertmanager-narrow.js';
import {distinguishingLabels} from '../../source/alerts/distinguishing-labels.js';
import {filterByMatchers, parseFilter} from '../../source/alerts/filter.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import {fixture} from './fixtures.js';

const rows = buildAlertRows({
  alertmanagers: [{name: 'am-1', alerts: narrowAlerts(fixture('alerts'))}],
  rules: narrowRules(fixture('rules')),
});

function row(labels: Record<string, string>, state: AlertRow['state'], since?: number): AlertRow {
  return {
    key: labelKey(labels),
    alertname: labels['alertname'] ?? '',
    severity: severityOf(labels),
    labels,
    annotations: {},
    state,
    ...(since === undefined ? {} : {since}),
    sources: ['am'],
    silencedBy: [],
    inhibitedBy: [],
    mutedBy: [],
  };
}

const name = (sorted: readonly AlertRow[]) =>
  sorted.map(
    (r) =>
      `${r.severity} ${r.state} ${r.alertname}${r.labels['instance'] ? ` ${r.labels['instance']}` : ''}`,
  );

describe('the order of the alert list', () => {
  it('sorts the recorded alerts by severity, then firing, pending, muted', () => {
    expect(name(sortAlertRows(rows))).toEqual([
      'critical firing CriticalWebSocketErrorRate chat-1:9464',
      'critical firing CriticalWebSocketErrorRate chat-2:9464',
      'warning pending MessageQueueBacklog',
      'warning inhibited HighWebSocketErrorRate',
      'info silenced IdleConversationsTooHigh',
    ]);
  });

  it('puts the newest first within a severity and state; unknown start last', () => {
    const sorted = sortAlertRows([
      row({alertname: 'Old', severity: 'warning'}, 'firing', 1_000),
      row({alertname: 'Unknown', severity: 'warning'}, 'firing'),
      row({alertname: 'New', severity: 'warning'}, 'firing', 9_000),
      row({alertname: 'Other', severity: 'team-x'}, 'firing', 9_500),
      row({alertname: 'Crit', severity: 'critical'}, 'silenced', 500),
      row({alertname: 'Info', severity: 'info'}, 'firing', 2_000),
    ]);
    expect(sorted.map((r) => r.alertname)).toEqual([
      'Crit',
      'New',
      'Old',
      'Unknown',
      'Info',
      'Other',
    ]);
  });
});

describe('header counts', () => {
  it('counts firing alerts only, by severity', () => {
    expect(firingCounts(rows)).toEqual({critical: 2, warning: 0, info: 0, other: 0});
  });

  it('finds critical alerts that were not firing at the previous poll', () => {
    const a = row({alertname: 'A', severity: 'critical'}, 'firing', 1);
    const b = row({alertname: 'B', severity: 'critical'}, 'firing', 2);
    const bSilenced = {...b, state: 'silenced' as const};
    const w = row({alertname: 'W', severity: 'warning'}, 'firing', 3);
    expect(newlyFiring([a], [a, b, w]).map((r) => r.alertname)).toEqual(['B']);
    expect(newlyFiring([a, bSilenced], [a, b]).map((r) => r.alertname)).toEqual(['B']);
    expect(newlyFiring([a, b], [a, b])).toEqual([]);
  });
});

describe('the labels that tell an alert apart from its siblings', () => {
  it('are the labels whose values differ among alerts of the same name', () => {
    const byKey = distinguishingLabels(rows);
    expect(rows.map((r) => [r.alertname, byKey.get(r.key)])).toEqual([
      ['IdleConversationsTooHigh', {}],
      ['CriticalWebSocketErrorRate', {instance: 'chat-1:9464'}],
      ['HighWebSocketErrorRate', {}],
      ['CriticalWebSocketErrorRate', {instance: 'chat-2:9464'}],
      ['MessageQueueBacklog', {}],
    ]);
  });

  it('include a label only some siblings have', () => {
    const siblings = [
      row({alertname: 'A', job: 'x', pod: 'p1'}, 'firing'),
      row({alertname: 'A', job: 'x'}, 'firing'),
    ];
    const byKey = distinguishingLabels(siblings);
    expect(siblings.map((r) => byKey.get(r.key))).toEqual([{pod: 'p1'}, {}]);
  });
});

describe('the / filter', () => {
  const filtered = (text: string) => {
    const parsed = parseFilter(text);
    if (!parsed.ok) return parsed.error;
    return filterByMatchers(rows, parsed.value).map(
      (r) => `${r.alertname}${r.labels['instance'] ? ` ${r.labels['instance']}` : ''}`,
    );
  };

  it.each([
    [
      '',
      [
        'IdleConversationsTooHigh',
        'CriticalWebSocketErrorRate chat-1:9464',
        'HighWebSocketErrorRate',
        'CriticalWebSocketErrorRate chat-2:9464',
        'MessageQueueBacklog',
      ],
    ],
    [
      'severity="critical"',
      ['CriticalWebSocketErrorRate chat-1:9464', 'CriticalWebSocketErrorRate chat-2:9464'],
    ],
    ['alertname=~"High.*"', ['HighWebSocketErrorRate']],
    ['alertname=~"Web.*"', []],
    [
      'instance!="chat-1:9464"',
      [
        'IdleConversationsTooHigh',
        'HighWebSocketErrorRate',
        'CriticalWebSocketErrorRate chat-2:9464',
        'MessageQueueBacklog',
      ],
    ],
    ['{service="websocket", severity!="critical"}', ['HighWebSocketErrorRate']],
    [
      'websocket',
      [
        'CriticalWebSocketErrorRate chat-1:9464',
        'HighWebSocketErrorRate',
        'CriticalWebSocketErrorRate chat-2:9464',
      ],
    ],
    ['QUEUE', ['MessageQueueBacklog']],
    ['websocket instance=~".*-2:.*"', ['CriticalWebSocketErrorRate chat-2:9464']],
    ['severity="critical', 'missing closing quote in "critical'],
  ])('%s', (text, expected) => {
    expect(filtered(text)).toEqual(expected);
  });
});
