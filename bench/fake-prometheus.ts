// A stand-in Prometheus for benchmarks that drive the real app: a RequestFn that answers
// query_range and query for any expression, in Prometheus' JSON shape, with values that are a
// fixed function of (expression, series, time): a tail query and a full refetch agree, and each
// poll brings new instant values. Label sets follow the query's `by (...)` clause; a bare
// selector gets three targets. `bytes` is the JSON size (no gzip, to keep the bench's own CPU low).
import type {HttpRequest, HttpResponse, RequestFn} from '../source/http/types.js';

const aggregation = /^\s*(sum|avg|min|max|count|topk|bottomk|histogram_quantile|quantile|\d)/;

function labelSets(expr: string): Record<string, string>[] {
  const by = /\bby\s*\(([^)]*)\)/.exec(expr)?.[1];
  if (by !== undefined) {
    const names = by
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return [0, 1, 2].map((index) =>
      Object.fromEntries(names.map((name) => [name, `${name}-${index}`])),
    );
  }
  if (aggregation.test(expr)) return [{}];
  return [0, 1, 2].map((index) => ({job: 'nova', instance: `10.0.0.${index + 1}:9100`}));
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index++) {
    value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  }
  return (value >>> 0) / 2 ** 32;
}

/** The value of series `index` of `expr` at `t` (unix seconds). */
function valueAt(expr: string, index: number, t: number): number {
  if (expr.trim() === 'up') return 1;
  const base = 1 + 999 * hash(`${expr}#${index}`);
  return Math.round(base * (1 + 0.2 * Math.sin(t / 97 + index)) * 1000) / 1000;
}

function rangeBody(expr: string, start: number, end: number, step: number) {
  const result = labelSets(expr).map((metric, index) => {
    const values: [number, string][] = [];
    for (let t = start; t <= end; t += step) values.push([t, String(valueAt(expr, index, t))]);
    return {metric, values};
  });
  return {status: 'success', data: {resultType: 'matrix', result}};
}

function instantBody(expr: string, time: number) {
  const result = labelSets(expr).map((metric, index) => ({
    metric,
    value: [time, String(valueAt(expr, index, time))],
  }));
  return {status: 'success', data: {resultType: 'vector', result}};
}

export type FakePrometheus = {
  readonly request: RequestFn;
  /** Requests answered and JSON bytes sent so far. */
  readonly stats: {requests: number; bytes: number};
};

export function createFakePrometheus(): FakePrometheus {
  const stats = {requests: 0, bytes: 0};
  const answer = (request: HttpRequest): unknown => {
    const query = request.query ?? {};
    const expr = String(query['query'] ?? '');
    if (request.path.endsWith('/query_range')) {
      const [start, end, step] = ['start', 'end', 'step'].map((name) => Number(query[name]));
      return rangeBody(expr, start ?? 0, end ?? 0, step || 1);
    }
    if (request.path.endsWith('/query')) return instantBody(expr, Number(query['time']));
    return {status: 'success', data: {groups: [], alerts: []}};
  };
  const request: RequestFn = async (sent): Promise<HttpResponse> => {
    const data = answer(sent);
    const bytes = JSON.stringify(data).length;
    stats.requests += 1;
    stats.bytes += bytes;
    return {status: 200, data, bytes};
  };
  return {request, stats};
}
