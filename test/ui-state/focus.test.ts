import {describe, expect, it} from 'vitest';
import type {PanelSpec, RowSpec} from '../../source/dashboards/spec.js';
import {moveFocus, type Direction} from '../../source/ui-state/focus.js';

const panel = (id: string, width?: number): PanelSpec => ({
  id,
  title: id,
  kind: 'stat',
  unit: 'count',
  queries: [{expr: 'up'}],
  ...(width === undefined ? {} : {width}),
});

// Row 0: [a a b]  (a is twice as wide)
// Row 1: [c d e]
// Row 2: [f    ]
// Row 3: [g h i j]
const rows: readonly RowSpec[] = [
  {panels: [panel('a', 2), panel('b')]},
  {panels: [panel('c'), panel('d'), panel('e')]},
  {panels: [panel('f')]},
  {panels: [panel('g'), panel('h'), panel('i'), panel('j')]},
];

const at = (row: number, column: number) => ({row, column});

describe('moveFocus', () => {
  it.each([
    ['right within a row', at(1, 0), 'right', at(1, 1)],
    ['left within a row', at(1, 2), 'left', at(1, 1)],
    ['right stops at the row end', at(1, 2), 'right', at(1, 2)],
    ['left stops at the row start', at(0, 0), 'left', at(0, 0)],
    ['down from a wide panel to the leftmost it overlaps most', at(0, 0), 'down', at(1, 0)],
    ['down from a narrow right panel to the right panel below', at(0, 1), 'down', at(1, 2)],
    ['up from the middle to the wide panel above', at(1, 1), 'up', at(0, 0)],
    ['up from the right to the right panel above', at(1, 2), 'up', at(0, 1)],
    ['down into a single-panel row', at(1, 2), 'down', at(2, 0)],
    ['down from a full-width panel to the first of equal overlaps', at(2, 0), 'down', at(3, 0)],
    ['up from one of four panels into a single-panel row', at(3, 2), 'up', at(2, 0)],
    ['up stops at the top', at(0, 1), 'up', at(0, 1)],
    ['down stops at the bottom', at(3, 3), 'down', at(3, 3)],
  ] as const)('%s', (_name, from, direction: Direction, to) => {
    expect(moveFocus(rows, from, direction)).toEqual(to);
  });

  it('moves by overlap between rows of three and four, ties to the left', () => {
    const grid: readonly RowSpec[] = [rows[1] as RowSpec, rows[3] as RowSpec];
    expect(moveFocus(grid, at(1, 2), 'up')).toEqual(at(0, 1));
    expect(moveFocus(grid, at(1, 3), 'up')).toEqual(at(0, 2));
    expect(moveFocus(grid, at(0, 1), 'down')).toEqual(at(1, 1));
  });
});
