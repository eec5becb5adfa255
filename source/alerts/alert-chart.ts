// The detail's chart of the alert's own expression, as a panel spec the zoom view can draw. When
// the expression ends in a comparison with a number (`x > 500`), the left side is charted (the
// whole curve, not just the part above the line) and the number becomes the threshold.
import type {PanelSpec, Thresholds} from '../dashboards/spec.js';
import {alertExpression} from './alert-detail.js';
import type {AlertRow} from './alert-rows.js';

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

/** Undefined when the alert's expression is not known. */
export function alertChartSpec(row: AlertRow): PanelSpec | undefined {
  const expression = alertExpression(row);
  if (expression === undefined || expression.trim() === '') return undefined;
  const split = splitThreshold(expression);
  const level = row.severity === 'critical' ? 'critical' : 'warning';
  const thresholds: Thresholds | undefined =
    split === undefined ? undefined : {[level]: split.value, direction: split.direction};
  return {
    id: 'alert-expression',
    title: split === undefined ? 'Expression' : `Expression, threshold ${split.value}`,
    kind: 'timeseries',
    queries: [{expr: split?.expr ?? expression}],
    unit: 'count',
    ...(thresholds === undefined ? {} : {thresholds}),
  };
}
