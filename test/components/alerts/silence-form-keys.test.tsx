// The silence form's keys, in the App as the engineer uses it: `a` opens the alerts tab, `s` the
// form prefilled for the selected alert; typing edits the focused field, Tab and ↑/↓ move between
// fields, ←/→ on the duration pick 15m/1h/4h/1d, Enter posts, Esc cancels. AlertManager is a
// replay of recorded payloads, so what would be posted is checked exactly.
import {afterEach, describe, expect, it} from 'vitest';
import type {HttpRequest} from '../../../source/http/types.js';
import {fixture, replay} from '../../alerts/fixtures.js';
import {renderApp} from '../app-fixture.js';
import {eventually, settle, type Harness} from '../ink-harness.js';
import {alertsRuntimeFor} from './alerts-runtime-fixture.js';

let harness: Harness | undefined;
let stopAlerts: (() => void) | undefined;
afterEach(() => {
  harness?.unmount();
  stopAlerts?.();
});

function mount(readOnly = false) {
  const am = replay({
    'GET /api/v2/alerts': fixture('alerts'),
    'GET /api/v2/silences': fixture('silences'),
    'GET /api/v2/status': fixture('status'),
    'POST /api/v2/silences': fixture('silence-created'),
  });
  const prometheus = replay({'GET /api/v1/rules': fixture('rules')});
  const runtime = alertsRuntimeFor({
    flags: {alertmanager: ['http://am1:9093'], ...(readOnly ? {readOnly} : {})},
    prometheus: prometheus.request,
    alertmanager: am.request,
  });
  stopAlerts = () => runtime.poller.stop();
  harness = renderApp({refreshMs: 60_000, alerts: runtime});
  return {
    harness,
    posted: () => am.requests.filter((request: HttpRequest) => request.method === 'POST'),
  };
}

const lines = (shown: Harness) =>
  shown
    .lastFrame()
    .split('\n')
    .map((line) => line.trimEnd());
const field = (shown: Harness, name: string) =>
  lines(shown).find((line) => line.slice(2).startsWith(name)) ?? '';

async function type(shown: Harness, text: string) {
  for (const char of text) await shown.press(char);
}

describe('the silence form', () => {
  it('takes keys that arrive in one chunk with the key that opened it (slow links, tmux)', async () => {
    const {harness: shown} = mount();
    await shown.press('a');
    await eventually(() => expect(lines(shown)).toContain('Critical (2)'));
    // `s` opens the form; the rest of the chunk is the comment, `q` included: it must not quit.
    await shown.press('squick fix');
    await eventually(() => expect(field(shown, 'Comment')).toBe('› Comment  quick fix'));
  });

  it('is prefilled, edited with the keyboard and posts what it shows', async () => {
    const {harness: shown, posted} = mount();
    await shown.press('a');
    await eventually(() => expect(lines(shown)).toContain('Critical (2)'));
    await shown.press('s');
    await settle(60);
    expect(field(shown, 'Matchers')).toBe(
      '  Matchers {alertname="CriticalWebSocketErrorRate", instance="chat-1:9464"}',
    );
    expect(field(shown, 'Duration')).toBe('  Duration 1h');
    // The focused field ends in the cursor's cell, then the field's error.
    expect(field(shown, 'Comment')).toBe('› Comment     a comment is required');
    expect(field(shown, 'Author')).toBe('  Author   oncall');
    expect(lines(shown)).toContain('Would silence 1 current alert');

    await type(shown, 'chat-1 restartx');
    expect(field(shown, 'Comment')).toBe('› Comment  chat-1 restartx');
    await shown.press('\u007f'); // Backspace
    await type(shown, 'ing');
    expect(field(shown, 'Comment')).toBe('› Comment  chat-1 restarting');

    await shown.press('\u001b[A'); // ↑: to the duration
    await shown.press('\u001b[C'); // →: 1h -> 4h
    expect(field(shown, 'Duration')).toBe('› Duration 4h');
    await shown.press('\u001b[D'); // ←: back to 1h
    await shown.press('\u001b[D'); // ←: 15m
    expect(field(shown, 'Duration')).toBe('› Duration 15m');

    await shown.press('\u001b[A'); // ↑: to the matchers
    await shown.press('\u001b[F'); // End
    for (let index = 0; index < ', instance="chat-1:9464"}'.length; index++) {
      await shown.press('\u007f');
    }
    await type(shown, '}');
    expect(field(shown, 'Matchers')).toBe('› Matchers {alertname="CriticalWebSocketErrorRate"}');
    expect(lines(shown)).toContain('Would silence 2 current alerts');
    expect(lines(shown)).toContain('! silences 2 current alerts, more than the 1 selected');

    await shown.press('\r');
    await eventually(() =>
      expect(lines(shown)).toContain('silenced: fccf3f8c-d636-429e-abbd-133088e70e3a on am1:9093'),
    );
    const [request] = posted();
    const body = request?.body as {startsAt: string; endsAt: string};
    expect(request?.body).toMatchObject({
      matchers: [
        {name: 'alertname', value: 'CriticalWebSocketErrorRate', isRegex: false, isEqual: true},
      ],
      createdBy: 'oncall',
      comment: 'chat-1 restarting',
    });
    expect(Date.parse(body.endsAt) - Date.parse(body.startsAt)).toBe(15 * 60_000);
  });

  it('posts nothing while the comment is empty, and Esc cancels', async () => {
    const {harness: shown, posted} = mount();
    await shown.press('a');
    await eventually(() => expect(lines(shown)).toContain('Critical (2)'));
    await shown.press('s');
    await settle(60);
    await shown.press('\r');
    expect(lines(shown)).toContain('fix the fields marked above first');
    await shown.press('\u001b');
    await settle(60);
    expect(field(shown, 'Matchers')).toBe('');
    expect(lines(shown)).toContain('Critical (2)');
    expect(posted()).toEqual([]);
  });

  it('silences a group: the rows marked with Space', async () => {
    const {harness: shown, posted} = mount();
    await shown.press('a');
    await eventually(() => expect(lines(shown)).toContain('Critical (2)'));
    await shown.press(' ');
    await shown.press('j');
    await shown.press(' ');
    expect(lines(shown).filter((line) => line.includes('CriticalWebSocketErrorRate'))).toEqual([
      expect.stringMatching(/^ \*CriticalWebSocketErrorRate instance=chat-1:9464 /),
      expect.stringMatching(/^›\*CriticalWebSocketErrorRate instance=chat-2:9464 /),
    ]);
    await shown.press('s');
    await settle(60);
    expect(field(shown, 'Matchers')).toBe('  Matchers {alertname="CriticalWebSocketErrorRate"}');
    expect(lines(shown)).toContain('Would silence 2 current alerts');
    expect(lines(shown).filter((line) => line.startsWith('! '))).toEqual([]);
    expect(posted()).toEqual([]);
  });

  it('does not open with --read-only, and says why', async () => {
    const {harness: shown, posted} = mount(true);
    await shown.press('a');
    await eventually(() => expect(lines(shown)).toContain('Critical (2)'));
    expect(lines(shown)[0]).toMatch(/RO 2C 0W 0I 1S$/);
    await shown.press('s');
    expect(lines(shown)).toContain('read-only: nova-top was started with --read-only');
    expect(posted()).toEqual([]);
  });
});
