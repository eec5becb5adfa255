// Reading a snapshot file's bytes: gunzip (every member), split the JSON lines, check the header,
// upgrade older versions, narrow. Every failure is one SnapshotError line naming the file. A file
// cut short by a crash while recording still loads: the complete lines before the cut are kept.
import {constants, gunzipSync} from 'node:zlib';
import {snapshotFormat, SnapshotError, type Snapshot} from './format.js';
import {firstSnapshotVersion, upgrade, type SnapshotDocument} from './migrate.js';
import {Invalid, narrowEntry, narrowHeader} from './narrow.js';

export type LoadedSnapshot = {
  readonly snapshot: Snapshot;
  /** True when the file ends early (the recording was interrupted); the rest was kept. */
  readonly truncated: boolean;
};

export const notGzip = 'not a nova-top snapshot (not gzip-compressed)';

export function parseSnapshot(bytes: Uint8Array, name: string): LoadedSnapshot {
  const fail: Fail = failer(name);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) fail(notGzip);
  const {text, truncated} = gunzip(bytes, fail);
  const lines = text.split('\n');
  // Every line ends with a newline; after a cut, the last line is partial.
  if (truncated || lines.at(-1) === '') lines.pop();
  return parseSnapshotLines(lines, truncated, name);
}

const failer =
  (name: string): Fail =>
  (reason) => {
    throw new SnapshotError(`${name}: ${reason}`);
  };

/** The snapshot in its complete lines (without their newlines), read whole or as a stream. */
export function parseSnapshotLines(
  lines: readonly string[],
  truncated: boolean,
  name: string,
): LoadedSnapshot {
  const fail: Fail = failer(name);
  const [headerLine, ...entryLines] = lines;
  if (headerLine === undefined) fail('truncated: the file ends before its header');
  const header = parseLine(headerLine, 1, fail);
  if (header['format'] !== snapshotFormat) fail('not a nova-top snapshot (no snapshot header)');
  const version = header['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < firstSnapshotVersion) {
    fail(`unknown snapshot version ${JSON.stringify(version)}`);
  }
  const strings = new Map<string, string>();
  const document: SnapshotDocument = {
    version,
    header,
    entries: entryLines.map((line, index) =>
      withDataOnDemand(parseLine(line, index + 2, fail), line, strings),
    ),
  };
  let current: SnapshotDocument;
  try {
    current = upgrade(document);
  } catch (error) {
    return fail(error instanceof SnapshotError ? error.message : 'the upgrade failed');
  }
  return {snapshot: narrowDocument(current, fail), truncated};
}

type Fail = (reason: string) => never;

/** Where an entry's response keeps its line (not enumerable: not part of what it equals). */
const sourceLine = Symbol('line');

/** One getter and one shape for every entry's response data: read again from the line. */
const dataOnDemand: PropertyDescriptor = {
  enumerable: true,
  get(this: {readonly [sourceLine]: string}): unknown {
    return (JSON.parse(this[sourceLine]) as {response: {data: unknown}}).response.data;
  },
};

/**
 * The entry with its response data read again from its line each time it is asked for, instead
 * of held: parsed, a recording's answers take several times its text in memory (the demo's 9 MB
 * of lines made about 36 MB of objects), and a replay answers only a few of them at a time.
 * Strings of the requests repeat from one poll to the next and are kept once (`strings`).
 */
function withDataOnDemand(
  entry: Record<string, unknown>,
  line: string,
  strings: Map<string, string>,
): Record<string, unknown> {
  internRequest(entry['request'], strings);
  const response = entry['response'];
  if (typeof response !== 'object' || response === null || !('data' in response)) return entry;
  const {status, bytes} = response as Record<string, unknown>;
  const lazy = Object.defineProperty({status, bytes}, sourceLine, {value: line});
  return {...entry, response: Object.defineProperty(lazy, 'data', dataOnDemand)};
}

function internRequest(request: unknown, strings: Map<string, string>): void {
  const intern = (text: unknown): unknown => {
    if (typeof text !== 'string') return text;
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  if (typeof request !== 'object' || request === null) return;
  const fields = request as Record<string, unknown>;
  fields['path'] = intern(fields['path']);
  const query = fields['query'];
  if (typeof query !== 'object' || query === null) return;
  for (const [name, value] of Object.entries(query)) {
    (query as Record<string, unknown>)[name] = intern(value);
  }
}

function gunzip(bytes: Uint8Array, fail: Fail): {text: string; truncated: boolean} {
  try {
    return {text: gunzipSync(bytes).toString('utf8'), truncated: false};
  } catch (error) {
    const code = (error as {code?: unknown}).code;
    if (code !== 'Z_BUF_ERROR') return fail('corrupt: the compressed data is damaged');
  }
  // Cut short: decompress what is there.
  const partial = gunzipSync(bytes, {finishFlush: constants.Z_SYNC_FLUSH});
  return {text: partial.toString('utf8'), truncated: true};
}

function parseLine(line: string, number: number, fail: Fail): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return fail(`corrupt: line ${number} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`corrupt: line ${number} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

function narrowDocument(document: SnapshotDocument, fail: Fail): Snapshot {
  let line = 1;
  try {
    const header = narrowHeader(document.header);
    const entries = document.entries.map((entry, index) => {
      line = index + 2;
      return narrowEntry(entry);
    });
    // Answers are written as they arrive; replay wants them in the order they were asked.
    return {header, entries: entries.sort((a, b) => a.t - b.t)};
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return fail(`line ${line} is not valid: ${error.message}`);
  }
}
