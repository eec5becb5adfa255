import React from 'react';
import {beforeAll, describe, expect, it} from 'vitest';
import {ZoomPanel} from '../../../source/components/panels/panel-box.js';
import {buildZoomView, zoomChartWidth} from '../../../source/view-models/zoom-view.js';
import {fresh, instant, minuteWindow, panel, range, repeat, updatedAt} from './panel-data.js';
import {bottomBorder, renderLines, side, topBorder} from './render.js';

beforeAll(() => {
  // Time labels are wall-clock times in the terminal's zone.
  process.env['TZ'] = 'UTC';
});

describe('zoomed panel', () => {
  const errorRate = panel('error-rate');
  // 51 points a minute apart ending 08:00 UTC: 2%, a 5-minute gap, 8%, a 12% spike, then 4%.
  const window = minuteWindow(51);
  const values = [...repeat(2, 20), ...repeat(undefined, 5), ...repeat(8, 20), 12, 12, 12, 4, 4, 4];
  const state = fresh([range(0, window, [[{}, values]])]);

  it('draws an asciichart plot with unit labels, threshold lines, the gap and a time axis', () => {
    expect(zoomChartWidth({width: 62, height: 15})).toBe(51);
    const element = (
      <ZoomPanel
        spec={errorRate}
        state={state}
        width={62}
        height={15}
        focused={true}
        now={updatedAt}
      />
    );
    expect(renderLines(element, 62)).toEqual([
      topBorder('Error rate', 62),
      side('● ws errors                          now 4%  min 2%  max 12%', 62),
      side('ws errors warn >5% crit >15% · delivery warn >2% crit >10%', 62),
      // No instant answer in this state: the value now is the chart's last point.
      side("now: the chart's last point, as of 08:00:00", 62),
      // From 0% to 20%, the round number above 12% and the 15% critical line (within twice the
      // data; and a percentage is drawn up to its 5% warning at least). asciichart puts 8
      // intervals of 2.5% on 9 rows: value v on row round(v * 0.4) from the bottom. The 4% points
      // share the 5% warning's row and draw over its dots.
      side('      20%┤', 62),
      side('    17.5%┤', 62),
      side('      15%┤' + '┄'.repeat(50), 62),
      side('    12.5%┤' + ' '.repeat(44) + '╭──╮', 62),
      side('      10%┤' + ' '.repeat(44) + '│  │', 62),
      side('     7.5%┤' + ' '.repeat(25) + '─'.repeat(19) + '╯  │', 62),
      side('       5%┤' + '┄'.repeat(47) + '╰──', 62),
      side('     2.5%┤' + '─'.repeat(19), 62),
      side('       0%┼', 62),
      side('       07:10        07:23       07:35        07:48     08:00', 62),
      bottomBorder(62),
    ]);
  });

  it('threshold lines and labels take the threshold tones; series keep theirs', () => {
    const view = buildZoomView(errorRate, state, {width: 62, height: 15}, updatedAt);
    expect(view.lines[5]).toEqual([
      {text: '      15%', tone: 'critical'},
      {text: '┤', tone: 'muted'},
      {text: '┄'.repeat(50), tone: 'critical'},
    ]);
    expect(view.lines[0]).toContainEqual({text: '4%', tone: 'ok'});
  });

  it('labels the time axis with seconds when labels are less than a minute apart', () => {
    // 51 points a second apart ending 08:00:00 UTC, as on a 1 m range.
    const end = window.end;
    const seconds = {start: end - 50, end, step: 1};
    const flat = fresh([range(0, seconds, [[{}, repeat(4, 51)]])]);
    const view = buildZoomView(errorRate, flat, {width: 62, height: 14}, updatedAt);
    const axis = view.lines
      .at(-1)
      ?.map((part) => part.text)
      .join('');
    // Labels at columns 0, 13, 25, 38 and 50 (07:59:10 + that many seconds).
    expect(axis).toBe('     07:59:10     07:59:23    07:59:35     07:59:48 08:00:00');
  });

  it('covers exactly the window at once, even from an answer asked for a narrower chart', () => {
    // A 5m range fetched for the grid panel: 31 points 10 s apart, fewer than the 51 plot columns.
    // They are stretched over the plot: its time axis runs from the window's start to its end
    // (column c shows the point floor(c * 31 / 51)), not back to 08:00 - 50 x 10 s = 07:51:40.
    const end = window.end;
    const narrow = {start: end - 300, end, step: 10};
    const flat = fresh([range(0, narrow, [[{}, repeat(2, 31)]])]);
    const text = buildZoomView(errorRate, flat, {width: 62, height: 14}, updatedAt).lines.map(
      (line) => line.map((part) => part.text).join(''),
    );
    // Labels at columns 0, 13, 25, 38, 50: points 0, 7, 15, 23, 30 = 07:55:00 + 0, 70, 150, 230, 300 s.
    expect(text.at(-1)).toBe('       07:55        07:56       07:57        07:58     08:00');
    // The flat 2% line is drawn from the plot's first column to its last.
    expect(text.filter((line) => line.slice(10) === '─'.repeat(50))).toHaveLength(1);
  });

  it('a NaN current value reads – and a line says why', () => {
    const latency = panel('search-latency');
    const nan = fresh([
      range(0, window, [
        [{index_type: 'fulltext'}, repeat(0.25, 51)],
        [{index_type: 'bm25'}, [...repeat(0.02, 50), Number.NaN]],
      ]),
    ]);
    const text = buildZoomView(latency, nan, {width: 80, height: 14}, updatedAt).lines.map((line) =>
      line.map((part) => part.text).join(''),
    );
    expect(text.slice(0, 4)).toEqual([
      '● fulltext' + ' '.repeat(37) + 'now 250ms  min 250ms  max 250ms',
      '● bm25' + ' '.repeat(47) + 'now –  min 20ms  max 20ms',
      '– means NaN: 0/0, nothing was observed in the window (e.g. no requests)'.padEnd(78),
      'warn >2s'.padEnd(78),
    ]);
  });

  it('kinds without a time series draw their usual view in the larger box', () => {
    const states = panel('connection-states');
    const breakdown = fresh([instant(0, [[{status: 'success'}, 1]])]);
    const element = (
      <ZoomPanel
        spec={states}
        state={breakdown}
        width={60}
        height={3}
        focused={false}
        now={updatedAt}
      />
    );
    expect(renderLines(element, 60)).toEqual([
      topBorder('Connection states (range totals)', 60),
      side('success ' + '█'.repeat(36) + ' 100.0%' + '      1', 60),
      bottomBorder(60),
    ]);
  });
});
