// Drill-down at 160x48 as exact screens: the picker in the grid's place, then the panel split by
// the chosen label, zoomed and drawn from the store's answers for the split query, and Esc back
// to the panel as it was. (drill-copy.test.tsx has the 80x24 screens and the poll plan.)
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {formatValue} from '../../source/view-models/units.js';
import {fixtureDashboards} from '../fixtures/dashboards/dashboards.js';
import {fakePoller, fakeStore, renderApp} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';
import {fresh, minuteWindow, range, repeat} from './panels/panel-data.js';
import {bottomBorder, side, topBorder} from './panels/render.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});
let current: Harness | undefined;
afterEach(() => current?.unmount());

const width = 160;
// 149 points a minute apart ending 08:00 UTC, one per plot column (158 inner cells - 9 labels).
const window = minuteWindow(149);
const header = [
  '[1 System Overview]  2 WebSocket Health   3 Messaging Performance   4 Error Analysis',
  'http://prom:9090  range 1h  refresh 15s' + ' '.repeat(107) + 'updated 0s ago',
];
/** Zoomed, ←/→ move the chart's cursor. */
const zoomFooter = '↑↓hjkl focus  ←→ cursor  +/- range  r refresh  p pause  ? help  q quit';
const axis =
  '       05:32       05:44        05:57       06:09       06:21        06:34       06:46' +
  '       06:58        07:11       07:23       07:35        07:48     08:00';

/** Left and right text on one content row of the zoomed panel. */
const spread = (left: string, right: string): string =>
  left + ' '.repeat(width - 2 - left.length - right.length) + right;

/** 38 plot rows from 50 down to 0 (count unit), a flat line across on each row of `lines`. */
const plot = (lines: readonly number[]): string[] =>
  Array.from({length: 38}, (_, row) => {
    const label = formatValue(50 - (row * 50) / 37, 'count').padStart(9);
    const axisChar = row === 37 ? '┼' : '┤';
    return side(`${label}${axisChar}${lines.includes(row) ? '─'.repeat(148) : ''}`, width);
  });

describe('drill-down at 160x48', () => {
  it('lists the labels, splits by job, draws each job zoomed, and Esc goes back', async () => {
    const {store} = fakeStore({
      panels: {
        // The panel as it is: one series, sum() dropped every label.
        'overview/connections': fresh([range(0, window, [[{}, repeat(42, 149)]])]),
        // What Prometheus answers for `sum by (job) (ws_active_connections)`.
        'overview/connections@by:job': fresh([
          range(0, window, [
            [{job: 'nova'}, repeat(30, 149)],
            [{job: 'edge'}, repeat(12, 149)],
          ]),
        ]),
      },
      connection: {status: 'up', lastSuccessAt: window.end * 1000},
      paused: false,
    });
    const {poller, calls} = fakePoller();
    const harness = renderApp(
      {
        dashboards: fixtureDashboards,
        store,
        poller,
        clock: () => window.end * 1000,
        clockText: (ms) => new Date(ms).toISOString().slice(11, 19),
      },
      {columns: width, rows: 48},
    );
    current = harness;
    await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
    const lines = () => harness.lastFrame().split('\n');
    await harness.press('l');
    await harness.press('d');
    // No label is on the series now; instance and job, which every scraped series has, are offered.
    await eventually(() =>
      expect(lines()).toEqual([
        ...header,
        'Split WebSocket connections by',
        '▶ instance  not on the series now',
        '  job       not on the series now',
        '',
        '↑↓ pick  Enter split  Esc cancel',
        ...Array<string>(39).fill(''),
        'Esc back  Ctrl-C quit',
      ]),
    );
    await harness.press('j');
    await harness.press('\r');
    // 30 lies on row 15 from the top (50 - 15 x 50/37 = 29.7), 12 on row 28 (12.2).
    await eventually(() =>
      expect(lines()).toEqual([
        ...header,
        topBorder('WebSocket connections by job', width),
        side(spread('● nova', 'now 30  min 30  max 30'), width),
        side(spread('● edge', 'now 12  min 12  max 12'), width),
        side("now: the chart's last point, as of 08:00:00", width),
        ...plot([15, 28]),
        side(axis, width),
        bottomBorder(width),
        zoomFooter,
      ]),
    );
    await harness.press('\u001B');
    await eventually(() => expect(lines()[2]).not.toContain('by job'));
    await eventually(() =>
      expect(calls.plans.at(-1)?.dashboard.rows[0]?.panels[1]?.id).toBe('connections'),
    );
  });
});
