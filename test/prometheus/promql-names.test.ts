import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parsePromql} from '../../source/prometheus/promql-tree.js';
import {
  aggregationNames,
  functionNames,
  rangeArgumentIndex,
} from '../../source/prometheus/promql-names.js';

/** The grammar's own list: every `condFn<"name">`, less the two that work on durations only. */
function grammarFunctionNames(): string[] {
  const entry = createRequire(import.meta.url).resolve('@prometheus-io/lezer-promql');
  const grammar = readFileSync(path.join(entry, '../../src/promql.grammar'), 'utf8');
  const names = [...grammar.matchAll(/condFn<"(\w+)">/g)].map((match) => match[1]!);
  return [...new Set(names)].filter((name) => name !== 'min_of' && name !== 'max_of').sort();
}

const shape = (query: string): string => {
  const names: string[] = [];
  parsePromql(query).iterate({
    enter: (node) => void names.push(node.type.isError ? '⚠' : node.name),
  });
  return names.slice(0, 3).join(' ');
};

describe('the PromQL names', () => {
  it('are the functions the grammar knows, no more, no fewer', () => {
    expect([...functionNames].sort()).toEqual(grammarFunctionNames());
  });

  it.each(functionNames)('%s(x) parses as a function call', (name) => {
    expect(shape(`${name}(x)`)).toBe('PromQL FunctionCall FunctionIdentifier');
  });

  it.each(aggregationNames)('%s(x) parses as an aggregation', (name) => {
    expect(shape(`${name}(x)`)).toBe('PromQL AggregateExpr AggregateOp');
  });

  it('name range-vector functions the grammar knows', () => {
    for (const name of rangeArgumentIndex.keys()) expect(functionNames).toContain(name);
  });
});
