// The metric names a PromQL expression reads, found with Prometheus' own grammar
// (@prometheus-io/lezer-promql): `foo` and `foo{…}`, `{__name__="foo"}` and the quoted names of
// Prometheus 3 (`{"my.metric"}`). Function names, label names, strings and keywords are not
// metric names; an expression that does not parse still yields the selectors it has.
import {parser} from '@prometheus-io/lezer-promql';

/** Parsed expressions kept, so that a frame asks the parser only for new ones. */
const cacheSize = 512;
const cache = new Map<string, ReadonlySet<string>>();

export function metricNames(expr: string): ReadonlySet<string> {
  const known = cache.get(expr);
  if (known !== undefined) return known;
  const names = parseNames(expr);
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
  cache.set(expr, names);
  return names;
}

function parseNames(expr: string): ReadonlySet<string> {
  const names = new Set<string>();
  const text = (from: number, to: number): string => expr.slice(from, to);
  parser.parse(expr).iterate({
    enter(node) {
      const parent = node.node.parent?.name;
      if (node.name === 'Identifier' && parent === 'VectorSelector') {
        names.add(text(node.from, node.to));
      } else if (node.name === 'QuotedLabelName' && parent === 'LabelMatchers') {
        names.add(unquote(text(node.from, node.to)));
      } else if (node.name === 'UnquotedLabelMatcher' || node.name === 'QuotedLabelMatcher') {
        const [label, op, value] = children(node.node);
        const isName = label !== undefined && unquote(text(label.from, label.to)) === '__name__';
        // Equality only: a regex or a negation names no one metric.
        if (isName && op?.firstChild?.name === 'EqlSingle' && value?.name === 'StringLiteral')
          names.add(unquote(text(value.from, value.to)));
      }
    },
  });
  return names;
}

type SyntaxNode = {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly firstChild: SyntaxNode | null;
  readonly nextSibling: SyntaxNode | null;
};

const children = (node: SyntaxNode): SyntaxNode[] => {
  const all: SyntaxNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) all.push(child);
  return all;
};

/** A PromQL string literal's text: "…" and '…' with escapes, or `…` raw; a bare name as is. */
function unquote(literal: string): string {
  if (!/^["'`]/u.test(literal)) return literal;
  const body = literal.slice(1, -1);
  if (literal.startsWith('`')) return body;
  return body.replace(/\\(.)/gu, (_, char: string) => char);
}
