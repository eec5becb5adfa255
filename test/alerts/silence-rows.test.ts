import {describe, expect, it} from 'vitest';
import {buildAlertRows} from '../../source/alerts/alert-rows.js';
import {narrowAlerts, narrowSilences} from '../../source/alerts/alertmanager-narrow.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import {silenceRows} from '../../source/alerts/silence-rows.js';
import {fixture, ms} from './fixtures.js';

const alerts = buildAlertRows({
  alertmanagers: [{name: 'am-1', alerts: narrowAlerts(fixture('alerts'))}],
  rules: narrowRules(fixture('rules')),
}).map((row) => row.labels);
const silences = narrowSilences(fixture('silences'));

describe('the silences list', () => {
  it('shows active then pending silences with matched alerts, creator and time left', () => {
    const now = ms('2026-11-27T05:32:00.000Z');
    expect(silenceRows(silences, alerts, now)).toEqual([
      {
        id: 'fccf3f8c-d636-429e-abbd-133088e70e3a',
        state: 'active',
        matchers: '{alertname="IdleConversationsTooHigh"}',
        matched: 1,
        createdBy: 'alice',
        comment: 'Known: weekend traffic',
        startsAt: ms('2026-11-27T05:31:59.235Z'),
        endsAt: ms('2026-11-27T07:31:59.232Z'),
        timeLeft: 'ends in 1h 59m',
      },
      {
        id: 'b7bbe195-1db9-4c45-807c-9b0b0fca0977',
        state: 'pending',
        matchers: '{service=~"mess.*"}',
        // IdleConversationsTooHigh and the pending MessageQueueBacklog.
        matched: 2,
        createdBy: 'alice',
        comment: 'Deploy window',
        startsAt: ms('2026-11-27T06:31:59.237Z'),
        endsAt: ms('2026-11-27T08:31:59.237Z'),
        timeLeft: 'starts in 59m',
      },
    ]);
  });

  it('puts the active silence ending soonest first', () => {
    const [active] = silences;
    if (active === undefined) throw new Error('fixture has no silence');
    const later = {...active, id: 'later', endsAt: active.endsAt + 60_000};
    const sooner = {...active, id: 'sooner', endsAt: active.endsAt - 60_000};
    const now = active.startsAt;
    expect(silenceRows([later, active, sooner], [], now).map((row) => row.id)).toEqual([
      'sooner',
      active.id,
      'later',
    ]);
  });
});
