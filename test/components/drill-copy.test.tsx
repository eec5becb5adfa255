// Drill-down and copy in the App at 80x24: the picker in the grid's place, the drilled panel in
// the poll plan (so through the poller, store and range cache) and on screen zoomed with its
// title saying "by <label>", Esc back to the panel as it was; `y` hands the panel's PromQL to
// the output stage and shows what was copied.
import {afterEach, describe, expect, it} from 'vitest';
import {fixtureDashboards} from '../fixtures/dashboards/dashboards.js';
import {fakePoller, fakeStore, renderApp} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';

let current: Harness | undefined;
afterEach(() => current?.unmount());

async function setup() {
  const {store} = fakeStore();
  const {poller, calls} = fakePoller();
  const copies: string[] = [];
  const harness = renderApp(
    {dashboards: fixtureDashboards, store, poller, onCopy: (text) => void copies.push(text)},
    {columns: 80, rows: 24},
  );
  current = harness;
  await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
  const lines = () => harness.lastFrame().split('\n');
  const planned = () => calls.plans.at(-1)?.dashboard.rows[0]?.panels[1];
  return {harness, lines, planned, copies};
}

describe('drill-down in the App', () => {
  it('picks a label, polls and shows the split panel zoomed, and goes back with Esc', async () => {
    const {harness, lines, planned} = await setup();
    await harness.press('l');
    await harness.press('d');
    // Each check waits for its frame: on a loaded machine one can come after the 30 ms a press
    // settles for.
    await eventually(() =>
      expect(lines().slice(2, 9)).toEqual([
        'Split WebSocket connections by',
        '▶ instance  not on the series now',
        '  job       not on the series now',
        '',
        '↑↓ pick  Enter split  Esc cancel',
        '',
        '',
      ]),
    );
    await harness.press('j');
    await harness.press('\r');
    await eventually(() =>
      expect(planned()).toEqual({
        id: 'connections@by:job',
        title: 'WebSocket connections by job',
        kind: 'timeseries',
        unit: 'count',
        queries: [{expr: 'sum by (job) (ws_active_connections)', legend: '{{job}}'}],
      }),
    );
    await eventually(() =>
      expect(lines()[2]).toBe(`╭ WebSocket connections by job ${'─'.repeat(39)} loading ╮`),
    );
    await harness.press('\u001B');
    await eventually(() => expect(planned()?.id).toBe('connections'));
    await eventually(() => expect(lines()[2]).not.toContain('by job'));
  });
});

describe('copy in the App', () => {
  it("hands the focused panel's PromQL to the output stage and shows it until the next key", async () => {
    const {harness, lines, copies} = await setup();
    await harness.press('l');
    await harness.press('y');
    await eventually(() => expect(copies).toEqual(['sum(ws_active_connections)']));
    await eventually(() =>
      expect(lines().slice(2, 8)).toEqual([
        'Copied the PromQL of WebSocket connections',
        'Sent to your terminal with OSC 52. It may refuse it (nova-top cannot know): if',
        'nothing was copied, select the text below by hand.',
        '',
        'sum(ws_active_connections)',
        '',
      ]),
    );
    await harness.press('j');
    await eventually(() => expect(lines()[2]).not.toContain('Copied'));
  });
});
