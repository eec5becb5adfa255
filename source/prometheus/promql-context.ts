// What is being typed at the cursor of a PromQL text, read from Prometheus' lezer syntax tree of
// the text before the cursor (which parses the way a half-typed query does): a metric or function
// name, a label name (inside `{}`, `by (`, `on (`, ...), a label value (inside the quotes after
// `=`, `!=`, `=~`, `!~`), or nothing to complete (a number, a duration, a comment, another string).
import {childrenOf, parsePromql, type PromqlNode} from './promql-tree.js';

/** The span [from, to) that a completion replaces, and the part of it before the cursor. */
type Span = {readonly from: number; readonly to: number; readonly prefix: string};

export type PromqlContext =
  | ({readonly kind: 'name'} & Span)
  | ({readonly kind: 'label-name'; readonly metric: string | undefined} & Span)
  | ({
      readonly kind: 'label-value';
      readonly label: string;
      readonly metric: string | undefined;
      /** The string's quote, `"`, `'` or `` ` ``; regex matchers (`=~`, `!~`) escape more. */
      readonly quote: string;
      readonly regex: boolean;
    } & Span)
  | {readonly kind: 'none'};

const none: PromqlContext = {kind: 'none'};
const noCompletion = new Set([
  'LineComment',
  'DurationExpr',
  'OffsetDurationExpr',
  'NumberDurationLiteral',
  'NumberDurationLiteralInDurationContext',
]);

const ancestors = (node: PromqlNode | null): PromqlNode[] => {
  const list: PromqlNode[] = [];
  for (let at = node; at; at = at.parent) list.push(at);
  return list;
};

/** The first ancestor (or the node) that is not an error node. */
const significant = (node: PromqlNode): PromqlNode | undefined =>
  ancestors(node).find((one) => !one.type.isError && one.name !== 'Identifier');

export function promqlContext(text: string, cursor: number): PromqlContext {
  const before = text.slice(0, cursor);
  const node = parsePromql(before).resolveInner(cursor, -1);
  const path = ancestors(node);
  if (path.some((one) => noCompletion.has(one.name))) return none;
  if (node.name === 'StringLiteral') return labelValue(text, cursor, node);
  if (/\[[^\]]*$/.test(before.replace(/"(?:[^"\\]|\\.)*"/g, ''))) return none;
  const wordStart = cursor - (/[\w:]*$/.exec(before)?.[0].length ?? 0);
  const wordEnd = cursor + (/^[\w:]*/.exec(text.slice(cursor))?.[0].length ?? 0);
  const span = {from: wordStart, to: wordEnd, prefix: text.slice(wordStart, cursor)};
  if (/^\d/.test(span.prefix)) return none;
  if (path.some((one) => one.name === 'GroupingLabels')) {
    return {kind: 'label-name', metric: groupedMetric(text, cursor), ...span};
  }
  if (path.some((one) => one.name === 'LabelMatchers')) {
    // A name, not an operator or what follows one (`{job=|`).
    if (node.name !== 'LabelName' && significant(node)?.name !== 'LabelMatchers') return none;
    return {kind: 'label-name', metric: selectorMetric(node, before), ...span};
  }
  return {kind: 'name', ...span};
}

/** Inside the quotes of a matcher's value; the span is the string's content. */
function labelValue(text: string, cursor: number, node: PromqlNode): PromqlContext {
  const quote = text[node.from] ?? '"';
  const closed = node.to - node.from >= 2 && text[node.to - 1] === quote;
  if (cursor <= node.from || (closed && cursor >= node.to)) return none;
  const matcher = node.parent;
  if (matcher?.name !== 'UnquotedLabelMatcher') return none;
  const label = matcher.getChild('LabelName');
  const op = matcher.getChild('MatchOp');
  if (label === null || op === null) return none;
  const from = node.from + 1;
  return {
    kind: 'label-value',
    label: text.slice(label.from, label.to),
    metric: selectorMetric(matcher.parent, text),
    quote,
    regex: text.slice(op.from, op.to).endsWith('~'),
    from,
    to: contentEnd(text, cursor, quote),
    prefix: text.slice(from, cursor),
  };
}

/** Where the string the cursor is in ends (its closing quote), or the cursor when it is open. */
function contentEnd(text: string, cursor: number, quote: string): number {
  for (let index = cursor; index < text.length; index++) {
    if (text[index] === '\\' && quote !== '`') index++;
    else if (text[index] === quote) return index;
    else if (text[index] === '\n') break;
  }
  return cursor;
}

/** The metric name of the selector whose braces hold `matchers`. */
function selectorMetric(node: PromqlNode | null, text: string): string | undefined {
  const selector = ancestors(node).find((one) => one.name === 'VectorSelector');
  const name = selector?.getChild('Identifier');
  return name ? text.slice(name.from, name.to) : undefined;
}

/** `sum by (|) (rate(x[5m]))`: the first metric the aggregation reads (in the whole text). */
function groupedMetric(text: string, cursor: number): string | undefined {
  const node = parsePromql(text).resolveInner(cursor, -1);
  const aggregate = ancestors(node).find((one) => one.name === 'AggregateExpr');
  if (aggregate === undefined) return undefined;
  const pending = [aggregate];
  while (pending.length > 0) {
    const next = pending.shift()!;
    if (next.name === 'VectorSelector') return selectorMetric(next, text);
    pending.push(...childrenOf(next));
  }
  return undefined;
}
