// Helpers for snapshot tests: a recorder writing to memory, and a RequestFn answering with the
// recorded Prometheus fixtures (test/fixtures/backends/prometheus) the way source/http would.
import {HttpResponseError} from '../../source/http/response-error.js';
import type {HttpRequest, RequestFn} from '../../source/http/types.js';
import {parseSnapshot} from '../../source/record-replay/decode.js';
import type {Snapshot} from '../../source/record-replay/format.js';
import {
  createRecorder,
  type Recorder,
  type RecorderOptions,
} from '../../source/record-replay/recorder.js';

export const startMs = 1_764_219_600_000;

export type MemoryRecording = {
  readonly recorder: Recorder;
  readonly chunks: Buffer[];
  bytes(): Buffer;
  snapshot(): Snapshot;
};

export function recordToMemory(overrides: Partial<RecorderOptions> = {}): MemoryRecording {
  const chunks: Buffer[] = [];
  const recorder = createRecorder({
    novaTop: '0.1.0',
    sources: [{name: 'prometheus', url: 'http://127.0.0.1:9090'}],
    options: {rangeSeconds: 3600, refreshMs: 15_000, dashboard: 'overview'},
    clock: () => startMs,
    secrets: [],
    write: (chunk) => chunks.push(Buffer.from(chunk)),
    ...overrides,
  });
  const bytes = () => Buffer.concat(chunks);
  return {recorder, chunks, bytes, snapshot: () => parseSnapshot(bytes(), 'memory').snapshot};
}

/** Answers 2xx bodies, and rejects other statuses with the body, as http.ts does. */
export function answering(
  answer: (request: HttpRequest) => {readonly status: number; readonly body: unknown},
): RequestFn {
  return async (request) => {
    const {status, body} = answer(request);
    const bytes = JSON.stringify(body).length;
    if (status >= 200 && status < 300) return {status, data: body, bytes};
    throw new HttpResponseError(`HTTP ${status} from 127.0.0.1:9090`, status, body);
  };
}
