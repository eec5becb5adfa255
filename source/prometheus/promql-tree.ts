// The lezer types of a parsed PromQL text, named once (taken from the parser, so that nothing
// imports @lezer/common, which is only a dependency of a dependency).
import {parser} from '@prometheus-io/lezer-promql';

export type PromqlTree = ReturnType<typeof parser.parse>;
export type PromqlNode = PromqlTree['topNode'];

export const parsePromql = (text: string): PromqlTree => parser.parse(text);

/** The node's children, in order. */
export function childrenOf(node: PromqlNode): PromqlNode[] {
  const children: PromqlNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}
