// The number keys follow the tabs the header shows: 1-4 the dashboards, 5 the alerts screen; and
// `-` narrows the range down to the shortest --range accepts. AlertManager is a replay of
// recorded payloads.
import {afterEach, describe, expect, it} from 'vitest';
import {fixture, replay} from '../../alerts/fixtures.js';
import {builtinDashboards} from '../../../source/dashboards/dashboards.js';
import {renderApp} from '../app-fixture.js';
import {eventually, type Harness} from '../ink-harness.js';
import {alertsRuntimeFor} from './alerts-runtime-fixture.js';

let harness: Harness | undefined;
let stopAlerts: (() => void) | undefined;
afterEach(() => {
  harness?.unmount();
  stopAlerts?.();
});

function mount(dashboards = builtinDashboards): Harness {
  const am = replay({
    'GET /api/v2/alerts': fixture('alerts'),
    'GET /api/v2/silences': fixture('silences'),
    'GET /api/v2/status': fixture('status'),
  });
  const prometheus = replay({'GET /api/v1/rules': fixture('rules')});
  const runtime = alertsRuntimeFor({
    flags: {alertmanager: ['http://am1:9093']},
    prometheus: prometheus.request,
    alertmanager: am.request,
  });
  stopAlerts = () => runtime.poller.stop();
  harness = renderApp({
    dashboards,
    refreshMs: 60_000,
    alerts: runtime,
    initialRangeSeconds: 15 * 60,
  });
  return harness;
}

const tabs = (shown: Harness): string => shown.lastFrame().split('\n')[0] ?? '';
const rangeLine = (shown: Harness): string => shown.lastFrame().split('\n')[1] ?? '';

describe('the number keys', () => {
  it('5 opens the alerts screen its tab names, and 2 goes back to a dashboard', async () => {
    const shown = mount();
    await eventually(() => expect(tabs(shown)).toContain('Alerts'));
    expect(tabs(shown)).toMatch(
      /^\[1 System Overview\] {2}2 websocket {3}3 messaging {3}4 errors {3}5 Alerts /,
    );
    await shown.press('5');
    await eventually(() => expect(shown.lastFrame()).toContain('Critical (2)'));
    expect(tabs(shown)).toMatch(
      /^ 1 overview {3}2 websocket {3}3 messaging {3}4 errors {2}\[5 Alerts\] /,
    );
    await shown.press('2');
    await eventually(() =>
      expect(tabs(shown)).toMatch(
        /^ 1 overview {2}\[2 websocket\] {2}3 messaging {3}4 errors {3}5 alerts {8}2 crit 0 warn 0 info 1 silenced$/,
      ),
    );
    expect(shown.lastFrame()).not.toContain('Critical (2)');
  });
});

describe('the number keys with two dashboards', () => {
  it('3 is the alerts screen and 4 does nothing', async () => {
    const shown = mount(builtinDashboards.slice(0, 2));
    await eventually(() =>
      expect(tabs(shown)).toMatch(/^\[1 System Overview\] {2}2 WebSocket Health {3}3 Alerts /),
    );
    await shown.press('4');
    await shown.press('3');
    await eventually(() => expect(shown.lastFrame()).toContain('Critical (2)'));
    expect(tabs(shown)).toMatch(/^ 1 System Overview {3}2 WebSocket Health {2}\[3 Alerts\] /);
    await shown.press('4');
    expect(tabs(shown)).toMatch(/^ 1 System Overview {3}2 WebSocket Health {2}\[3 Alerts\] /);
    await shown.press('\u001B[C');
    await eventually(() => expect(tabs(shown)).toMatch(/^\[1 System Overview\] /));
  });
});

describe('the - key', () => {
  it('narrows 15m to 5m to 1m, the shortest --range, and stays there', async () => {
    const shown = mount();
    await eventually(() => expect(rangeLine(shown)).toContain('range 15m'));
    for (const range of ['5m', '1m', '1m']) {
      await shown.press('-');
      await eventually(() => expect(rangeLine(shown)).toContain(`range ${range} `));
    }
  });
});
