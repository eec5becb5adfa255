// Reading a snapshot file's bytes: gunzip one member at a time, split the JSON lines, check the
// header, upgrade older versions, narrow. Every failure is one SnapshotError line naming the file. A
// file cut short by a crash while recording still loads: the complete lines before the cut are
// kept. An answer's data is not kept: it is read again from its line when a replay asks for it,
// and the line from its gzip member (member-lines.ts), so a loaded recording holds its compressed
// bytes instead of its text.
import {snapshotFormat, SnapshotError, type Snapshot} from './format.js';
import {forEachMember, MemberError, type MemberPlace} from './gzip-members.js';
import {
  createMemberLines,
  linePlace,
  maxReadAgainBytes,
  type LinePlace,
  type MemberLines,
} from './member-lines.js';
import {firstSnapshotVersion, upgrade, type SnapshotDocument} from './migrate.js';
import {Invalid, narrowEntry, narrowHeader} from './narrow.js';

export type LoadedSnapshot = {
  readonly snapshot: Snapshot;
  /** True when the file ends early (the recording was interrupted); the rest was kept. */
  readonly truncated: boolean;
};

export const notGzip = 'not a nova-top snapshot (not gzip-compressed)';

const mebibyte = 1024 * 1024;
/** Larger unpacked contents are refused as they are read (the demo unpacks to about 9 MiB). */
export const maxSnapshotTextBytes = 256 * mebibyte;

export const mib = (bytes: number): string => `${Math.ceil(bytes / mebibyte)} MiB`;

export function parseSnapshot(
  bytes: Uint8Array,
  name: string,
  limitBytes: number = maxSnapshotTextBytes,
): LoadedSnapshot {
  const fail: Fail = failer(name);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) fail(notGzip);
  const reader = createLineReader(fail, createMemberLines(bytes));
  let truncated: boolean;
  try {
    truncated = forEachMember(bytes, limitBytes, reader.member).truncated;
  } catch (error) {
    if (!(error instanceof MemberError)) throw error;
    return fail(
      error.problem === 'limit'
        ? `unpacks to more than the limit of ${mib(limitBytes)} for a recording`
        : 'corrupt: the compressed data is damaged',
    );
  }
  return reader.finish(truncated);
}

const failer =
  (name: string): Fail =>
  (reason) => {
    throw new SnapshotError(`${name}: ${reason}`);
  };

type Fail = (reason: string) => never;

type LineReader = {
  /** The text of the next member, and its place when it can be read again. */
  member(text: string, place: MemberPlace | undefined): void;
  finish(truncated: boolean): LoadedSnapshot;
};

/** Parses each complete line as its member arrives; a line may run on into the next member. */
function createLineReader(fail: Fail, members: MemberLines): LineReader {
  let partial = '';
  let number = 0;
  let header: Record<string, unknown> | undefined;
  let version = firstSnapshotVersion;
  const entries: Record<string, unknown>[] = [];
  const strings = new Map<string, string>();
  const data = dataOnDemand(members);
  const take = (line: string, source: string | LinePlace): void => {
    number += 1;
    const value = parseLine(line, number, fail);
    if (header === undefined) {
      header = value;
      version = checkedVersion(value, fail);
    } else entries.push(withDataOnDemand(value, source, strings, data));
  };
  return {
    member: (text, place) => {
      const pieces = text.split('\n');
      // Read again later only from a whole member of modest size; otherwise the line is kept.
      const member =
        place !== undefined && text.length <= maxReadAgainBytes ? members.add(place) : undefined;
      const last = pieces.length - 1;
      for (const [index, piece] of pieces.entries()) {
        if (index === last) partial += piece;
        else if (index === 0 && partial !== '') {
          const line = partial + piece;
          partial = '';
          take(line, line);
        } else take(piece, member === undefined ? piece : linePlace(member, index));
      }
    },
    finish: (truncated) => {
      // Every line ends with a newline: what is left is the part of a line cut short.
      const cut = truncated || partial !== '';
      if (header === undefined) return fail('truncated: the file ends before its header');
      const document: SnapshotDocument = {version, header, entries};
      let current: SnapshotDocument;
      try {
        current = upgrade(document);
      } catch (error) {
        return fail(error instanceof SnapshotError ? error.message : 'the upgrade failed');
      }
      return {snapshot: narrowDocument(current, fail), truncated: cut};
    },
  };
}

function checkedVersion(header: Record<string, unknown>, fail: Fail): number {
  if (header['format'] !== snapshotFormat) fail('not a nova-top snapshot (no snapshot header)');
  const version = header['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < firstSnapshotVersion) {
    fail(`unknown snapshot version ${JSON.stringify(version)}`);
  }
  return version as number;
}

/** Where an entry's response keeps its line (not enumerable: not part of what it equals). */
const sourceLine = Symbol('line');

type LineHolder = {readonly [sourceLine]: string | LinePlace};

/** One getter and one shape for every entry's response data: read again from the line. */
const dataOnDemand = (members: MemberLines): PropertyDescriptor => ({
  enumerable: true,
  get(this: LineHolder): unknown {
    const at = this[sourceLine];
    const line = typeof at === 'string' ? at : members.line(at);
    return (JSON.parse(line) as {response: {data: unknown}}).response.data;
  },
});

/**
 * The entry with its response data read again from its line each time it is asked for, instead
 * of held: parsed, a recording's answers take several times its text in memory (the demo's 9 MB
 * of lines made about 36 MB of objects), and a replay answers only a few of them at a time.
 * Strings of the requests repeat from one poll to the next and are kept once (`strings`).
 */
function withDataOnDemand(
  entry: Record<string, unknown>,
  line: string | LinePlace,
  strings: Map<string, string>,
  data: PropertyDescriptor,
): Record<string, unknown> {
  internRequest(entry['request'], strings);
  const response = entry['response'];
  if (typeof response !== 'object' || response === null || !('data' in response)) return entry;
  const {status, bytes} = response as Record<string, unknown>;
  const lazy = Object.defineProperty({status, bytes}, sourceLine, {value: line});
  return {...entry, response: Object.defineProperty(lazy, 'data', data)};
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
