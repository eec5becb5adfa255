// The one verdict of --once and --json, whichever screen is printed: the worst of the firing
// alerts (AlertManager's, else Prometheus') and the threshold levels of every built-in dashboard's
// current values. A value older than the freshness bound is listed, never counted; a panel that
// could not be read counts as a warning, and when none could be read the verdict is "unreadable".
// Pure: the same inputs always give the same verdict.
import type {DashboardSpec} from '../dashboards/spec.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import type {Labels} from '../prometheus/types.js';
import {sanitize} from '../text/sanitize.js';
import type {Freshness} from './freshness.js';
import type {AlertsReport} from './alerts-report.js';
import {
  jsonValue,
  panelStatus,
  panelValues,
  worst,
  type JsonValue,
  type Level,
} from './panel-values.js';

export type ExitMeaning = 'all clear' | 'warning' | 'critical' | 'unreachable' | 'unreadable';

type Raised = 'warning' | 'critical';

/** Where a value was read: the dashboard's id and the panel's id and title. */
export type PanelPlace = {
  readonly dashboard: string;
  readonly panel: string;
  readonly title: string;
};

/** What raised the status: a firing alert, a value over a threshold, or a panel not read. */
export type Reason =
  | {
      readonly level: Raised;
      readonly alert: string;
      readonly labels: Labels;
      readonly source: 'alertmanager' | 'prometheus';
    }
  | (PanelPlace & {readonly level: Raised; readonly series: string; readonly value: JsonValue})
  | (PanelPlace & {readonly level: 'warning'; readonly error: string});

/** A value too old to count: what it would have said, and as of when. */
export type NotCounted = PanelPlace & {
  readonly series: string;
  readonly value: JsonValue;
  /** ISO 8601 time of the sample. */
  readonly time: string;
  readonly level: Level;
};

export type Verdict = {
  readonly code: 0 | 1 | 2 | 3;
  readonly meaning: ExitMeaning;
  /** Critical reasons first, then warnings; alerts, then values, then unreadable panels. */
  readonly reasons: readonly Reason[];
  readonly notCounted: readonly NotCounted[];
  /** Panels of every built-in dashboard: read, failed, and not in the replayed recording. */
  readonly panels: {
    readonly read: number;
    readonly unreadable: number;
    readonly notRecorded: number;
  };
};

export type VerdictInput = {
  readonly dashboards: readonly DashboardSpec[];
  /** One poll of every dashboard's panels, keyed `${dashboard}/${panel}`. */
  readonly state: StoreState;
  readonly alerts: AlertsReport;
  readonly freshness: Freshness;
};

const isRaised = (level: string): level is Raised => level === 'warning' || level === 'critical';

function alertReasons(alerts: AlertsReport): Reason[] {
  if (!alerts.available) return [];
  return alerts.alerts.flatMap((alert): Reason[] =>
    alert.state === 'firing' && isRaised(alert.severity)
      ? [{level: alert.severity, alert: alert.name, labels: alert.labels, source: alerts.source}]
      : [],
  );
}

type PanelFindings = {reasons: Reason[]; notCounted: NotCounted[]; counts: Verdict['panels']};

function panelFindings(input: VerdictInput): PanelFindings {
  const found: PanelFindings = {
    reasons: [],
    notCounted: [],
    counts: {read: 0, unreadable: 0, notRecorded: 0},
  };
  let {read, unreadable, notRecorded} = found.counts;
  for (const dashboard of input.dashboards) {
    for (const spec of dashboard.rows.flatMap((row) => row.panels)) {
      const state = input.state.panels[panelKey(dashboard.id, spec.id)];
      const place = {dashboard: dashboard.id, panel: spec.id, title: sanitize(spec.title)};
      const status = panelStatus(spec, state);
      if (status === 'not-recorded') notRecorded += 1;
      else if (status === 'error' || status === 'loading') {
        unreadable += 1;
        const error = sanitize(state?.error?.message ?? 'no answer');
        found.reasons.push({...place, level: 'warning', error});
      } else read += 1;
      for (const series of panelValues(spec, state, input.freshness)) {
        const value = jsonValue(series.headline.value);
        if (!series.headline.fresh) {
          const time = new Date(series.headline.at ?? 0).toISOString();
          found.notCounted.push({...place, series: series.name, value, time, level: series.level});
        } else if (isRaised(series.level)) {
          found.reasons.push({...place, level: series.level, series: series.name, value});
        }
      }
    }
  }
  return {...found, counts: {read, unreadable, notRecorded}};
}

const order = (reason: Reason): number =>
  (reason.level === 'critical' ? 0 : 3) + ('alert' in reason ? 0 : 'error' in reason ? 2 : 1);

export function verdictOf(input: VerdictInput): Verdict {
  const found = panelFindings(input);
  const reasons = [...alertReasons(input.alerts), ...found.reasons]
    .map((reason, index) => ({reason, index}))
    .sort((a, b) => order(a.reason) - order(b.reason) || a.index - b.index)
    .map(({reason}) => reason);
  const base = {reasons, notCounted: found.notCounted, panels: found.counts};
  // Nothing answered at all, or everything that answered was unreadable: nothing is known.
  if (input.state.connection.status === 'down') return {...base, code: 3, meaning: 'unreachable'};
  if (found.counts.read === 0 && found.counts.unreadable > 0) {
    return {...base, code: 3, meaning: 'unreadable'};
  }
  const level = worst(reasons.map((reason) => reason.level));
  if (level === 'critical') return {...base, code: 2, meaning: 'critical'};
  if (level === 'warning') return {...base, code: 1, meaning: 'warning'};
  return {...base, code: 0, meaning: 'all clear'};
}
