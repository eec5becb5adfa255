// A test exporter of the seed's metric families with known values (prom-client, own Registry,
// 127.0.0.1, free port). Counters and histograms advance by fixed amounts on every scrape, so
// any ratio of rates (error %, failure %, histogram quantiles, breakdown shares) is exact whatever
// Prometheus' rate() extrapolation does; with `scrape_interval: 1s` the amounts are per second.
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {Counter, Gauge, Histogram, Registry} from 'prom-client';

type Labels = Readonly<Record<string, string>>;
export type GaugeValue = {readonly labels: Labels; readonly value: number};
/** A counter label set and how much it grows per scrape. */
export type CounterStep = {readonly labels: Labels; readonly perScrape: number};
/** `perScrape` observations of `value` for a histogram label set. */
export type Observation = {
  readonly labels: Labels;
  readonly value: number;
  readonly perScrape: number;
};

/** nova-sim's: the seed's 1ms to 5s, and 10s and 30s above the 5 s alert. */
export const wsLatencyBuckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30] as const;
export const defaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

export type Profile = {
  readonly gauges: Readonly<Record<string, readonly GaugeValue[]>>;
  readonly counters: Readonly<Record<string, readonly CounterStep[]>>;
  readonly histograms: Readonly<Record<string, readonly Observation[]>>;
};

const steps = (label: string, entries: Readonly<Record<string, number>>): CounterStep[] =>
  Object.entries(entries).map(([value, perScrape]) => ({labels: {[label]: value}, perScrape}));
/** `{seconds: count}`: `count` observations of `seconds` per scrape. */
const observe = (labels: Labels, counts: Readonly<Record<number, number>>): Observation[] =>
  Object.entries(counts).map(([value, perScrape]) => ({labels, value: Number(value), perScrape}));

/** Healthy values, below every seed alert threshold except where noted. */
export const normalProfile: Profile = {
  gauges: {
    ws_active_connections: [
      {labels: {conversation_id: 'conv-1'}, value: 12},
      {labels: {conversation_id: 'conv-2'}, value: 30},
    ],
    message_queue_depth: [
      {labels: {queue_type: 'pending'}, value: 120},
      {labels: {queue_type: 'failed'}, value: 7},
      {labels: {queue_type: 'retry'}, value: 3},
    ],
  },
  counters: {
    ws_connections_total: steps('status', {opened: 8, closed: 6, error: 2}),
    ws_messages_sent_total: steps('message_type', {message: 80, typing: 24, ping: 8, pong: 8}),
    ws_messages_received_total: steps('message_type', {message: 70, typing: 20, ping: 8, pong: 8}),
    // 12 of 120 sent: a 10% error rate, between the seed's warning (5%) and critical (15%).
    ws_errors_total: steps('error_type', {
      timeout: 5,
      decode: 2,
      send_failed: 3,
      connection_lost: 2,
    }),
    ws_reconnections_total: steps('reason', {connection_lost: 2, heartbeat_timeout: 1}),
    messages_sent_total: steps('status', {success: 99, failed: 1}),
    messages_received_total: steps('status', {success: 90, failed: 0}),
    message_delivery_failures_total: steps('error_type', {
      network: 4,
      timeout: 3,
      invalid: 2,
      other: 1,
    }),
    conversations_created_total: steps('status', {success: 49, failed: 1}),
    message_searches_total: [
      {labels: {index_type: 'fulltext', status: 'success'}, perScrape: 10},
      {labels: {index_type: 'fulltext', status: 'failed'}, perScrape: 1},
      {labels: {index_type: 'bm25', status: 'success'}, perScrape: 6},
      {labels: {index_type: 'bm25', status: 'failed'}, perScrape: 0},
    ],
  },
  histograms: {
    ws_message_latency_seconds: [
      ...observe({message_type: 'message'}, {0.003: 5, 0.03: 4, 0.3: 1}),
      ...observe({message_type: 'typing'}, {0.003: 5, 0.03: 4, 0.3: 1}),
    ],
    message_search_latency_seconds: [
      ...observe({index_type: 'fulltext'}, {0.07: 6, 0.2: 3, 0.7: 1}),
      ...observe({index_type: 'bm25'}, {0.02: 8, 0.07: 2}),
    ],
    message_delivery_latency_seconds: [
      ...observe({delivery_type: 'direct'}, {0.02: 9, 0.07: 1}),
      ...observe({delivery_type: 'queue'}, {0.2: 8, 0.4: 2}),
      ...observe({delivery_type: 'broadcast'}, {0.07: 5, 0.2: 5}),
    ],
    message_api_latency_seconds: [
      ...observe({endpoint: 'send'}, {0.02: 9, 0.2: 1}),
      ...observe({endpoint: 'receive'}, {0.02: 10}),
      ...observe({endpoint: 'list'}, {0.07: 8, 0.4: 2}),
      ...observe({endpoint: 'search'}, {0.2: 5, 0.7: 5}),
    ],
  },
};

/** Named faults that push a signal over a seed alert threshold; 'down' makes /metrics fail. */
export type Fault =
  'none' | 'ws-errors' | 'queue-backlog' | 'ws-latency' | 'delivery-failures' | 'down';

export function faultProfile(fault: Fault, base: Profile = normalProfile): Profile {
  const {gauges, counters, histograms} = base;
  switch (fault) {
    case 'ws-errors': // 24 of 120: 20%, above critical.
      return {
        ...base,
        counters: {
          ...counters,
          ws_errors_total: steps('error_type', {
            timeout: 12,
            decode: 4,
            send_failed: 4,
            connection_lost: 4,
          }),
        },
      };
    case 'queue-backlog':
      return {
        ...base,
        gauges: {
          ...gauges,
          message_queue_depth: [
            {labels: {queue_type: 'pending'}, value: 1500},
            {labels: {queue_type: 'failed'}, value: 600},
            {labels: {queue_type: 'retry'}, value: 40},
          ],
        },
      };
    // 6 of 10 messages at 7 s, 4 at 45 s: p50 falls in the 10 s bucket, p95 and p99 beyond the
    // top bucket (30 s), where histogram_quantile answers 30.
    case 'ws-latency':
      return {
        ...base,
        histograms: {
          ...histograms,
          ws_message_latency_seconds: observe({message_type: 'message'}, {7: 6, 45: 4}),
        },
      };
    case 'delivery-failures': // 15 of 100 failed: above critical (10%).
      return {
        ...base,
        counters: {...counters, messages_sent_total: steps('status', {success: 85, failed: 15})},
      };
    default:
      return base;
  }
}

export type Exporter = {
  readonly url: string;
  readonly port: number;
  /** `host:port`, for a scrape config's `static_configs.targets`. */
  readonly target: string;
  readonly scrapes: () => number;
  setFault(fault: Fault): void;
  setProfile(profile: Profile): void;
  stop(): Promise<void>;
};

export async function startExporter(profile: Profile = normalProfile): Promise<Exporter> {
  const registry = new Registry();
  const families = createFamilies(registry, profile);
  let current = profile;
  let down = false;
  let scrapes = 0;
  const server = http.createServer((request, response) => {
    if (request.url !== '/metrics') return void response.writeHead(404).end();
    if (down) return void response.writeHead(503).end('exporter is down\n');
    scrapes += 1;
    advance(families, current);
    void registry.metrics().then((text) => {
      response.writeHead(200, {'Content-Type': registry.contentType}).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/metrics`,
    port,
    target: `127.0.0.1:${port}`,
    scrapes: () => scrapes,
    setFault: (fault) => {
      down = fault === 'down';
      current = faultProfile(fault, profile);
    },
    setProfile: (next) => void (current = next),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Families = {
  readonly gauges: ReadonlyMap<string, Gauge>;
  readonly counters: ReadonlyMap<string, Counter>;
  readonly histograms: ReadonlyMap<string, Histogram>;
};

/** The seed's families, and any other family the starting profile names (tests of wide answers). */
function createFamilies(registry: Registry, profile: Profile): Families {
  const registers = [registry];
  const options = (name: string, entries: readonly {readonly labels: Labels}[]) => ({
    name,
    help: `Nova ${name.replaceAll('_', ' ')} (test exporter)`,
    labelNames: [...new Set(entries.flatMap((entry) => Object.keys(entry.labels)))],
    registers,
  });
  const gauges = {...normalProfile.gauges, ...profile.gauges};
  const counters = {...normalProfile.counters, ...profile.counters};
  const histograms = {...normalProfile.histograms, ...profile.histograms};
  const families: Families = {
    gauges: new Map(Object.entries(gauges).map(([name, v]) => [name, new Gauge(options(name, v))])),
    counters: new Map(
      Object.entries(counters).map(([name, v]) => [name, new Counter(options(name, v))]),
    ),
    histograms: new Map(
      Object.entries(histograms).map(([name, v]) => {
        const buckets = name === 'ws_message_latency_seconds' ? wsLatencyBuckets : defaultBuckets;
        return [name, new Histogram({...options(name, v), buckets: [...buckets]})];
      }),
    ),
  };
  // Every label set exists from the first scrape on, also those that never grow.
  for (const [name, steps] of Object.entries(counters)) {
    for (const {labels} of steps) families.counters.get(name)?.inc(labels, 0);
  }
  for (const [name, observations] of Object.entries(histograms)) {
    for (const {labels} of observations) families.histograms.get(name)?.zero(labels);
  }
  return families;
}

function advance(families: Families, profile: Profile): void {
  for (const [name, gauge] of families.gauges) {
    gauge.reset();
    for (const {labels, value} of profile.gauges[name] ?? []) gauge.set(labels, value);
  }
  for (const [name, counter] of families.counters) {
    for (const {labels, perScrape} of profile.counters[name] ?? []) counter.inc(labels, perScrape);
  }
  for (const [name, histogram] of families.histograms) {
    for (const {labels, value, perScrape} of profile.histograms[name] ?? []) {
      for (let count = 0; count < perScrape; count++) histogram.observe(labels, value);
    }
  }
}

/**
 * The value of Prometheus' `histogram_quantile(q, sum by (le) (rate(x_bucket[...])))` for
 * observations that grow in fixed proportions (rates cancel out), including its linear
 * interpolation inside a bucket. Computed here independently of Prometheus.
 */
export function expectedQuantile(
  q: number,
  buckets: readonly number[],
  observations: readonly Observation[],
): number {
  const total = observations.reduce((sum, item) => sum + item.perScrape, 0);
  const cumulative = buckets.map((le) =>
    observations.filter((item) => item.value <= le).reduce((sum, item) => sum + item.perScrape, 0),
  );
  const rank = q * total;
  const index = cumulative.findIndex((count) => count >= rank);
  if (index === -1) return buckets.at(-1) ?? Number.NaN; // in the +Inf bucket
  const lower = index === 0 ? 0 : (buckets[index - 1] ?? 0);
  const below = index === 0 ? 0 : (cumulative[index - 1] ?? 0);
  const inBucket = (cumulative[index] ?? 0) - below;
  return lower + ((buckets[index] ?? 0) - lower) * ((rank - below) / inBucket);
}

/** Sum of a counter family's per-scrape steps, optionally only where `labels` match. */
export function perScrape(profile: Profile, name: string, labels: Labels = {}): number {
  return (profile.counters[name] ?? [])
    .filter((step) => Object.entries(labels).every(([key, value]) => step.labels[key] === value))
    .reduce((sum, step) => sum + step.perScrape, 0);
}
