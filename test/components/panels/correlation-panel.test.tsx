import React from 'react';
import {describe, expect, it} from 'vitest';
import {PanelBox} from '../../../source/components/panels/panel-box.js';
import {buildPanelView} from '../../../source/view-models/panel-view.js';
import {fresh, minuteWindow, panel, range, repeat, updatedAt} from './panel-data.js';
import {bottomBorder, renderLines, side, topBorder} from './render.js';

const correlation = panel('correlation');
const window = minuteWindow(10);
const rising = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// r = +1 with rising (a linear function of it), -1 (reversed), 0.588 (shuffled), none (flat).
const state = fresh([
  range(0, window, [[{}, rising]]),
  range(1, window, [[{}, rising.map((value) => 2 * value + 1)]]),
  range(2, window, [[{}, [...rising].reverse()]]),
  range(3, window, [[{}, [4, 1, 6, 2, 8, 3, 10, 5, 9, 7]]]),
  range(4, window, [[{}, repeat(5, 10)]]),
]);

describe('correlation panel', () => {
  it('80x9: names in full where they fit, coefficients, and what the colours mean', () => {
    const row = (name: string, cells: readonly string[]) =>
      name.padEnd(18) + cells.map((cell) => cell.padStart(12)).join('');
    expect(
      renderLines(
        <PanelBox
          spec={correlation}
          state={state}
          width={80}
          height={9}
          focused={false}
          now={updatedAt}
        />,
        80,
      ),
    ).toEqual([
      topBorder('Error correlation', 80),
      side(
        ' '.repeat(18) +
          ['ws errors', 'delivery f…', 'reconnects', 'search fail', 'failed que…']
            .map((name) => ' ' + name.padStart(11))
            .join(''),
        80,
      ),
      side(row('ws errors', ['+1.00', '+1.00', '-1.00', '+0.59', '-']), 80),
      side(row('delivery fail', ['+1.00', '+1.00', '-1.00', '+0.59', '-']), 80),
      side(row('reconnects', ['-1.00', '-1.00', '+1.00', '-0.59', '-']), 80),
      side(row('search fail', ['+0.59', '+0.59', '-0.59', '+1.00', '-']), 80),
      side(row('failed queue', ['-', '-', '-', '-', '+1.00']), 80),
      side('|r| ≥0.7 strong  ≥0.4 moderate  weak', 80),
      bottomBorder(80),
    ]);
  });

  it('40x8: names shortened to fit the cells and the row labels', () => {
    const row = (name: string, cells: readonly string[]) =>
      name.padEnd(8) + cells.map((cell) => cell.padStart(6)).join('');
    expect(
      renderLines(
        <PanelBox
          spec={correlation}
          state={state}
          width={40}
          height={8}
          focused={false}
          now={updatedAt}
        />,
        40,
      ),
    ).toEqual([
      topBorder('Error correlation', 40),
      side(' '.repeat(8) + ' ws e… deli… reco… sear… fail…', 40),
      side(row('ws erro…', ['+1.00', '+1.00', '-1.00', '+0.59', '-']), 40),
      side(row('deliver…', ['+1.00', '+1.00', '-1.00', '+0.59', '-']), 40),
      side(row('reconne…', ['-1.00', '-1.00', '+1.00', '-0.59', '-']), 40),
      side(row('search …', ['+0.59', '+0.59', '-0.59', '+1.00', '-']), 40),
      side(row('failed …', ['-', '-', '-', '-', '+1.00']), 40),
      bottomBorder(40),
    ]);
  });

  it('colours coefficients by strength; the diagonal and missing ones are muted', () => {
    const view = buildPanelView(correlation, state, {width: 40, height: 8}, updatedAt);
    expect(view.lines[1]?.slice(1).map((part) => part.tone)).toEqual([
      'muted',
      'heatHigh',
      'heatHigh',
      'heatMedium',
      'muted',
    ]);
  });

  it('wide: the grid keeps beside its row names instead of spreading across the panel', () => {
    const view = buildPanelView(correlation, state, {width: 160, height: 9}, updatedAt);
    const text = (index: number) => view.lines[index]?.map((part) => part.text).join('');
    const cells = ['+1.00', '+1.00', '-1.00', '+0.59', '-'].map((cell) => cell.padStart(14));
    expect(text(1)).toBe('ws errors'.padEnd(14) + cells.join('') + ' '.repeat(158 - 84));
    expect(text(0)?.slice(0, 28)).toBe(' '.repeat(14) + '     ws errors');
  });

  it('too narrow for 6-cell coefficients: 5 cells without the leading zero', () => {
    const view = buildPanelView(correlation, state, {width: 34, height: 8}, updatedAt);
    expect(view.lines[4]?.map((part) => part.text).join('')).toBe(
      'search fail'.slice(0, 6) +
        '…' +
        ['+.59', '+.59', '-.59', '+1.0', '-'].map((cell) => cell.padStart(5)).join(''),
    );
  });
});
