import React from 'react';
import {describe, expect, it} from 'vitest';
import {PanelBox} from '../../../source/components/panels/panel-box.js';
import {buildPanelView, chartWidth} from '../../../source/view-models/panel-view.js';
import {fresh, minuteWindow, panel, range, repeat, updatedAt} from './panel-data.js';
import {bottomBorder, renderLines, side, topBorder} from './render.js';

const now = updatedAt + 5_000;

describe('timeseries panel', () => {
  const errorRate = panel('error-rate');
  const window = minuteWindow(38);
  // 10 minutes at 0%, 10 minutes without samples, then 10%: warning (> 5%), not critical (> 15%).
  const values = [...repeat(0, 10), ...repeat(undefined, 10), ...repeat(10, 18)];
  const state = fresh([range(0, window, [[{}, values]])]);

  // The scale: from 0 to 20%, the round number above max(10%, the 5% and 15% thresholds) (a
  // percentage is read against its thresholds). In 24 eighths, 0% is 1 and 10% is
  // 1 + round(0.5 * 23) = 13: a full bottom row and a 5/8 block above. The warning (5%) falls in
  // the bottom row, the critical (15%) in the top row: dotted lines where the bars leave room.
  // The panel's two series (WebSocket errors, delivery failures) each name their thresholds: at
  // 40 columns the note takes two lines, so the box is 8 high for the same 3-row chart.
  it('40x8: legend with now/min/max, a 3-row chart from zero with its threshold lines', () => {
    expect(chartWidth(errorRate, {width: 40, height: 8})).toBe(38);
    const element = (
      <PanelBox spec={errorRate} state={state} width={40} height={8} focused={false} now={now} />
    );
    expect(renderLines(element, 40)).toEqual([
      topBorder('Error rate', 40),
      side('ws errors         10%  min 0%  max 10%', 40),
      side('┄'.repeat(38), 40),
      side(' '.repeat(20) + '▅'.repeat(18), 40),
      side('▁'.repeat(10) + '┄'.repeat(10) + '█'.repeat(18), 40),
      side('ws errors warn >5% crit >15% · delive…', 40),
      side('scale 0%–20%', 40),
      bottomBorder(40),
    ]);
  });

  it('80x7: fewer points than columns are drawn at the right edge', () => {
    const element = (
      <PanelBox spec={errorRate} state={state} width={80} height={7} focused={false} now={now} />
    );
    expect(renderLines(element, 80)).toEqual([
      topBorder('Error rate', 80),
      side('ws errors' + ' '.repeat(49) + '10%  min 0%  max 10%', 80),
      side('┄'.repeat(78), 80),
      side(' '.repeat(60) + '▅'.repeat(18), 80),
      side('┄'.repeat(40) + '▁'.repeat(10) + '┄'.repeat(10) + '█'.repeat(18), 80),
      side('ws errors warn >5% crit >15% · delivery warn >2% crit >10% · scale 0%–20%', 80),
      bottomBorder(80),
    ]);
  });

  it('colours the current value by its threshold, the series by its tone, lines by theirs', () => {
    const view = buildPanelView(errorRate, state, {width: 40, height: 8}, now);
    expect(view.lines[0]).toContainEqual({text: '10%', tone: 'warning'});
    expect(view.lines[1]).toEqual([{text: '┄'.repeat(38), tone: 'critical'}]);
    expect(view.lines[2]).toEqual([{text: ' '.repeat(20) + '▅'.repeat(18), tone: 'series1'}]);
    expect(view.lines[3]).toEqual([
      {text: '▁'.repeat(10), tone: 'series1'},
      {text: '┄'.repeat(10), tone: 'warning'},
      {text: '█'.repeat(18), tone: 'series1'},
    ]);
  });

  describe('several series', () => {
    const queues = panel('queues');
    const queueWindow = minuteWindow(23);
    const queueState = fresh([
      range(0, queueWindow, [[{}, [...repeat(500, 11), ...repeat(1500, 12)]]]),
      range(1, queueWindow, [[{}, [...repeat(undefined, 20), 100, 600, 700]]]),
      range(2, queueWindow, [[{}, repeat(3, 23)]]),
    ]);

    it('40x7: one row per series (name, sparkline, current value) when stacking does not fit', () => {
      expect(chartWidth(queues, {width: 40, height: 7})).toBe(23);
      const element = (
        <PanelBox
          spec={queues}
          state={queueState}
          width={40}
          height={7}
          focused={false}
          now={now}
        />
      );
      // One scale for the three: 0 to 2k, the round number above 1.5k (the thresholds, 500 and
      // 1k, are below it). 1 + round(v / 2000 * 7) eighths: 500 -> 3, 1.5k -> 6, 100 -> 1,
      // 600 and 700 -> 3, 3 -> 1. The notes do not fit one line: one each.
      expect(renderLines(element, 40)).toEqual([
        topBorder('Queue depths', 40),
        side('pending ' + '▃'.repeat(11) + '▆'.repeat(12) + '   1.5k', 40),
        side('failed  ' + ' '.repeat(20) + '▁▃▃' + '    700', 40),
        side('retry   ' + '▁'.repeat(23) + '      3', 40),
        side('pending warn >1k · failed crit >500', 40),
        side('scale 0–2k', 40),
        bottomBorder(40),
      ]);
    });

    it('each query keeps its own thresholds: pending 1.5k warns, failed 700 is critical', () => {
      const view = buildPanelView(queues, queueState, {width: 40, height: 7}, now);
      expect(view.lines[0]).toContainEqual({text: '  1.5k', tone: 'warning'});
      expect(view.lines[1]).toContainEqual({text: '   700', tone: 'critical'});
      expect(view.lines[2]).toContainEqual({text: '     3', tone: 'normal'});
    });

    it('a sparkline cell above its series threshold takes the threshold tone', () => {
      const view = buildPanelView(queues, queueState, {width: 40, height: 7}, now);
      expect(view.lines[0]?.slice(2, 4)).toEqual([
        {text: '▃'.repeat(11), tone: 'series1'},
        {text: '▆'.repeat(12), tone: 'warning'},
      ]);
      expect(view.lines[1]?.slice(2, 4)).toEqual([
        {text: ' '.repeat(20) + '▁', tone: 'series2'},
        {text: '▃▃', tone: 'critical'},
      ]);
    });

    it('a wide row adds min and max columns', () => {
      const wide = {width: 120, height: 7};
      const spark = chartWidth(queues, wide);
      // 118 inner cells: name 7, spark, value 6, and two "' ↓' + value" columns.
      expect(spark).toBe(118 - 7 - 6 - 2 - 2 * 8);
      const view = buildPanelView(queues, queueState, wide, now);
      const text = view.lines[1]?.map((part) => part.text).join('');
      expect(text).toBe(
        'failed  ' + ' '.repeat(spark - 3) + '▁▃▃' + '    700' + ' ↓   100' + ' ↑   700',
      );
    });

    it('more series than rows: the last row says how many more', () => {
      const view = buildPanelView(queues, queueState, {width: 40, height: 4}, now);
      expect(view.lines.map((line) => line.map((part) => part.text).join(''))).toEqual([
        'pending ' + '▃'.repeat(11) + '▆'.repeat(12) + '   1.5k',
        '+2 more'.padEnd(38),
      ]);
    });
  });

  describe('percentiles', () => {
    const latency = panel('latency');
    const window27 = minuteWindow(27);
    const state27 = fresh([
      range(0, window27, [[{}, repeat(0.1, 27)]]),
      range(1, window27, [[{}, [...repeat(0.3, 26), 6]]]),
      range(2, window27, [[{}, [...repeat(undefined, 26), 8]]]),
    ]);

    it('80x7: min and max columns beside the current value', () => {
      expect(chartWidth(latency, {width: 80, height: 7})).toBe(51);
      const element = (
        <PanelBox spec={latency} state={state27} width={80} height={7} focused={false} now={now} />
      );
      const pad = ' '.repeat(24);
      // 0 to 10s, the round number above 8s: 1 + round(v / 10 * 7) eighths: 6s -> 5, 8s -> 7.
      expect(renderLines(element, 80)).toEqual([
        topBorder('Message latency', 80),
        side('p50 ' + pad + '▁'.repeat(27) + '  100ms ↓ 100ms ↑ 100ms', 80),
        side('p95 ' + pad + '▁'.repeat(26) + '▅' + '     6s ↓ 300ms ↑    6s', 80),
        side('p99 ' + pad + ' '.repeat(26) + '▇' + '     8s ↓    8s ↑    8s', 80),
        side('p95 warn >5s · scale 0s–10s', 80),
        side('', 80),
        bottomBorder(80),
      ]);
    });

    it('40x7: share one scale, so p50 < p95 < p99 read as such', () => {
      expect(chartWidth(latency, {width: 40, height: 7})).toBe(27);
      const element = (
        <PanelBox spec={latency} state={state27} width={40} height={7} focused={false} now={now} />
      );
      expect(renderLines(element, 40)).toEqual([
        topBorder('Message latency', 40),
        side('p50 ' + '▁'.repeat(27) + '  100ms', 40),
        side('p95 ' + '▁'.repeat(26) + '▅' + '     6s', 40),
        side('p99 ' + ' '.repeat(26) + '▇' + '     8s', 40),
        side('p95 warn >5s · scale 0s–10s', 40),
        side('', 40),
        bottomBorder(40),
      ]);
      const view = buildPanelView(latency, state27, {width: 40, height: 7}, now);
      expect(view.lines[1]).toContainEqual({text: '    6s', tone: 'warning'});
      expect(view.lines[2]).toContainEqual({text: '    8s', tone: 'normal'});
    });
  });
});
