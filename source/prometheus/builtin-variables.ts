// Grafana's built-in variables as a scope (interpolate.ts substitutes them like any variable), and
// expandQuery: a dashboard query with its variables and built-ins written in.
import type {VariableScope, VariableSpec} from '../dashboards/variable-spec.js';
import {interpolate} from './interpolate.js';
import {defaultScrapeIntervalSeconds, formatDurationSeconds, rateIntervalSeconds} from './query.js';

export type BuiltinContext = {
  /** The dashboard range in seconds: `$__range`, `$__range_s`, `$__range_ms`. */
  readonly rangeSeconds: number;
  /** The query's step: `$__interval`, `$__interval_ms`; absent, they stay as written. */
  readonly intervalSeconds?: number;
  /** `$__rate_interval`'s step (an instant query's is 0); `intervalSeconds` when absent. */
  readonly rateStepSeconds?: number;
  /** Sizes `$__rate_interval` (default 15 s). */
  readonly scrapeIntervalSeconds?: number;
  /** `$__dashboard`. */
  readonly dashboardTitle?: string;
  /** The dashboard's variables: each interval variable with `auto` gives `$__auto_interval_<name>`. */
  readonly variables?: readonly VariableSpec[];
};

const one = (value: string) => ({values: [value]});

/** Grafana's `auto` interval: the range in `count` steps, at least `minSeconds`. */
export const autoIntervalSeconds = (
  rangeSeconds: number,
  auto: {readonly count: number; readonly minSeconds: number},
): number => Math.max(Math.ceil(rangeSeconds / Math.max(1, auto.count)), auto.minSeconds, 1);

export function builtinScope(context: BuiltinContext): VariableScope {
  const range = Math.max(0, Math.ceil(context.rangeSeconds));
  const scope: Record<string, {readonly values: readonly string[]}> = {
    __range: one(formatDurationSeconds(range)),
    __range_s: one(`${range}`),
    __range_ms: one(`${range * 1000}`),
  };
  const interval = context.intervalSeconds;
  if (interval !== undefined) {
    const scrape = context.scrapeIntervalSeconds ?? defaultScrapeIntervalSeconds;
    const rateStep = context.rateStepSeconds ?? interval;
    scope['__interval'] = one(formatDurationSeconds(interval));
    scope['__interval_ms'] = one(`${interval * 1000}`);
    scope['__rate_interval'] = one(formatDurationSeconds(rateIntervalSeconds(rateStep, scrape)));
  }
  if (context.dashboardTitle !== undefined) scope['__dashboard'] = one(context.dashboardTitle);
  for (const variable of context.variables ?? []) {
    if (variable.kind !== 'interval' || variable.auto === undefined) continue;
    const seconds = autoIntervalSeconds(range, variable.auto);
    scope[`__auto_interval_${variable.name}`] = one(formatDurationSeconds(seconds));
  }
  return scope;
}

export type QueryContext = {
  /** The query's step in seconds (0 for an instant query): `$__rate_interval` follows it. */
  readonly step: number;
  readonly rangeSeconds: number;
  readonly scrapeIntervalSeconds?: number;
  /** `$__interval` when it is not `step` (an instant query beside its chart: the chart's step). */
  readonly intervalSeconds?: number;
  readonly dashboard?: {readonly title: string; readonly variables?: readonly VariableSpec[]};
  /** The dashboard variables' current values. */
  readonly variables?: VariableScope;
};

/**
 * A dashboard query as sent: its variables (`$job`, `${job:pipe}`...) and Grafana's built-ins
 * written in. `$__rate_interval` is max(4 x scrape interval, step + scrape interval) (query.ts).
 * A variable named like a built-in does not replace it.
 */
export function expandQuery(expr: string, context: QueryContext): string {
  const builtins = builtinScope({
    rangeSeconds: context.rangeSeconds,
    intervalSeconds: context.intervalSeconds ?? context.step,
    rateStepSeconds: context.step,
    ...(context.scrapeIntervalSeconds === undefined
      ? {}
      : {scrapeIntervalSeconds: context.scrapeIntervalSeconds}),
    ...(context.dashboard === undefined
      ? {}
      : {
          dashboardTitle: context.dashboard.title,
          ...(context.dashboard.variables === undefined
            ? {}
            : {variables: context.dashboard.variables}),
        }),
  });
  return interpolate(expr, {...context.variables, ...builtins});
}
