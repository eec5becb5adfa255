import {describe, expect, it} from 'vitest';
import {narrowAlerts} from '../../source/alerts/alertmanager-narrow.js';
import {buildAlertRows, labelKey, severityOf} from '../../source/alerts/alert-rows.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import type {AlertmanagerAlert} from '../../source/alerts/types.js';
import {fixture, ms} from './fixtures.js';

const alerts = narrowAlerts(fixture('alerts'));
const rules = narrowRules(fixture('rules'));
const started = ms('2026-11-27T05:31:53.022Z');

const summary = (rows: ReturnType<typeof buildAlertRows>) =>
  rows.map((row) => [row.alertname, row.labels['instance'] ?? '', row.state, row.sources]);

describe('alert rows from AlertManager and Prometheus', () => {
  it('takes firing and muted alerts from AlertManager and pending ones from the rules', () => {
    const rows = buildAlertRows({alertmanagers: [{name: 'am-1', alerts}], rules});
    expect(summary(rows)).toEqual([
      ['IdleConversationsTooHigh', '', 'silenced', ['am-1']],
      ['CriticalWebSocketErrorRate', 'chat-1:9464', 'firing', ['am-1']],
      ['HighWebSocketErrorRate', '', 'inhibited', ['am-1']],
      ['CriticalWebSocketErrorRate', 'chat-2:9464', 'firing', ['am-1']],
      ['MessageQueueBacklog', '', 'pending', ['Prometheus']],
    ]);
  });

  it('gives a pending alert the time it fires: activeAt plus the rule`s for', () => {
    const rows = buildAlertRows({alertmanagers: [], rules, prometheusName: 'prom:9090'});
    const [pending] = rows;
    expect(rows).toHaveLength(1);
    expect(pending).toMatchObject({
      alertname: 'MessageQueueBacklog',
      severity: 'warning',
      state: 'pending',
      since: started,
      firesAt: started + 3_600_000,
      sources: ['prom:9090'],
    });
    expect(pending?.rule?.query).toBe(
      'label_replace(vector(1250), "queue_type", "pending", "", "")',
    );
  });

  it('links an AlertManager alert to its rule, for its query', () => {
    const rows = buildAlertRows({alertmanagers: [{name: 'am-1', alerts}], rules});
    expect(rows.map((row) => row.rule?.name)).toEqual([
      'IdleConversationsTooHigh',
      'CriticalWebSocketErrorRate',
      'HighWebSocketErrorRate',
      'CriticalWebSocketErrorRate',
      'MessageQueueBacklog',
    ]);
  });

  it('shows an alert reported by two AlertManagers once, with both sources', () => {
    const rows = buildAlertRows({
      alertmanagers: [
        {name: 'am-1', alerts},
        {name: 'am-2', alerts: [...alerts].reverse()},
      ],
    });
    expect(summary(rows)).toEqual([
      ['IdleConversationsTooHigh', '', 'silenced', ['am-1', 'am-2']],
      ['CriticalWebSocketErrorRate', 'chat-1:9464', 'firing', ['am-1', 'am-2']],
      ['HighWebSocketErrorRate', '', 'inhibited', ['am-1', 'am-2']],
      ['CriticalWebSocketErrorRate', 'chat-2:9464', 'firing', ['am-1', 'am-2']],
    ]);
  });

  it('counts an alert as firing when any AlertManager would notify, and keeps the earliest start', () => {
    const idle = alerts[0] as AlertmanagerAlert;
    // Same labels, in another order, not yet silenced on the second member of the pair.
    const unsilenced: AlertmanagerAlert = {
      ...idle,
      labels: Object.fromEntries(Object.entries(idle.labels).reverse()),
      state: 'active',
      silencedBy: [],
      startsAt: started - 60_000,
    };
    const [row, ...others] = buildAlertRows({
      alertmanagers: [
        {name: 'am-1', alerts: [idle]},
        {name: 'am-2', alerts: [unsilenced]},
      ],
    });
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      state: 'firing',
      since: started - 60_000,
      sources: ['am-1', 'am-2'],
      silencedBy: ['fccf3f8c-d636-429e-abbd-133088e70e3a'],
    });
  });

  it('names a silence before an inhibition, and treats a time-interval mute as silenced', () => {
    const base = alerts[1] as AlertmanagerAlert;
    const muted = (change: Partial<AlertmanagerAlert>) =>
      buildAlertRows({
        alertmanagers: [{name: 'am', alerts: [{...base, state: 'suppressed', ...change}]}],
      })[0]?.state;
    expect(muted({silencedBy: ['s'], inhibitedBy: ['f']})).toBe('silenced');
    expect(muted({inhibitedBy: ['f']})).toBe('inhibited');
    expect(muted({mutedBy: ['weekends']})).toBe('silenced');
    expect(muted({state: 'unprocessed'})).toBe('firing');
  });

  it.each([
    [{severity: 'critical'}, 'critical'],
    [{severity: 'Warning'}, 'warning'],
    [{severity: 'info'}, 'info'],
    [{severity: 'page'}, 'other'],
    [{}, 'other'],
  ] as const)('severity of %j is %s', (labels, severity) => {
    expect(severityOf(labels)).toBe(severity);
  });

  it('keys a label set independently of label order', () => {
    expect(labelKey({b: '2', a: '1'})).toBe(labelKey({a: '1', b: '2'}));
    expect(labelKey({a: '1'})).not.toBe(labelKey({a: '1', b: ''}));
  });
});
