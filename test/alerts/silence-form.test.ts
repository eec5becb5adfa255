import {describe, expect, it} from 'vitest';
import {buildAlertRows} from '../../source/alerts/alert-rows.js';
import {narrowAlerts} from '../../source/alerts/alertmanager-narrow.js';
import {parseDuration} from '../../source/config/duration.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import {
  checkSilenceForm,
  initialSilenceForm,
  silenceDurations,
  type SilenceForm,
} from '../../source/alerts/silence-form.js';
import {fixture} from './fixtures.js';

const rows = buildAlertRows({
  alertmanagers: [{name: 'am-1', alerts: narrowAlerts(fixture('alerts'))}],
  rules: narrowRules(fixture('rules')),
});
const byName = (name: string, instance?: string) =>
  rows.filter(
    (row) =>
      row.alertname === name && (instance === undefined || row.labels['instance'] === instance),
  );
const now = Date.parse('2026-11-27T06:00:00Z');
const context = {now, alerts: rows.map((row) => row.labels), selected: 1};

describe('the silence form, prefilled', () => {
  it('matches the alertname and the labels that tell the alert apart', () => {
    expect(
      initialSilenceForm(byName('CriticalWebSocketErrorRate', 'chat-1:9464'), rows, 'bob'),
    ).toEqual({
      matchers: '{alertname="CriticalWebSocketErrorRate", instance="chat-1:9464"}',
      duration: '1h',
      comment: '',
      author: 'bob',
    });
  });

  it('matches a whole same-name group by its alertname', () => {
    expect(initialSilenceForm(byName('CriticalWebSocketErrorRate'), rows, 'bob').matchers).toBe(
      '{alertname="CriticalWebSocketErrorRate"}',
    );
    expect(initialSilenceForm(byName('IdleConversationsTooHigh'), rows, 'bob').matchers).toBe(
      '{alertname="IdleConversationsTooHigh"}',
    );
  });

  it('matches several names with one alternation', () => {
    const selected = [...byName('HighWebSocketErrorRate'), ...byName('IdleConversationsTooHigh')];
    expect(initialSilenceForm(selected, rows, 'bob').matchers).toBe(
      '{alertname=~"HighWebSocketErrorRate|IdleConversationsTooHigh"}',
    );
  });

  it('offers 15m, 1h, 4h and 1d', () => {
    expect(silenceDurations.map(parseDuration)).toEqual([
      900_000, 3_600_000, 14_400_000, 86_400_000,
    ]);
  });
});

describe('checking the silence form', () => {
  const form: SilenceForm = {
    matchers: '{alertname="CriticalWebSocketErrorRate", instance="chat-1:9464"}',
    duration: '1h',
    comment: 'Investigating INC-42',
    author: 'bob',
  };

  it('builds the silence to post from a valid form', () => {
    expect(checkSilenceForm(form, context)).toEqual({
      errors: {},
      warnings: [],
      matched: 1,
      silence: {
        matchers: [
          {name: 'alertname', operator: '=', value: 'CriticalWebSocketErrorRate'},
          {name: 'instance', operator: '=', value: 'chat-1:9464'},
        ],
        startsAt: now,
        endsAt: now + 3_600_000,
        createdBy: 'bob',
        comment: 'Investigating INC-42',
      },
    });
  });

  // The count stays shown while another field is wrong; it is 0 while no matcher parses.
  it.each<[Partial<SilenceForm>, Record<string, string>, number]>([
    [{comment: '  '}, {comment: 'a comment is required'}, 1],
    [{author: ''}, {author: 'an author is required'}, 1],
    [{duration: '1 hour'}, {duration: 'use a duration like 15m, 1h, 4h or 1d'}, 1],
    [{duration: '0m'}, {duration: 'use a duration like 15m, 1h, 4h or 1d'}, 1],
    [{duration: '30m1h'}, {duration: 'use a duration like 15m, 1h, 4h or 1d'}, 1],
    [{matchers: ''}, {matchers: 'at least one matcher is required'}, 0],
    [{matchers: 'alertname="X'}, {matchers: 'missing closing quote in "X'}, 0],
    [{matchers: 'queue'}, {matchers: 'expected =, !=, =~ or !~ after queue'}, 0],
    [
      {matchers: '{instance=~".*", job!="x"}'},
      {
        matchers:
          'at least one matcher must require a label value (all of these match an absent label)',
      },
      5,
    ],
  ])('%j is refused: %j', (change, errors, matched) => {
    const check = checkSilenceForm({...form, ...change}, context);
    expect(check.errors).toEqual(errors);
    expect(check.matched).toBe(matched);
    expect(check.silence).toBeUndefined();
  });

  it('says how many alerts it would silence and warns when more than selected', () => {
    const check = checkSilenceForm({...form, matchers: 'service="websocket"'}, context);
    expect(check.matched).toBe(3);
    expect(check.warnings).toEqual(['silences 3 current alerts, more than the 1 selected']);
    expect(check.silence).toBeDefined();
  });

  it('warns about a regex that matches every value, and about matching nothing', () => {
    const everything = checkSilenceForm(
      {...form, matchers: 'alertname=~".+", instance=~".*"'},
      {
        ...context,
        selected: 5,
      },
    );
    expect(everything.warnings).toEqual([
      'alertname=~".+" matches every value of alertname',
      'instance=~".*" matches every value of instance',
    ]);
    expect(everything.matched).toBe(5);
    const nothing = checkSilenceForm({...form, matchers: 'alertname="Gone"'}, context);
    expect(nothing.warnings).toEqual(['matches no current alert']);
  });
});
