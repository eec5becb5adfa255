// A new critical alert rings the bell once (not the ones already firing at start, not with
// --no-bell), and the output stage writes BEL outside any frame.
import {EventEmitter} from 'node:events';
import {afterEach, describe, expect, it} from 'vitest';
import type {RequestFn} from '../../../source/http/types.js';
import {createTerminalOutput} from '../../../source/output-stage/terminal-output.js';
import {fixture} from '../../alerts/fixtures.js';
import {renderApp} from '../app-fixture.js';
import {eventually, type Harness} from '../ink-harness.js';
import {alertsRuntimeFor} from './alerts-runtime-fixture.js';

const recorded = fixture('alerts') as {labels: {severity: string}}[];
const warnings = recorded.filter((alert) => alert.labels.severity !== 'critical');

let harness: Harness | undefined;
let stop: (() => void) | undefined;
afterEach(() => {
  harness?.unmount();
  stop?.();
});

function mount(flags: Record<string, unknown>) {
  let alerts: unknown = warnings;
  const request: RequestFn = async ({path}) => ({
    status: 200,
    bytes: 0,
    data:
      path === '/api/v2/alerts'
        ? alerts
        : path === '/api/v2/status'
          ? fixture('status')
          : path === '/api/v1/rules'
            ? {status: 'success', data: {groups: []}}
            : [],
  });
  const runtime = alertsRuntimeFor({flags: flags, prometheus: request, alertmanager: request});
  stop = () => runtime.poller.stop();
  let bells = 0;
  harness = renderApp({
    refreshMs: 60_000,
    alerts: runtime,
    onBell: () => void (bells += 1),
  });
  return {
    harness,
    bells: () => bells,
    fire: () => void (alerts = recorded),
  };
}

describe('the bell', () => {
  it('rings once when a critical alert starts firing, and the count flashes', async () => {
    const app = mount({bell: true});
    await eventually(() => expect(app.harness.lastFrame()).toContain('0 crit 0 warn 0 info'));
    app.fire();
    await app.harness.press('r');
    await eventually(() => expect(app.bells()).toBe(1));
    expect(app.harness.lastFrame().split('\n')[0]).toMatch(/!2 crit! 0 warn 0 info 1 silenced$/);
    await app.harness.press('r');
    expect(app.bells()).toBe(1);
  });

  it('stays silent with --no-bell', async () => {
    const app = mount({bell: false});
    await eventually(() => expect(app.harness.lastFrame()).toContain('0 crit 0 warn 0 info'));
    app.fire();
    await app.harness.press('r');
    await eventually(() => expect(app.harness.lastFrame()).toContain('2 crit!'));
    expect(app.bells()).toBe(0);
  });

  it('reaches the terminal as BEL, outside the frame, and not after the screen is restored', () => {
    const written: string[] = [];
    const stream = Object.assign(new EventEmitter(), {
      write: (text: string) => void written.push(text),
      columns: 20,
      rows: 5,
      isTTY: true,
    });
    const output = createTerminalOutput(stream);
    output.bell();
    expect(written).toEqual(['\u0007']);
    output.restore();
    output.bell();
    expect(written.filter((text) => text === '\u0007')).toHaveLength(1);
  });
});
