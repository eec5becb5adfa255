import {describe, expect, it} from 'vitest';
import {
  alertExpression,
  inhibitingAlerts,
  mutingSilences,
} from '../../source/alerts/alert-detail.js';
import {buildAlertRows, type AlertRow} from '../../source/alerts/alert-rows.js';
import {narrowAlerts, narrowSilences} from '../../source/alerts/alertmanager-narrow.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import {fixture} from './fixtures.js';

const alerts = narrowAlerts(fixture('alerts'));
const withRules = buildAlertRows({
  alertmanagers: [{name: 'am', alerts}],
  rules: narrowRules(fixture('rules')),
});
const withoutRules = buildAlertRows({alertmanagers: [{name: 'am', alerts}]});
const find = (rows: readonly AlertRow[], name: string) =>
  rows.find((row) => row.alertname === name) as AlertRow;

describe('alert detail', () => {
  it("charts the rule's query, or the generatorURL's g0.expr without rules", () => {
    expect(alertExpression(find(withRules, 'MessageQueueBacklog'))).toBe(
      'label_replace(vector(1250), "queue_type", "pending", "", "")',
    );
    expect(alertExpression(find(withoutRules, 'CriticalWebSocketErrorRate'))).toBe(
      'label_replace(vector(0.21), "instance", "chat-1:9464", "", "") or ' +
        'label_replace(vector(0.18), "instance", "chat-2:9464", "", "")',
    );
    const bare = {...find(withoutRules, 'HighWebSocketErrorRate'), generatorURL: 'not a url'};
    expect(alertExpression(bare)).toBeUndefined();
  });

  it('names the silence that mutes it', () => {
    const silences = narrowSilences(fixture('silences'));
    const muting = mutingSilences(find(withRules, 'IdleConversationsTooHigh'), silences);
    expect(muting.map((silence) => [silence.id, silence.createdBy, silence.comment])).toEqual([
      ['fccf3f8c-d636-429e-abbd-133088e70e3a', 'alice', 'Known: weekend traffic'],
    ]);
    expect(mutingSilences(find(withRules, 'IdleConversationsTooHigh'), [])).toEqual([]);
  });

  it('names the alert that inhibits it', () => {
    const inhibiting = inhibitingAlerts(find(withRules, 'HighWebSocketErrorRate'), withRules);
    expect(inhibiting.map((row) => [row.alertname, row.labels['instance']])).toEqual([
      ['CriticalWebSocketErrorRate', 'chat-1:9464'],
    ]);
  });
});
