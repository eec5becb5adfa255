// A stat's value over the range (PanelSpec.reduce, from Grafana's `reduceOptions.calcs`): the
// range's samples and, when it is newer, the value now. Non-finite values (NaN, ±Inf) are left
// out, as Grafana leaves out nulls. The title says which value it is: a mean is never read as a
// value now.
import type {StatReduce} from '../dashboards/spec.js';
import type {Sample} from '../prometheus/types.js';
import type {NamedSeries} from './panel-data.js';

/** What the title adds: "CPU busy (mean over range)". */
export const reduceTitles: Readonly<Record<StatReduce, string>> = {
  mean: 'mean over range',
  max: 'max over range',
  min: 'min over range',
  sum: 'sum over range',
  first: 'first in range',
  range: 'spread over range',
  diff: 'change over range',
};

/** The series' finite values in time order: the range's, then the value now when newer. */
function finiteValues(series: NamedSeries): number[] {
  const values = series.samples.map((sample: Sample) => sample[1]);
  const last = series.samples.at(-1)?.[0];
  const {value, time} = series.current;
  if (value !== undefined && time !== undefined && (last === undefined || time > last)) {
    values.push(value);
  }
  return values.filter((value) => Number.isFinite(value));
}

/** The reduced value; undefined without a finite value. */
export function reducedValue(reduce: StatReduce, series: NamedSeries): number | undefined {
  const values = finiteValues(series);
  const first = values[0];
  const last = values.at(-1);
  if (first === undefined || last === undefined) return undefined;
  let [sum, min, max] = [0, first, first];
  for (const value of values) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const reduced: Record<StatReduce, number> = {
    mean: sum / values.length,
    max,
    min,
    sum,
    first,
    range: max - min,
    diff: last - first,
  };
  return reduced[reduce];
}
