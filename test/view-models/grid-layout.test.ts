// A grid dashboard's layout (layout 'grid'): Grafana's 24 columns across the width, one line per
// grid unit with a minimum per panel kind, gaps compacted, sections with a title line, collapsed
// sections as that line alone, and the part of it a scroll position shows.
import {describe, expect, it} from 'vitest';
import type {DashboardSpec, PanelKind} from '../../source/dashboards/spec.js';
import {gridContent, minimumHeight} from '../../source/view-models/grid-layout.js';
import {layoutDashboard, type DashboardLayout} from '../../source/view-models/layout.js';
import {fixtureGrid} from '../fixtures/dashboards/grid.js';
import {fixtureOverview} from '../fixtures/dashboards/overview.js';

/** The spec's collapsed sections (Disk, row 2). */
const specCollapsed = new Set([2]);

function laidOut(
  columns: number,
  rows: number,
  top = 0,
  collapsed: ReadonlySet<number> = specCollapsed,
): DashboardLayout {
  const layout = layoutDashboard(fixtureGrid, {columns, rows}, undefined, undefined, {
    top,
    collapsed,
  });
  if (layout.kind !== 'dashboard') throw new Error('too small');
  return layout;
}

/** id -> [x, y, width, height] on screen. */
const boxes = (layout: DashboardLayout) =>
  Object.fromEntries(
    (layout.gridView?.placements ?? []).map((p) => [p.panel.id, [p.x, p.y, p.width, p.height]]),
  );
const sectionLines = (layout: DashboardLayout) =>
  (layout.gridView?.sections ?? []).map((section) => [section.y, section.text]);

describe('grid layout at 80x24', () => {
  const layout = laidOut(80, 24);

  it('places the panels at their gridPos, 24 columns over 80, a line per grid unit', () => {
    // Column edges round(c x 80 / 24): 6 -> 20, 8 -> 27 (26.67), 12 -> 40.
    expect(boxes(layout)).toEqual({
      up: [0, 2, 20, 4],
      targets: [20, 2, 20, 4],
      series: [40, 2, 20, 4],
      goroutines: [60, 2, 20, 4],
      cpu: [0, 7, 40, 8],
      memory: [40, 7, 40, 8],
      // Grid y 23 after panels ending at 13: the 10 empty units take no line.
      heap: [0, 15, 27, 6],
      gc: [27, 15, 53, 6],
    });
  });

  it('starts each titled section with its line; a collapsed one is that line alone', () => {
    expect(sectionLines(layout)).toEqual([
      [6, '▾ CPU / Memory'],
      [21, '▸ Disk (2 panels)'],
    ]);
  });

  it('queries only the panels on screen and says where the view is', () => {
    expect([...(layout.gridView?.visiblePanelIds ?? [])]).toEqual([
      'up',
      'targets',
      'series',
      'goroutines',
      'cpu',
      'memory',
      'heap',
      'gc',
    ]);
    expect(layout.gridView?.indicator).toBe('lines 1-20 of 55 · ↓ 2 sections');
  });

  it('scrolled to line 21, shows HTTP; a panel with one line on screen is neither drawn nor queried', () => {
    const scrolled = laidOut(80, 24, 20);
    expect(sectionLines(scrolled)).toEqual([
      [2, '▾ HTTP'],
      [20, '▾ TSDB'],
    ]);
    expect(boxes(scrolled)).toEqual({
      requests: [0, 3, 80, 9],
      scrapes: [0, 12, 40, 8],
      samples: [40, 12, 40, 8],
    });
    expect([...(scrolled.gridView?.visiblePanelIds ?? [])]).toEqual([
      'requests',
      'scrapes',
      'samples',
    ]);
    expect(scrolled.gridView?.indicator).toBe('lines 21-40 of 55');
  });

  it('keeps the scroll within the content (a top past the end shows the last screen)', () => {
    const end = laidOut(80, 24, 1000);
    expect(end.gridView?.top).toBe(35);
    expect(end.gridView?.indicator).toBe('lines 36-55 of 55');
  });
});

describe('grid layout at 160x48', () => {
  const layout = laidOut(160, 48);

  it('doubles the columns, keeps the lines, and cuts the panels at the bottom edge', () => {
    expect(boxes(layout)).toEqual({
      up: [0, 2, 40, 4],
      targets: [40, 2, 40, 4],
      series: [80, 2, 40, 4],
      goroutines: [120, 2, 40, 4],
      cpu: [0, 7, 80, 8],
      memory: [80, 7, 80, 8],
      heap: [0, 15, 53, 6],
      gc: [53, 15, 107, 6],
      requests: [0, 23, 160, 9],
      scrapes: [0, 32, 80, 8],
      samples: [80, 32, 80, 8],
      // Content lines 39-46, of which 39-43 are shown: a box of 5 lines.
      'head-chunks': [0, 41, 80, 5],
      compactions: [80, 41, 80, 5],
    });
    expect(sectionLines(layout)).toEqual([
      [6, '▾ CPU / Memory'],
      [21, '▸ Disk (2 panels)'],
      [22, '▾ HTTP'],
      [40, '▾ TSDB'],
    ]);
    expect(layout.gridView?.indicator).toBe('lines 1-44 of 55');
  });

  it('opened, the Disk section takes its panels, 8 lines, and pushes the rest down', () => {
    const open = laidOut(160, 48, 0, new Set());
    expect(boxes(open)).toMatchObject({wal: [0, 22, 80, 8], blocks: [80, 22, 80, 8]});
    expect(sectionLines(open)).toEqual([
      [6, '▾ CPU / Memory'],
      [21, '▾ Disk'],
      [30, '▾ HTTP'],
    ]);
    expect(open.gridView?.indicator).toBe('lines 1-44 of 63 · ↓ 1 section');
  });

  it('zoomed, only the zoomed panel is visible', () => {
    const zoomed = layoutDashboard(
      fixtureGrid,
      {columns: 160, rows: 48},
      {row: 1, column: 1},
      undefined,
      {top: 0, collapsed: specCollapsed},
    );
    if (zoomed.kind !== 'dashboard') throw new Error('too small');
    expect([...(zoomed.gridView?.visiblePanelIds ?? [])]).toEqual(['memory']);
    expect(zoomed.panels.map((p) => [p.panel.id, p.x, p.y, p.width, p.height])).toEqual([
      ['memory', 0, 2, 160, 44],
    ]);
  });
});

describe('grid rules', () => {
  const one = (kind: PanelKind, h: number): DashboardSpec => ({
    id: 'one',
    title: 'One',
    layout: 'grid',
    rows: [
      {
        panels: [
          {id: 'a', title: 'a', kind, unit: 'count', queries: [], grid: {x: 0, y: 0, w: 24, h}},
        ],
      },
    ],
  });

  it.each([
    ['stat', 1, 3],
    ['stat', 4, 4],
    ['gauge', 2, 4],
    ['timeseries', 2, 5],
    ['timeseries', 8, 8],
    ['table', 3, 5],
  ] as const)('a %s of %d units takes %d lines', (kind, h, lines) => {
    expect(minimumHeight(kind) <= lines).toBe(true);
    expect(gridContent(one(kind, h), 80, new Set()).boxes[0]?.height).toBe(lines);
  });

  it.each([
    [
      80,
      [
        0, 3, 7, 10, 13, 17, 20, 23, 27, 30, 33, 37, 40, 43, 47, 50, 53, 57, 60, 63, 67, 70, 73, 77,
        80,
      ],
    ],
    [
      101,
      [
        0, 4, 8, 13, 17, 21, 25, 29, 34, 38, 42, 46, 51, 55, 59, 63, 67, 72, 76, 80, 84, 88, 93, 97,
        101,
      ],
    ],
  ])(
    'at %d columns the 24 column edges are %j: neighbours share them, a row fills the width',
    (width, edges) => {
      const dashboard: DashboardSpec = {
        id: 'cols',
        title: 'Cols',
        layout: 'grid',
        rows: [
          {
            panels: Array.from({length: 24}, (_, x) => ({
              id: `c${x}`,
              title: '',
              kind: 'stat' as const,
              unit: 'count' as const,
              queries: [],
              grid: {x, y: 0, w: 1, h: 3},
            })),
          },
        ],
      };
      const placed = gridContent(dashboard, width, new Set()).boxes;
      expect([...placed.map((box) => box.x), width]).toEqual(edges);
      expect(placed.map((box) => box.x + box.width)).toEqual(edges.slice(1));
    },
  );

  it('leaves fill dashboards as they were: no grid view', () => {
    const layout = layoutDashboard(fixtureOverview, {columns: 80, rows: 24}, undefined);
    expect(layout.kind === 'dashboard' && layout.gridView).toBe(undefined);
  });
});
