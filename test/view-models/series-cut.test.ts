// A panel whose answer had more series than the client keeps says how many it is not showing, and
// a panel with more series than room shows those of highest value now.
import {describe, expect, it} from 'vitest';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import type {PanelState} from '../../source/store/panel-state.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';
import {topByValue} from '../../source/prometheus/rank.js';

const spec: PanelSpec = {
  id: 'q',
  title: 'Queues',
  kind: 'timeseries',
  unit: 'count',
  queries: [{expr: 'depth', legend: '{{queue}}'}],
};
const now = 1_700_000_000_000;
const t = now / 1000;

/** Series named q0.. with constant values. */
function state(values: readonly number[], omitted?: number): PanelState {
  return {
    stale: false,
    loading: false,
    updatedAt: now,
    results: [
      {
        type: 'range',
        queryIndex: 0,
        window: {start: t - 60, end: t, step: 15},
        series: values.map((value, index) => ({
          labels: {queue: `q${index}`},
          samples: [
            [t - 15, value],
            [t, value],
          ],
        })),
        ...(omitted === undefined ? {} : {omitted}),
      },
    ],
  };
}

const text = (lines: readonly (readonly {text: string}[])[]): string[] =>
  lines.map((line) =>
    line
      .map((part) => part.text)
      .join('')
      .trimEnd(),
  );

describe('series cut by the client', () => {
  it('are counted in the border', () => {
    const view = buildPanelView(spec, state([1, 2], 19_000), {width: 60, height: 8}, now);
    expect(view.status).toEqual({text: '+19,000 more series', tone: 'warning'});
    expect(buildPanelView(spec, state([1, 2]), {width: 60, height: 8}, now).status).toBeUndefined();
  });

  it('are counted in the zoomed legend, with how to narrow the query', () => {
    const view = buildZoomView(spec, state([1, 2], 19_000), {width: 120, height: 30}, now);
    expect(text(view.lines)).toContain(
      '+19,000 more series (the 2 highest now are drawn): narrow with label matchers, topk() or sum by (…)',
    );
  });
});

describe('a panel with more series than room', () => {
  it('shows those of highest value now, in panel order, then +M more', () => {
    // 4 inner rows: 3 series and the "+M more" line.
    const view = buildPanelView(spec, state([5, 90, 1, 70, 80]), {width: 60, height: 6}, now);
    const names = text(view.lines).map((line) => line.split(' ')[0]);
    expect(names).toEqual(['q1', 'q3', 'q4', '+2']);
  });

  it('ranks no value and NaN lowest, equal values by panel order', () => {
    const rank = (item: number | undefined) => item;
    expect(topByValue([Number.NaN, 3, undefined, 3, 1], 2, rank)).toEqual([3, 3]);
    expect(topByValue([Number.NaN, undefined, 1], 2, rank)).toEqual([Number.NaN, 1]);
  });
});
