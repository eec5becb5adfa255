// Each series of a panel with its current value (the same value and freshness the panels show), min, max and the threshold level of that value. Shared by the
// --json report and the exit status, so that both judge a value the same way. Pure.
import {staticKinds, type PanelSpec, type Thresholds} from '../dashboards/spec.js';
import type {Labels} from '../prometheus/types.js';
import type {PanelState} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import {panelValues as freshValues} from '../view-models/fresh-values.js';
import {isEmpty} from '../view-models/panel-data.js';
import type {Freshness} from './freshness.js';

/** A series' value now, its sample time (ms) and whether it is fresh enough to act on. */
export type Headline = {
  readonly value: number | undefined;
  readonly at: number | undefined;
  readonly fresh: boolean;
};
import {gaugeRange, type RangeSource} from '../view-models/gauge-view.js';
import {seriesField} from '../view-models/series-fields.js';
import {stepState} from '../view-models/threshold-steps.js';
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
  /** The current value is a quantile above its histogram's top bucket (`> 5s`). */
  readonly aboveTopBucket: boolean;
  /** The level of the current value, fresh or not (whether it counts is `headline.fresh`). */
  readonly level: Level;
};

export function levelOf(
  spec: PanelSpec,
  value: number | undefined,
  thresholds?: Thresholds,
  lowerBound = false,
  /** The series' unit and min/max (an override may set them), for percentage steps. */
  bounds: RangeSource = spec,
): Level {
  // A status panel's series are targets: 1 is up, anything else is down.
  if (spec.kind === 'status') return value === undefined ? 'none' : value === 1 ? 'ok' : 'critical';
  // Grafana's steps (percentage steps of the panel's min..max); an info step is no warning.
  if (spec.steps !== undefined) {
    if (value === undefined || Number.isNaN(value)) return 'none';
    const state = stepState(value, spec.steps, gaugeRange(bounds, [value]));
    return state === 'info' ? 'ok' : state;
  }
  const tone = thresholdTone(value, thresholds, 'muted', lowerBound);
  // An info-level alert's threshold is shown, but is no warning for the exit status.
  if (tone === 'warning' && thresholds?.info === true) return 'ok';
  return tone === 'ok' || tone === 'warning' || tone === 'critical' ? tone : 'none';
}

const sanitizedLabels = (labels: Labels): Labels =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [sanitize(k), sanitize(v)]));

/**
 * Every series of the panel with the value the panel shows as now (view-models/fresh-values.ts:
 * the instant answer, else the chart's last point), judged against the bound at `freshness.now`.
 */
export function panelValues(
  spec: PanelSpec,
  state: PanelState | undefined,
  freshness: Freshness,
): SeriesValue[] {
  return freshValues(spec, state, freshness.now).map((series) => {
    const at = series.time === undefined ? undefined : series.time * 1000;
    const fresh =
      at !== undefined &&
      !series.stale &&
      freshness.now - at <= (state?.freshness?.maxAgeMs ?? freshness.maxAgeMs);
    return {
      name: sanitize(series.name),
      labels: sanitizedLabels(series.labels),
      headline: {value: series.value, at, fresh},
      min: series.min,
      max: series.max,
      aboveTopBucket: series.aboveTopBucket,
      level: levelOf(
        spec,
        series.value,
        series.thresholds,
        series.aboveTopBucket,
        seriesField(spec, series.queryIndex, series.labels),
      ),
    };
  });
}

export type PanelStatus = 'ok' | 'no-data' | 'loading' | 'error' | 'not-recorded';

/** Whether the panel could be read: `loading` means no answer came (a one-shot run asks once). */
export function panelStatus(spec: PanelSpec, state: PanelState | undefined): PanelStatus {
  // Text and placeholders are drawn from the spec: never asked, never missing.
  if (staticKinds.has(spec.kind)) return 'ok';
  if (state?.results !== undefined) return isEmpty(spec, state.results) ? 'no-data' : 'ok';
  if (state?.error?.kind === 'not-recorded') return 'not-recorded';
  return state?.error === undefined ? 'loading' : 'error';
}
