import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {layoutDashboard, splitByWeight, type Layout} from '../../source/view-models/layout.js';
import {fixtureOverview as overview} from '../fixtures/dashboards/overview.js';

/** id -> [x, y, width, height] */
function boxes(layout: Layout): Record<string, readonly number[]> {
  if (layout.kind !== 'dashboard') throw new Error('too small');
  return Object.fromEntries(layout.panels.map((p) => [p.panel.id, [p.x, p.y, p.width, p.height]]));
}

describe('splitByWeight', () => {
  it.each([
    [80, [2, 1], [53, 27]],
    [20, [1, 2, 2], [4, 8, 8]],
    [44, [1, 2, 2], [9, 18, 17]],
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [1], [7]],
  ])('%d by %j is %j', (total, weights, sizes) => {
    expect(splitByWeight(total, weights)).toEqual(sizes);
  });
});

describe('layoutDashboard', () => {
  it('lays out the overview at 80x24 in a frame of 23 rows', () => {
    const layout = layoutDashboard(overview, {columns: 80, rows: 24}, undefined);
    expect(layout).toMatchObject({
      kind: 'dashboard',
      width: 80,
      height: 23,
      header: {x: 0, y: 0, width: 80, height: 2},
      grid: {x: 0, y: 2, width: 80, height: 20},
      footer: {x: 0, y: 22, width: 80, height: 1},
      chartWidths: {health: 51, connections: 25, throughput: 38, 'error-rate': 38, queues: 78},
    });
    expect(boxes(layout)).toEqual({
      health: [0, 2, 53, 4],
      connections: [53, 2, 27, 4],
      throughput: [0, 6, 40, 8],
      'error-rate': [40, 6, 40, 8],
      queues: [0, 14, 80, 8],
    });
  });

  it('lays out the overview at 160x48', () => {
    const layout = layoutDashboard(overview, {columns: 160, rows: 48}, undefined);
    expect(boxes(layout)).toEqual({
      health: [0, 2, 107, 9],
      connections: [107, 2, 53, 9],
      throughput: [0, 11, 80, 18],
      'error-rate': [80, 11, 80, 18],
      queues: [0, 29, 160, 17],
    });
    expect(layout).toMatchObject({height: 47, footer: {y: 46}});
  });

  it('gives a zoomed panel the whole grid and a wider chart', () => {
    const layout = layoutDashboard(overview, {columns: 160, rows: 48}, {row: 1, column: 1});
    expect(boxes(layout)).toEqual({'error-rate': [0, 2, 160, 44]});
    expect(layout).toMatchObject({
      chartWidths: {health: 105, connections: 51, throughput: 78, 'error-rate': 148, queues: 158},
    });
  });

  it('asks the panels how wide their charts are', () => {
    const layout = layoutDashboard(overview, {columns: 80, rows: 24}, undefined, (panel, box) =>
      panel.kind === 'timeseries' ? box.width - 12 : box.height - 2,
    );
    expect(layout).toMatchObject({
      chartWidths: {health: 2, connections: 2, throughput: 28, 'error-rate': 28, queues: 68},
    });
  });

  it.each([
    [79, 24],
    [80, 23],
    [40, 10],
  ])('says %dx%d is too small and what it needs', (columns, rows) => {
    expect(layoutDashboard(overview, {columns, rows}, undefined)).toEqual({
      kind: 'tooSmall',
      size: {columns, rows},
      needed: {columns: 80, rows: 24},
    });
  });

  it('fits every built-in dashboard at 80x24 without a panel under 3 rows', () => {
    for (const dashboard of builtinDashboards) {
      const layout = layoutDashboard(dashboard, {columns: 80, rows: 24}, undefined);
      if (layout.kind !== 'dashboard') throw new Error('too small');
      for (const placement of layout.panels) {
        expect(placement.height).toBeGreaterThanOrEqual(3);
        expect(placement.y + placement.height).toBeLessThanOrEqual(layout.footer.y);
        expect(placement.x + placement.width).toBeLessThanOrEqual(80);
      }
    }
  });
});
