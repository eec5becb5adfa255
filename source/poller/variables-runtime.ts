// The template variables of the dashboard shown: resolved in order through the Prometheus client
// (each after the ones it uses, with their values written into its query), again when the range
// changes and on a slow timer; selecting a value refreshes the variables that use it. A failure
// marks that variable 'error' and keeps its last options and selection. One pass runs at a time:
// a new cause aborts the pass in flight and takes over what it had left.
import type {DashboardSpec} from '../dashboards/spec.js';
import type {VariableScope, VariableState} from '../dashboards/variable-spec.js';
import {builtinScope} from '../prometheus/builtin-variables.js';
import {defaultScrapeIntervalSeconds} from '../prometheus/query.js';
import {
  resolveOptions,
  staticOptions,
  type VariableSources,
} from '../prometheus/resolve-variable.js';
import {sanitize} from '../text/sanitize.js';
import type {VariablesRuntime} from './types.js';
import {
  dependentsOf,
  resolutionOrder,
  scopeOf,
  settleSelection,
  valueOfState,
  variableUses,
  withAll,
} from './variable-states.js';

export type VariablesRuntimeOptions = {
  readonly sources: VariableSources;
  /** Milliseconds since the epoch (a replay's virtual clock). */
  readonly clock: () => number;
  /** How often query variables are read again (default 5 minutes); 0: only on open and range. */
  readonly refreshMs?: number;
  /**
   * Prometheus' scrape interval (default 15 s): a variable query's `$__interval`, as Grafana
   * takes the data source's, and its `$__rate_interval`.
   */
  readonly scrapeIntervalSeconds?: number;
};

export type VariablesRuntimeHandle = VariablesRuntime & {
  /** Resolves once no resolution is in flight (tests, `--once`). */
  settled(): Promise<void>;
};

/** How often query variables are read again: new targets appear in the picker within it. */
export const variablesRefreshMs = 5 * 60_000;

/** An error as one sanitized line. */
const oneLine = (error: unknown): string =>
  sanitize((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');

export function createVariablesRuntime(options: VariablesRuntimeOptions): VariablesRuntimeHandle {
  const {sources, clock} = options;
  const scrape = options.scrapeIntervalSeconds ?? defaultScrapeIntervalSeconds;
  let dashboard: DashboardSpec | undefined;
  let rangeSeconds = 0;
  let states: readonly VariableState[] = [];
  let scope: VariableScope = {};
  let uses = new Map<string, Set<string>>();
  let order: string[] = [];
  const pending = new Set<string>();
  let controller: AbortController | undefined;
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();

  const commit = (next: readonly VariableState[]): void => {
    states = next;
    scope = scopeOf(next);
    for (const listener of [...listeners]) listener();
  };
  const update = (name: string, change: (state: VariableState) => VariableState): void =>
    commit(states.map((state) => (state.name === name ? change(state) : state)));
  const queryNames = () => states.filter((s) => s.spec.kind === 'query').map((s) => s.name);

  const resolveOne = async (state: VariableState, signal: AbortSignal): Promise<void> => {
    // Up to the coming second: a series first scraped within this second counts.
    const end = Math.ceil(clock() / 1000);
    const context = {
      scope: {
        ...scope,
        ...builtinScope({
          rangeSeconds,
          intervalSeconds: scrape,
          scrapeIntervalSeconds: scrape,
          ...(dashboard === undefined ? {} : {dashboardTitle: dashboard.title}),
          ...(dashboard?.variables === undefined ? {} : {variables: dashboard.variables}),
        }),
      },
      window: {start: end - Math.ceil(rangeSeconds), end},
      signal,
    };
    const before = JSON.stringify(valueOfState(state));
    try {
      const found = withAll(state.spec, await resolveOptions(state.spec, sources, context));
      if (signal.aborted) return;
      pending.delete(state.name);
      const selected = settleSelection(state.spec, found, state.selected);
      update(state.name, (s) => ({
        name: s.name,
        spec: s.spec,
        options: found,
        selected,
        status: 'ok',
      }));
    } catch (error) {
      if (signal.aborted) return;
      pending.delete(state.name);
      update(state.name, (s) => ({...s, status: 'error', error: oneLine(error)}));
    }
    const after = states.find((s) => s.name === state.name);
    if (after !== undefined && JSON.stringify(valueOfState(after)) !== before) {
      for (const user of dependentsOf(state.name, uses)) pending.add(user);
    }
  };

  const pass = async (signal: AbortSignal): Promise<void> => {
    for (const name of order) {
      if (signal.aborted) return;
      const state = states.find((s) => s.name === name);
      if (!pending.has(name) || state === undefined) continue;
      if (state.status !== 'loading') update(name, (s) => ({...s, status: 'loading'}));
      await resolveOne(states.find((s) => s.name === name) ?? state, signal);
    }
  };

  const resolve = (names: Iterable<string>): void => {
    for (const name of names) pending.add(name);
    if (pending.size === 0 || dashboard === undefined) return;
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const previous = running;
    // A failing listener must not stop later passes.
    running = previous.then(() => pass(mine.signal)).catch(() => undefined);
  };

  const startTimer = (): void => {
    if (timer !== undefined) clearInterval(timer);
    const every = options.refreshMs ?? variablesRefreshMs;
    if (every > 0) timer = setInterval(() => resolve(queryNames()), every);
  };

  return {
    open(next, nextRange) {
      if (next === dashboard) {
        if (nextRange === rangeSeconds) return;
        rangeSeconds = nextRange;
        resolve(queryNames());
        return;
      }
      controller?.abort();
      pending.clear();
      dashboard = next;
      rangeSeconds = nextRange;
      const specs = next.variables ?? [];
      uses = variableUses(specs);
      order = resolutionOrder(specs, uses);
      commit(specs.map((spec): VariableState => initialState(spec)));
      resolve(queryNames());
      startTimer();
    },
    states: () => states,
    scope: () => scope,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    select(name, selected) {
      const state = states.find((s) => s.name === name);
      if (state === undefined) return;
      const chosen = selected.includes('$__all') ? ['$__all'] : selected;
      // A text box takes what is typed: its one option is its value.
      const options =
        state.spec.kind === 'textbox'
          ? chosen.map((value) => ({text: sanitize(value), value}))
          : state.options;
      update(name, (s) => ({...s, options, selected: chosen}));
      resolve(dependentsOf(name, uses));
    },
    stop() {
      controller?.abort();
      pending.clear();
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      dashboard = undefined;
    },
    async settled() {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
  };
}

/** A variable as it opens: a query variable loading with the spec's `current`, the rest resolved. */
function initialState(spec: VariableState['spec']): VariableState {
  const fixed = staticOptions(spec);
  if (fixed === undefined) {
    const options = withAll(spec, []);
    return {name: spec.name, spec, options, selected: spec.current ?? [], status: 'loading'};
  }
  // A text box opens with its saved value when it has one.
  const typed = spec.kind === 'textbox' ? spec.current : undefined;
  const options =
    typed === undefined || typed.length === 0
      ? withAll(spec, fixed)
      : typed.map((value) => ({text: sanitize(value), value}));
  return {
    name: spec.name,
    spec,
    options,
    selected: settleSelection(spec, options, []),
    status: 'ok',
  };
}

/**
 * The scope of a dashboard's variables, resolved once (`--once`, `--json`): each as the runtime
 * would first settle it.
 */
export async function resolveVariablesOnce(
  dashboard: DashboardSpec,
  rangeSeconds: number,
  options: Omit<VariablesRuntimeOptions, 'refreshMs'>,
): Promise<VariableScope> {
  if ((dashboard.variables ?? []).length === 0) return {};
  const runtime = createVariablesRuntime({...options, refreshMs: 0});
  runtime.open(dashboard, rangeSeconds);
  await runtime.settled();
  const scope = runtime.scope();
  runtime.stop();
  return scope;
}
