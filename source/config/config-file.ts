// The config file (docs/config.md): YAML text to named contexts, or one line naming FILE:LINE:COL.
// Pure: the caller reads the file (read-file.ts). eemeli/yaml keeps each node's offset, so a
// mistake is named where it was written; values are checked here as far as they can be without
// reading another file (durations and files are checked by flags.ts, and named at their line).
import {isMap, isScalar, LineCounter, parseDocument, type Node, type Pair} from 'yaml';
import {usageError, type UsageError} from './usage-error.js';
import {contextKeys, type ContextSpec} from './context-spec.js';
import {checkContext} from './context-check.js';
import {mapPairs, stringValue, type Where} from './yaml-nodes.js';

export type ConfigFile = {
  /** The file as named (for messages). */
  readonly path: string;
  readonly currentContext?: string;
  /** In the order written. */
  readonly contexts: readonly ContextSpec[];
};

const topKeys = ['current-context', 'contexts'] as const;

export function parseConfigFile(path: string, text: string): ConfigFile | UsageError {
  const lines = new LineCounter();
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
  const where: Where = (node, keyPath) => {
    const {line, col} = lines.linePos(node?.range?.[0] ?? 0);
    return `${path}:${line}:${col}: ${keyPath}`;
  };
  const [syntax] = document.errors;
  if (syntax !== undefined) {
    const {line, col} = lines.linePos(syntax.pos[0]);
    const problem = syntax.message.split('\n')[0] ?? 'is not YAML';
    const accepted = 'YAML as described in docs/config.md';
    return usageError(`${path}:${line}:${col}:`, '', `${problem.replace(/\.$/, '')}`, accepted);
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return {path, contexts: []};
  const checked = checkTop(root, where);
  return 'message' in checked ? checked : {path, ...checked};
}

function checkTop(root: Node, where: Where): Omit<ConfigFile, 'path'> | UsageError {
  const top = mapPairs(root, 'the file', where, topKeys);
  if ('message' in top) return top;
  let currentContext: string | undefined;
  let contexts: ContextSpec[] = [];
  for (const [key, value, pair] of top) {
    if (key === 'current-context') {
      const name = stringValue(value, pair, 'current-context', where, 'a context name');
      if (typeof name !== 'string') return name;
      currentContext = name;
    } else {
      const found = checkContexts(value, pair, where);
      if ('message' in found) return found;
      contexts = found;
    }
  }
  if (
    currentContext !== undefined &&
    !contexts.some((context) => context.name === currentContext)
  ) {
    const node = top.find(([key]) => key === 'current-context')?.[1] ?? null;
    const known = contexts.map((context) => context.name).join(', ') || 'none';
    return usageError(
      `${where(node, 'current-context')}`,
      currentContext,
      'is not a context',
      `one of the contexts (${known})`,
    );
  }
  return {...(currentContext === undefined ? {} : {currentContext}), contexts};
}

function checkContexts(value: Node | null, pair: Pair, where: Where): ContextSpec[] | UsageError {
  if (!isMap(value)) {
    return usageError(
      where(value ?? (pair.key as Node), 'contexts'),
      '',
      'is not a map',
      'a map of context names to contexts',
    );
  }
  const contexts: ContextSpec[] = [];
  for (const item of value.items) {
    const key = item.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    if (!/^[\w.@-]{1,64}$/.test(name)) {
      return usageError(
        where(key, 'contexts'),
        name,
        'is not a context name',
        '1 to 64 letters, digits, ".", "-", "_" or "@"',
      );
    }
    const pairs = mapPairs(item.value as Node | null, `contexts.${name}`, where, contextKeys, key);
    if ('message' in pairs) return pairs;
    const context = checkContext(name, pairs, where);
    if ('message' in context) return context;
    contexts.push(context);
  }
  return contexts;
}
