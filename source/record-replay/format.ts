// The snapshot file format (docs/snapshot-format.md): what `--record` writes and `--replay` reads.
// A file is gzip-compressed JSON Lines: a header line, then one line per answered request. These
// types are the current version; older versions are upgraded on load (migrate.ts).
import type {HttpErrorKind} from '../http/types.js';

export const snapshotFormat = 'nova-top-snapshot';
export const currentSnapshotVersion = 2;

/**
 * `alertmanager` is the first AlertManager given, `alertmanager#2` the second, and so on
 * (version 2; a version-1 file holds `prometheus` and at most `alertmanager`).
 */
export type SourceName = 'prometheus' | 'alertmanager' | `alertmanager#${number}`;

/** The source name of the AlertManager at `index` (0-based) in the order given. */
export const alertmanagerSource = (index: number): SourceName =>
  index === 0 ? 'alertmanager' : `alertmanager#${index + 1}`;

/** Whether `name` is a source name: `prometheus`, `alertmanager`, `alertmanager#2` and up. */
export const isSourceName = (name: unknown): name is SourceName =>
  typeof name === 'string' &&
  /^(prometheus|alertmanager|alertmanager#([2-9]|[1-9]\d+))$/.test(name);

export type SnapshotSource = {
  readonly name: SourceName;
  /** Base URL without userinfo, query or fragment. */
  readonly url: string;
};

/**
 * What the recording nova-top was showing: `dashboard` (id), `rangeSeconds`, `refreshMs`, and
 * `scrapeIntervalSeconds` (since the scrape interval sized `$__rate_interval`; absent in older
 * files, which were recorded with the default 15 s). Readers ignore keys they do not know.
 */
export type SnapshotOptions = Readonly<Record<string, string | number | boolean>>;

/** The scrape interval option's limits, as `--scrape-interval` takes them. */
export const scrapeIntervalOption = {key: 'scrapeIntervalSeconds', min: 1, max: 600} as const;

export type SnapshotHeader = {
  readonly format: typeof snapshotFormat;
  readonly version: number;
  /** ISO 8601 time the recording started (wall clock, for people). */
  readonly createdAt: string;
  /** Version of the nova-top that wrote the file. */
  readonly novaTop: string;
  readonly sources: readonly SnapshotSource[];
  readonly options: SnapshotOptions;
};

export type RecordedRequest = {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  /** The query parameters exactly as sent (query, start, end, step, time, ...). */
  readonly query?: Readonly<Record<string, string | number>>;
  readonly body?: unknown;
};

export type RecordedResponse = {
  readonly status: number;
  readonly data: unknown;
  readonly bytes: number;
};

export type RecordedError = {
  readonly kind: HttpErrorKind;
  /** Already free of credentials (HttpError's promise), scrubbed again on write. */
  readonly message: string;
  readonly status?: number;
  /** Prometheus' errorType, when the error carried one. */
  readonly errorType?: string;
  /** The body of a non-2xx answer, so that clients can read the server's own error. */
  readonly body?: unknown;
};

type EntryBase = {
  /** Clock time (ms) the request was sent. */
  readonly t: number;
  /** How long the answer took (ms). */
  readonly durationMs: number;
  readonly source: SourceName;
  readonly request: RecordedRequest;
};

export type SnapshotEntry =
  | (EntryBase & {readonly response: RecordedResponse})
  | (EntryBase & {readonly error: RecordedError});

export type Snapshot = {
  readonly header: SnapshotHeader;
  /** Sorted by `t`. */
  readonly entries: readonly SnapshotEntry[];
};

/** A snapshot file that cannot be read; `message` is one line for the user. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}
