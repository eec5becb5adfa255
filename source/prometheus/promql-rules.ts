// Rules Prometheus applies after parsing that the lezer grammar does not: each is a query that
// parses but that the server refuses with bad_data, and whose fix is easy to say.
import {rangeArgumentIndex} from './promql-names.js';
import {childrenOf, type PromqlNode} from './promql-tree.js';

/** Where a rule is broken and what to do (promql-check.ts' PromqlProblem, which imports this). */
type PromqlProblem = {readonly from: number; readonly to: number; readonly message: string};

/** Wrappers that keep the type of what they wrap. */
const transparent = new Set([
  'ParenExpr',
  'OffsetExpr',
  'StepInvariantExpr',
  'AnchoredExpr',
  'SmoothedExpr',
]);
const rangeVectors = new Set(['MatrixSelector', 'SubqueryExpr']);

function unwrapped(node: PromqlNode): PromqlNode {
  let inner = node;
  while (transparent.has(inner.name) && inner.firstChild) inner = inner.firstChild;
  return inner;
}

/** `rate(x)`: a function that takes a range vector was given something else, or nothing. */
function rangeArgument(node: PromqlNode, text: string): PromqlProblem | undefined {
  const identifier = node.getChild('FunctionIdentifier');
  const body = node.getChild('FunctionCallBody');
  if (identifier === null || body === null) return undefined;
  const name = text.slice(identifier.from, identifier.to);
  const index = rangeArgumentIndex.get(name);
  if (index === undefined) return undefined;
  const argument = childrenOf(body)[index];
  if (argument === undefined) {
    const message = `${name}() needs a range vector argument, as in ${name}(x[5m])`;
    return {from: identifier.from, to: body.to, message};
  }
  if (rangeVectors.has(unwrapped(argument).name)) return undefined;
  const message = `${name}() needs a range vector here: add a range such as [5m] after the selector`;
  return {from: argument.from, to: argument.to, message};
}

/** Matchers that match the empty label value, so that they select every series there is. */
const matchesEmpty = (matcher: string): boolean =>
  /^[=]~?\s*(?:""|''|``|"\.\*"|'\.\*')$/.test(matcher);

/** `{}` or `{job=""}`: Prometheus wants a name or one matcher that does not match the empty value. */
function emptySelector(node: PromqlNode, text: string): PromqlProblem | undefined {
  if (node.getChild('Identifier') !== null) return undefined;
  const matchers = node.getChild('LabelMatchers');
  if (matchers === null) return undefined;
  const selective = childrenOf(matchers).some((matcher) => {
    if (matcher.name === 'QuotedLabelName') return true;
    const op = matcher.getChild('MatchOp');
    return op === null || !matchesEmpty(text.slice(op.from, matcher.to).replace(/\s+/g, ''));
  });
  if (selective) return undefined;
  const message = 'a selector needs a metric name or a matcher that does not match the empty value';
  return {from: node.from, to: node.to, message};
}

/** The first rule the parsed query breaks, in text order. */
export function ruleProblem(top: PromqlNode, text: string): PromqlProblem | undefined {
  let problem: PromqlProblem | undefined;
  const cursor = top.cursor();
  do {
    if (cursor.name === 'FunctionCall') problem = rangeArgument(cursor.node, text);
    else if (cursor.name === 'VectorSelector') problem = emptySelector(cursor.node, text);
  } while (problem === undefined && cursor.next());
  return problem;
}
