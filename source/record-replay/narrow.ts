// Narrowing a current-version document into typed data, once, on load. Each failure names what
// is wrong so that the load error can say which line of the file is bad.
import type {HttpErrorKind} from '../http/types.js';
import {
  isSourceName,
  scrapeIntervalOption,
  snapshotFormat,
  type RecordedError,
  type RecordedRequest,
  type RecordedResponse,
  type SnapshotEntry,
  type SnapshotHeader,
  type SnapshotSource,
  type SourceName,
} from './format.js';

type Fields = Readonly<Record<string, unknown>>;

const methods: readonly RecordedRequest['method'][] = ['GET', 'POST', 'DELETE'];
const errorKinds: readonly HttpErrorKind[] = [
  'unreachable',
  'timeout',
  'aborted',
  'http',
  'prometheus',
  'alertmanager',
  'malformed',
];

/** The reason a value is not what it should be. */
export class Invalid extends Error {}

const record = (value: unknown, what: string): Fields => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid(`${what} is not an object`);
  }
  return value as Fields;
};
const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new Invalid(`${what} is not a string`);
  return value;
};
const finite = (value: unknown, what: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Invalid(`${what} is not a number`);
  return value;
};
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], what: string): T => {
  if (!allowed.includes(value as T)) throw new Invalid(`${what} is ${JSON.stringify(value)}`);
  return value as T;
};
const sourceName = (value: unknown, what: string): SourceName => {
  if (!isSourceName(value)) throw new Invalid(`${what} is ${JSON.stringify(value)}`);
  return value;
};
const optional = <K extends string, T>(key: K, value: T | undefined): {[P in K]?: T} =>
  (value === undefined ? {} : {[key]: value}) as {[P in K]?: T};

export function narrowHeader(fields: Fields): SnapshotHeader {
  const sources = fields['sources'];
  if (!Array.isArray(sources)) throw new Invalid('sources is not a list');
  const options = record(fields['options'], 'options');
  for (const [key, value] of Object.entries(options)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new Invalid(`option ${key} is not a string, number or boolean`);
    }
  }
  checkScrapeInterval(options[scrapeIntervalOption.key]);
  return {
    format: snapshotFormat,
    version: finite(fields['version'], 'version'),
    createdAt: text(fields['createdAt'], 'createdAt'),
    novaTop: text(fields['novaTop'], 'novaTop'),
    sources: sources.map((value): SnapshotSource => {
      const source = record(value, 'a source');
      const name = sourceName(source['name'], 'a source name');
      return {name, url: text(source['url'], 'a source url')};
    }),
    options: options as SnapshotHeader['options'],
  };
}

/** A wrong scrape interval would replay other expressions than were recorded: refused. */
function checkScrapeInterval(value: unknown): void {
  const {key, min, max} = scrapeIntervalOption;
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Invalid(`option ${key} is ${JSON.stringify(value)}, not ${min} to ${max} seconds`);
  }
}

export function narrowEntry(value: unknown): SnapshotEntry {
  const fields = record(value, 'the entry');
  const t = finite(fields['t'], 't');
  const durationMs = finite(fields['durationMs'], 'durationMs');
  const source = sourceName(fields['source'], 'source');
  const request = narrowRequest(record(fields['request'], 'request'));
  // Written out, not spread from one base object: V8 gives each copy of an object with a
  // fractional or large number field (`t`) a shape of its own, and a replay holds every entry
  // (the demo's 7,600 shapes were about 1 MB).
  if (fields['response'] !== undefined) {
    const response = narrowResponse(record(fields['response'], 'response'));
    return {t, durationMs, source, request, response};
  }
  return {t, durationMs, source, request, error: narrowError(record(fields['error'], 'error'))};
}

function narrowRequest(fields: Fields): RecordedRequest {
  const query = fields['query'] === undefined ? undefined : record(fields['query'], 'query');
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value !== 'string') finite(value, `query parameter ${key}`);
  }
  return {
    method: oneOf(fields['method'], methods, 'method'),
    path: text(fields['path'], 'path'),
    ...optional('query', query as RecordedRequest['query']),
    ...optional('body', fields['body']),
  };
}

function narrowResponse(fields: Fields): RecordedResponse {
  const status = finite(fields['status'], 'status');
  const bytes = finite(fields['bytes'], 'bytes');
  // Data read on demand (decode.ts) stays on demand, unread: that response holds only these.
  if (Object.getOwnPropertyDescriptor(fields, 'data')?.get !== undefined) {
    return fields as RecordedResponse;
  }
  return {status, data: fields['data'], bytes};
}

function narrowError(fields: Fields): RecordedError {
  const status = fields['status'];
  const errorType = fields['errorType'];
  return {
    kind: oneOf(fields['kind'], errorKinds, 'error kind'),
    message: text(fields['message'], 'error message'),
    ...optional('status', status === undefined ? undefined : finite(status, 'error status')),
    ...optional('errorType', errorType === undefined ? undefined : text(errorType, 'errorType')),
    ...optional('body', fields['body']),
  };
}
