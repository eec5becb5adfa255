// The results of the Prometheus HTTP API, narrowed once on arrival (the envelope and sample
// strings are read by backend.ts). Every field is treated as
// optional: newer servers add fields, proxies in front of Prometheus send surprises.
import {parseSample, parseSampleValue, parseTimestamp} from './backend.js';
import type {InstantSample, Labels, Sample, Series} from './types.js';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function narrowLabels(value: unknown): Labels {
  if (!isRecord(value)) return {};
  // fromEntries defines own properties, so even a label named `__proto__` stays a label.
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

type Result = {readonly resultType: string; readonly result: unknown};

function narrowResult(data: unknown): Result | undefined {
  if (!isRecord(data) || typeof data['resultType'] !== 'string') return undefined;
  return {resultType: data['resultType'], result: data['result']};
}

/** A query_range answer; undefined when it is not a matrix. Unparseable samples are dropped. */
export function narrowMatrix(data: unknown): Series[] | undefined {
  const result = narrowResult(data);
  if (result?.resultType !== 'matrix' || !Array.isArray(result.result)) return undefined;
  return result.result.filter(isRecord).map((entry) => {
    const values: unknown[] = Array.isArray(entry['values']) ? entry['values'] : [];
    const samples = values.map(parseSample).filter((sample): sample is Sample => !!sample);
    return {labels: narrowLabels(entry['metric']), samples};
  });
}

/** An instant query answer: a vector, or a scalar as one sample without labels. */
export function narrowInstant(data: unknown): InstantSample[] | undefined {
  const result = narrowResult(data);
  if (result?.resultType === 'scalar') {
    const sample = parseSample(result.result);
    return sample ? [{labels: {}, timestamp: sample[0], value: sample[1]}] : [];
  }
  if (result?.resultType !== 'vector' || !Array.isArray(result.result)) return undefined;
  const samples: InstantSample[] = [];
  for (const entry of result.result.filter(isRecord)) {
    const pair: unknown = entry['value'];
    const timestamp = Array.isArray(pair) ? parseTimestamp(pair[0]) : undefined;
    const value = Array.isArray(pair) ? parseSampleValue(pair[1]) : undefined;
    if (timestamp === undefined || value === undefined) continue;
    samples.push({labels: narrowLabels(entry['metric']), timestamp, value});
  }
  return samples;
}

/**
 * Names one metadata answer (metric names, label names, label values) may keep: far more than a
 * completion list shows, few enough that a server with millions of values cannot fill memory.
 */
export const maxNamesPerAnswer = 10_000;

/** A `/api/v1/labels` or `/api/v1/label/<name>/values` answer: its strings, at most maxNamesPerAnswer. */
export function narrowNames(data: unknown): readonly string[] | undefined {
  if (!Array.isArray(data)) return undefined;
  const names: string[] = [];
  for (const name of data) {
    if (names.length >= maxNamesPerAnswer) break;
    if (typeof name === 'string') names.push(name);
  }
  return names;
}

/** A `/api/v1/series` answer: its label sets, at most maxNamesPerAnswer. */
export function narrowLabelSets(data: unknown): readonly Labels[] | undefined {
  if (!Array.isArray(data)) return undefined;
  return data.slice(0, maxNamesPerAnswer).filter(isRecord).map(narrowLabels);
}
