// Status panels: an up/down grid of targets from `up`-like instant series (1 = up), down first.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {fitDistinct} from '../text/fit-distinct.js';
import {segment} from './line.js';
import {instantValues} from './panel-data.js';
import type {Inner} from './timeseries-view.js';
import type {Line, Segment, Tone} from './tone.js';

type TargetState = 'down' | 'unknown' | 'up';

const stateOf = (value: number): TargetState =>
  value === 1 ? 'up' : Number.isFinite(value) ? 'down' : 'unknown';

const marks: Readonly<Record<TargetState, {readonly mark: string; readonly tone: Tone}>> = {
  down: {mark: '▼', tone: 'critical'},
  unknown: {mark: '?', tone: 'muted'},
  up: {mark: '●', tone: 'ok'},
};

const order: readonly TargetState[] = ['down', 'unknown', 'up'];
const gap = 2;
const minCellWidth = 18;

type Target = {readonly name: string; readonly state: TargetState};

export function statusLines(
  spec: PanelSpec,
  results: readonly QueryResult[],
  inner: Inner,
): Line[] {
  const targets = instantValues(spec, results)
    .map((item) => ({name: item.name, state: stateOf(item.value)}))
    .sort(
      (a, b) =>
        order.indexOf(a.state) - order.indexOf(b.state) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  const grid = targetGrid(targets, inner);
  const hidden = targets.length - grid.shown;
  return [
    summaryLine(
      targets.map((target) => target.state),
      hidden,
    ),
    ...grid.lines,
  ];
}

/**
 * As many targets as fit in the rows under the summary, in columns; names are cut so that at least
 * about three columns fit, keeping what tells them apart (fitDistinct).
 */
function targetGrid(
  targets: readonly Target[],
  inner: Inner,
): {readonly lines: Line[]; readonly shown: number} {
  const rows = Math.max(0, inner.height - 1);
  const longest = widestCell(targets.map((target) => target.name));
  const cap = Math.max(minCellWidth, Math.floor((inner.width + gap) / 3) - gap);
  const fitting = Math.floor((inner.width + gap) / (Math.min(inner.width, longest + 2, cap) + gap));
  // No more columns than the rows need: full names read better than a half-empty grid.
  const columns = Math.max(1, Math.min(fitting, Math.ceil(targets.length / Math.max(1, rows))));
  // The columns share out the width; no wider than the longest name needs.
  const cell = Math.min(longest + 2, Math.floor((inner.width + gap) / columns) - gap);
  // Only the targets shown are told apart: a thousand targets cost what fits (fitDistinct compares
  // every name with every other).
  const fitted = targets.slice(0, rows * columns);
  const names = fitDistinct(
    fitted.map((target) => target.name),
    cell - 2,
  );
  const shown = fitted.map((target, index) => ({
    ...target,
    name: names[index] ?? target.name,
  }));
  const lines: Line[] = [];
  for (let start = 0; start < shown.length; start += columns) {
    const row = shown.slice(start, start + columns).flatMap(({name, state}, index): Segment[] => {
      const {mark, tone} = marks[state];
      const text = segment(padToWidth(`${mark} ${name}`, cell), tone);
      return index === 0 ? [text] : [segment(' '.repeat(gap)), text];
    });
    lines.push(row);
  }
  return {lines, shown: shown.length};
}

/** "5 up  1 down" with the down count in critical tone, and how many targets are not shown. */
function summaryLine(states: readonly TargetState[], hidden: number): Line {
  const count = (state: TargetState): number => states.filter((each) => each === state).length;
  const line: Segment[] = [segment(`${count('up')} up`, 'ok')];
  if (count('down') > 0) line.push(segment('  '), segment(`${count('down')} down`, 'critical'));
  if (count('unknown') > 0)
    line.push(segment('  '), segment(`${count('unknown')} unknown`, 'muted'));
  if (hidden > 0) line.push(segment(`  +${hidden} more`, 'muted'));
  return line;
}
