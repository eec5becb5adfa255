// Identifiers from AlertManager (silence ids, the fingerprints in inhibitedBy and silencedBy) are
// server strings like any other: they reach the screen only through the sanitizer.
import {describe, expect, it} from 'vitest';
import type {AlertRow} from '../../../source/alerts/alert-rows.js';
import type {Silence} from '../../../source/alerts/types.js';
import {alertDetailLines} from '../../../source/view-models/alerts/alert-detail-view.js';
import {silenceListLines} from '../../../source/view-models/alerts/silence-list-view.js';
import type {Line} from '../../../source/view-models/tone.js';

const osc8 = '\u001B]8;;file:///etc/passwd\u001B\\';
const hostileId = `${osc8}id\u202Egnp\u001B[2J`;
const text = (lines: readonly Line[]) => lines.map((line) => line.map((s) => s.text).join(''));
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const controls = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const row: AlertRow = {
  key: 'k',
  alertname: 'Muted',
  severity: 'warning',
  labels: {alertname: 'Muted'},
  annotations: {},
  state: 'inhibited',
  since: 0,
  sources: ['am1'],
  silencedBy: [],
  inhibitedBy: [hostileId],
  mutedBy: [],
};

describe('identifiers from the server are sanitized', () => {
  it('in the alert detail: an inhibiting alert nova-top does not know', () => {
    const lines = text(alertDetailLines({row, rows: [row], silences: [], now: 0, width: 80}));
    expect(lines.find((line) => line.startsWith('Inhibited by '))?.trimEnd()).toBe(
      'Inhibited by idgnp',
    );
    for (const line of lines) expect(line).not.toMatch(controls);
  });

  it('in the alert detail: a silence nova-top does not know, and one it knows', () => {
    const silenced: AlertRow = {
      ...row,
      state: 'silenced',
      inhibitedBy: [],
      silencedBy: [hostileId],
    };
    const unknown = text(
      alertDetailLines({row: silenced, rows: [], silences: [], now: 0, width: 80}),
    );
    expect(unknown.find((line) => line.startsWith('Silenced by '))?.trimEnd()).toBe(
      'Silenced by idgnp',
    );
    const silence: Silence = {
      id: hostileId,
      state: 'active',
      matchers: [],
      startsAt: 0,
      endsAt: 3_600_000,
      createdBy: 'ops',
      comment: 'c',
    };
    const known = text(
      alertDetailLines({row: silenced, rows: [], silences: [silence], now: 0, width: 80}),
    );
    expect(known.find((line) => line.startsWith('Silenced by '))).toMatch(
      /^Silenced by idgnp by ops/,
    );
    for (const line of [...unknown, ...known]) expect(line).not.toMatch(controls);
  });

  it('in the silence list', () => {
    const lines = text(
      silenceListLines({
        rows: [
          {
            id: hostileId,
            state: 'active',
            matchers: '{alertname="Muted"}',
            matched: 1,
            createdBy: 'ops',
            comment: 'c',
            startsAt: 0,
            endsAt: 1,
            timeLeft: 'ends in 1h',
          },
        ],
        selected: 0,
        readOnly: false,
        width: 60,
        height: 10,
      }),
    );
    expect(lines.some((line) => line.startsWith('    idgnp  by ops: c'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(controls);
  });
});
