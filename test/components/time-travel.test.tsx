// The App held at a time, drawn at 80x24 and 160x48 with the held poller asking a recording fake
// client: the header marks it plainly as not live, the panels' ages count from the held time, the
// live poller rests, and Esc returns to live at once.
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {fixturePanels} from '../fixtures/dashboards/panels.js';
import {HttpError} from '../../source/http/types.js';
import {fakeClient, type Call} from '../poller/fake-client.js';
import {fakePoller, fakeStore, renderApp} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});

const now = Date.UTC(2026, 11, 2, 5, 30, 0);
const heldAt = now - 2 * 3_600_000;
const dashboards: readonly DashboardSpec[] = [
  {
    id: 'one',
    title: 'One',
    rows: [{panels: [fixturePanels.connections, fixturePanels['error-rate']]}],
  },
];

let current: Harness | undefined;
afterEach(() => current?.unmount());

/**
 * 42 connections now (at the asked time); a 3% error rate whose newest point is 10 minutes before
 * the asked time and whose value now Prometheus refuses: the panel then shows that point's age.
 */
function answer(call: Call) {
  // The overlay asks a day earlier: 1% then, 3% now.
  const dayBefore = (call.window?.end ?? call.time ?? 0) < (now - 43_200_000) / 1000;
  const value = call.expr.includes('connections') ? 42 : dayBefore ? 1 : 3;
  if (call.type === 'instant') {
    if (value !== 42) return new HttpError('prometheus', 'query timed out', {errorType: 'timeout'});
    return [{labels: {}, timestamp: call.time ?? 0, value}];
  }
  // A point every step, the newest 10 minutes before the window's end.
  const {start, end, step} = call.window ?? {start: 0, end: 0, step: 1};
  const times = Array.from(
    {length: Math.floor((end - 600 - start) / step) + 1},
    (_, i) => start + i * step,
  );
  return [{labels: {}, samples: times.map((time) => [time, value] as const)}];
}

async function setup(columns: number, rows: number) {
  const client = fakeClient(answer);
  const {poller, calls} = fakePoller();
  const harness = renderApp(
    {
      dashboards,
      store: fakeStore({
        panels: {},
        connection: {status: 'up', lastSuccessAt: now - 5_000},
        paused: false,
      }).store,
      poller,
      prometheus: client,
      clock: () => now,
      clockText: (ms) => new Date(ms).toISOString().slice(11, 19),
    },
    {columns, rows},
  );
  current = harness;
  await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
  const lines = () => harness.lastFrame().split('\n');
  return {harness, client, calls, lines};
}

/** The 80x24 frame, held at 03:30 (now is 05:30): every age on it counts from 03:30. */
const held80 = [
  '[1 One]                              ⏸ AT 2026-12-02 03:30 · not live · Esc live',
  'http://prom:9090  range 1h  refresh 15s    not live: data as of 2026-12-02 03:30',
  '╭ WebSocket connections ───────────────╮╭ Error rate ─ as of 03:18:50, 11m ago ╮',
  '│█ █ ▀▀█                        peak 42││ws errors           3%  min 3%  max 3%│',
  '│▀▀█ █▀▀                               ││┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄│',
  '│  █ █▄▄                               ││                                      │',
  '│                                      ││▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂       │',
  '│                                      ││███████████████████████████████       │',
  '│▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅▅      ▅││███████████████████████████████       │',
  '│███████████████████████████████      █││███████████████████████████████       │',
  '│███████████████████████████████      █││███████████████████████████████       │',
  '│███████████████████████████████      █││delivery            3%  min 3%  max 3%│',
  '│███████████████████████████████      █││                                      │',
  '│███████████████████████████████      █││                                      │',
  '│███████████████████████████████      █││▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂▂       │',
  '│███████████████████████████████      █││███████████████████████████████       │',
  '│███████████████████████████████      █││███████████████████████████████┄┄┄┄┄┄┄│',
  '│███████████████████████████████      █││███████████████████████████████       │',
  '│███████████████████████████████      █││███████████████████████████████       │',
  '│███████████████████████████████      █││ws errors warn >5% crit >15% · delive…│',
  '│███████████████████████████████      █││scale 0%–5%                           │',
  '╰──────────────────────────────────────╯╰──────────────────────────────────────╯',
  '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  ? help  q quit',
];

describe('a held dashboard', () => {
  it('at 80x24: marked not live, the panels as of the held time, the live poller resting', async () => {
    const {harness, client, calls, lines} = await setup(80, 24);
    await harness.press('t');
    await harness.press('-2h');
    await eventually(() =>
      expect(lines().at(-1)).toBe(
        'time: -2h   Enter hold · Esc cancel · e.g. -2h, 03:10, 2026-12-01 03:10',
      ),
    );
    await harness.press('\r');
    await eventually(() => expect(lines()[2]).toContain('as of'));
    await eventually(() => expect(lines()[3]).toContain('42'));
    await eventually(() => expect(lines()).toEqual(held80));
    // The held poller asked at the held time only; the live poller was paused.
    const held = heldAt / 1000;
    expect(client.calls.filter((call) => call.type === 'instant').map((call) => call.time)).toEqual(
      [held, held, held],
    );
    for (const call of client.calls.filter((one) => one.type === 'range')) {
      expect(call.window?.end).toBeLessThanOrEqual(held);
      expect(call.window?.end).toBeGreaterThan(held - 60);
    }
    expect(calls.paused).toEqual([true]);
    // r asks the held time again, not the live poller (whose data is not on screen).
    const before = client.calls.length;
    await harness.press('r');
    await eventually(() => expect(client.calls.length).toBeGreaterThan(before));
    expect(
      client.calls.slice(before).every((call) => (call.time ?? call.window?.end ?? 0) <= held),
    ).toBe(true);
    expect(calls.refreshes).toBe(0);
    // Esc: live at once, the live store's age in the header again.
    await harness.press('\u001B');
    await eventually(() => expect(calls.paused).toEqual([true, false]));
    await eventually(() =>
      expect(lines()[1]).toBe(
        'http://prom:9090  range 1h  refresh 15s'.padEnd(65) + ' updated 5s ago',
      ),
    );
    expect(lines()[0]).toBe('[1 One]');
  });

  it('at 160x48: every title, the badge, and ages from the held time', async () => {
    const {harness, lines} = await setup(160, 48);
    await harness.press('t');
    await harness.press('-2h');
    await harness.press('\r');
    await eventually(() => expect(lines()).toHaveLength(47));
    await eventually(() =>
      expect(lines()[2]).toBe(
        '╭ WebSocket connections ───────────────────────────────────────────────────────╮╭ Error rate ───────────────────────────────────────── as of 03:19:23, 10m ago ╮',
      ),
    );
    const frame = lines();
    const badge = '⏸ AT 2026-12-02 03:30 · not live · Esc live';
    expect(frame[0]).toBe('[1 One]'.padEnd(160 - badge.length) + badge);
    const notice = 'not live: data as of 2026-12-02 03:30';
    expect(frame[1]).toBe(
      'http://prom:9090  range 1h  refresh 15s'.padEnd(160 - notice.length) + notice,
    );
    expect(frame[3]).toBe(
      '│█ █ ▀▀█                                                                peak 42││ws errors                                                   3%  min 3%  max 3%│',
    );
    expect(frame.at(-1)).toBe(
      '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  p pause  ? help  q quit',
    );
  });
});

/**
 * The error rate zoomed at 80x24, held at 03:30, with the overlay of a day earlier: 1% then
 * against 3% now, the overlay's legend lines and its line dim (colours are off here: the tones are
 * checked in test/view-models/overlay-view.test.ts).
 */
const zoom80 = [
  '[1 One]                              ⏸ AT 2026-12-02 03:30 · not live · Esc live',
  'http://prom:9090  range 1h  refresh 15s    not live: data as of 2026-12-02 03:30',
  '╭ Error rate ───────────────────────────────────────── as of 03:19:14, 10m ago ╮',
  '│● ws errors                                             now 3%  min 3%  max 3%│',
  '│● delivery                                              now 3%  min 3%  max 3%│',
  '│◦ 1d earlier ws errors                                  now 1%  min 1%  max 1%│',
  '│◦ 1d earlier delivery                                   now 1%  min 1%  max 1%│',
  '│ws errors warn >5% crit >15% · delivery warn >2% crit >10%                    │',
  "│now: the chart's last point, as of 03:19:14                                   │",
  '│       5%┤┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄│',
  '│     4.5%┤                                                                    │',
  '│       4%┤                                                                    │',
  '│     3.5%┤                                                                    │',
  '│       3%┤────────────────────────────────────────────────────────            │',
  '│     2.5%┤                                                                    │',
  '│       2%┤┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄│',
  '│     1.5%┤                                                                    │',
  '│       1%┤────────────────────────────────────────────────────────            │',
  '│     0.5%┤                                                                    │',
  '│       0%┼                                                                    │',
  '│       02:30         02:42        02:53         03:05        03:17       03:29│',
  '╰──────────────────────────────────────────────────────────────────────────────╯',
  // Zoomed, ←/→ move the chart's cursor.
  '↑↓hjkl focus  ←→ cursor  +/- range  r refresh  p pause  ? help  q quit',
];

describe('a zoomed panel with the overlay of a day earlier', () => {
  it('at 80x24: the overlay asked over the range a day before the held time', async () => {
    const {harness, client, lines} = await setup(80, 24);
    await harness.press('t');
    await harness.press('-2h');
    await harness.press('\r');
    await harness.press('l');
    await harness.press('\r');
    await harness.press('o');
    await eventually(() => expect(lines()).toEqual(zoom80));
    const dayBefore = heldAt / 1000 - 86_400;
    const overlayCalls = client.calls.filter(
      (call) => (call.window?.end ?? call.time ?? 0) <= dayBefore,
    );
    expect(overlayCalls.map((call) => [call.type, call.window?.end ?? call.time])).toEqual([
      ['range', dayBefore],
      ['range', dayBefore],
      ['instant', dayBefore],
      ['instant', dayBefore],
    ]);
    // o again: a week earlier; once more: none.
    await harness.press('o');
    await eventually(() => expect(lines()[5]).toContain('◦ 1w earlier ws errors'));
    await harness.press('o');
    await eventually(() => expect(lines().join('\n')).not.toContain('earlier'));
  });

  it('at 160x48', async () => {
    const {harness, lines} = await setup(160, 48);
    await harness.press('t');
    await harness.press('-2h');
    await harness.press('\r');
    await harness.press('l');
    await harness.press('\r');
    await harness.press('o');
    await eventually(() =>
      expect(lines().slice(0, 9)).toEqual([
        '[1 One]                                                                                                              ⏸ AT 2026-12-02 03:30 · not live · Esc live',
        'http://prom:9090  range 1h  refresh 15s                                                                                    not live: data as of 2026-12-02 03:30',
        '╭ Error rate ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────── as of 03:20:00, 10m ago ╮',
        '│● ws errors                                                                                                                             now 3%  min 3%  max 3%│',
        '│● delivery                                                                                                                              now 3%  min 3%  max 3%│',
        '│◦ 1d earlier ws errors                                                                                                                  now 1%  min 1%  max 1%│',
        '│◦ 1d earlier delivery                                                                                                                   now 1%  min 1%  max 1%│',
        '│ws errors warn >5% crit >15% · delivery warn >2% crit >10%                                                                                                    │',
        "│now: the chart's last point, as of 03:20:00                                                                                                                   │",
      ]),
    );
    // The live line at 3%, the overlay's at 1%, across the plot; the time axis of the held range.
    const frame = lines();
    expect(frame.filter((line) => /┤─{100,}/.test(line))).toHaveLength(2);
    expect(frame.at(-3)).toBe(
      '│       02:30       02:35        02:40       02:45       02:50        02:55       03:00       03:05        03:10       03:15       03:19        03:25     03:30│',
    );
  });
});
