// Replay at the request-function seam: a RequestFn that answers from a snapshot as of the virtual
// clock. A query for exactly the recorded time window gets that recording; otherwise the same
// question (same query, step and span) gets the latest answer recorded by the current cycle, as
// long as it is recent; a range query on another grid (another terminal size) gets that answer
// resampled, and an instant query with other rate windows (another scrape interval) the same
// query's answer. Anything else is "not recorded", and writes are refused.
import {HttpResponseError} from '../http/response-error.js';
import {formatDurationSeconds} from '../prometheus/query.js';
import {HttpError, type HttpRequest, type HttpResponse, type RequestFn} from '../http/types.js';
import type {RecordedError, Snapshot, SnapshotEntry, SourceName} from './format.js';
import {askedWindow, resampleMatrix} from './resample.js';
import {cycleStarts, nextCycleStart} from './timeline.js';

export const notRecordedMessage = 'not recorded';
export const readOnlyMessage = 'read-only: replaying a snapshot';

/**
 * The snapshot has no answer to this request at this time: the panel says so, and the poller does
 * not take the server for down (failures.ts).
 */
export class NotRecordedError extends HttpError {
  constructor() {
    super('not-recorded', notRecordedMessage);
    this.name = 'NotRecordedError';
  }
}

/** Parameters that only place a query in time: without them, two requests ask the same thing. */
const timeParameters: ReadonlySet<string> = new Set(['start', 'end', 'time']);

type Query = HttpRequest['query'];

function canonicalQuery(query: Query, keep: (name: string) => boolean): string {
  const pairs = Object.entries(query ?? {})
    .filter(([name]) => keep(name))
    .map(([name, value]): [string, string] => [name, String(value)]);
  return JSON.stringify(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Asked = Pick<HttpRequest, 'method' | 'path' | 'query'>;

const exactKey = ({method, path, query}: Asked): string =>
  `${method} ${path} ${canonicalQuery(query, () => true)}`;

/** The same question at another time: time parameters dropped, the span kept. */
function shapeKey({method, path, query}: Asked): string | undefined {
  if (!Object.keys(query ?? {}).some((name) => timeParameters.has(name))) return undefined;
  const span = Number(query?.['end']) - Number(query?.['start']);
  const rest = canonicalQuery(query, (name) => !timeParameters.has(name));
  return `${method} ${path} ${rest} span=${Number.isNaN(span) ? '-' : span}`;
}

/** Whether two questions of one shape ask for the same moment or window. */
const sameTimes = (a: Asked, b: Asked): boolean =>
  [...timeParameters].every((name) => String(a.query?.[name]) === String(b.query?.[name]));

/**
 * A range query whatever its grid: the expression alone, and whatever its range-selector windows
 * (`[8s]`, `[1m15s]`), which `$__rate_interval` sizes from the step.
 */
const unitSeconds: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_536_000,
};

/** Seconds of a PromQL duration such as `1h30m`. */
const durationSeconds = (text: string): number =>
  [...text.matchAll(/(\d+)(ms|[smhdwy])/g)].reduce(
    (sum, [, count, unit]) => sum + Number(count) * (unitSeconds[unit ?? 's'] ?? 0),
    0,
  );

/**
 * A range-selector window as a replay may stand it in for another: `$__rate_interval` follows the
 * step and the scrape interval, so a recording answers another grid's or scrape interval's window.
 * A window of an hour or more is taken for a deliberate average (`[1h]`), asked as written: a
 * replay never answers it with a shorter window's numbers (it is "not recorded" instead).
 */
const looseWindow = (duration: string): boolean => durationSeconds(duration) < 3600;

const rangeKey = ({method, path, query}: Asked): string | undefined =>
  path.endsWith('/query_range')
    ? `${method} ${path} ${String(query?.['query']).replace(
        /\[([0-9smhdwy]+)\]/g,
        (window: string, duration: string) => (looseWindow(duration) ? '[]' : window),
      )}`
    : undefined;

/**
 * An instant query whatever its short range-selector windows: a chart's value now is asked with
 * `$__rate_interval` = 4 x the scrape interval, which a replay may be given another value of. A
 * window as long as the recorded range (`$__range`: totals over the range) is kept, so a replay
 * at another range never shows the recorded range's totals.
 */
function instantKey(
  {method, path, query}: Asked,
  recordedRange: string | undefined,
): string | undefined {
  if (!path.endsWith('/query') || query?.['time'] === undefined) return undefined;
  const expr = String(query['query']).replace(
    /\[([0-9smhdwy]+)\]/g,
    (window: string, duration: string) =>
      duration === recordedRange || !looseWindow(duration) ? window : '[]',
  );
  return `${method} ${path} ${expr}`;
}

function groupBy(
  entries: readonly SnapshotEntry[],
  key: (asked: Asked) => string | undefined,
): ReadonlyMap<string, readonly SnapshotEntry[]> {
  const groups = new Map<string, SnapshotEntry[]>();
  for (const entry of entries) {
    const name = key(entry.request);
    if (name === undefined) continue;
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [entry]);
    else group.push(entry);
  }
  return groups;
}

/** The last entry (sorted by t) asked before `horizon`. */
const latestBefore = (entries: readonly SnapshotEntry[], horizon: number) =>
  entries.findLast((entry) => entry.t < horizon);

export type ReplayRequestOptions = {
  /** How old an answer to the same question may be (default: 2 refreshes, at least 90 s). */
  readonly maxAgeMs?: number;
};

export function createReplayRequest(
  snapshot: Snapshot,
  source: SourceName,
  clock: () => number,
  options: ReplayRequestOptions = {},
): RequestFn {
  const entries = snapshot.entries.filter((entry) => entry.source === source);
  // A question placed in time is found among its shape's answers (`sameTimes`): a map keyed by
  // every recorded window would hold a long key per answer (2 MB for the demo).
  const exact = groupBy(
    entries.filter((entry) => shapeKey(entry.request) === undefined),
    exactKey,
  );
  const shapes = groupBy(entries, shapeKey);
  const ranges = groupBy(
    entries.filter((entry) => 'response' in entry),
    rangeKey,
  );
  const rangeSeconds = snapshot.header.options['rangeSeconds'];
  const recordedRange =
    typeof rangeSeconds === 'number' ? formatDurationSeconds(rangeSeconds) : undefined;
  const instantOf = (asked: Asked) => instantKey(asked, recordedRange);
  const instants = groupBy(
    entries.filter((entry) => 'response' in entry),
    instantOf,
  );
  const cycles = cycleStarts(snapshot.entries);
  const refreshMs = snapshot.header.options['refreshMs'];
  const maxAgeMs =
    options.maxAgeMs ?? Math.max(2 * (typeof refreshMs === 'number' ? refreshMs : 15_000), 90_000);

  const find = (request: HttpRequest, now: number): SnapshotEntry | undefined => {
    const horizon = nextCycleStart(cycles, now);
    const recent = (entry: SnapshotEntry | undefined) =>
      entry !== undefined && now - entry.t <= maxAgeMs ? entry : undefined;
    const shape = shapeKey(request);
    const similar =
      shape === undefined ? (exact.get(exactKey(request)) ?? []) : (shapes.get(shape) ?? []);
    const same =
      shape === undefined ? [] : similar.filter((entry) => sameTimes(entry.request, request));
    if (same.length > 0) {
      // The very window that was recorded: its answer does not depend on when it is shown.
      return latestBefore(same, horizon) ?? same[0];
    }
    const instant = instantOf(request);
    return (
      recent(latestBefore(similar, horizon)) ??
      (instant === undefined
        ? undefined
        : recent(latestBefore(instants.get(instant) ?? [], horizon)))
    );
  };

  /** The same range query recorded on another grid, moved onto the asked one. */
  const resampled = (request: HttpRequest, now: number): HttpResponse | undefined => {
    const key = rangeKey(request);
    const window = askedWindow(request.query);
    if (key === undefined || window === undefined) return undefined;
    const entry = latestBefore(ranges.get(key) ?? [], nextCycleStart(cycles, now));
    if (entry === undefined || !('response' in entry) || now - entry.t > maxAgeMs) return undefined;
    const step = askedWindow(entry.request.query)?.step ?? window.step;
    const data = resampleMatrix(entry.response.data, step, window);
    return data === undefined
      ? undefined
      : {status: entry.response.status, data, bytes: entry.response.bytes};
  };

  return async (request) => {
    if (request.signal?.aborted) throw new HttpError('aborted', 'request cancelled');
    if (request.method !== 'GET') throw new HttpError('http', readOnlyMessage);
    const now = clock();
    const entry = find(request, now);
    if (entry === undefined)
      return resampled(request, now) ?? Promise.reject(new NotRecordedError());
    if ('error' in entry) throw replayedError(entry.error);
    // Its data is read from the recording now (decode.ts), once for this answer.
    const {status, data, bytes} = entry.response;
    return {status, data, bytes} satisfies HttpResponse;
  };
}

function replayedError(error: RecordedError): HttpError {
  if (error.kind === 'http' && error.status !== undefined) {
    return new HttpResponseError(error.message, error.status, error.body);
  }
  return new HttpError(error.kind, error.message, {
    ...(error.status === undefined ? {} : {status: error.status}),
    ...(error.errorType === undefined ? {} : {errorType: error.errorType}),
  });
}
