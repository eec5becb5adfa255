// Answering a range query from a recording of the same query on another grid: a replay on a
// terminal of another size asks for another step (one point per chart column), and a replay a
// little off the recorded times asks for a shifted window. Each point of the asked grid takes the
// newest recorded sample at or before it, no older than one recorded step (as Prometheus looks
// back for the newest sample at each step).
import type {RangeWindow} from '../prometheus/types.js';

type Fields = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The asked window of a query_range request, or undefined when it is not one. */
export function askedWindow(
  query: Readonly<Record<string, string | number>> | undefined,
): RangeWindow | undefined {
  const [start, end, step] = [query?.['start'], query?.['end'], query?.['step']].map(Number);
  if (start === undefined || end === undefined || step === undefined) return undefined;
  if (![start, end, step].every(Number.isFinite) || step <= 0 || end < start) return undefined;
  return {start, end, step};
}

function resampleValues(values: unknown, window: RangeWindow, lookback: number): unknown[] {
  const samples = (Array.isArray(values) ? values : []).filter(
    (sample): sample is [number, unknown] => Array.isArray(sample) && typeof sample[0] === 'number',
  );
  const out: unknown[] = [];
  let next = 0;
  let latest: [number, unknown] | undefined;
  for (let time = window.start; time <= window.end; time += window.step) {
    while (next < samples.length && (samples[next]?.[0] ?? Infinity) <= time)
      latest = samples[next++];
    if (latest !== undefined && time - latest[0] < lookback) out.push([time, latest[1]]);
  }
  return out;
}

/**
 * A Prometheus matrix answer (`{status, data: {resultType: 'matrix', result}}`) moved onto
 * `window`; undefined for anything that is not a matrix answer. Series without a point on the
 * new grid are left out, as Prometheus leaves them out.
 */
export function resampleMatrix(
  body: unknown,
  recordedStep: number,
  window: RangeWindow,
): unknown | undefined {
  if (!isRecord(body) || !isRecord(body['data'])) return undefined;
  const {data} = body;
  if (data['resultType'] !== 'matrix' || !Array.isArray(data['result'])) return undefined;
  const lookback = Math.max(recordedStep, 1);
  const result = data['result'].flatMap((series: unknown) => {
    if (!isRecord(series)) return [];
    const values = resampleValues(series['values'], window, lookback);
    return values.length === 0 ? [] : [{...series, values}];
  });
  return {...body, data: {...data, result}};
}
