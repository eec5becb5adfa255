// Expectations on a rendered nova-top frame: stat values in big digits, legends, breakdown shares
// and ratios of rounded values, each as precise as what is shown allows.
import {expect} from 'vitest';
import type {Unit} from '../../source/dashboards/spec.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import {bigText} from '../../source/view-models/big-digits.js';
import {breakdownRows, legendValues, parseShown, roundingOf, shownAs} from './screen.js';

/** The big digits of a stat panel's value, as the panel draws its three rows. */
function bigRows(value: string): readonly string[] {
  const big = bigText(value);
  if (big === undefined) throw new Error(`${value} has no big digits`);
  return [big.rows[0], big.rows[1], big.rows[2] + big.suffix];
}

/** A stat panel's first three rows: its value in big digits, `extreme` (peak 42) at the right. */
export function expectBigValue(lines: readonly string[], value: string, extreme: string): void {
  const [top, middle, bottom] = bigRows(value);
  const shown = lines.slice(0, 3).map((line) => line.trimEnd());
  expect(shown[0]).toMatch(new RegExp(`^${escape(top ?? '')} +${escape(extreme)}$`));
  expect(shown[1]?.startsWith(middle?.trimEnd() ?? ''), shown.join('\n')).toBe(true);
  expect(shown[2]).toBe(bottom?.trimEnd());
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The current values of a timeseries panel's legend lines equal what the exporter implies. */
export function expectLegends(
  lines: readonly string[],
  expected: Readonly<Record<string, number>>,
  unit: Unit,
): void {
  for (const [name, value] of Object.entries(expected)) {
    const shown = legendValues(lines, name);
    expect(shown, `${name} in\n${lines.join('\n')}`).toBeDefined();
    expect(shownAs(value, unit)).toContain(shown?.current);
    expect(shownAs(value, unit)).toContain(shown?.min);
    expect(shownAs(value, unit)).toContain(shown?.max);
  }
}

/** Shares shown by a breakdown panel, in the order shown, against the exporter's shares. */
export function expectShares(
  lines: readonly string[],
  shares: Readonly<Record<string, number>>,
): void {
  const rows = breakdownRows(lines);
  const expected = Object.entries(shares)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([name, share]) => ({name, share: `${(share * 100).toFixed(1)}%`}));
  expect(rows.map(({name, share}) => ({name, share}))).toEqual(expected);
  // Bars are proportional to the shares, to the eighth of a cell.
  const first = rows[0];
  for (const row of rows) {
    const wanted = ((first?.bar ?? 0) * (shares[row.name] ?? 0)) / (shares[first?.name ?? ''] ?? 1);
    expect(Math.abs(row.bar - wanted)).toBeLessThanOrEqual(1 / 8 + 1e-9);
  }
}

/**
 * `a / b` of two values shown on screen is `ratio`, as far as their rounding tells: `ratio` lies
 * between the smallest and the largest quotient of the values the texts may stand for.
 */
export function expectRatio(a: string | undefined, b: string | undefined, ratio: number): void {
  const [x, y] = [parseShown(a), parseShown(b)];
  const [dx, dy] = [roundingOf(a), roundingOf(b)];
  if (x === undefined || y === undefined || dx === undefined || dy === undefined) {
    throw new Error(`not numbers: ${a} / ${b}`);
  }
  expect(y - dy, `${a} / ${b}`).toBeGreaterThan(0);
  expect(ratio, `${a} / ${b}`).toBeGreaterThanOrEqual((x - dx) / (y + dy) - 1e-9);
  expect(ratio, `${a} / ${b}`).toBeLessThanOrEqual((x + dx) / (y - dy) + 1e-9);
}

/** Range series on the store's grid have no holes between their first and last sample. */
export function expectNoGapsInside(store: Store<StoreState>): void {
  for (const [key, panel] of Object.entries(store.getState().panels)) {
    for (const result of panel.results ?? []) {
      if (result.type !== 'range') continue;
      for (const series of result.series) {
        const times = series.samples.map(([time]) => time);
        const first = times[0] ?? 0;
        const expected = times.map((_, index) => first + index * result.window.step);
        expect(times, `${key} ${JSON.stringify(series.labels)}`).toEqual(expected);
      }
    }
  }
}
