// `o` in the alert detail opens the dashboard panel that mirrors the alert, zoomed, as the detail
// names it; Esc then shows that dashboard with the panel focused. Driven through the App with the
// recorded AlertManager 0.25 alerts (the first listed is CriticalWebSocketErrorRate).
import {afterEach, describe, expect, it} from 'vitest';
import type {RequestFn} from '../../../source/http/types.js';
import {fixture} from '../../alerts/fixtures.js';
import {renderApp} from '../app-fixture.js';
import {eventually, type Harness} from '../ink-harness.js';
import {alertsRuntimeFor} from './alerts-runtime-fixture.js';

let harness: Harness | undefined;
let stop: (() => void) | undefined;
afterEach(() => {
  harness?.unmount();
  stop?.();
});

function mount(initialDashboard: number): Harness {
  const request: RequestFn = async ({path}) => ({
    status: 200,
    bytes: 0,
    data:
      path === '/api/v2/alerts'
        ? fixture('alerts')
        : path === '/api/v2/status'
          ? fixture('status')
          : path === '/api/v1/rules'
            ? {status: 'success', data: {groups: []}}
            : [],
  });
  const runtime = alertsRuntimeFor({flags: {}, prometheus: request, alertmanager: request});
  stop = () => runtime.poller.stop();
  harness = renderApp({refreshMs: 60_000, alerts: runtime, initialDashboard});
  return harness;
}

const lines = (app: Harness) =>
  app
    .lastFrame()
    .split('\n')
    .map((line) => line.trimEnd());

describe('the alert detail panel key', () => {
  it('names the panel and opens it zoomed with o, from another dashboard', async () => {
    const app = mount(2);
    await eventually(() => expect(app.lastFrame()).toContain('[3 Messaging Performance]'));
    await app.press('a');
    await eventually(() => expect(app.lastFrame()).toContain('CriticalWebSocketErrorRate'));
    await app.press('\r');
    await eventually(() =>
      expect(lines(app)).toContain('Panel 1 System Overview › Error rate (ws errors)  o opens it'),
    );
    expect(lines(app).at(-2)).toBe('Esc back  ↑↓ next alert  s silence  +/- range  o panel');
    await app.press('o');
    await eventually(() => {
      const screen = lines(app);
      // The header's alert counts, now with the silenced one, leave the tabs room for ids only.
      expect(screen[0]).toMatch(/^\[1 overview\] .* 1 silenced$/);
      // Zoomed: the one panel spans the grid, its title in the top border.
      expect(screen[2]).toMatch(/^╭ Error rate ─+ loading ╮$/);
      expect(screen[2]).toHaveLength(100);
      expect(app.lastFrame()).not.toContain('Service health');
    });
    await app.press('\u001B');
    await eventually(() => {
      expect(app.lastFrame()).toContain('Service health');
      expect(app.lastFrame()).toContain('Error rate');
    });
  });

  it('does nothing on the list, where no alert is open', async () => {
    const app = mount(0);
    await app.press('a');
    await eventually(() => expect(app.lastFrame()).toContain('CriticalWebSocketErrorRate'));
    const before = app.lastFrame();
    await app.press('o');
    expect(app.lastFrame()).toBe(before);
  });
});
