// "The labels that tell it apart from its siblings": among alerts of the same alertname, the labels
// whose values are not all the same. Two CriticalWebSocketErrorRate rows differ by `instance`, so
// that is what each row shows; `severity` and `service`, shared by both, add nothing.
import type {Labels} from '../prometheus/types.js';

/** Label names, sorted, whose value differs somewhere among the label sets (a missing label
 * counts as a different value). `alertname` is never one of them. */
export function differingLabelNames(labelSets: readonly Labels[]): readonly string[] {
  const names = new Set(labelSets.flatMap((labels) => Object.keys(labels)));
  names.delete('alertname');
  return [...names]
    .filter((name) => new Set(labelSets.map((labels) => labels[name])).size > 1)
    .sort();
}

/** For each row key, the subset of its labels that tells it apart from its same-name siblings;
 * empty for an alert alone under its name. */
export function distinguishingLabels(
  rows: readonly {readonly key: string; readonly alertname: string; readonly labels: Labels}[],
): ReadonlyMap<string, Labels> {
  const byName = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const siblings = byName.get(row.alertname);
    if (siblings === undefined) byName.set(row.alertname, [row]);
    else siblings.push(row);
  }
  const result = new Map<string, Labels>();
  for (const siblings of byName.values()) {
    const names = differingLabelNames(siblings.map((row) => row.labels));
    for (const row of siblings) result.set(row.key, pick(row.labels, names));
  }
  return result;
}

export function pick(labels: Labels, names: readonly string[]): Labels {
  // fromEntries defines own properties, so a label named `__proto__` stays a label.
  return Object.fromEntries(
    names.flatMap((name) => (Object.hasOwn(labels, name) ? [[name, labels[name] ?? '']] : [])),
  );
}
