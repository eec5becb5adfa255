// What the alert detail needs beyond the row: the expression to chart and what mutes the alert.
import type {AlertRow} from './alert-rows.js';
import type {Silence} from './types.js';

/**
 * The alert's own expression: its rule's query when the rule is known, else the `g0.expr` that
 * Prometheus puts in the alert's generatorURL. Undefined when neither is there.
 */
export function alertExpression(row: AlertRow): string | undefined {
  if (row.rule !== undefined && row.rule.query !== '') return row.rule.query;
  if (row.generatorURL === undefined) return undefined;
  try {
    return new URL(row.generatorURL).searchParams.get('g0.expr') ?? undefined;
  } catch {
    return undefined;
  }
}

/** The silences muting the alert, in the order AlertManager listed their ids; ids no longer
 * known (another cluster's, or already gone) are left out. */
export function mutingSilences(row: AlertRow, silences: readonly Silence[]): readonly Silence[] {
  return row.silencedBy.flatMap((id) => silences.find((silence) => silence.id === id) ?? []);
}

/** The alerts inhibiting it: AlertManager names them by fingerprint. */
export function inhibitingAlerts(row: AlertRow, rows: readonly AlertRow[]): readonly AlertRow[] {
  return row.inhibitedBy.flatMap(
    (fingerprint) => rows.find((other) => other.fingerprint === fingerprint) ?? [],
  );
}
