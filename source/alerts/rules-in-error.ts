// Rules Prometheus cannot evaluate can never page: they are listed apart from the alerts.
import type {AlertRule} from './types.js';

export type RuleErrorRow = {
  readonly group: string;
  readonly name: string;
  readonly query: string;
  readonly error: string;
};

export function rulesInError(rules: readonly AlertRule[]): readonly RuleErrorRow[] {
  return rules
    .filter((rule) => rule.health === 'err')
    .map((rule) => ({
      group: rule.group,
      name: rule.name,
      query: rule.query,
      error: rule.lastError ?? 'evaluation failed',
    }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name));
}
