// A panel's thresholds as one muted note, e.g. "warn >5% crit >15%" or, when its queries have their
// own, "pending warn >1k · failed crit >500".
import type {PanelSpec} from '../dashboards/spec.js';
import {sanitize} from '../text/sanitize.js';
import {thresholdText} from './thresholds.js';

export function panelThresholdsNote(spec: PanelSpec): string {
  const notes: string[] = [];
  const panelText = thresholdText(spec.thresholds, spec.unit);
  if (panelText !== '') notes.push(panelText);
  spec.queries.forEach((query, index) => {
    const text = thresholdText(query.thresholds, spec.unit);
    if (text === '') return;
    const name = query.legend === undefined ? `query ${index + 1}` : sanitize(query.legend);
    notes.push(`${name} ${text}`);
  });
  return notes.join(' · ');
}
