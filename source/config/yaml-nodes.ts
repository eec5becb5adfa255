// Reading checked values out of eemeli/yaml's nodes, each mistake named FILE:LINE:COL: KEY.PATH.
import {isMap, isScalar, isSeq, type Node, type Pair} from 'yaml';
import {usageError, type UsageError} from './usage-error.js';

/** Where a node was written, as the message names it: `FILE:LINE:COL: key.path`. */
export type Where = (node: Node | null, keyPath: string) => string;

/** A map entry: its key, its value node (null when empty) and the pair (for the key's place). */
export type Checked = readonly [key: string, value: Node | null, pair: Pair];

/** A map's pairs as [key, value, pair], refusing keys not in `known`. */
export function mapPairs(
  node: Node | null,
  keyPath: string,
  where: Where,
  known: readonly string[],
  fallback: Node | null = node,
): Checked[] | UsageError {
  if (!isMap(node)) {
    return usageError(
      where(node ?? fallback, keyPath),
      '',
      'is not a map',
      `a map with ${known.join(', ')}`,
    );
  }
  const pairs: Checked[] = [];
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const path = keyPath === 'the file' ? key : `${keyPath}.${key}`;
    if (!known.includes(key)) {
      return usageError(
        where(keyNode, path),
        '',
        'is not a known key',
        `one of ${known.join(', ')}`,
      );
    }
    pairs.push([key, (pair.value as Node | null) ?? null, pair]);
  }
  return pairs;
}

/** A non-empty string scalar. */
export function stringValue(
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
  accepted: string,
): string | UsageError {
  const scalar = isScalar(value) ? value.value : undefined;
  if (typeof scalar === 'number' || typeof scalar === 'boolean') return String(scalar);
  if (typeof scalar === 'string' && scalar.trim() !== '') return scalar;
  const node = value ?? (pair.key as Node);
  const problem = isSeq(value) || isMap(value) ? 'is not a string' : 'needs a value';
  return usageError(where(node, keyPath), '', problem, accepted);
}
