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
    expect(zoomChartWidth({width: 62, height: 14})).toBe(51);
    const element = (
      <ZoomPanel
        spec={errorRate}
        state={state}
        width={62}
        height={14}
        focused={true}
        now={updatedAt}
      />
    );
    expect(renderLines(element, 62)).toEqual([
      topBorder('Error rate', 62),
      side('● ws errors                          now 4%  min 2%  max 12%', 62),
      side('ws errors warn >5% crit >15% · delivery warn >2% crit >10%', 62),
      side('      15%┤' + '┄'.repeat(50), 62),
      side('    13.4%┤', 62),
      side('    11.8%┤' + ' '.repeat(44) + '╭──╮', 62),
      side('    10.1%┤' + ' '.repeat(44) + '│  │', 62),
      side('     8.5%┤' + ' '.repeat(25) + '─'.repeat(19) + '╯  │', 62),
      side('    6.88%┤' + ' '.repeat(47) + '│', 62),
      side('       5%┤' + '┄'.repeat(47) + '│┄┄', 62),
      side('    3.63%┤' + ' '.repeat(47) + '╰──', 62),
      side('       2%┼' + '─'.repeat(19), 62),
      side('       07:10        07:23       07:35        07:48     08:00', 62),
      bottomBorder(62),
    ]);
  });

  it('threshold lines and labels take the threshold tones; series keep theirs', () => {
    const view = buildZoomView(errorRate, state, {width: 62, height: 14}, updatedAt);
    expect(view.lines[2]).toEqual([
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
      topBorder('Connection states', 60),
      side('success ' + '█'.repeat(36) + ' 100.0%' + '      1', 60),
      bottomBorder(60),
    ]);
  });
});
