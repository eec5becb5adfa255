// A block chart with its thresholds, as toned lines. How a threshold shows depends on the rows:
// - one row (a sparkline) has no room for a line: a cell whose value crosses a threshold takes that
//   threshold's tone (warning, critical), so a breach reads as a coloured stretch of the series;
// - several rows: a dotted line `┄` in the threshold's tone across the row where the threshold
//   falls, in the cells the bars leave empty; a bar above the threshold crosses the line.
// Thresholds outside the scale are not drawn (the panel's thresholds note still names them).
import type {Thresholds} from '../dashboards/spec.js';
import {levelsWithin, thresholdLevels} from './chart-scale.js';
import {segment} from './line.js';
import {blockIn, cellHeights, fitColumns, type Column, type Scale} from './sparkline.js';
import {thresholdTone} from './thresholds.js';
import type {Line, Segment, Tone} from './tone.js';

export const thresholdGlyph = '┄';

export type ThresholdChart = {
  readonly values: readonly Column[];
  readonly width: number;
  readonly rows: number;
  readonly scale: Scale;
  readonly thresholds: Thresholds | undefined;
  /** The series' own tone. */
  readonly tone: Tone;
};

type Cell = {readonly char: string; readonly tone: Tone};

/** Exactly `rows` lines of `width` cells, top row first. */
export const thresholdChartLines = (chart: ThresholdChart): Line[] =>
  chart.rows === 1 ? [tonedSparkline(chart)] : linedRows(chart);

/** One row: each cell in its threshold's tone where its value crosses one. */
function tonedSparkline({values, width, scale, thresholds, tone}: ThresholdChart): Line {
  const cellTones = fitColumns(values, width).map((value) => crossingTone(value, thresholds, tone));
  const heights = cellHeights(values, width, 1, scale);
  return joined(
    heights.map((height, cell) => ({char: blockIn(height, 0), tone: cellTones[cell] ?? tone})),
  );
}

/** Several rows: each threshold within the scale as a dotted line where the bars leave room. */
function linedRows({values, width, rows, scale, thresholds, tone}: ThresholdChart): Line[] {
  const heights = cellHeights(values, width, rows, scale);
  const lineRows = new Map<number, Tone>();
  for (const level of levelsWithin(thresholdLevels([thresholds]), scale)) {
    lineRows.set(levelRow(level.value, scale, rows), level.tone);
  }
  const lines: Line[] = [];
  for (let row = rows - 1; row >= 0; row -= 1) {
    const lineTone = lineRows.get(row);
    const cells = heights.map((height): Cell => {
      const char = blockIn(height, row);
      return char === ' ' && lineTone !== undefined
        ? {char: thresholdGlyph, tone: lineTone}
        : {char, tone};
    });
    lines.push(joined(cells));
  }
  return lines;
}

/**
 * The row (0 = bottom) holding a level: the one a bar just above it reaches into (bar heights are
 * 1 + fraction * (8 * rows - 1) eighths, see sparkline.ts).
 */
export function levelRow(value: number, scale: Scale, rows: number): number {
  const height = 1 + ((value - scale.min) / (scale.max - scale.min)) * (rows * 8 - 1);
  return Math.min(rows - 1, Math.max(0, Math.floor(height / 8)));
}

/** warning or critical when the value crosses that threshold, else the series' tone. */
function crossingTone(value: Column, thresholds: Thresholds | undefined, tone: Tone): Tone {
  const crossed = thresholdTone(value, thresholds);
  return crossed === 'warning' || crossed === 'critical' ? crossed : tone;
}

/** Cells merged into segments of one tone. */
function joined(cells: readonly Cell[]): Line {
  const line: Segment[] = [];
  let text = '';
  let current: Tone | undefined;
  for (const cell of cells) {
    if (cell.tone !== current && current !== undefined) {
      line.push(segment(text, current));
      text = '';
    }
    current = cell.tone;
    text += cell.char;
  }
  if (current !== undefined) line.push(segment(text, current));
  return line;
}
