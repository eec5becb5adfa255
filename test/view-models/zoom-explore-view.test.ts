// What exploring adds to the zoomed panel's view model, tone by tone: alert marks (in the window
// and before it) and a hidden series' legend line.
import {beforeAll, describe, expect, it} from 'vitest';
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import {initialZoomExplore} from '../../source/ui-state/zoom-explore.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';
import {
  fresh,
  minuteWindow,
  panel,
  range,
  repeat,
  updatedAt,
} from '../components/panels/panel-data.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});

const spec = panel('delivery-rate');
// 51 points a minute apart ending 08:00 UTC: the plot of a 62-cell box has one column each.
const window = minuteWindow(51);
const state = fresh([
  range(0, window, [
    [{status: 'sent'}, repeat(40, 51)],
    [{status: 'failed'}, repeat(10, 51)],
  ]),
]);

const alert = (alertname: string, severity: AlertRow['severity'], since: number): AlertRow => ({
  key: alertname,
  alertname,
  severity,
  labels: {alertname},
  annotations: {},
  state: 'firing',
  since: since * 1000,
  sources: ['am'],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
  generatorURL: `http://p/graph?g0.expr=${encodeURIComponent('rate(messages_sent_total[5m]) > 1')}`,
});

const text = (line: readonly {readonly text: string}[] | undefined): string =>
  (line ?? []).map((part) => part.text).join('');

describe('the zoomed view while exploring', () => {
  it('marks an alert that started in the chart under its column, in its tone, and names both', () => {
    const alerts = [
      alert('O\u001b[31mld', 'critical', window.start - 3600),
      alert('Slow', 'warning', window.start + 20 * 60),
    ];
    const view = buildZoomView(spec, state, {width: 62, height: 20}, updatedAt, {
      explore: initialZoomExplore,
      alerts,
    });
    // Oldest first; the escape sequence in the server's name is taken out by the sanitizer.
    expect(text(view.lines[2])).toBe(
      '▲ alerts: Old 06:10:00 (before the chart), Slow 07:30:00'.padEnd(60),
    );
    expect(view.lines[2]?.[0]).toEqual({text: '▲ ', tone: 'critical'});
    // Point 20 of 51 is cell 9 + 20 of the row under the plot; the critical one is not in the chart.
    const marks = view.lines.at(-2);
    expect(marks).toEqual([
      {text: ' '.repeat(29), tone: 'muted'},
      {text: '▲', tone: 'warning'},
      {text: ' '.repeat(30), tone: 'muted'},
    ]);
  });

  it('a hidden series is named, muted, and not drawn', () => {
    const hidden = {...initialZoomExplore, hidden: ['0 [["status","failed"]]']};
    const view = buildZoomView(spec, state, {width: 62, height: 20}, updatedAt, {
      explore: hidden,
      alerts: [],
    });
    expect(view.lines[1]).toEqual([
      {text: '○ ', tone: 'muted'},
      {text: 'failed', tone: 'muted'},
      {text: ' '.repeat(45), tone: 'normal'},
      {text: ' ', tone: 'normal'},
      {text: 'hidden', tone: 'muted'},
    ]);
    // Only sent's line is in the plot.
    expect(view.lines.filter((line) => text(line).includes('─'))).toHaveLength(1);
  });
});
