import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {instantKinds, type PanelSpec} from '../../source/dashboards/spec.js';
import type {PanelState, QueryResult} from '../../source/store/panel-state.js';
import {cellWidth} from '../../source/text/fit.js';
import {panelFrame} from '../../source/view-models/panel-frame.js';
import {buildPanelView, chartWidth} from '../../source/view-models/panel-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';

const panels = builtinDashboards.flatMap((dashboard) =>
  dashboard.rows.flatMap((row) => row.panels),
);
const sizes = [
  {width: 40, height: 7},
  {width: 26, height: 4},
  {width: 80, height: 10},
  {width: 12, height: 3},
  {width: 160, height: 20},
];
const hostile = `東京\u001B[2J😀e\u0301${'x'.repeat(300)}\u202E`;
const window = {start: 0, end: 59 * 60, step: 60};
const values = [1, Number.NaN, Infinity, -Infinity, 0, -5, 1e9, 3];

function edgeState(spec: PanelSpec): PanelState {
  const results: QueryResult[] = Array.from({length: spec.queries.length}, (_, queryIndex) =>
    instantKinds.has(spec.kind)
      ? {
          type: 'instant',
          queryIndex,
          time: 0,
          samples: values.map((value, index) => ({
            labels: {job: hostile, instance: String(index), status: hostile, error_type: hostile},
            timestamp: 0,
            value,
          })),
        }
      : {
          type: 'range',
          queryIndex,
          window,
          series: [0, 1].map((index) => ({
            labels: {
              job: hostile,
              reason: String(index),
              index_type: hostile,
              endpoint: hostile,
              delivery_type: hostile,
              status: hostile,
            },
            samples: values.map((value, column) => [column * 7 * 60, value] as const),
          })),
        },
  );
  return {
    results,
    updatedAt: 0,
    stale: true,
    loading: false,
    error: {kind: 'http', message: hostile},
  };
}

describe('every built-in panel in every box', () => {
  it.each(panels.flatMap((spec) => sizes.map((size) => [spec.id, size, spec] as const)))(
    '%s %j: exactly the box, no control characters',
    (_id, size, spec) => {
      const state = edgeState(spec);
      for (const view of [
        buildPanelView(spec, state, size, 60_000),
        buildZoomView(spec, state, size, 60_000),
      ]) {
        const lines = panelFrame(view, true).map((line) => line.map((part) => part.text).join(''));
        expect(lines).toHaveLength(size.height);
        for (const line of lines) {
          expect(cellWidth(line)).toBe(size.width);
          expect(line).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
        }
      }
      expect(chartWidth(spec, size)).toBeGreaterThanOrEqual(1);
    },
  );
});
