import {afterEach, describe, expect, it} from 'vitest';
import {bindings, isListed} from '../../source/keys/bindings.js';
import {fakePoller, fakeStore, renderApp} from './app-fixture.js';
import {eventually, settle, type Harness} from './ink-harness.js';

const start = Date.UTC(2026, 10, 27, 12, 0, 0);
const utcClock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

let current: Harness | undefined;
afterEach(() => current?.unmount());

async function setup(columns = 100, rows = 30) {
  let now = start;
  const {store, set} = fakeStore({
    panels: {},
    connection: {status: 'up', lastSuccessAt: start - 12_000},
    paused: false,
  });
  const {poller, calls: pollerCalls} = fakePoller();
  const calls = Object.assign(pollerCalls, {redraws: 0});
  const harness = renderApp(
    {
      store,
      poller,
      clock: () => now,
      clockText: utcClock,
      onRedraw: () => void (calls.redraws += 1),
    },
    {columns, rows},
  );
  current = harness;
  await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
  const lines = () => harness.lastFrame().split('\n');
  const lastPlan = () => calls.plans.at(-1);
  const advance = (ms: number) => void (now += ms);
  return {harness, lines, calls, lastPlan, set, advance};
}

describe('App', () => {
  it('draws header, grid and footer in one row less than the terminal, and plans the overview', async () => {
    const {lines, calls, lastPlan} = await setup();
    expect(lines()).toHaveLength(29);
    expect(lines()[0]).toBe(
      '[1 System Overview]  2 WebSocket Health   3 Messaging Performance   4 Error Analysis',
    );
    expect(lines()[1]).toBe(
      'http://prom:9090  range 1h  refresh 15s'.padEnd(84) + ' updated 12s ago',
    );
    expect(lines()[28]).toBe(
      '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  p pause  ? help  q quit',
    );
    expect(calls.plans).toHaveLength(1);
    expect(lastPlan()).toMatchObject({
      rangeSeconds: 3600,
      refreshMs: 15_000,
      dashboard: {id: 'overview'},
    });
    expect(Object.keys(lastPlan()?.chartWidths ?? {})).toEqual([
      'health',
      'connections',
      'throughput',
      'error-rate',
      'queues',
    ]);
  });

  it.each([
    ['→', '\u001B[C', 'websocket', '[2 WebSocket Health]'],
    ['Tab', '\t', 'websocket', '[2 WebSocket Health]'],
    ['←', '\u001B[D', 'errors', '[4 Error Analysis]'],
    ['Shift-Tab', '\u001B[Z', 'errors', '[4 Error Analysis]'],
    ['3', '3', 'messaging', '[3 Messaging Performance]'],
  ])('switches dashboard with %s', async (_name, keys, id, tab) => {
    const {harness, lines, lastPlan} = await setup();
    await harness.press(keys);
    expect(lines()[0]).toContain(tab);
    await eventually(() => expect(lastPlan()?.dashboard.id).toBe(id));
  });

  it('moves the focus, zooms the focused panel with Enter and returns with Esc', async () => {
    const {harness, lines, lastPlan} = await setup();
    await harness.press('j');
    await harness.press('l');
    await harness.press('\r');
    const zoomed = lines().join('\n');
    expect(lines()[2]).toMatch(/^╭ Error rate /);
    expect(zoomed).not.toContain('Message throughput');
    // One point per plot column: 98 cells inside the border less the 9-cell value axis.
    await eventually(() => expect(lastPlan()?.chartWidths['error-rate']).toBe(89));
    await harness.press('\u001B');
    const grid = lines().join('\n');
    expect(grid).toContain('Message throughput');
    expect(grid).toContain('Error rate');
    await eventually(() => expect(lastPlan()?.chartWidths['error-rate']).not.toBe(89));
  });

  it('acts on every key of a chunk that arrives at once (tmux, slow links)', async () => {
    const {harness, lines} = await setup();
    await harness.press('jl');
    await harness.press('\r');
    expect(lines()[2]).toMatch(/^╭ Error rate /);
  });

  it('shows the help overlay with ? and hides it again', async () => {
    const {harness, lines} = await setup();
    await harness.press('?');
    const help = lines().map((line) => line.trimEnd());
    expect(help[2]).toBe('╭─ Keys (? or Esc closes) ' + '─'.repeat(73) + '╮');
    // Every binding shows, in two columns since one would not fit the 24 rows inside the box.
    const body = help.slice(3, 27).join('\n');
    for (const binding of bindings.filter(isListed)) expect(body).toContain(binding.label);
    expect(help[3]).toMatch(/^│ ← \/ Shift-Tab {2}Previous dashboard {16}\S/);
    expect(help[27]).toBe('╰' + '─'.repeat(98) + '╯');
    await harness.press('?');
    expect(lines().join('\n')).not.toContain('Keys (? or Esc closes)');
  });

  it('pauses and resumes the poller with p, and says PAUSED', async () => {
    const {harness, lines, calls} = await setup();
    await harness.press('p');
    await eventually(() => expect(calls.paused).toEqual([true]));
    expect(lines()[0]).toMatch(/ PAUSED$/);
    await harness.press('p');
    await eventually(() => expect(calls.paused).toEqual([true, false]));
    expect(lines()[0]).not.toContain('PAUSED');
  });

  it('refreshes now with r', async () => {
    const {harness, calls} = await setup();
    await harness.press('r');
    expect(calls.refreshes).toBe(1);
  });

  it('redraws the whole screen with Ctrl-L', async () => {
    const {harness, calls} = await setup();
    await harness.press('\u000C');
    expect(calls.redraws).toBe(1);
    expect(calls.refreshes).toBe(0);
  });

  it('widens and narrows the range with + and -', async () => {
    const {harness, lines, lastPlan} = await setup();
    await harness.press('+');
    await eventually(() => expect(lastPlan()?.rangeSeconds).toBe(3 * 3600));
    expect(lines()[1]).toContain('range 3h');
    await harness.press('-');
    await harness.press('-');
    await eventually(() => expect(lastPlan()?.rangeSeconds).toBe(1800));
  });

  it.each([
    ['q', 'q'],
    ['Ctrl-C', '\u0003'],
  ])('quits with %s', async (_name, keys) => {
    const {harness} = await setup();
    const exited = harness.waitUntilExit();
    await harness.press(keys);
    await expect(exited).resolves.toBeUndefined();
  });

  it('says how much room it needs when the terminal shrinks, and recovers', async () => {
    const {harness, lines, lastPlan} = await setup();
    harness.stdout.resize(70, 20);
    await settle();
    expect(lines()).toEqual([
      'Terminal too small: 70x20',
      'nova-top needs 80x24',
      '(10 more columns, 4 more rows)',
    ]);
    harness.stdout.resize(120, 40);
    await settle();
    expect(lines()).toHaveLength(39);
    await eventually(() => expect(lastPlan()?.chartWidths.queues).toBeGreaterThan(100));
  });

  it('shows the outage from the store, and the age moves on once a second', async () => {
    const {lines, set, advance} = await setup();
    set({
      panels: {},
      connection: {
        status: 'down',
        lastSuccessAt: start - 12_000,
        downSince: start - 5_000,
        retryAt: start + 8_000,
        lastError: {kind: 'unreachable', message: 'connect ECONNREFUSED'},
      },
      paused: false,
    });
    await settle();
    expect(lines()[1]).toMatch(
      / Prometheus unreachable since 11:59:55, retrying in 8s: connect ECONNREFUSED$/,
    );
    set({panels: {}, connection: {status: 'up', lastSuccessAt: start - 12_000}, paused: false});
    advance(5_000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(lines()[1]).toMatch(/ updated 17s ago$/);
  });
});
