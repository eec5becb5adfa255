// Whether the alert data is current: each AlertManager and Prometheus' rules (and its alert list
// while it stands in for AlertManager), since when one fails and the age of the data kept:
// "unreachable since 03:12:40, stale: data from 2m ago" rather than an empty list.
import {alertmanagersDown} from '../../alerts/alerts-source.js';
import type {AlertsState, SourceHealth} from '../../alerts/alerts-state.js';
import {sanitize} from '../../text/sanitize.js';
import {formatAge} from '../age.js';
import {segment} from '../line.js';
import type {Line} from '../tone.js';

export type ClockText = (ms: number) => string;

/** Clock time as the user reads it: local HH:MM:SS. */
export const localClockText: ClockText = (ms) => new Date(ms).toTimeString().slice(0, 8);

function healthSegment(
  name: string,
  health: SourceHealth,
  now: number,
  clockText: ClockText,
): Line {
  if (health.error === undefined) {
    return health.lastSuccessAt === undefined
      ? [segment(`${name} connecting…`, 'muted')]
      : [segment(`${name} ok`, 'muted')];
  }
  const kept =
    health.lastSuccessAt === undefined
      ? ''
      : `, stale: data from ${formatAge(now - health.lastSuccessAt)} ago`;
  const since = health.failingSince === undefined ? '' : ` since ${clockText(health.failingSince)}`;
  const reason = sanitize(health.error).trim();
  const text = `${name} unreachable${since}${kept}${reason === '' ? '' : ` (${reason})`}`;
  return [segment(text, 'critical')];
}

/** Failing sources first (they matter), then the healthy ones; separated by two spaces. */
export function sourcesLine(
  state: AlertsState,
  now: number,
  clockText: ClockText = localClockText,
): Line {
  const fallback = state.prometheusAlerts;
  const asked =
    alertmanagersDown(state) &&
    (fallback.lastSuccessAt !== undefined || fallback.error !== undefined);
  const entries: {readonly failing: boolean; readonly line: Line}[] = [
    ...state.alertmanagers.map((am) => ({
      failing: am.error !== undefined,
      line: healthSegment(sanitize(am.name), am, now, clockText),
    })),
    {
      failing: state.rulesHealth.error !== undefined,
      line: healthSegment('rules', state.rulesHealth, now, clockText),
    },
    // Prometheus' alert list, while it stands in for AlertManager.
    ...(asked
      ? [
          {
            failing: fallback.error !== undefined,
            line: healthSegment('Prometheus alerts', fallback, now, clockText),
          },
        ]
      : []),
  ];
  const ordered = [...entries.filter((e) => e.failing), ...entries.filter((e) => !e.failing)];
  return ordered.flatMap((entry, index) =>
    index === 0 ? entry.line : [segment('  '), ...entry.line],
  );
}

/** Every AlertManager failed its last poll: what is shown is old. */
export const allAlertmanagersFailing = (state: AlertsState): boolean =>
  state.alertmanagers.length > 0 && state.alertmanagers.every((am) => am.error !== undefined);

/** No AlertManager has answered yet (nothing to count). */
export const waitingForAlertmanagers = (state: AlertsState): boolean =>
  state.alertmanagers.every((am) => am.lastSuccessAt === undefined);
