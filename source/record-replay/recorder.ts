// Recording at the request-function seam: `wrap` returns a RequestFn that answers exactly like
// the one it wraps and appends what was asked and answered to the snapshot, scrubbed of secrets,
// through the member writer (flushed shortly after each answer).
import {HttpResponseError} from '../http/response-error.js';
import {HttpError, type HttpRequest, type RequestFn} from '../http/types.js';
import {
  currentSnapshotVersion,
  snapshotFormat,
  type RecordedError,
  type RecordedRequest,
  type SnapshotEntry,
  type SnapshotHeader,
  type SnapshotOptions,
  type SnapshotSource,
  type SourceName,
} from './format.js';
import {createMemberWriter} from './member-writer.js';
import {createScrubber, publicUrl} from './scrub.js';

export type RecorderOptions = {
  readonly novaTop: string;
  /** URLs may be given as configured: userinfo, query and fragment are removed. */
  readonly sources: readonly SnapshotSource[];
  readonly options: SnapshotOptions;
  /** Milliseconds since the epoch: entry times, and the header's createdAt. */
  readonly clock: () => number;
  /** Bearer token, passwords, header values: never written, even when a server echoes them. */
  readonly secrets: readonly string[];
  /** Appends bytes to the file (see snapshot-file.ts). */
  readonly write: (chunk: Uint8Array) => void;
  /** Delay between an answer and the write that includes it (default 1000 ms). */
  readonly flushDelayMs?: number;
  /** Called once when writing fails; recording stops, the wrapped requests go on. */
  readonly onError?: (message: string) => void;
};

export type RecorderStats = {
  readonly recorded: number;
  /** Entries not written because they carried a secret. */
  readonly refused: number;
};

export type Recorder = {
  wrap(source: SourceName, request: RequestFn): RequestFn;
  /** Writes what is buffered now. */
  flush(): void;
  /** Flushes and stops recording. */
  close(): void;
  stats(): RecorderStats;
};

export function createRecorder(options: RecorderOptions): Recorder {
  const {clock} = options;
  const scrubber = createScrubber(options.secrets);
  const writer = createMemberWriter({
    write: options.write,
    flushDelayMs: options.flushDelayMs ?? 1000,
    onError: options.onError,
  });
  let recorded = 0;
  let refused = 0;
  const append = (value: object): boolean => {
    const line = scrubber.scrub(JSON.stringify(value));
    if (line !== undefined) writer.push(line);
    return line !== undefined;
  };
  const record = (entry: SnapshotEntry): void => {
    if (writer.stopped()) return;
    const written = !scrubber.carriesSecret(JSON.stringify(entry.request)) && append(entry);
    if (written) recorded++;
    else refused++;
  };

  append(headerOf(options));
  writer.flush();
  return {
    wrap: (source, request) => async (sent) => {
      const t = clock();
      const base = {t, source, request: recordedRequest(sent)};
      const took = () => ({durationMs: clock() - t});
      try {
        const response = await request(sent);
        const {status, data, bytes} = response;
        record({...base, ...took(), response: {status, data, bytes}});
        return response;
      } catch (error) {
        const failure = recordedError(error);
        if (failure !== undefined) record({...base, ...took(), error: failure});
        throw error;
      }
    },
    flush: writer.flush,
    close: writer.close,
    stats: () => ({recorded, refused}),
  };
}

function headerOf(options: RecorderOptions): SnapshotHeader {
  return {
    format: snapshotFormat,
    version: currentSnapshotVersion,
    createdAt: new Date(options.clock()).toISOString(),
    novaTop: options.novaTop,
    sources: options.sources.map(({name, url}) => ({name, url: publicUrl(url)})),
    options: options.options,
  };
}

/** The request without its abort signal (and never with headers: a RequestFn has none). */
function recordedRequest(sent: HttpRequest): RecordedRequest {
  return {
    method: sent.method,
    path: sent.path,
    ...(sent.query === undefined ? {} : {query: sent.query}),
    ...(sent.body === undefined ? {} : {body: sent.body}),
  };
}

/** Aborts are the poller changing its mind, not something the screen showed: not recorded. */
function recordedError(error: unknown): RecordedError | undefined {
  if (!(error instanceof HttpError) || error.kind === 'aborted') return undefined;
  return {
    kind: error.kind,
    message: error.message,
    ...(error.status === undefined ? {} : {status: error.status}),
    ...(error.errorType === undefined ? {} : {errorType: error.errorType}),
    ...(error instanceof HttpResponseError && error.body !== undefined ? {body: error.body} : {}),
  };
}
