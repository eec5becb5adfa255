// The alert list and the alert detail drawn from recorded AlertManager 0.25 / Prometheus payloads
// (test/fixtures/alertmanager), at 80 and 160 columns, line by line.
import React from 'react';
import {renderToString} from 'ink';
import {describe, expect, it} from 'vitest';
import {
  narrowAlerts,
  narrowGroups,
  narrowSilences,
} from '../../../source/alerts/alertmanager-narrow.js';
import {groupedItems, rowItems} from '../../../source/alerts/route-groups.js';
import {applyAlertsCycle, initialAlertsState} from '../../../source/alerts/alerts-state.js';
import {narrowRules} from '../../../source/alerts/rules-client.js';
import {AlertsScreen} from '../../../source/components/alerts/alerts-screen.js';
import type {AlertsScreenModel} from '../../../source/components/alerts/use-alerts.js';
import {initialAlertsUi, type AlertsUiState} from '../../../source/ui-state/alerts-ui-state.js';
import {visibleAlerts} from '../../../source/view-models/alerts/alert-list-view.js';
import {fixture} from '../../alerts/fixtures.js';

const alerts = narrowAlerts(fixture('alerts'));
const rules = narrowRules(fixture('rules'));
const silences = narrowSilences(fixture('silences'));
const groups = narrowGroups(fixture('groups'));
// 2m 5s after the newest alert started.
const now = Math.max(...alerts.map((alert) => alert.startsAt ?? 0)) + 125_000;
const state = applyAlertsCycle(
  initialAlertsState(['am1:9093']),
  {
    alertmanagers: [{ok: true, alerts, silences, groups}],
    rules: {ok: true, rules},
    prometheusName: 'p',
  },
  now,
);

function draw(columns: number, ui: Partial<AlertsUiState> = {}, filter = ''): string[] {
  const visible = visibleAlerts(state.rows, filter);
  const model: AlertsScreenModel = {
    runtime: undefined,
    state,
    ui: {...initialAlertsUi, ...ui},
    visible,
    items: ui.grouped === true ? groupedItems(visible.rows, state.groups) : rowItems(visible.rows),
    silences: [],
    check: undefined,
  };
  const text = renderToString(
    <AlertsScreen
      model={model}
      width={columns}
      height={21}
      now={now}
      rangeSeconds={3600}
      clock={() => now}
    />,
    {columns},
  );
  return text.split('\n').map((line) => line.trimEnd());
}

const blank = (count: number): string[] => Array.from({length: count}, () => '');

/** `left`, spaces, `right`: a line of exactly `width` cells. */
const spread = (left: string, right: string, width: number): string =>
  left + ' '.repeat(width - left.length - right.length) + right;

describe('the alert list', () => {
  it('groups by severity, firing before pending before muted, rules in error apart, at 80 columns', () => {
    expect(draw(80)).toEqual([
      spread('Alerts', 'am1:9093 ok  rules ok', 80),
      'Critical (2)',
      spread(
        '› CriticalWebSocketErrorRate instance=chat-1:9464  WebSocket error r…',
        'firing  2m',
        80,
      ),
      spread(
        '  CriticalWebSocketErrorRate instance=chat-2:9464  WebSocket error r…',
        'firing  2m',
        80,
      ),
      'Warning (2)',
      spread(
        '  MessageQueueBacklog  Pending queue depth 1250',
        'pending, fires in ~58 min  2m',
        80,
      ),
      spread('  HighWebSocketErrorRate  WebSocket error rate above 5%', 'inhibited  2m', 80),
      'Info (1)',
      spread('  IdleConversationsTooHigh  Idle conversations at 93% red', 'silenced  2m', 80),
      '',
      'Rules in error (1): they can never fire',
      '  nova-alerts/ServiceDown  vector contains metrics with the same labelset after…',
      ...blank(8),
      '↑↓ select  Enter detail  / filter  Space mark  s silence  v groups  S silences',
    ]);
  });

  it('shows whole summaries at 160 columns', () => {
    const lines = draw(160);
    expect(lines[2]).toBe(
      spread(
        '› CriticalWebSocketErrorRate instance=chat-1:9464  WebSocket error rate is 21% on chat-1:9464',
        'firing  2m',
        160,
      ),
    );
    expect(lines[11]).toBe(
      '  nova-alerts/ServiceDown  vector contains metrics with the same labelset after applying alert labels',
    );
  });

  it('filters with matchers, and says why a filter does not parse', () => {
    const filtered = draw(
      80,
      {filter: {value: 'severity="warning"', cursor: 18}},
      'severity="warning"',
    );
    expect(filtered.slice(0, 5)).toEqual([
      spread('Alerts', 'am1:9093 ok  rules ok', 80),
      '/ severity="warning"',
      'Warning (2)',
      spread(
        '› MessageQueueBacklog  Pending queue depth 1250',
        'pending, fires in ~58 min  2m',
        80,
      ),
      spread('  HighWebSocketErrorRate  WebSocket error rate above 5%', 'inhibited  2m', 80),
    ]);
    const broken = draw(80, {filter: {value: 'severity=~"(', cursor: 12}}, 'severity=~"(');
    expect(broken[1]).toMatch(/^\/ severity=~"\( {2}\S/);
    expect(broken[2]).toBe('Critical (2)');
  });
});

describe('the alert list by route group (v)', () => {
  const groupedBody = (width: number, summary1: string, summary2: string) => [
    spread('  alertname=CriticalWebSocketErrorRate  → pager', '2 alerts', width),
    spread(`  › CriticalWebSocketErrorRate instance=chat-1:9464  ${summary1}`, 'firing  2m', width),
    spread(`    CriticalWebSocketErrorRate instance=chat-2:9464  ${summary2}`, 'firing  2m', width),
    spread('  alertname=HighWebSocketErrorRate  → default', '1 alert', width),
    spread('    HighWebSocketErrorRate  WebSocket error rate above 5%', 'inhibited  2m', width),
    spread('  alertname=IdleConversationsTooHigh  → default', '1 alert', width),
    spread('    IdleConversationsTooHigh  Idle conversations at 93% red', 'silenced  2m', width),
    spread('  Not in AlertManager: pending in Prometheus', '1 alert', width),
    spread(
      '    MessageQueueBacklog  Pending queue depth 1250',
      'pending, fires in ~58 min  2m',
      width,
    ),
  ];

  it('puts each route group (labels, receiver, count) over its rows, at 80 columns', () => {
    expect(draw(80, {grouped: true, selected: 1})).toEqual([
      spread('Alerts', 'am1:9093 ok  rules ok', 80),
      ...groupedBody(80, 'WebSocket error…', 'WebSocket error…'),
      '',
      'Rules in error (1): they can never fire',
      '  nova-alerts/ServiceDown  vector contains metrics with the same labelset after…',
      ...blank(7),
      '↑↓ select  Enter detail  / filter  s silence row/group  v severity  S silences',
    ]);
  });

  it('marks a selected group header, and shows whole summaries at 160 columns', () => {
    const lines = draw(160, {grouped: true, selected: 0});
    const body = groupedBody(
      160,
      'WebSocket error rate is 21% on chat-1:9464',
      'WebSocket error rate is 18% on chat-2:9464',
    );
    expect(lines).toEqual([
      spread('Alerts', 'am1:9093 ok  rules ok', 160),
      spread('› alertname=CriticalWebSocketErrorRate  → pager', '2 alerts', 160),
      body[1]?.replace('  › ', '    '),
      ...body.slice(2),
      '',
      'Rules in error (1): they can never fire',
      '  nova-alerts/ServiceDown  vector contains metrics with the same labelset after applying alert labels',
      ...blank(7),
      '↑↓ select  Enter detail  / filter  s silence row/group  v severity  S silences',
    ]);
  });

  it('keeps only the groups with rows that pass the filter', () => {
    const lines = draw(
      80,
      {grouped: true, filter: {value: 'instance="chat-2:9464"', cursor: 0}},
      'instance="chat-2:9464"',
    );
    expect(lines.slice(0, 5)).toEqual([
      spread('Alerts', 'am1:9093 ok  rules ok', 80),
      '/ instance="chat-2:9464"',
      spread('› alertname=CriticalWebSocketErrorRate  → pager', '1 alert', 80),
      spread(
        '    CriticalWebSocketErrorRate instance=chat-2:9464  WebSocket error…',
        'firing  2m',
        80,
      ),
      '',
    ]);
  });
});

describe('the alert detail', () => {
  it('lists the panel, labels, annotations, the links and the expression at 80 columns', () => {
    expect(draw(80, {view: 'detail'})).toEqual([
      'CriticalWebSocketErrorRate  critical  firing  since 2m  from am1:9093',
      'Panel 1 System Overview › Error rate (ws errors)  o opens it',
      '  the panel rates over $__rate_interval, 4 scrapes or more (the alert: 5m)',
      'Labels',
      '  alertname=CriticalWebSocketErrorRate   instance=chat-1:9464',
      '  service=websocket                      severity=critical',
      'Annotations',
      '  runbook_url: https://runbooks.example/nova/CriticalWebSocketErrorRate',
      '  summary: WebSocket error rate is 21% on chat-1:9464',
      'Source: http://127.0.0.1:38453/graph?g0.expr=label_replace%28vector%280.21%29%2…',
      'Expression label_replace(vector(0.21), "instance", "chat-1:9464", "", "") or la…',
      ...blank(9),
      'Esc back  ↑↓ next alert  s silence  +/- range  o panel',
    ]);
  });

  it('says which silence mutes an alert, at 160 columns', () => {
    const index = visibleAlerts(state.rows, '').rows.findIndex(
      (row) => row.alertname === 'IdleConversationsTooHigh',
    );
    const lines = draw(160, {view: 'detail', selected: index});
    expect(lines[0]).toBe('IdleConversationsTooHigh  info  silenced  since 2m  from am1:9093');
    const silence = silences.find((each) => each.state === 'active');
    expect(lines.find((line) => line.startsWith('Silenced by '))).toMatch(
      new RegExp(`^Silenced by ${silence?.id ?? '?'} by \\S+, ends in \\S+( \\S+)?: \\S`),
    );
  });
});
