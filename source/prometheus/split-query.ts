// Drill-down: a panel's PromQL re-split by one label. Prometheus' own grammar
// (@prometheus-io/lezer-promql) finds the aggregations; each aggregation on the way from the top
// of the expression to its selectors keeps the label (`sum by (le)` becomes `sum by (le, job)`,
// `sum` becomes `sum by (job)`, `without (job)` drops it from the list), so a histogram_quantile
// still has its `le` and a ratio of two sums stays a ratio, per label value. Where that cannot be
// done safely (no aggregation, a parse error, a vector compared with an aggregate) the whole
// expression is wrapped: `sum by (job) (<expr>)`.
import {parser} from '@prometheus-io/lezer-promql';

type SyntaxNode = ReturnType<typeof parser.parse>['topNode'];

/** Label names a `by` list takes as written (Prometheus 2.x takes no quoted names). */
const labelName = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const isSplittableLabel = (label: string): boolean =>
  labelName.test(label) && label !== '__name__';

/** Insert `text` at `at` in the expression. */
type Edit = {readonly at: number; readonly remove: number; readonly text: string};

/**
 * What a part of the expression gives once split: `split` (every vector in it keeps the label),
 * `raw` (a vector with no aggregation: it has the label already but no aggregate around it to
 * match with), `scalar` (a number, string or scalar(): unaffected).
 */
type Kind = 'split' | 'raw' | 'scalar';
type Rewrite = {readonly kind: Kind; readonly edits: readonly Edit[]};

// Aggregations that keep their input's labels: the label passes through to their vector argument.
const selecting = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
// Functions that give a scalar, or a vector without labels: no label to keep.
const labelless = new Set(['scalar', 'vector', 'time', 'pi', 'absent', 'absent_over_time']);

/**
 * The expression split by `label`, or undefined when the label cannot be written in PromQL. A
 * scalar expression has no labels to split by and comes back as it was. Dashboard placeholders (`$__rate_interval`, `$__range`) are kept as they were.
 */
export function splitByLabel(expr: string, label: string): string | undefined {
  if (!isSplittableLabel(label)) return undefined;
  const parsed = parseable(expr);
  const tree = parser.parse(parsed);
  let broken = false;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) broken = true;
    },
  });
  const top = tree.topNode.firstChild;
  const rewrite = broken || top === null ? undefined : rewriteNode(top, parsed, label);
  if (rewrite?.kind === 'scalar') return expr;
  if (rewrite === undefined || rewrite.kind !== 'split') return `sum by (${label}) (${expr})`;
  return applyEdits(expr, rewrite.edits);
}

/** Placeholders become durations of the same length, so positions in the tree are the expr's. */
const parseable = (expr: string): string =>
  expr.replace(/\$__[A-Za-z_]+/g, (name) => `${'1'.repeat(name.length - 1)}s`);

function applyEdits(expr: string, edits: readonly Edit[]): string {
  let text = expr;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    text = text.slice(0, edit.at) + edit.text + text.slice(edit.at + edit.remove);
  }
  return text;
}

function rewriteNode(node: SyntaxNode, text: string, label: string): Rewrite | undefined {
  switch (node.name) {
    case 'AggregateExpr':
      return rewriteAggregate(node, text, label);
    case 'BinaryExpr':
      return rewriteBinary(node, text, label);
    case 'FunctionCall':
      return rewriteFunction(node, text, label);
    case 'ParenExpr':
    case 'SubqueryExpr':
    case 'OffsetExpr':
    case 'StepInvariantExpr':
    case 'UnaryExpr':
      return combine(expressionChildren(node), text, label);
    case 'NumberDurationLiteral':
    case 'StringLiteral':
      return {kind: 'scalar', edits: []};
    case 'VectorSelector':
    case 'MatrixSelector':
      return {kind: 'raw', edits: []};
    default:
      return undefined;
  }
}

/** Children that are expressions (not operators, modifiers, names or durations). */
function expressionChildren(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.name === 'FunctionCallBody') children.push(...expressionChildren(child));
    else if (isExpression(child)) children.push(child);
  }
  return children;
}

const expressionNames = new Set([
  'AggregateExpr',
  'BinaryExpr',
  'FunctionCall',
  'ParenExpr',
  'SubqueryExpr',
  'OffsetExpr',
  'StepInvariantExpr',
  'UnaryExpr',
  'NumberDurationLiteral',
  'StringLiteral',
  'VectorSelector',
  'MatrixSelector',
]);
const isExpression = (node: SyntaxNode): boolean => expressionNames.has(node.name);

/** Operands combined: any raw vector beside a split one cannot match it any more. */
function combine(nodes: readonly SyntaxNode[], text: string, label: string): Rewrite | undefined {
  const parts = nodes.map((node) => rewriteNode(node, text, label));
  if (parts.some((part) => part === undefined)) return undefined;
  const kinds = new Set(parts.map((part) => part?.kind));
  const edits = parts.flatMap((part) => part?.edits ?? []);
  if (kinds.has('split')) return kinds.has('raw') ? undefined : {kind: 'split', edits};
  return {kind: kinds.has('raw') ? 'raw' : 'scalar', edits};
}

function rewriteAggregate(node: SyntaxNode, text: string, label: string): Rewrite | undefined {
  const op = node.getChild('AggregateOp');
  const opName = op === null ? '' : text.slice(op.from, op.to);
  const inner = combine(expressionChildren(node), text, label);
  if (inner === undefined || op === null) return undefined;
  if (selecting.has(opName)) return inner;
  const modifier = node.getChild('AggregateModifier');
  const grouping =
    modifier === null
      ? [{at: op.to, remove: 0, text: ` by (${label})${text[op.to] === '(' ? ' ' : ''}`}]
      : keepInGrouping(modifier, text, label, modifier.getChild('Without') !== null);
  return {kind: 'split', edits: [...inner.edits, ...grouping]};
}

/** `by (a)` gains the label; `without (a, label)` loses it. */
function keepInGrouping(modifier: SyntaxNode, text: string, label: string, without: boolean) {
  const list = modifier.getChild('GroupingLabels');
  if (list === null) return [];
  const names = list.getChildren('LabelName');
  const found = names.find((name) => text.slice(name.from, name.to) === label);
  if (without) return found === undefined ? [] : [removeFromList(found, names)];
  if (found !== undefined) return [];
  const last = names.at(-1);
  return last === undefined
    ? [{at: list.from + 1, remove: 0, text: label}]
    : [{at: last.to, remove: 0, text: `, ${label}`}];
}

/** Removes a name and the comma before it (or after it, for the first name). */
function removeFromList(name: SyntaxNode, names: readonly SyntaxNode[]): Edit {
  const index = names.indexOf(name);
  const before = names[index - 1];
  const after = names[index + 1];
  if (before !== undefined) return {at: before.to, remove: name.to - before.to, text: ''};
  if (after !== undefined) return {at: name.from, remove: after.from - name.from, text: ''};
  return {at: name.from, remove: name.to - name.from, text: ''};
}

function rewriteBinary(node: SyntaxNode, text: string, label: string): Rewrite | undefined {
  const combined = combine(expressionChildren(node), text, label);
  if (combined === undefined || combined.kind !== 'split') return combined;
  const dropped = droppedFallback(node, text);
  if (dropped !== undefined) return {kind: 'split', edits: [...combined.edits, dropped]};
  const matching = node.getChild('MatchingModifierClause');
  if (matching === null) return combined;
  const ignoring = matching.getChild('Ignoring') !== null;
  // `on (a)` must match on the label too; `ignoring (label)` must not ignore it.
  const edits = keepInGrouping(matching, text, label, ignoring);
  return {kind: 'split', edits: [...combined.edits, ...edits]};
}

function rewriteFunction(node: SyntaxNode, text: string, label: string): Rewrite | undefined {
  const name = node.getChild('FunctionIdentifier');
  if (name !== null && labelless.has(text.slice(name.from, name.to))) {
    return {kind: 'scalar', edits: []};
  }
  return combine(expressionChildren(node), text, label);
}

/**
 * `<aggregate> or vector(0)` (zero when there is nothing) cannot be split: the label-less zero
 * would be one more series beside the split ones, and match none of them. The fallback goes: a
 * label value without series shows no line.
 */
function droppedFallback(node: SyntaxNode, text: string): Edit | undefined {
  if (node.getChild('Or') === null) return undefined;
  const [left, right] = expressionChildren(node);
  const name = right?.name === 'FunctionCall' ? right.getChild('FunctionIdentifier') : null;
  if (left === undefined || right === undefined || name === null) return undefined;
  if (text.slice(name.from, name.to) !== 'vector') return undefined;
  return {at: left.to, remove: right.to - left.to, text: ''};
}
