// Pure state transitions of the store: what a plan change and a finished poll cycle do to the
// panels and the connection. The store owns time: failures keep the last good results and mark
// them stale; they never blank a panel.
import type {StoreState} from './store-state.js';
import type {
  ConnectionState,
  Freshness,
  PanelError,
  PanelState,
  QueryResult,
} from './panel-state.js';

/** What one panel's queries came to in a cycle: all results, or the first error. */
export type PanelOutcome =
  | {readonly key: string; readonly results: readonly QueryResult[]}
  | {readonly key: string; readonly error: PanelError};

export type CycleOutcome = {
  /** Panels whose queries all finished (aborted ones are left out: they are not errors). */
  readonly panels: readonly PanelOutcome[];
  /** How this cycle's values are judged fresh; stored with each panel's results. */
  readonly freshness?: Freshness;
  /** Whether Prometheus answered at least one request (a query error is an answer). */
  readonly answered: boolean;
  /** The failure when nothing answered because the server could not be reached. */
  readonly connectionError?: PanelError;
  /**
   * The first failure when the server answered but not one request could be read (a login page,
   * HTTP errors, not JSON): it is up, yet nothing on screen is current.
   */
  readonly readFailure?: PanelError;
  /** When the poller will try again, while backing off. */
  readonly retryAt?: number;
};

const loadingPanel: PanelState = {stale: false, loading: true};

/**
 * Panels never fetched yet show as loading; panels with data keep showing it, marked stale when
 * it is older than `maxAgeMs` at `now` (a dashboard left minutes ago and shown again) until the
 * next cycle brings it up to date.
 */
export function markLoading(
  state: StoreState,
  keys: readonly string[],
  now: number,
  maxAgeMs: number,
): StoreState {
  const changed: [string, PanelState][] = [];
  for (const key of keys) {
    const panel = state.panels[key];
    if (panel === undefined) changed.push([key, loadingPanel]);
    else if (!panel.stale && panel.updatedAt !== undefined && now - panel.updatedAt > maxAgeMs) {
      changed.push([key, {...panel, stale: true}]);
    }
  }
  if (changed.length === 0) return state;
  return {...state, panels: {...state.panels, ...Object.fromEntries(changed)}};
}

/**
 * Samples the store keeps in all (about 110 MB): past it, the panels of dashboards not on screen
 * are let go, the longest unseen first, and fetched again when shown (as loading). The panels on
 * screen are bounded by the client's caps (1,000 series and 330,000 samples per query).
 */
export const maxRetainedSamples = 2_000_000;

const samplesOf = (panel: PanelState): number =>
  (panel.results ?? []).reduce(
    (sum, result) =>
      sum +
      (result.type === 'instant'
        ? result.samples.length
        : result.series.reduce((count, one) => count + one.samples.length, 0) +
          (result.fresh?.samples.length ?? 0)),
    0,
  );

/** `panels` within the budget, letting go of panels outside `shown`, the oldest first. */
export function withinRetention(
  panels: Readonly<Record<string, PanelState>>,
  shown: ReadonlySet<string>,
  budget = maxRetainedSamples,
): Readonly<Record<string, PanelState>> {
  const sizes = Object.entries(panels).map(([key, panel]) => ({
    key,
    panel,
    size: samplesOf(panel),
  }));
  let total = sizes.reduce((sum, {size}) => sum + size, 0);
  if (total <= budget) return panels;
  const kept: Record<string, PanelState> = {...panels};
  const unseen = sizes
    .filter(({key, size}) => !shown.has(key) && size > 0)
    .sort((a, b) => (a.panel.updatedAt ?? 0) - (b.panel.updatedAt ?? 0));
  for (const {key, size} of unseen) {
    if (total <= budget) break;
    delete kept[key];
    total -= size;
  }
  return kept;
}

export function applyCycle(state: StoreState, outcome: CycleOutcome, now: number): StoreState {
  const panels: Record<string, PanelState> = {...state.panels};
  for (const panel of outcome.panels) {
    const previous = panels[panel.key];
    const {freshness} = outcome;
    panels[panel.key] =
      'results' in panel
        ? {
            results: panel.results,
            ...(freshness === undefined ? {} : {freshness}),
            updatedAt: now,
            stale: false,
            loading: false,
          }
        : failedPanel(previous, panel.error);
  }
  const shown = new Set(outcome.panels.map((panel) => panel.key));
  return {
    ...state,
    panels: withinRetention(panels, shown),
    connection: nextConnection(state.connection, outcome, now),
    lastCycleAt: now,
  };
}

/**
 * Sample time (ms) of the newest value among the results: the evaluation time of their instant
 * answers, else the last sample of their range series.
 */
export function newestDataAt(results: readonly QueryResult[]): number | undefined {
  let newest: number | undefined;
  const seen = (seconds: number | undefined): void => {
    if (seconds !== undefined && (newest === undefined || seconds * 1000 > newest)) {
      newest = seconds * 1000;
    }
  };
  for (const result of results) {
    if (result.type === 'instant') seen(result.time);
    else if (result.fresh !== undefined) seen(result.fresh.time);
    else for (const series of result.series) seen(series.samples.at(-1)?.[0]);
  }
  return newest;
}

function cycleDataAt(outcome: CycleOutcome): number | undefined {
  const times = outcome.panels.flatMap((panel) => {
    const at = 'results' in panel ? newestDataAt(panel.results) : undefined;
    return at === undefined ? [] : [at];
  });
  return times.length === 0 ? undefined : Math.max(...times);
}

/** A failed poll keeps the last good results, marked stale with the error; it never blanks. */
export function failedPanel(previous: PanelState | undefined, error: PanelError): PanelState {
  if (previous?.results === undefined) return {error, stale: false, loading: false};
  return {...previous, error, stale: true, loading: false};
}

function nextConnection(
  previous: ConnectionState,
  outcome: CycleOutcome,
  now: number,
): ConnectionState {
  if (outcome.answered && outcome.readFailure !== undefined) {
    // "Updated" counts successful reads only: an answer nobody can read is no update.
    const {lastSuccessAt, dataAt} = previous;
    return {
      status: 'up',
      ...(lastSuccessAt === undefined ? {} : {lastSuccessAt}),
      ...(dataAt === undefined ? {} : {dataAt}),
      lastError: outcome.readFailure,
    };
  }
  if (outcome.answered) {
    const read = cycleDataAt(outcome);
    const dataAt = Math.max(read ?? -Infinity, previous.dataAt ?? -Infinity);
    return {status: 'up', lastSuccessAt: now, ...(Number.isFinite(dataAt) ? {dataAt} : {})};
  }
  if (outcome.connectionError === undefined) return previous;
  return {
    status: 'down',
    ...(previous.lastSuccessAt === undefined ? {} : {lastSuccessAt: previous.lastSuccessAt}),
    ...(previous.dataAt === undefined ? {} : {dataAt: previous.dataAt}),
    downSince: previous.status === 'down' ? (previous.downSince ?? now) : now,
    lastError: outcome.connectionError,
    ...(outcome.retryAt === undefined ? {} : {retryAt: outcome.retryAt}),
  };
}
