// Where the alert rows come from: AlertManager while one answers, else Prometheus' own alert list
// (silences and inhibitions unknown), and what that means for silences.
import type {AlertmanagerState, AlertsState, SourceHealth} from './alerts-state.js';

/**
 * Every AlertManager failing its last poll (or none configured) hands the rows to Prometheus'
 * own list once that has answered, unless an AlertManager answered more recently than it did.
 */
export function rowsSource(
  alertmanagers: readonly AlertmanagerState[],
  prometheusAlerts: SourceHealth,
): AlertsState['rowsFrom'] {
  const amAnsweredAt = Math.max(
    -Infinity,
    ...alertmanagers.map((am) => am.lastSuccessAt ?? -Infinity),
  );
  const allFailing = alertmanagers.every((am) => am.error !== undefined);
  const fallbackAt = prometheusAlerts.lastSuccessAt;
  if (allFailing && fallbackAt !== undefined && fallbackAt >= amAnsweredAt) return 'prometheus';
  return Number.isFinite(amAnsweredAt) ? 'alertmanager' : undefined;
}

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
