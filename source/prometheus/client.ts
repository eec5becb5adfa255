// The Prometheus client: builds requests, narrows answers into domain types and turns
// Prometheus' own error payload into an HttpError of kind 'prometheus'. It takes the request
// function as a parameter, so tests pass recorded fixtures or a fake.
import {HttpError, type BodyReader, type RequestFn} from '../http/types.js';
import {prometheusError, successEnvelope} from './backend.js';
import {highestFirst} from './rank.js';
import {cutParsedBody, scanQueryBody} from './result-scan.js';
import type {InstantSample, Labels, RangeWindow, Series} from './types.js';
import {maxPointsPerSeries} from './query.js';
import {narrowInstant, narrowLabelSets, narrowMatrix, narrowNames} from './wire.js';

/** A range answer: its series, and how many more it had (cut at maxSeriesPerQuery). */
export type RangeAnswer = {readonly series: readonly Series[]; readonly omitted: number};
/** An instant answer: its samples, and how many more it had. */
export type InstantAnswer = {readonly samples: readonly InstantSample[]; readonly omitted: number};

export type PrometheusClient = {
  /** `GET /api/v1/query_range` over the window's grid. */
  queryRange(expr: string, window: RangeWindow, signal?: AbortSignal): Promise<RangeAnswer>;
  /** `GET /api/v1/query` at `time` (unix seconds). */
  query(expr: string, time: number, signal?: AbortSignal): Promise<InstantAnswer>;
};

/**
 * Of an answer with more series than this, the ones of highest current value are kept and the
 * rest counted ("+M more" on the panel): no panel can show them, and drawing them would cost
 * seconds per frame. Documented in the README.
 */
export const maxSeriesPerQuery = 1_000;

/** Answers larger than this are read in slices, letting keys through (result-scan.ts). */
const sliceAbove = 256 * 1024;

/** Reads a query answer cut to maxSeriesPerQuery, in slices when large. */
const readQueryAnswer: BodyReader = async (body, signal) =>
  body.length > sliceAbove
    ? scanQueryBody(body, {limit: maxSeriesPerQuery, signal})
    : cutParsedBody(JSON.parse(body.toString('utf8')) as unknown, maxSeriesPerQuery);

/**
 * At most Prometheus' own limit of points per series (a query_range never asks for more): a
 * server sending more cannot grow memory with them. The newest points are kept.
 */
const withinLimit = (series: readonly Series[]): readonly Series[] =>
  series.some((one) => one.samples.length > maxPointsPerSeries)
    ? series.map((one) =>
        one.samples.length > maxPointsPerSeries
          ? {...one, samples: one.samples.slice(-maxPointsPerSeries)}
          : one,
      )
    : series;

/**
 * Samples one range answer may keep: a thousand series of 330 points (a zoomed panel 330 columns
 * wide). Past it, the series of highest value now are kept while they fit, and the rest counted.
 */
export const maxSamplesPerQuery = 330_000;

/** The series that fit in the samples budget, those of highest value now first; in their order. */
export function withinSampleBudget(
  series: readonly Series[],
  budget = maxSamplesPerQuery,
): readonly Series[] {
  let total = 0;
  for (const one of series) total += one.samples.length;
  if (total <= budget) return series;
  const kept = new Set<number>();
  let used = 0;
  for (const index of highestFirst(series, (one) => one.samples.at(-1)?.[1])) {
    const one = series[index]!;
    if (used + one.samples.length > budget) break;
    used += one.samples.length;
    kept.add(index);
  }
  return series.filter((_, index) => kept.has(index));
}

export function createPrometheusClient(request: RequestFn): PrometheusClient {
  const call = async (
    path: string,
    query: Record<string, string | number>,
    signal?: AbortSignal,
  ) => {
    try {
      const response = await request({
        method: 'GET',
        path,
        query,
        readBody: readQueryAnswer,
        ...(signal ? {signal} : {}),
      });
      // Answers that did not pass the reader (replayed from a recording, a test's RequestFn) are
      // cut here: the same limit whatever the source.
      const cut = cutParsedBody(response.data, maxSeriesPerQuery);
      const data = successData(cut.value, response.status);
      return {data, omitted: (response.omitted ?? 0) + cut.omitted};
    } catch (error) {
      throw prometheusError(error);
    }
  };
  return {
    async queryRange(expr, window, signal) {
      const query = {query: expr, start: window.start, end: window.end, step: window.step};
      const {data, omitted} = await call('/api/v1/query_range', query, signal);
      const series = narrowMatrix(data);
      if (series === undefined) throw unexpected('a range query did not return a matrix');
      const kept = withinSampleBudget(withinLimit(series));
      return {series: kept, omitted: omitted + series.length - kept.length};
    },
    async query(expr, time, signal) {
      const {data, omitted} = await call('/api/v1/query', {query: expr, time}, signal);
      const samples = narrowInstant(data);
      if (samples === undefined) throw unexpected('an instant query did not return a vector');
      return {samples, omitted};
    },
  };
}

/** The window metadata is asked for (unix seconds): series seen in it count. */
export type MetadataWindow = {readonly start: number; readonly end: number};

/** Names Prometheus knows, for completion and variables; each answer at most maxNamesPerAnswer (wire.ts). */
export type PrometheusMetadata = {
  /** `GET /api/v1/labels`, of the series `match` selects when given. */
  labelNames(
    match: string | undefined,
    window: MetadataWindow,
    signal?: AbortSignal,
  ): Promise<readonly string[]>;
  /** `GET /api/v1/label/<label>/values` (`__name__`: metric names), of `match`'s series when given. */
  labelValues(
    label: string,
    match: string | undefined,
    window: MetadataWindow,
    signal?: AbortSignal,
  ): Promise<readonly string[]>;
  /** `GET /api/v1/series`: the label sets of the series `match` selects, at most maxNamesPerAnswer. */
  series(match: string, window: MetadataWindow, signal?: AbortSignal): Promise<readonly Labels[]>;
};

export function createMetadataClient(request: RequestFn): PrometheusMetadata {
  const ask = async <T>(
    path: string,
    query: Record<string, string | number>,
    narrow: (data: unknown) => T | undefined,
    signal: AbortSignal | undefined,
  ): Promise<T> => {
    try {
      const response = await request({method: 'GET', path, query, ...(signal ? {signal} : {})});
      const list = narrow(successData(response.data, response.status));
      if (list === undefined) throw unexpected('a list of names was not a list');
      return list;
    } catch (error) {
      throw prometheusError(error);
    }
  };
  const names = (
    path: string,
    match: string | undefined,
    window: MetadataWindow,
    signal?: AbortSignal,
  ) =>
    ask(path, {...(match === undefined ? {} : {'match[]': match}), ...window}, narrowNames, signal);
  return {
    labelNames: (match, window, signal) => names('/api/v1/labels', match, window, signal),
    labelValues: (label, match, window, signal) =>
      names(`/api/v1/label/${encodeURIComponent(label)}/values`, match, window, signal),
    series: (match, window, signal) =>
      ask('/api/v1/series', {'match[]': match, ...window}, narrowLabelSets, signal),
  };
}

function successData(body: unknown, status: number): unknown {
  const envelope = successEnvelope(body, status);
  if (envelope === undefined) throw unexpected('the answer is not a Prometheus API response');
  return envelope.data;
}

const unexpected = (what: string): HttpError =>
  new HttpError('malformed', `Prometheus sent an unexpected answer: ${what}`);
