// Reading a parsed YAML document node by node, for files people write by hand: every value is
// checked where it stands, and the first mistake stops the walk with its line and column (eemeli's
// `yaml` keeps each node's offset; a LineCounter turns it into a line and column).
import {isMap, isScalar, isSeq, type LineCounter, type Node, type Scalar} from 'yaml';
import {sanitize} from '../text/sanitize.js';

/** The first mistake in a file: where (1-based), what is wrong and what would be accepted. */
export type FileProblem = {
  readonly line: number;
  readonly column: number;
  readonly problem: string;
  readonly accepted: string;
};

/** Thrown by the walk; the parser turns it back into a FileProblem. */
export class Invalid extends Error {
  readonly problem: FileProblem;
  constructor(problem: FileProblem) {
    super(problem.problem);
    this.problem = problem;
  }
}

/** A value in the file: its node (undefined when the key is missing) and where to point at. */
export type Place = {
  readonly node: Node | null | undefined;
  /** The offset shown when the node is missing: its map's, or the key's. */
  readonly offset: number;
  readonly lines: LineCounter;
};

export function fail(place: Place, problem: string, accepted: string): never {
  const offset = place.node?.range?.[0] ?? place.offset;
  const {line, col} = place.lines.linePos(offset);
  throw new Invalid({line, column: col, problem, accepted});
}

/** A mapping's values by key; any key not in `known` is a mistake, shown where it stands. */
export function mapping(
  place: Place,
  what: string,
  known: readonly string[],
): (key: string) => Place {
  const {node, lines} = place;
  if (!isMap(node)) fail(place, `${what} is not a mapping`, `a mapping with ${known.join(', ')}`);
  const values = new Map<string, Node | null>();
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    const name = isScalar(key) ? key.value : undefined;
    const keyPlace = {node: key, offset: node.range?.[0] ?? 0, lines};
    if (typeof name !== 'string' || !known.includes(name)) {
      const shown = isScalar(key) ? JSON.stringify(String(key.value)) : 'a non-text key';
      fail(keyPlace, `unknown key ${shown} in ${what}`, known.join(', '));
    }
    values.set(name, pair.value as Node | null);
  }
  return (key) => ({node: values.get(key), offset: node.range?.[0] ?? 0, lines});
}

export const isMissing = (place: Place): boolean => place.node === undefined;

/** A list's items. */
export function list(place: Place, what: string, accepted: string): Place[] {
  const {node, lines} = place;
  if (isMissing(place)) fail(place, `${what} is missing`, accepted);
  if (!isSeq(node)) fail(place, `${what} is not a list`, accepted);
  if (node.items.length === 0) fail(place, `${what} is empty`, accepted);
  return node.items.map((item) => ({node: item as Node | null, offset: place.offset, lines}));
}

function scalar(place: Place, what: string, accepted: string): Scalar {
  if (isMissing(place)) fail(place, `${what} is missing`, accepted);
  if (!isScalar(place.node)) fail(place, `${what} is not a single value`, accepted);
  return place.node;
}

/**
 * Text people see on the terminal (titles, legends): nothing the one sanitizer would change.
 * `multiLine` lets tabs and line breaks through (a PromQL expression written as a YAML block).
 */
export function text(place: Place, what: string, accepted: string, multiLine = false): string {
  const {value} = scalar(place, what, accepted);
  if (typeof value !== 'string') fail(place, `${what} is not text`, accepted);
  if (value.trim() === '') fail(place, `${what} is empty`, accepted);
  const expected = multiLine ? value.replace(/[\t\n\r]/g, ' ') : value;
  if (sanitize(value) !== expected) {
    fail(place, `${what} holds control or invisible characters`, accepted);
  }
  return value;
}

export function number(place: Place, what: string, accepted: string): number {
  const {value} = scalar(place, what, accepted);
  if (typeof value !== 'number') fail(place, `${what} is not a number`, accepted);
  if (!Number.isFinite(value)) fail(place, `${what} is not a finite number`, accepted);
  return value;
}

export function boolean(place: Place, what: string, accepted: string): boolean {
  const {value} = scalar(place, what, accepted);
  if (typeof value !== 'boolean') fail(place, `${what} is not true or false`, accepted);
  return value;
}

/** One of `choices`, as text. */
export function choice<T extends string>(place: Place, what: string, choices: readonly T[]): T {
  const accepted = choices.join(', ');
  const value = text(place, what, accepted);
  if (!(choices as readonly string[]).includes(value)) {
    fail(place, `${what} ${JSON.stringify(value)} is not known`, accepted);
  }
  return value as T;
}

/** Calls `read` only when the key is there, for optional fields. */
export function optional<T>(place: Place, read: (place: Place) => T): T | undefined {
  return isMissing(place) ? undefined : read(place);
}
