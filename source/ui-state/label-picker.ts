// Drill-down's label picker: the labels the focused panel's series carry now (from its results in
// the store), each with how many distinct values it has, and which one is selected.
import {isDrawn} from '../dashboards/histogram.js';
import type {PanelSpec} from '../dashboards/spec.js';
import {isSplittableLabel} from '../prometheus/split-query.js';
import type {QueryResult} from '../store/panel-state.js';
import {moveHighlight} from './list-picker.js';

export type LabelCount = {
  readonly name: string;
  /** Distinct values on the panel's series; undefined for a target label they do not carry. */
  readonly values: number | undefined;
};

/**
 * Labels every scraped series has, offered even when the panel's series lack them: a `sum()`
 * panel's one series carries no label, yet is most often split by these.
 */
export const targetLabels: readonly string[] = ['instance', 'job'];

export type LabelPicker = {readonly labels: readonly LabelCount[]; readonly selected: number};

/**
 * The labels of the series the panel draws, by name, without `__name__` and names PromQL cannot
 * group by (a label a series lacks counts no value for it), and the target labels; by name.
 */
export function panelLabels(
  spec: PanelSpec,
  results: readonly QueryResult[] | undefined,
): LabelCount[] {
  const values = new Map<string, Set<string>>();
  for (const result of results ?? []) {
    if (!isDrawn(spec.queries[result.queryIndex])) continue;
    const series = result.type === 'range' ? result.series : result.samples;
    for (const {labels} of series) {
      for (const [name, value] of Object.entries(labels)) {
        if (!isSplittableLabel(name)) continue;
        const seen = values.get(name) ?? new Set<string>();
        seen.add(value);
        values.set(name, seen);
      }
    }
  }
  const counted = [...values].map(([name, seen]): LabelCount => ({name, values: seen.size}));
  const targets = targetLabels.filter((name) => !values.has(name));
  return [...counted, ...targets.map((name) => ({name, values: undefined}))].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

/** A picker over the labels, the first selected; undefined when there is none to pick. */
export const openPicker = (labels: readonly LabelCount[]): LabelPicker | undefined =>
  labels.length === 0 ? undefined : {labels, selected: 0};

/** The selection moved by `by`, kept on the list. */
export function movePicker(picker: LabelPicker, by: number): LabelPicker {
  const selected = moveHighlight(picker.selected, by, picker.labels.length);
  return selected === picker.selected ? picker : {...picker, selected};
}

export const chosenLabel = (picker: LabelPicker): string | undefined =>
  picker.labels[picker.selected]?.name;
