// AlertManager route groups: merged across AlertManagers, laid out as the grouped list, and
// silenced from a group header with the group's labels (recorded AlertManager 0.25 payloads).
import {describe, expect, it} from 'vitest';
import {buildAlertRows, labelKey} from '../../source/alerts/alert-rows.js';
import {sortAlertRows} from '../../source/alerts/alert-order.js';
import {narrowAlerts, narrowGroups} from '../../source/alerts/alertmanager-narrow.js';
import {
  groupedItems,
  groupMatchers,
  mergeRouteGroups,
  type AlertListItem,
  type RouteGroup,
} from '../../source/alerts/route-groups.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import {checkSilenceForm, groupSilenceForm} from '../../source/alerts/silence-form.js';
import type {AlertGroup} from '../../source/alerts/types.js';
import {fixture} from './fixtures.js';

const groups = narrowGroups(fixture('groups'));
const rows = sortAlertRows(
  buildAlertRows({
    alertmanagers: [{name: 'am1', alerts: narrowAlerts(fixture('alerts'))}],
    rules: narrowRules(fixture('rules')),
  }),
);
const merged = mergeRouteGroups([{name: 'am1', groups}]);
const instance = (value: string) => ({
  alertname: 'CriticalWebSocketErrorRate',
  instance: value,
  service: 'websocket',
  severity: 'critical',
});
const critical = merged[0] as RouteGroup;

/** An item as a short text: `# labels -> receiver (n)` or `  alertname instance`. */
const describeItem = (item: AlertListItem): string =>
  item.kind === 'group'
    ? `# ${JSON.stringify(item.group.labels)} -> ${item.group.receiver} (${item.rows.length})`
    : `  ${item.row.alertname} ${item.row.labels['instance'] ?? ''}`.trimEnd();

describe('mergeRouteGroups', () => {
  it('keys each group by its labels and receiver, with its alerts as row keys', () => {
    expect(merged.map((group) => [group.labels, group.receiver, group.rowKeys.length])).toEqual([
      [{alertname: 'CriticalWebSocketErrorRate'}, 'pager', 2],
      [{alertname: 'HighWebSocketErrorRate'}, 'default', 1],
      [{alertname: 'IdleConversationsTooHigh'}, 'default', 1],
    ]);
    expect(critical.rowKeys).toEqual([
      labelKey(instance('chat-1:9464')),
      labelKey(instance('chat-2:9464')),
    ]);
  });

  it('merges the same group from two AlertManagers, the union of their alerts once each', () => {
    const one = groups[0] as AlertGroup;
    const [first] = one.alerts;
    const fromA: AlertGroup = {...one, alerts: first === undefined ? [] : [first]};
    const fromB: AlertGroup = {...one, alerts: one.alerts};
    const otherReceiver: AlertGroup = {...one, receiver: 'default'};
    const result = mergeRouteGroups([
      {name: 'a', groups: [fromA]},
      {name: 'b', groups: [fromB, otherReceiver]},
    ]);
    expect(result.map((group) => [group.receiver, group.rowKeys.length])).toEqual([
      ['pager', 2],
      ['default', 2],
    ]);
  });
});

describe('groupedItems', () => {
  it('puts each group over its rows in severity and age order, pending rows in no group last', () => {
    expect(groupedItems(rows, merged).map(describeItem)).toEqual([
      '# {"alertname":"CriticalWebSocketErrorRate"} -> pager (2)',
      '  CriticalWebSocketErrorRate chat-1:9464',
      '  CriticalWebSocketErrorRate chat-2:9464',
      '# {"alertname":"HighWebSocketErrorRate"} -> default (1)',
      '  HighWebSocketErrorRate',
      '# {"alertname":"IdleConversationsTooHigh"} -> default (1)',
      '  IdleConversationsTooHigh',
      '# {} ->  (1)',
      '  MessageQueueBacklog',
    ]);
  });

  it('lists the rows of no reported group apart from the pending ones', () => {
    const items = groupedItems(rows, []);
    const headers = items.flatMap((item) =>
      item.kind === 'group' ? [[item.group.key, item.rows.map((row) => row.alertname)]] : [],
    );
    expect(headers).toEqual([
      [
        'ungrouped',
        [
          'CriticalWebSocketErrorRate',
          'CriticalWebSocketErrorRate',
          'HighWebSocketErrorRate',
          'IdleConversationsTooHigh',
        ],
      ],
      ['pending', ['MessageQueueBacklog']],
    ]);
  });

  it('leaves out groups whose rows the filter hides, and lists a row under each of its groups', () => {
    const onlyIdle = rows.filter((row) => row.alertname === 'IdleConversationsTooHigh');
    const idleKey = onlyIdle[0]?.key ?? '';
    const alsoPaged: RouteGroup = {...critical, key: 'x', rowKeys: [idleKey]};
    expect(groupedItems(onlyIdle, [...merged, alsoPaged]).map(describeItem)).toEqual([
      '# {"alertname":"IdleConversationsTooHigh"} -> default (1)',
      '  IdleConversationsTooHigh',
      '# {"alertname":"CriticalWebSocketErrorRate"} -> pager (1)',
      '  IdleConversationsTooHigh',
    ]);
  });
});

describe('silencing a route group', () => {
  const members = rows.filter((row) => critical.rowKeys.includes(row.key));

  it('prefills the group labels as matchers, as AlertManager does', () => {
    expect(groupMatchers(critical)).toEqual([
      {name: 'alertname', operator: '=', value: 'CriticalWebSocketErrorRate'},
    ]);
    expect(groupSilenceForm(critical, members, rows, 'bob')).toEqual({
      matchers: '{alertname="CriticalWebSocketErrorRate"}',
      duration: '1h',
      comment: '',
      author: 'bob',
    });
  });

  it('falls back to the rows for a group without labels', () => {
    const noLabels: RouteGroup = {...critical, labels: {}};
    const first = members.slice(0, 1);
    expect(groupSilenceForm(noLabels, first, rows, 'bob').matchers).toBe(
      '{alertname="CriticalWebSocketErrorRate", instance="chat-1:9464"}',
    );
  });

  it('warns when the matchers catch more than the group', () => {
    const now = Date.parse('2026-11-27T06:00:00Z');
    const labels = [...rows.map((row) => row.labels), instance('chat-3:9464')];
    const form = {...groupSilenceForm(critical, members, rows, 'bob'), comment: 'deploy'};
    const exact = checkSilenceForm(form, {now, alerts: rows.map((row) => row.labels), selected: 2});
    expect([exact.matched, exact.warnings]).toEqual([2, []]);
    const wider = checkSilenceForm(form, {now, alerts: labels, selected: 2, group: true});
    expect([wider.matched, wider.warnings]).toEqual([
      3,
      ['silences 3 current alerts, more than the 2 in the selected group'],
    ]);
  });
});
