// Completion for the query prompt: what is typed at the cursor (promql-context.ts) decides what
// is offered, from Prometheus' own metadata APIs (through the client and its RequestFn, the one
// HTTP path, cached) and the grammar's own function and aggregation names.
import {createMetadataClient, type MetadataWindow} from './client.js';
import type {RequestFn} from '../http/types.js';
import {promqlContext} from './promql-context.js';
import {aggregationNames, functionNames} from './promql-names.js';
import {plainLabelNames, plainMetricNames, quotedValue, rankOptions} from './promql-options.js';
import {createTtlCache} from './ttl-cache.js';

export type CompletionSource = {
  readonly metricNames: () => Promise<readonly string[]>;
  readonly labelNames: (metric: string | undefined) => Promise<readonly string[]>;
  readonly labelValues: (label: string, metric: string | undefined) => Promise<readonly string[]>;
};

/** What can replace text[from, to) at the cursor: options sorted best first, at most `limit`. */
export type Completion = {
  readonly from: number;
  readonly to: number;
  readonly options: readonly string[];
};

/** Options shown at most, unless the caller asks for another limit. */
export const defaultCompletionLimit = 50;

/** A source that fails offers nothing: the prompt still completes the grammar's own names. */
const orNothing = (names: Promise<readonly string[]>): Promise<readonly string[]> =>
  names.catch(() => []);

export async function completePromql(
  text: string,
  cursor: number,
  source: CompletionSource,
  limit = defaultCompletionLimit,
): Promise<Completion> {
  const at = Math.min(Math.max(0, Math.trunc(cursor) || 0), text.length);
  const context = promqlContext(text, at);
  if (context.kind === 'none') return {from: at, to: at, options: []};
  const {from, to, prefix} = context;
  if (context.kind === 'name') {
    const metrics = plainMetricNames(await orNothing(source.metricNames()));
    const names = [...metrics, ...functionNames, ...aggregationNames];
    return {from, to, options: rankOptions(names, prefix, limit)};
  }
  if (context.kind === 'label-name') {
    const labels = plainLabelNames(await orNothing(source.labelNames(context.metric)));
    return {from, to, options: rankOptions(labels, prefix, limit)};
  }
  const values = await orNothing(source.labelValues(context.label, context.metric));
  const written = values.flatMap((value) => quotedValue(value, context.quote, context.regex) ?? []);
  return {from, to, options: rankOptions(written, prefix, limit)};
}

/** Metadata is asked about the series of this last stretch of time. */
export const completionWindowSeconds = 3600;
/** How long an answer is reused, and how many are kept. */
export const completionCacheTtlMs = 60_000;
export const completionCacheEntries = 200;

/** Cached (TTL), bounded, through the Prometheus client's RequestFn (the one HTTP path). */
export function createCompletionSource(options: {
  readonly request: RequestFn;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
}): CompletionSource {
  const metadata = createMetadataClient(options.request);
  const cache = createTtlCache<readonly string[]>({
    ttlMs: completionCacheTtlMs,
    maxEntries: completionCacheEntries,
    now: options.now,
  });
  const window = (): MetadataWindow => {
    // Rounded up: a window that ends before a series' first sample does not see it (just started).
    const end = Math.ceil(options.now() / 1000);
    return {start: end - completionWindowSeconds, end};
  };
  // A metric name (an identifier, by the grammar) is a selector of its series, for `match[]`.
  return {
    metricNames: () =>
      cache.get('names', () => metadata.labelValues('__name__', undefined, window())),
    labelNames: (metric) =>
      cache.get(JSON.stringify(['labels', metric ?? null]), () =>
        metadata.labelNames(metric, window()),
      ),
    labelValues: (label, metric) =>
      cache.get(JSON.stringify(['values', label, metric ?? null]), () =>
        metadata.labelValues(label, metric, window()),
      ),
  };
}
