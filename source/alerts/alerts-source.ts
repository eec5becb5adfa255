// What the alerts' source means for silences: AlertManager while one answers, else Prometheus' own
// alert list (silences and inhibitions unknown; alerts-state.ts rowsSource decides which).
import type {AlertsState} from './alerts-state.js';

/** Every AlertManager failed its last poll, or none is configured: Prometheus' list is asked. */
export const alertmanagersDown = (state: Pick<AlertsState, 'alertmanagers'>): boolean =>
  state.alertmanagers.every((am) => am.error !== undefined);

/** Why no silence can be created or expired now, or undefined when an AlertManager answers. */
export function silencesUnavailable(state: AlertsState): string | undefined {
  if (state.rowsFrom === 'prometheus') {
    return 'silences need AlertManager, which is unreachable: these alerts come from Prometheus';
  }
  return state.lastCycleAt !== undefined && alertmanagersDown(state)
    ? 'silences need AlertManager, which is unreachable'
    : undefined;
}
