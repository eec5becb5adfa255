// Threshold steps (Grafana's form): the state of a value, the steps of a panel (its own, or its
// warning/critical thresholds converted), and a state's tone.
import type {PanelSpec, ThresholdState, ThresholdSteps, Thresholds} from '../dashboards/spec.js';
import type {Tone} from './tone.js';

/**
 * Warning/critical thresholds as steps. `above`: ok, then warning from `warning`, critical from
 * `critical`; `below`: critical, then warning from `critical`, ok from `warning`. A value equal to a
 * limit takes the step's state, as in Grafana (the `above` form's own test is strictly greater).
 */
export function stepsOf(thresholds: Thresholds): ThresholdSteps {
  const {warning, critical} = thresholds;
  const levels: {value: number; state: ThresholdState}[] = [];
  if (thresholds.direction === 'below') {
    if (critical !== undefined) {
      levels.push({value: critical, state: warning === undefined ? 'ok' : 'warning'});
    }
    if (warning !== undefined) levels.push({value: warning, state: 'ok'});
    const base = critical !== undefined ? 'critical' : warning !== undefined ? 'warning' : 'ok';
    return {base, steps: levels.sort((a, b) => a.value - b.value)};
  }
  if (warning !== undefined) levels.push({value: warning, state: 'warning'});
  if (critical !== undefined) levels.push({value: critical, state: 'critical'});
  return {base: 'ok', steps: levels.sort((a, b) => a.value - b.value)};
}

/** The panel's steps: its own, else its thresholds converted, else none. */
export const panelSteps = (spec: PanelSpec): ThresholdSteps | undefined =>
  spec.steps ?? (spec.thresholds === undefined ? undefined : stepsOf(spec.thresholds));

/** The state of a value: the last step it reaches; percentage steps are of min..max. */
export function stepState(
  value: number,
  steps: ThresholdSteps,
  range: {readonly min: number; readonly max: number},
): ThresholdState {
  let state = steps.base;
  for (const step of steps.steps) {
    const limit =
      steps.mode === 'percentage'
        ? range.min + ((range.max - range.min) * step.value) / 100
        : step.value;
    if (value >= limit) state = step.state;
  }
  return state;
}

const stateTones: Readonly<Record<ThresholdState, Tone>> = {
  ok: 'ok',
  warning: 'warning',
  critical: 'critical',
  info: 'info',
};

/** The tone of a value against steps: muted without a value, `fallback` without steps. */
export function stepTone(
  value: number | undefined,
  steps: ThresholdSteps | undefined,
  range: {readonly min: number; readonly max: number},
  fallback: Tone = 'normal',
): Tone {
  if (value === undefined || Number.isNaN(value)) return 'muted';
  if (steps === undefined) return fallback;
  return stateTones[stepState(value, steps, range)];
}

export const stateTone = (state: ThresholdState): Tone => stateTones[state];
