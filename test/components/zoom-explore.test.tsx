// Exploring a zoomed panel in the App, keys sent as a terminal sends them (Shift-← is
// `\x1b[1;2D`, which Ink 6.8 reads as ← with shift): the cursor and the values at it, the alert
// marks, the selection, hidden and soloed series and the `/` filter, as exact screens.
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {initialAlertsState} from '../../source/alerts/alerts-state.js';
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import type {AlertsRuntime} from '../../source/poller/alerts-runtime.js';
import type {QueryResult} from '../../source/store/panel-state.js';
import {formatValue} from '../../source/view-models/units.js';
import {fixturePanels} from '../fixtures/dashboards/panels.js';
import {fakePoller, fakeStore, renderApp, type ScreenSize} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';
import {fresh, minuteWindow, range, repeat} from './panels/panel-data.js';
import {bottomBorder, side, topBorder} from './panels/render.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});

let current: Harness | undefined;
afterEach(() => current?.unmount());

const shiftLeft = '\u001B[1;2D';
const left = '\u001B[D';
const right = '\u001B[C';
const esc = '\u001B';

const delivery: DashboardSpec = {
  id: 'messaging',
  title: 'Messaging',
  rows: [{panels: [fixturePanels['delivery-rate']]}],
};

/** An alert from AlertManager with the expression in its generatorURL, started at `since` (s). */
const alert = (alertname: string, expr: string, since: number): AlertRow => ({
  key: alertname,
  alertname,
  severity: 'critical',
  labels: {alertname},
  annotations: {},
  state: 'firing',
  since: since * 1000,
  sources: ['am'],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
  generatorURL: `http://127.0.0.1:9090/graph?g0.expr=${encodeURIComponent(expr)}&g0.tab=1`,
});

/** The App on the one-panel dashboard, its data `results`, the alert rows given, at `now` (s). */
async function mount(
  results: readonly QueryResult[],
  rows: readonly AlertRow[],
  now: number,
  size: ScreenSize,
) {
  const {store} = fakeStore({
    panels: {'messaging/delivery-rate': fresh(results)},
    connection: {status: 'up', lastSuccessAt: now * 1000},
    paused: false,
  });
  const state = {...initialAlertsState(['am']), rows, rowsFrom: 'alertmanager' as const};
  const alerts: AlertsRuntime = {
    store: {getState: () => state, subscribe: () => () => {}},
    poller: {start() {}, refreshNow() {}, setPaused() {}, setRefreshMs() {}, stop() {}},
    clients: [],
    readOnly: true,
    bell: false,
    author: 'oncall',
    hyperlinks: false,
  };
  const {poller, calls} = fakePoller();
  const harness = renderApp(
    {
      dashboards: [delivery],
      store,
      poller,
      alerts,
      clock: () => now * 1000,
      clockText: (ms) => new Date(ms).toISOString().slice(11, 19),
    },
    size,
  );
  current = harness;
  await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
  // Each key changes the screen: wait for that, however slow the machine is.
  const press = async (keys: string): Promise<void> => {
    const before = harness.lastFrame();
    await harness.press(keys);
    await eventually(() => expect(harness.lastFrame()).not.toBe(before));
  };
  await press('\r');
  return {press, lines: () => harness.lastFrame().split('\n')};
}

/** Left and right text on one content row of a panel `width` wide. */
const spread = (left: string, right: string, width: number): string =>
  left + ' '.repeat(width - 2 - left.length - right.length) + right;

/** A plot row: the y label right-aligned in 9 cells, the axis, then the row's cells. */
const plotRow = (label: string, cells: string, axis = '┤'): string =>
  `${label.padStart(9)}${axis}${cells}`;

/** Cells of a blank plot row `width` wide with the cursor line at cell `cursor` (after the axis). */
const cursorCells = (width: number, cursor: number): string =>
  `${' '.repeat(cursor)}│${' '.repeat(width - cursor - 1)}`;

/** asciichart's y labels: `rows` of them from max down to 0, in the panel's unit (per second). */
const labels = (max: number, rows: number): string[] =>
  Array.from({length: rows}, (_, row) => formatValue(max - (row * max) / (rows - 1), 'perSecond'));

const header80 = [
  '[1 Messaging]  2 Alerts' + ' '.repeat(39) + 'READ-ONLY alerts …',
  'http://prom:9090  range 1h  refresh 15s' + ' '.repeat(27) + 'updated 0s ago',
];
// In a zoomed panel ←/→ move the cursor (not the dashboard), and Enter has nothing more to zoom.
const footer80 = '↑↓hjkl focus  ←→ cursor  +/- range  r refresh  p pause  ? help  q quit';

describe('a zoomed panel at 80x24', () => {
  // 69 points a minute apart ending 08:00 UTC, one per plot column (78 inner cells - 9 for the
  // labels): sent steps from 20/s to 40/s at 07:22; failed from 2/s to a 12/s spike at 07:42,
  // then 4/s. DeliveryFailing started at 07:42 and reads messages_sent_total, as the panel does;
  // WsErrors reads another metric and is not marked.
  const window = minuteWindow(69);
  const sent = [...repeat(20, 30), ...repeat(40, 39)];
  const failed = [...repeat(2, 50), ...repeat(12, 10), ...repeat(4, 9)];
  const results = [
    range(0, window, [
      [{status: 'sent'}, sent],
      [{status: 'failed'}, failed],
    ]),
  ];
  const rows = [
    alert(
      'DeliveryFailing',
      'sum(rate(messages_sent_total{status="failed"}[5m])) > 5',
      window.start + 50 * 60,
    ),
    alert('WsErrors', 'sum(rate(ws_errors_total[5m])) > 1', window.start + 10 * 60),
  ];
  // From 0 to 50/s on 12 rows (11 intervals of 4.55/s): value v on row round(v / 4.55) from the
  // bottom: 40 on row 9, 20 on 4, 12 on 3, 4 on 1, 2 on 0.
  const y = labels(50, 12);

  it('← puts the cursor on the newest point, Shift-← jumps a tenth back; values at the cursor', async () => {
    const {press, lines} = await mount(results, rows, window.end, {columns: 80, rows: 24});
    await press(left);
    await press(shiftLeft);
    await press('n');
    // 08:00 less 7 columns (a tenth of 69) is 07:53, point 61: cell 60 after the axis. The cursor
    // line is drawn where no series is. Point 61: sent 40/s, failed 4/s. The mark of
    // DeliveryFailing is under point 50 (07:42). `n` selected the first series (▸).
    const c = 60;
    expect(lines()).toEqual([
      ...header80,
      topBorder('Delivery rate', 80),
      side(spread('▸ sent', 'cursor 40/s  min 20/s  max 40/s', 80), 80),
      side(spread('● failed', 'cursor 4/s  min 2/s  max 12/s', 80), 80),
      side('▲ alerts: DeliveryFailing 07:42:00', 80),
      side('cursor at 07:53:00 · ←→ move, Shift-←→ jump, Esc removes it', 80),
      side(plotRow(y[0] ?? '', cursorCells(68, c)), 80),
      side(plotRow(y[1] ?? '', cursorCells(68, c)), 80),
      side(plotRow(y[2] ?? '', ' '.repeat(29) + '╭' + '─'.repeat(38)), 80),
      ...[3, 4, 5, 6].map((row) =>
        side(
          plotRow(y[row] ?? '', ' '.repeat(29) + '│' + ' '.repeat(30) + '│' + ' '.repeat(7)),
          80,
        ),
      ),
      side(plotRow(y[7] ?? '', '─'.repeat(29) + '╯' + ' '.repeat(30) + '│' + ' '.repeat(7)), 80),
      side(plotRow(y[8] ?? '', ' '.repeat(49) + '╭' + '─'.repeat(9) + '╮│' + ' '.repeat(7)), 80),
      side(plotRow(y[9] ?? '', ' '.repeat(49) + '│' + ' '.repeat(9) + '││' + ' '.repeat(7)), 80),
      side(plotRow(y[10] ?? '', ' '.repeat(49) + '│' + ' '.repeat(9) + '╰' + '─'.repeat(8)), 80),
      side(
        plotRow(y[11] ?? '', '─'.repeat(49) + '╯' + ' '.repeat(10) + '│' + ' '.repeat(7), '┼'),
        80,
      ),
      side(' '.repeat(59) + '▲', 80),
      side('       06:52         07:06        07:19         07:33        07:46       08:00', 80),
      bottomBorder(80),
      footer80,
    ]);
    // The cursor holds its time; → moves it a column on; Esc takes it away, then leaves the zoom.
    await press(right);
    expect(lines()[6]).toBe(
      side('cursor at 07:54:00 · ←→ move, Shift-←→ jump, Esc removes it', 80),
    );
    await press(esc);
    expect(lines()[3]).toBe(side(spread('▸ sent', 'now 40/s  min 20/s  max 40/s', 80), 80));
    expect(lines()[6]).toBe(side("now: the chart's last point, as of 08:00:00", 80));
    await press(esc);
    // Out of the zoom (the grid panel draws no "now" legend); zoomed again, nothing is selected.
    expect(lines()[3]).not.toContain('now 40/s');
    await press('\r');
    expect(lines()[3]).toBe(side(spread('● sent', 'now 40/s  min 20/s  max 40/s', 80), 80));
  });

  it('/ filters the series by label text: the legend and the plot keep the matches', async () => {
    const {press, lines} = await mount(results, rows, window.end, {columns: 80, rows: 24});
    await press('/');
    await press('FAIL');
    // Only failed is left: the scale follows it (0 to 20/s on 12 rows, 1.82/s each).
    const z = labels(20, 12);
    const plot = [
      ...[0, 1, 2, 3].map((row) => plotRow(z[row] ?? '', '')),
      plotRow(z[4] ?? '', ' '.repeat(49) + '╭' + '─'.repeat(9) + '╮'),
      ...[5, 6, 7, 8].map((row) =>
        plotRow(z[row] ?? '', ' '.repeat(49) + '│' + ' '.repeat(9) + '│'),
      ),
      plotRow(z[9] ?? '', ' '.repeat(49) + '│' + ' '.repeat(9) + '╰' + '─'.repeat(8)),
      plotRow(z[10] ?? '', '─'.repeat(49) + '╯'),
      plotRow(z[11] ?? '', '', '┼'),
    ];
    const typing = [
      ...header80,
      topBorder('Delivery rate', 80),
      side(spread('/ FAIL', '1 of 2 series match · Enter keeps, Esc clears', 80), 80),
      side(spread('● failed', 'now 4/s  min 2/s  max 12/s', 80), 80),
      side('▲ alerts: DeliveryFailing 07:42:00', 80),
      side("now: the chart's last point, as of 08:00:00", 80),
      ...plot.map((line) => side(line, 80)),
      side(' '.repeat(59) + '▲', 80),
      side('       06:52         07:06        07:19         07:33        07:46       08:00', 80),
      bottomBorder(80),
      // Typing, q is text: the footer has only the keys that end the typing.
      'Enter done  Esc cancel  Ctrl-C quit',
    ];
    // The filter's cursor is the cell after the text (a space, drawn in the focus tone).
    expect(lines()).toEqual(typing);
    await press('\r');
    expect(lines()[3]).toBe(side(spread('filter: FAIL', '1 of 2 series match', 80), 80));
    expect(lines().slice(4, -1)).toEqual(typing.slice(4, -1));
    expect(lines().at(-1)).toBe(footer80);
    // Esc in the zoom (no cursor) leaves it; the filter goes with the zoom.
    await press(esc);
    await press('\r');
    expect(lines()[3]).toBe(side(spread('● sent', 'now 40/s  min 20/s  max 40/s', 80), 80));
  });
});

describe('a zoomed panel at 160x48', () => {
  // 149 points a minute apart ending 08:00 UTC (158 inner cells - 9), three flat series.
  const window = minuteWindow(149);
  const results = [
    range(0, window, [
      [{status: 'sent'}, repeat(40, 149)],
      [{status: 'failed'}, repeat(10, 149)],
      [{status: 'retried'}, repeat(25, 149)],
    ]),
  ];
  const rows = [
    alert('DeliveryFailing', 'rate(messages_sent_total[5m]) > 5', window.start + 50 * 60),
  ];
  const header = [
    '[1 Messaging]  2 Alerts' + ' '.repeat(119) + 'READ-ONLY alerts …',
    'http://prom:9090  range 1h  refresh 15s' + ' '.repeat(107) + 'updated 0s ago',
  ];
  const footer = '↑↓hjkl focus  ←→ cursor  +/- range  r refresh  p pause  ? help  q quit';
  const axis =
    '       05:32       05:44        05:57       06:09       06:21        06:34       06:46' +
    '       06:58        07:11       07:23       07:35        07:48     08:00';

  /**
   * The plot rows of 0 to 50/s over `rows` rows, a flat line across at each of `at` (rows from the
   * top), and the cursor line at cell `cursor` elsewhere.
   */
  const plot = (rows: number, at: readonly number[], cursor: number | undefined): string[] =>
    labels(50, rows).map((label, row) =>
      side(
        plotRow(
          label,
          at.includes(row) ? '─'.repeat(148) : cursor === undefined ? '' : cursorCells(148, cursor),
          row === rows - 1 ? '┼' : '┤',
        ),
        160,
      ),
    );

  it('Space hides the selected series, the cursor reads the others; s solos, s again: all', async () => {
    const {press, lines} = await mount(results, rows, window.end, {columns: 160, rows: 48});
    await press(left);
    await press(shiftLeft);
    await press('n');
    await press('n');
    await press(' ');
    // 08:00 less 15 columns (a tenth of 149) is 07:45, point 133: cell 132 after the axis. failed
    // is hidden; 35 plot rows of 1.47/s: 40 on row 27 from the bottom (7 from the top), 25 on 17.
    expect(lines()).toEqual([
      ...header,
      topBorder('Delivery rate', 160),
      side(spread('● sent', 'cursor 40/s  min 40/s  max 40/s', 160), 160),
      side(spread('▹ failed', 'hidden', 160), 160),
      side(spread('● retried', 'cursor 25/s  min 25/s  max 25/s', 160), 160),
      side('▲ alerts: DeliveryFailing 06:22:00', 160),
      side('cursor at 07:45:00 · ←→ move, Shift-←→ jump, Esc removes it', 160),
      ...plot(35, [7, 17], 132),
      side(' '.repeat(59) + '▲', 160),
      side(axis, 160),
      bottomBorder(160),
      footer,
    ]);
    // Esc takes the cursor away; `s` solos the selected (hidden) series: the others are hidden.
    await press(esc);
    await press('s');
    expect(lines().slice(3, 8)).toEqual([
      side(spread('○ sent', 'hidden (solo)', 160), 160),
      side(spread('▸ failed', 'now 10/s  min 10/s  max 10/s', 160), 160),
      side(spread('○ retried', 'hidden (solo)', 160), 160),
      side('▲ alerts: DeliveryFailing 06:22:00', 160),
      side("now: the chart's last point, as of 08:00:00", 160),
    ]);
    // Only failed is drawn, and the scale is its own (up to 10/s): one line, along the top row.
    const soloPlot = lines().slice(8, 43);
    expect(soloPlot[0]).toBe(side(plotRow('10/s', '─'.repeat(148)), 160));
    expect(soloPlot.filter((line) => line.includes('─'))).toHaveLength(1);
    await press('s');
    expect(lines().slice(3, 6)).toEqual([
      side(spread('● sent', 'now 40/s  min 40/s  max 40/s', 160), 160),
      side(spread('▸ failed', 'now 10/s  min 10/s  max 10/s', 160), 160),
      side(spread('● retried', 'now 25/s  min 25/s  max 25/s', 160), 160),
    ]);
    expect(lines().slice(8, 43)).toEqual(plot(35, [7, 17, 27], undefined));
  });
});
