// One context of the config file, checked key by key: every mistake is one line naming where it
// was written. A secret written inline is refused (without echoing it) with where it belongs.
import {isScalar, isSeq, type Node, type Pair} from 'yaml';
import {parsePrometheusUrl} from './endpoint.js';
import {usageError, type UsageError} from './usage-error.js';
import {authKeys, inlineSecretKeys, type ContextSpec, type SecretSource} from './context-spec.js';
import {mapPairs, stringValue, type Checked, type Where} from './yaml-nodes.js';

type Fields = {-readonly [K in keyof ContextSpec]?: ContextSpec[K]};
type Places = Record<string, string>;

const fileAccepted = 'a file name';
const secretAccepted = '{file: FILE} or {env: NAME}';
const headerName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isError = (value: unknown): value is UsageError =>
  typeof value === 'object' && value !== null && 'accepted' in value && 'message' in value;

export function checkContext(
  name: string,
  pairs: readonly Checked[],
  where: Where,
): ContextSpec | UsageError {
  const path = `contexts.${name}`;
  const fields: Fields = {headers: [], dashboards: []};
  const places: Places = {};
  for (const [key, value, pair] of pairs) {
    const keyPath = `${path}.${key}`;
    const problem = checkKey(key, value, pair, keyPath, where, fields, places);
    if (problem !== undefined) return problem;
  }
  if (fields.prometheus === undefined) {
    const node = (pairs[0]?.[2].key as Node | undefined) ?? null;
    return usageError(
      where(node, path),
      '',
      'has no prometheus',
      'prometheus: URL in every context',
    );
  }
  return {...(fields as ContextSpec), name, places};
}

function checkKey(
  key: string,
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
  fields: Fields,
  places: Places,
): UsageError | undefined {
  const place = where(value ?? (pair.key as Node), keyPath);
  switch (key) {
    case 'prometheus': {
      const url = checkUrl(value, pair, keyPath, where);
      if (isError(url)) return url;
      fields.prometheus = url;
      places['--prometheus'] = place;
      return undefined;
    }
    case 'alertmanagers': {
      const urls = list(value, pair, keyPath, where, (item, at) => checkUrl(item, pair, at, where));
      if (isError(urls)) return urls;
      fields.alertmanagers = urls;
      places['--alertmanager'] = place;
      return undefined;
    }
    case 'dashboards': {
      const files = list(value, pair, keyPath, where, (item, at) =>
        stringValue(item, pair, at, where, fileAccepted),
      );
      if (isError(files)) return files;
      fields.dashboards = files;
      return undefined;
    }
    case 'auth':
      return checkAuth(value, pair, keyPath, where, fields, places);
    default: {
      const text = stringValue(value, pair, keyPath, where, 'a duration like 15s, 1m or 1h30m');
      if (isError(text)) return text;
      const flag = key === 'refresh' ? '--refresh' : '--scrape-interval';
      if (key === 'refresh') fields.refresh = text;
      else fields.scrapeInterval = text;
      places[flag] = place;
      return undefined;
    }
  }
}

function checkUrl(
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
): string | UsageError {
  const text = stringValue(value, pair, keyPath, where, 'an http or https URL');
  if (isError(text)) return text;
  const place = where(value, keyPath);
  const parsed = parsePrometheusUrl(text, place);
  if (isError(parsed)) return parsed;
  if (parsed.basicAuth !== undefined) {
    return usageError(
      place,
      '',
      'holds credentials inline',
      'a URL without user:password@ and auth.basic-auth: {file: FILE} or {env: NAME}',
    );
  }
  return parsed.url;
}

function list<T>(
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
  item: (node: Node | null, keyPath: string) => T | UsageError,
): T[] | UsageError {
  if (!isSeq(value)) {
    return usageError(
      where(value ?? (pair.key as Node), keyPath),
      '',
      'is not a list',
      'a list, one item per line starting with "- "',
    );
  }
  const items: T[] = [];
  for (const [index, node] of value.items.entries()) {
    const checked = item(node as Node | null, `${keyPath}[${index}]`);
    if (isError(checked)) return checked;
    items.push(checked);
  }
  return items;
}

function checkAuth(
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
  fields: Fields,
  places: Places,
): UsageError | undefined {
  const inline = inlineSecret(value, keyPath, where);
  if (inline !== undefined) return inline;
  const pairs = mapPairs(value, keyPath, where, authKeys, pair.key as Node);
  if (isError(pairs)) return pairs;
  for (const [key, node, inner] of pairs) {
    const at = `${keyPath}.${key}`;
    const place = where(node ?? (inner.key as Node), at);
    if (key === 'bearer-token-file' || key === 'ca-file') {
      const file = stringValue(node, inner, at, where, fileAccepted);
      if (isError(file)) return file;
      if (key === 'ca-file') fields.caFile = file;
      else fields.bearerTokenFile = file;
      places[key === 'ca-file' ? '--ca-file' : '--bearer-token-file'] = place;
    } else if (key === 'basic-auth') {
      const source = secretSource(node, inner, at, where, 'holds user:password');
      if (isError(source)) return source;
      fields.basicAuth = source;
      places['NOVA_TOP_BASIC_AUTH'] = place;
    } else {
      const headers = checkHeaders(node, inner, at, where);
      if (isError(headers)) return headers;
      fields.headers = headers;
      places['--header'] = place;
    }
  }
  return undefined;
}

/** `auth.bearer-token: ...` and its like: the value is never shown. */
function inlineSecret(value: Node | null, keyPath: string, where: Where): UsageError | undefined {
  if (value === null || !('items' in value) || isSeq(value)) return undefined;
  for (const item of value.items as Pair[]) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const instead = inlineSecretKeys[key];
    if (instead !== undefined) {
      const node = item.key as Node;
      return usageError(
        where(node, `${keyPath}.${key}`),
        '',
        'is a secret written inline',
        instead,
      );
    }
  }
  return undefined;
}

function checkHeaders(
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
): ContextSpec['headers'] | UsageError {
  if (value === null || isScalar(value) || isSeq(value)) {
    return usageError(
      where(value ?? (pair.key as Node), keyPath),
      '',
      'is not a map',
      `a map of header names to ${secretAccepted}`,
    );
  }
  const headers: (readonly [string, SecretSource])[] = [];
  for (const item of (value as {items: Pair[]}).items) {
    const name = isScalar(item.key) ? String(item.key.value) : '';
    const at = `${keyPath}.${name}`;
    if (!headerName.test(name)) {
      return usageError(
        where(item.key as Node, at),
        '',
        'is not a header name',
        "letters, digits and !#$%&'*+-.^_`|~",
      );
    }
    const source = secretSource(item.value as Node | null, item, at, where, 'holds the value');
    if (isError(source)) return source;
    headers.push([name, source]);
  }
  return headers;
}

function secretSource(
  value: Node | null,
  pair: Pair,
  keyPath: string,
  where: Where,
  holds: string,
): SecretSource | UsageError {
  if (isScalar(value) && value.value !== null) {
    return usageError(
      where(value, keyPath),
      '',
      'is a secret written inline',
      `${secretAccepted} whose content ${holds}`,
    );
  }
  const pairs = mapPairs(value, keyPath, where, ['file', 'env'], pair.key as Node);
  if (isError(pairs)) return pairs;
  const [first, second] = pairs;
  if (first === undefined || second !== undefined) {
    const node = second?.[2].key ?? value;
    return usageError(where(node as Node, keyPath), '', 'needs one of file or env', secretAccepted);
  }
  const [key, node, inner] = first;
  const at = `${keyPath}.${key}`;
  const text = stringValue(
    node,
    inner,
    at,
    where,
    key === 'file' ? fileAccepted : 'an environment variable name',
  );
  if (isError(text)) return text;
  if (key === 'file') return {file: text};
  if (!envName.test(text)) {
    return usageError(
      where(node, at),
      text,
      'is not an environment variable name',
      'letters, digits and _',
    );
  }
  return {env: text};
}
