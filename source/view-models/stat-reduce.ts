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

/** The series' finite samples in time order: the range's, then the value now when newer. */
function finiteSamples(series: NamedSeries): Sample[] {
  const samples = [...series.samples];
  const last = series.samples.at(-1)?.[0];
  const {value, time} = series.current;
  if (value !== undefined && time !== undefined && (last === undefined || time > last)) {
    samples.push([time, value]);
  }
  return samples.filter((sample) => Number.isFinite(sample[1]));
}

const finiteValues = (series: NamedSeries): number[] =>
  finiteSamples(series).map((sample) => sample[1]);

/**
 * Whether the reduced value is a lower bound (`> 5s`): it counts a quantile above its histogram's
 * top bucket (a mean or sum of one, the first or the min when it is one). A spread or a change of
 * lower bounds is no bound at all, and is not marked; max is marked by the caller as the peak is.
 */
export function reducedAbove(reduce: StatReduce, series: NamedSeries): boolean {
  const samples = finiteSamples(series);
  const above = (sample: Sample | undefined) =>
    sample !== undefined && series.aboveTopBucket.has(sample[0]);
  if (reduce === 'mean' || reduce === 'sum') return samples.some(above);
  if (reduce === 'first') return above(samples[0]);
  if (reduce === 'min') {
    const min = samples.reduce((least, sample) => Math.min(least, sample[1]), Infinity);
    return samples.some((sample) => sample[1] === min && above(sample));
  }
  return false;
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
