// The detail's chart of the alert's own expression, as a panel spec the zoom view can draw. When
// the expression ends in a comparison with a number (`x > 500`), the left side is charted (the
// whole curve, not just the part above the line) and the number becomes the threshold. The chart
// speaks the unit of the alert's own text: a ratio whose summary says `24.93%` is charted in
// percent, not as 0.249.
import {alertPanelPlace} from '../../dashboards/alert-panels.js';
import type {PanelSpec, Thresholds, Unit} from '../../dashboards/spec.js';
import {formatValue} from '../units.js';
import {alertExpression} from '../../alerts/alert-detail.js';
import type {AlertRow} from '../../alerts/alert-rows.js';

export type ThresholdSplit = {
  readonly expr: string;
  readonly value: number;
  readonly direction: 'above' | 'below';
};

// `lhs > 500`, `lhs >= 0.05`, `lhs < 1`, with an optional `bool`; the number may be 1e3 or -2.
const trailingComparison =
  /^([\s\S]+?)\s*(>=|<=|>|<)\s*(?:bool\s+)?(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*$/i;

/** The comparison at the end of the expression, when there is one at the top level. */
export function splitThreshold(expr: string): ThresholdSplit | undefined {
  const match = trailingComparison.exec(expr.trim());
  if (match === null) return undefined;
  const [, left = '', operator = '', number = ''] = match;
  // `a > 5 and b > 3` or `(x > 1)` would be cut in the wrong place: only a balanced left side.
  if (!balanced(left) || /\b(and|or|unless)\b/i.test(left)) return undefined;
  return {
    expr: left.trim(),
    value: Number(number),
    direction: operator.startsWith('>') ? 'above' : 'below',
  };
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '{' || char === '[') depth++;
    if (char === ')' || char === '}' || char === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** How the alert's value reads: a ratio (shown as percent), seconds, per minute, or a count. */
export type AlertUnit = 'ratio' | Exclude<Unit, 'percent'>;

/**
 * From the rule's annotation templates (`humanizePercentage`, `humanizeDuration`) when the rule is
 * known, else from the built-in panel that mirrors the alert (its percent shows a ratio x 100).
 */
export function alertUnit(row: AlertRow): AlertUnit {
  const templates = Object.values(row.rule?.annotations ?? {}).join(' ');
  if (templates.includes('humanizePercentage')) return 'ratio';
  if (templates.includes('humanizeDuration')) return 'seconds';
  const unit = alertPanelPlace(row.alertname)?.panel.unit;
  if (unit === undefined) return 'count';
  return unit === 'percent' ? 'ratio' : unit;
}

/** Undefined when the alert's expression is not known. */
export function alertChartSpec(row: AlertRow): PanelSpec | undefined {
  const expression = alertExpression(row);
  if (expression === undefined || expression.trim() === '') return undefined;
  const split = splitThreshold(expression);
  const unit = alertUnit(row);
  const scale = unit === 'ratio' ? 100 : 1;
  const shown: Unit = unit === 'ratio' ? 'percent' : unit;
  const charted = split?.expr ?? expression;
  const level = row.severity === 'critical' ? 'critical' : 'warning';
  const thresholds: Thresholds | undefined =
    split === undefined ? undefined : {[level]: split.value * scale, direction: split.direction};
  return {
    id: 'alert-expression',
    title:
      split === undefined
        ? 'Expression'
        : `Expression, threshold ${formatValue(split.value * scale, shown)}`,
    kind: 'timeseries',
    queries: [{expr: scale === 1 ? charted : `100 * (${charted})`}],
    unit: shown,
    ...(thresholds === undefined ? {} : {thresholds}),
  };
}
