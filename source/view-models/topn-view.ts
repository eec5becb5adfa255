// Top-N panels: the N largest series of the instant queries, merged and sorted, as a table.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth} from '../text/fit.js';
import {byValueDescending} from './breakdown-view.js';
import {segment} from './line.js';
import {instantValues} from './panel-data.js';
import {thresholdTone} from './thresholds.js';
import type {Inner} from './timeseries-view.js';
import {valueWidth as widestValue} from './timeseries-view.js';
import type {Line} from './tone.js';
import {formatValue} from './units.js';

const defaultLimit = 5;

export function topnLines(spec: PanelSpec, results: readonly QueryResult[], inner: Inner): Line[] {
  const top = instantValues(spec, results)
    .sort(byValueDescending)
    .slice(0, spec.limit ?? defaultLimit);
  const rankWidth = String(top.length).length + 2;
  const valueWidth = widestValue(spec);
  const nameWidth = Math.max(1, inner.width - rankWidth - valueWidth - 1);
  return top.map((item, index) => [
    segment(padToWidth(`${index + 1}.`, rankWidth), 'muted'),
    segment(padToWidth(item.name, nameWidth)),
    segment(' '),
    segment(
      padToWidth(formatValue(item.value, item.field.unit, item.field.format), valueWidth, 'right'),
      thresholdTone(item.value, item.thresholds),
    ),
  ]);
}
