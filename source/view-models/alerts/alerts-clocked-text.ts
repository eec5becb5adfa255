// What the alerts part of the screen shows of the clock, as one string (see clocked-text.ts): the
// header's flash phase always, and with the alerts screen open the ages, ETAs and time left. A
// tick that changes none of it (and nothing else) draws no frame.
import {pendingEta} from '../../alerts/pending-eta.js';
import {allSilences, type AlertsState} from '../../alerts/alerts-state.js';
import {formatSpan} from '../../alerts/durations.js';
import {formatAge} from '../age.js';
import {flashPhase} from './alert-counts.js';

export function alertsClockedText(
  state: AlertsState | undefined,
  now: number,
  open: boolean,
): string {
  if (state === undefined) return '';
  const flash = flashPhase(state.newCriticalAt, now) ?? '';
  if (!open) return flash;
  const rows = state.rows.map(
    (row) =>
      `${row.since === undefined ? '' : formatAge(now - row.since)} ${pendingEta(row.firesAt, now) ?? ''}`,
  );
  const sources = [...state.alertmanagers, state.rulesHealth, state.prometheusAlerts].map(
    (source) => (source.lastSuccessAt === undefined ? '' : formatAge(now - source.lastSuccessAt)),
  );
  const silences = allSilences(state).map((silence) => formatSpan(silence.endsAt - now));
  return [flash, ...rows, ...sources, ...silences].join('\n');
}
