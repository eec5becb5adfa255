// Whether the alert data is current: each AlertManager and Prometheus' rules, with the age of the
// data kept while one fails. "unreachable, showing data from 2m ago" rather than an empty list.
import type {AlertsState, SourceHealth} from '../../alerts/alerts-state.js';
import {sanitize} from '../../text/sanitize.js';
import {formatAge} from '../age.js';
import {segment} from '../line.js';
import type {Line} from '../tone.js';

function healthSegment(name: string, health: SourceHealth, now: number): Line {
  if (health.error === undefined) {
    return health.lastSuccessAt === undefined
      ? [segment(`${name} connecting…`, 'muted')]
      : [segment(`${name} ok`, 'muted')];
  }
  const kept =
    health.lastSuccessAt === undefined
      ? ''
      : `, stale: data from ${formatAge(now - health.lastSuccessAt)} ago`;
  const reason = sanitize(health.error).trim();
  return [segment(`${name} unreachable${kept}${reason === '' ? '' : ` (${reason})`}`, 'critical')];
}

/** Failing sources first (they matter), then the healthy ones; separated by two spaces. */
export function sourcesLine(state: AlertsState, now: number): Line {
  const entries: {readonly failing: boolean; readonly line: Line}[] = [
    ...state.alertmanagers.map((am) => ({
      failing: am.error !== undefined,
      line: healthSegment(sanitize(am.name), am, now),
    })),
    {
      failing: state.rulesHealth.error !== undefined,
      line: healthSegment('rules', state.rulesHealth, now),
    },
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
