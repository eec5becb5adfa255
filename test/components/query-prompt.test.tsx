// The query prompt in the App at 80x24: `e` opens the focused panel's query at the bottom, Enter
// plans the result as a one-panel dashboard zoomed over the grid, Esc plans the dashboard behind
// it again; a query that does not parse is pointed at and never planned.
import {afterEach, describe, expect, it} from 'vitest';
import {fixtureDashboards} from '../fixtures/dashboards/dashboards.js';
import {fakePoller, fakeStore, renderApp} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';

let current: Harness | undefined;
afterEach(() => current?.unmount());

const hint = 'Enter run · Esc cancel · ↑↓ history · Tab complete';

async function setup() {
  const {poller, calls} = fakePoller();
  const harness = renderApp(
    {dashboards: fixtureDashboards, store: fakeStore().store, poller},
    {columns: 80, rows: 24},
  );
  current = harness;
  await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
  const lines = () => harness.lastFrame().split('\n');
  const lastPlan = () => calls.plans.at(-1);
  return {harness, lines, lastPlan};
}

/** The prompt's line for a text with the cursor at its end (Ink trims the trailing cell). */
const promptLine = (text: string): string => `: ${text.slice(Math.max(0, text.length - 77))}`;

describe('the query prompt in the app', () => {
  it('e edits the focused panel query; Enter shows its result zoomed; Esc goes back', async () => {
    const {harness, lines, lastPlan} = await setup();
    const dashboard = fixtureDashboards[0];
    const panel = dashboard?.rows[0]?.panels[0];
    const expr = panel?.queries[0]?.expr ?? '';
    const note =
      (panel?.queries.length ?? 0) > 1
        ? `"${panel?.title}" has ${panel?.queries.length} queries: editing its first`
        : hint;
    await harness.press('e');
    await eventually(() => expect(lines().slice(-2)).toEqual([promptLine(expr), note]));
    expect(lines()).toHaveLength(23);
    await harness.press('\r');
    await eventually(() => expect(lastPlan()?.dashboard.id).toBe(`query:${expr}`));
    // One point per plot column: 78 cells inside the border less the 9-cell value axis.
    expect(lastPlan()?.chartWidths).toEqual({query: 69});
    expect(lines()[2]).toMatch(/^╭ /);
    expect(lines().at(-2)).toBe('unit number · u unit · P pin · W save · e edit · Esc back');
    await harness.press('\u001B');
    await eventually(() => expect(lastPlan()?.dashboard.id).toBe(dashboard?.id));
  });

  it('points at a query that does not parse and plans nothing', async () => {
    const {harness, lines, lastPlan} = await setup();
    const before = lastPlan();
    await harness.press(':');
    await harness.press('sum(up');
    await harness.press('\r');
    // The caret under the `(` that is never closed (2 cells of `: `, then 3 characters).
    await eventually(() =>
      expect(lines().at(-1)).toBe('     ^ this ( is never closed: a ) is missing'),
    );
    expect(lines().at(-2)).toBe(': sum(up');
    expect(lastPlan()).toBe(before);
  });
});
