// Thresholds of one query: nova-top's own dashboards export a query's warning/critical
// thresholds as a `byFrameRefID` override of Grafana's steps; read back, they are that query's.
import type {ThresholdSteps, Thresholds} from '../spec.js';
import {importSteps} from './import-steps.js';
import {arrayOf, defined, objectOf, stringOf} from './json-value.js';

/**
 * Steps in the shape of warning/critical thresholds (ok, then warning, then critical upwards, or
 * the reverse downwards), as nova-top's own dashboards export them; other shapes give undefined.
 */
export function thresholdsOf(steps: ThresholdSteps): Thresholds | undefined {
  if (steps.mode === 'percentage') return undefined;
  const states = [steps.base, ...steps.steps.map((step) => step.state)].join(',');
  const [first, second] = steps.steps.map((step) => step.value);
  switch (states) {
    case 'ok':
      return {};
    case 'ok,warning':
      return defined({warning: first});
    case 'ok,critical':
      return defined({critical: first});
    case 'ok,warning,critical':
      return defined({warning: first, critical: second});
    case 'warning,ok':
      return defined({warning: first, direction: 'below' as const});
    case 'critical,ok':
      return defined({critical: first, direction: 'below' as const});
    case 'critical,warning,ok':
      return defined({critical: first, warning: second, direction: 'below' as const});
    default:
      return undefined;
  }
}

/** Thresholds set for one query (`byFrameRefID` overrides), by refId. */
export function queryThresholds(fieldConfig: unknown): ReadonlyMap<string, Thresholds> {
  const byRef = new Map<string, Thresholds>();
  for (const each of arrayOf(objectOf(fieldConfig)?.['overrides'])) {
    const fields = objectOf(each);
    const matcher = objectOf(fields?.['matcher']);
    const refId = stringOf(matcher?.['options']);
    if (matcher?.['id'] !== 'byFrameRefID' || refId === undefined) continue;
    for (const property of arrayOf(fields?.['properties'])) {
      const entry = objectOf(property);
      const steps = entry?.['id'] === 'thresholds' ? importSteps(entry['value']) : undefined;
      const thresholds = steps === undefined ? undefined : thresholdsOf(steps);
      if (thresholds !== undefined) byRef.set(refId, thresholds);
    }
  }
  return byRef;
}
