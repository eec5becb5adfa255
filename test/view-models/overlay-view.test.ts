// The overlay of a day earlier: its answer (asked over the shifted window) moved forward onto the
// live window, its legend lines and its plotted line in the dim tone, drawn behind the live series.
import {beforeAll, describe, expect, it} from 'vitest';
import type {PanelState} from '../../source/store/panel-state.js';
import {overlayLegend, overlayView} from '../../source/view-models/overlay-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';
import type {Line} from '../../source/view-models/tone.js';
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

const day = 86_400;
const text = (line: Line): string => line.map((part) => part.text).join('');
const spec = panel('error-rate');
const window = minuteWindow(51);
const dayBefore = {...window, start: window.start - day, end: window.end - day};
const live = fresh([range(0, window, [[{}, repeat(8, 51)]])]);
const earlier = fresh([range(0, dayBefore, [[{}, repeat(2, 51)]])]);

describe('overlayView', () => {
  it('moves the answer a day forward, onto the live window', () => {
    const view = overlayView(spec, '1d', day, earlier, 4);
    expect(view.label).toBe('1d earlier');
    expect(view.series).toHaveLength(1);
    expect(view.series[0]?.window).toEqual(window);
    expect(view.series[0]?.samples[0]).toEqual([window.start, 2]);
    expect(view.series[0]?.samples.at(-1)).toEqual([window.end, 2]);
  });

  it('says loading, or the error, until it has an answer', () => {
    const loading: PanelState = {stale: false, loading: true};
    expect(overlayView(spec, '1w', 7 * day, loading, 4)).toEqual({
      label: '1w earlier',
      series: [],
      note: 'loading…',
    });
    const failed: PanelState = {
      stale: false,
      loading: false,
      error: {kind: 'prometheus', message: 'query timed out\u001B[31m'},
    };
    const view = overlayView(spec, '1d', day, failed, 4);
    expect(overlayLegend(spec, view, 40).map(text)).toEqual([
      '◦ 1d earlier: query timed out'.padEnd(40),
    ]);
  });
});

describe('the zoomed panel with the overlay', () => {
  const overlay = overlayView(spec, '1d', day, earlier, 4);
  const view = buildZoomView(spec, live, {width: 62, height: 15}, updatedAt, undefined, overlay);

  it('has a dim legend line with the overlay values under the live one', () => {
    expect(view.lines.slice(0, 2).map(text)).toEqual([
      // 60 cells inside the border.
      '● ws errors'.padEnd(38) + 'now 8%  min 8%  max 8%',
      '◦ 1d earlier ws errors'.padEnd(38) + 'now 2%  min 2%  max 2%',
    ]);
    expect(view.lines[1]?.every((part) => part.tone === 'muted' || part.text.trim() === '')).toBe(
      true,
    );
  });

  it('draws the overlay in the dim tone behind the live series', () => {
    const plotted = (tone: string) =>
      view.lines.filter((line) =>
        line.some((part) => part.tone === tone && /─{50}/.test(part.text)),
      );
    // The live line at 8% in its series tone, the overlay's at 2% muted: one row each.
    expect(plotted('series1').map(text)).toHaveLength(1);
    expect(plotted('muted').map(text)).toHaveLength(1);
    expect(text(plotted('muted')[0] ?? [])).toMatch(/^ +2(\.\d+)?%┤─{50}$/);
  });
});
