// Each series of a panel's results with its current value (headlineValue: the same value and
// freshness the panels show), min, max and the threshold level of that value. Shared by the
// --json report and the exit status, so that both judge a value the same way. Pure.
import type {PanelSpec, Thresholds} from '../dashboards/spec.js';
import type {Labels, Sample} from '../prometheus/types.js';
import type {PanelState, QueryResult} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import {legendName} from '../view-models/legend.js';
import {
  headlineValue,
  isEmpty,
  seriesStats,
  type Freshness,
  type Headline,
} from '../view-models/panel-data.js';
import {thresholdTone} from '../view-models/thresholds.js';

export type Level = 'ok' | 'warning' | 'critical' | 'none';

/** A sample value in JSON: a number, "NaN", "+Inf" or "-Inf"; null when there is none. */
export type JsonValue = number | 'NaN' | '+Inf' | '-Inf' | null;

export function jsonValue(value: number | undefined): JsonValue {
  if (value === undefined) return null;
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return value;
}

const rank: Readonly<Record<Level, number>> = {none: 0, ok: 1, warning: 2, critical: 3};

export const worst = (levels: readonly Level[]): Level =>
  levels.reduce<Level>((a, b) => (rank[b] > rank[a] ? b : a), 'none');

export type SeriesValue = {
  /** Sanitized, as are the labels. */
  readonly name: string;
  readonly labels: Labels;
  readonly headline: Headline;
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** The level of the current value, fresh or not (whether it counts is `headline.fresh`). */
  readonly level: Level;
};

export function levelOf(
  spec: PanelSpec,
  value: number | undefined,
  thresholds?: Thresholds,
): Level {
  // A status panel's series are targets: 1 is up, anything else is down.
  if (spec.kind === 'status') return value === undefined ? 'none' : value === 1 ? 'ok' : 'critical';
  const tone = thresholdTone(value, thresholds, 'muted');
  return tone === 'ok' || tone === 'warning' || tone === 'critical' ? tone : 'none';
}

const sanitizedLabels = (labels: Labels): Labels =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [sanitize(k), sanitize(v)]));

function resultValues(spec: PanelSpec, result: QueryResult, freshness: Freshness): SeriesValue[] {
  const query = spec.queries[result.queryIndex];
  const thresholds = query?.thresholds ?? spec.thresholds;
  const entries: {labels: Labels; samples: readonly Sample[]}[] =
    result.type === 'range'
      ? result.series.map(({labels, samples}) => ({labels, samples}))
      : result.samples.map(({labels, timestamp, value}) => ({
          labels,
          samples: [[timestamp, value]],
        }));
  return entries.map(({labels, samples}) => {
    const headline = headlineValue(samples, freshness);
    const {min, max} = seriesStats(samples);
    return {
      name: sanitize(legendName(query?.legend, labels)),
      labels: sanitizedLabels(labels),
      headline,
      min,
      max,
      level: levelOf(spec, headline.value, thresholds),
    };
  });
}

/** Every series of the results, in query order. */
export const panelValues = (
  spec: PanelSpec,
  results: readonly QueryResult[],
  freshness: Freshness,
): SeriesValue[] => results.flatMap((result) => resultValues(spec, result, freshness));

export type PanelStatus = 'ok' | 'no-data' | 'loading' | 'error' | 'not-recorded';

/** Whether the panel could be read: `loading` means no answer came (a one-shot run asks once). */
export function panelStatus(state: PanelState | undefined): PanelStatus {
  if (state?.results !== undefined) return isEmpty(state.results) ? 'no-data' : 'ok';
  if (state?.error?.kind === 'not-recorded') return 'not-recorded';
  return state?.error === undefined ? 'loading' : 'error';
}
