// Reading a rendered nova-top frame as a user reads it: a panel by its title, a legend's values,
// a breakdown's rows. For tests that check the numbers on screen against known inputs.
import type {Unit} from '../../source/dashboards/spec.js';
import {formatValue} from '../../source/view-models/units.js';

/** A frame, one string per terminal row (no colours: tests run with FORCE_COLOR=0). */
export type Screen = readonly string[];

/**
 * The inside of the panel whose top border carries `title`, one string per row with the trailing
 * spaces removed; [] when no such panel is on screen.
 */
export function panelLines(screen: Screen, title: string): string[] {
  const rows = screen.map((line) => Array.from(line));
  // The title is followed by the border, or by the corner when it fills the top edge.
  const markers = [Array.from(`╭ ${title} ─`), Array.from(`╭ ${title} ╮`)];
  for (const [top, cells] of rows.entries()) {
    const left = Math.max(...markers.map((marker) => indexOfCells(cells, marker)));
    if (left === -1) continue;
    const right = cells.indexOf('╮', left);
    const inner: string[] = [];
    for (let row = top + 1; row < rows.length && rows[row]?.[left] === '│'; row += 1) {
      inner.push(
        (rows[row] ?? [])
          .slice(left + 1, right)
          .join('')
          .trimEnd(),
      );
    }
    return inner;
  }
  return [];
}

function indexOfCells(cells: readonly string[], marker: readonly string[]): number {
  for (let start = 0; start + marker.length <= cells.length; start += 1) {
    if (marker.every((cell, offset) => cells[start + offset] === cell)) return start;
  }
  return -1;
}

export type LegendValues = {
  readonly current: string;
  readonly min: string | undefined;
  readonly max: string | undefined;
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The values of a series' legend: "name   4.2%  min 1%  max 7%", "name  4.2% ↓1% ↑7%", or in
 * the one-row layout "name ▁▂▅ 4.2%" (with " ↓ 1% ↑ 7%" when wide).
 */
export function legendValues(lines: readonly string[], name: string): LegendValues | undefined {
  const start = `^${escape(name)} +`;
  const patterns = [
    new RegExp(`${start}(\\S+)  min (\\S+)  max (\\S+)$`),
    new RegExp(`${start}(\\S+) ↓(\\S+) ↑(\\S+)$`),
    new RegExp(`${start}[▁▂▃▄▅▆▇█ ]* (\\S+)(?: ↓ *(\\S+) ↑ *(\\S+))?$`),
  ];
  for (const line of lines) {
    for (const pattern of patterns) {
      const match = pattern.exec(line);
      if (match?.[1] === undefined) continue;
      return {current: match[1], min: match[2], max: match[3]};
    }
  }
  return undefined;
}

const scales: Readonly<Record<string, number>> = {k: 1e3, M: 1e6, G: 1e9, ms: 1e-3, µs: 1e-6};

/** "1.23k/s" -> 1230, "250ms" -> 0.25, "12%" -> 12; undefined for "-", "NaN". */
export function parseShown(text: string | undefined): number | undefined {
  const match = /^(-?\d+(?:\.\d+)?)(k|M|G|ms|µs)?/.exec(text ?? '');
  if (match?.[1] === undefined) return undefined;
  return Number(match[1]) * (match[2] === undefined ? 1 : (scales[match[2]] ?? 1));
}

/**
 * Half a unit of the last digit shown, in the value's own scale: what rounding may have hidden
 * ("4.33/s" -> 0.005, "1.5k" -> 50, "88" -> 0.5).
 */
export function roundingOf(text: string | undefined): number | undefined {
  const match = /^-?\d+(?:\.(\d+))?(k|M|G|ms|µs)?/.exec(text ?? '');
  if (match === null) return undefined;
  const scale = match[2] === undefined ? 1 : (scales[match[2]] ?? 1);
  return 0.5 * 10 ** -(match[1]?.length ?? 0) * scale;
}

/** The text at the end of a table row ("3. ws decode 127.0.0.1:9 1.5k" -> "1.5k"). */
export const rowValue = (line: string | undefined): string | undefined =>
  /(\S+)$/.exec(line ?? '')?.[1];

/**
 * The texts nova-top may show for `value` in `unit`: Prometheus' float arithmetic can land a hair
 * either side of a rounding boundary (487.5 ms shows as 487 or 488).
 */
export function shownAs(value: number, unit: Unit): readonly string[] {
  return [...new Set([1 - 1e-6, 1, 1 + 1e-6].map((factor) => formatValue(value * factor, unit)))];
}

export type BreakdownRow = {
  readonly name: string;
  /** The bar's length in cells, to the eighth. */
  readonly bar: number;
  readonly share: string;
};

const partials = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/** The rows of a breakdown panel: name, bar and share, in the order shown. */
export function breakdownRows(lines: readonly string[]): BreakdownRow[] {
  return lines.flatMap((line) => {
    const match = /^(.*?) +([█▏▎▍▌▋▊▉]+) +(\d+\.\d%)/.exec(line);
    if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) return [];
    const cells = Array.from(match[2]);
    const eighths = cells.reduce(
      (sum, cell) => sum + (cell === '█' ? 8 : partials.indexOf(cell as '▏') + 1),
      0,
    );
    return [{name: match[1], bar: eighths / 8, share: match[3]}];
  });
}

/**
 * The rows of block charts among a panel's lines (legends, notes and tables left out), threshold
 * lines (┄) included.
 */
export const chartRows = (lines: readonly string[]): string[] =>
  lines.filter((line) => /^[▁▂▃▄▅▆▇█┄ ]+$/.test(line) && /[▁▂▃▄▅▆▇█]/.test(line));

/** True when every chart row has one block character (gaps, threshold lines aside): drawn flat. */
export const drawsFlat = (lines: readonly string[]): boolean =>
  chartRows(lines).every((row) => new Set(row.replaceAll(/[ ┄]/g, '')).size === 1);
