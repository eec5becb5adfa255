// Checks a PromQL text in the client, before anything is sent, with Prometheus' own lezer grammar
// (@prometheus-io/lezer-promql): the first syntax error becomes one message a person can act on,
// pointing at the place to fix. Then a few of the rules Prometheus applies after parsing and the
// grammar does not (promql-rules.ts). Where the grammar is laxer than the server (argument counts,
// types of binary operands, regular expressions), the server's own error is shown after sending;
// test/integration/promql-check-real.test.ts lists those cases against the real Prometheus.
import {sanitize} from '../text/sanitize.js';
import {scanBrackets} from './promql-brackets.js';
import {escapedChar} from './promql-options.js';
import {ruleProblem} from './promql-rules.js';
import {parsePromql, type PromqlNode, type PromqlTree as Tree} from './promql-tree.js';

/** The first syntax error of a PromQL text, by Prometheus' own lezer grammar; undefined when it parses. */
export type PromqlProblem = {readonly from: number; readonly to: number; readonly message: string};

export function checkPromql(text: string): PromqlProblem | undefined {
  const tree = parsePromql(text);
  if (isEmpty(tree)) return {from: 0, to: text.length, message: 'the query is empty'};
  const error = firstError(tree);
  if (error === undefined) return ruleProblem(tree.topNode, text);
  return describeError(text, error);
}

/** Nothing but white space and comments. */
const isEmpty = (tree: Tree): boolean => {
  for (let child = tree.topNode.firstChild; child; child = child.nextSibling) {
    if (!child.type.isError && child.name !== 'LineComment') return false;
  }
  return true;
};

function firstError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at !== undefined) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  return at;
}

/** A token of the query in quotes; what the terminal must not receive is written as `\u001b`. */
const quoted = (token: string): string => {
  const shown = [...token].map((char) => (sanitize(char) === char ? char : escapedChar(char)));
  return `"${shown.join('')}"`;
};

/** The token that starts at `at`: a name, a number, a string's opening, or an operator. */
function tokenAt(text: string, at: number): string {
  const word = /^[\w:.]+/.exec(text.slice(at));
  if (word) return word[0].slice(0, 40);
  return /^(?:[=!]~|[=!<>]=|\S)/.exec(text.slice(at))?.[0] ?? '';
}

/** The end of the text, not counting white space and comments. */
const contentEnd = (text: string): number => text.replace(/(?:\s|#[^\n]*)+$/, '').length;

function describeError(text: string, at: number): PromqlProblem {
  const scan = scanBrackets(text);
  if (scan.unendedString !== undefined && scan.unendedString.at <= at) {
    const {char, at: from} = scan.unendedString;
    const lineEnd = text.indexOf('\n', from);
    const to = lineEnd < 0 ? text.length : lineEnd;
    return {from, to, message: `this string is never closed: add the closing ${char}`};
  }
  if (scan.stray !== undefined && scan.stray.at <= at) {
    const {char, at: from, expected} = scan.stray;
    const message =
      expected === undefined
        ? `this ${char} closes nothing: there is no opening bracket for it`
        : `this ${char} does not close the open bracket: ${expected} was expected here`;
    return {from, to: from + 1, message};
  }
  if (at >= contentEnd(text)) return incomplete(text, scan.open.at(-1));
  const token = tokenAt(text, at);
  const problem = {from: at, to: at + Math.max(1, token.length)};
  const unknown = unknownFunction(text, at);
  if (unknown !== undefined) return unknown;
  if (!hasError(parsePromql(text.slice(0, at)))) {
    return {...problem, message: `unexpected ${quoted(token)} after a complete expression`};
  }
  return {...problem, message: `unexpected ${quoted(token)} here`};
}

const hasError = (tree: Tree): boolean => firstError(tree) !== undefined;

function incomplete(
  text: string,
  innermost: {readonly char: string; readonly at: number} | undefined,
): PromqlProblem {
  const end = contentEnd(text);
  const last = /[\w:.]+$|\S$/.exec(text.slice(0, end))?.[0] ?? '';
  // After a name, a value or a closing bracket, what is missing is the closing bracket.
  if (innermost !== undefined && /[\w:.)\]}"'`]$/.test(last)) {
    const closer = {'(': ')', '{': '}', '[': ']'}[innermost.char] ?? '';
    const message = `this ${innermost.char} is never closed: a ${closer} is missing`;
    return {from: innermost.at, to: innermost.at + 1, message};
  }
  const from = end - last.length;
  return {
    from,
    to: end,
    message: `the query ends too early: something must follow ${quoted(last)}`,
  };
}

/** `foo(`: the grammar knows its function names, so an unknown one is an identifier before `(`. */
function unknownFunction(text: string, at: number): PromqlProblem | undefined {
  if (text[at] !== '(') return undefined;
  const node: PromqlNode | null = parsePromql(text.slice(0, at)).resolveInner(at, -1);
  if (node?.name !== 'Identifier' || node.parent?.name !== 'VectorSelector') return undefined;
  const name = text.slice(node.from, node.to);
  return {from: node.from, to: node.to, message: `${quoted(name)} is not a PromQL function`};
}
