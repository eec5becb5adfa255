// Where the screens' data comes from for one run: the servers (live), the servers with every
// answer also written to a snapshot (--record), or a snapshot file and its virtual clock
// (--replay, --demo). The app and the pollers ask this for request functions and the clock, and
// do not know which of the three it is.
import {closeRequest, createRequest} from '../http/http.js';
import type {EndpointConfig} from '../config/endpoint.js';
import type {RequestFn} from '../http/types.js';
import {alertmanagerSource, type SnapshotHeader, type SnapshotOptions} from './format.js';
import {createRecorder, type Recorder} from './recorder.js';
import {createReplay} from './replay.js';
import type {ReplayClock} from './replay-clock.js';
import {NotRecordedError} from './replay-request.js';
import {endpointSecrets} from './scrub.js';
import {createSnapshotFile, loadSnapshot, type SnapshotFile} from './snapshot-file.js';

export type Endpoints = {
  readonly prometheus: EndpointConfig;
  readonly alertmanagers: readonly EndpointConfig[];
};

export type ReplayInfo = {
  readonly clock: ReplayClock;
  /** The file ends early (the recording was interrupted). */
  readonly truncated: boolean;
  readonly header: SnapshotHeader;
};

export type DataSession = {
  readonly prometheus: RequestFn;
  /** One per AlertManager: as configured, or while replaying as recorded (at least one). */
  readonly alertmanagers: readonly RequestFn[];
  /** Milliseconds since the epoch: the wall clock, or the replay's virtual clock. */
  readonly clock: () => number;
  /** Present while replaying. */
  readonly replay?: ReplayInfo;
  /**
   * Whether pollers may ask only for the newest part of a range (source/poller): not while
   * recording, so that each recorded poll answers on its own, nor while replaying.
   */
  readonly incremental: boolean;
  /** Writes what is still buffered and closes the snapshot file; safe to call twice. */
  close(): void;
};

export function liveSession(endpoints: Endpoints): DataSession {
  const prometheus = createRequest(endpoints.prometheus);
  const alertmanagers = endpoints.alertmanagers.map((endpoint) => createRequest(endpoint));
  return {
    prometheus,
    alertmanagers,
    clock: Date.now,
    incremental: true,
    // Lets go of the kept-alive sockets: a context switched away from asks nothing more.
    close: () => [prometheus, ...alertmanagers].forEach(closeRequest),
  };
}

export type RecordOptions = {
  readonly file: string;
  readonly novaTop: string;
  /** What is on screen: dashboard, rangeSeconds, refreshMs. */
  readonly options: SnapshotOptions;
  /** Told once when the file cannot be written any more; the session goes on live. */
  readonly onError?: (message: string) => void;
};

/** Live, and every answer of Prometheus and of each AlertManager goes to the file too. */
export function recordingSession(endpoints: Endpoints, record: RecordOptions): DataSession {
  const file: SnapshotFile = createSnapshotFile(record.file);
  const recorder: Recorder = createRecorder({
    novaTop: record.novaTop,
    sources: [
      {name: 'prometheus', url: endpoints.prometheus.url},
      ...endpoints.alertmanagers.map((endpoint, index) => ({
        name: alertmanagerSource(index),
        url: endpoint.url,
      })),
    ],
    options: record.options,
    clock: Date.now,
    // Every endpoint's secrets, not only those of the sources written: a server may echo any.
    secrets: [endpoints.prometheus, ...endpoints.alertmanagers].flatMap(endpointSecrets),
    write: file.write,
    ...(record.onError === undefined ? {} : {onError: record.onError}),
  });
  let closed = false;
  return {
    prometheus: recorder.wrap('prometheus', createRequest(endpoints.prometheus)),
    alertmanagers: endpoints.alertmanagers.map((endpoint, index) =>
      recorder.wrap(alertmanagerSource(index), createRequest(endpoint)),
    ),
    clock: Date.now,
    incremental: false,
    close: () => {
      if (closed) return;
      closed = true;
      recorder.close();
      file.close();
    },
  };
}

/** Answers nothing: a source the snapshot does not hold. */
export const notRecorded: RequestFn = async () => {
  throw new NotRecordedError();
};

/**
 * The AlertManagers a snapshot recorded, in the order they were given, as endpoints without
 * credentials (a replay asks none of them: their URLs name them on screen).
 */
export function recordedAlertmanagers(header: SnapshotHeader): readonly EndpointConfig[] {
  return header.sources
    .filter((source) => source.name !== 'prometheus')
    .map((source) => ({url: source.url, headers: [], timeoutMs: 10_000}));
}

/**
 * From a snapshot file, no network; throws SnapshotError (one line) when it cannot be read. There
 * is one AlertManager per recorded one, and at least one (it answers "not recorded" when the
 * recording had none): the recording decides, whatever the command line configured.
 */
export async function replaySession(
  file: string,
  realClock: () => number = Date.now,
): Promise<DataSession> {
  const {snapshot, truncated} = await loadSnapshot(file);
  const replay = createReplay(snapshot, realClock);
  const recorded = new Set(snapshot.header.sources.map((source) => source.name));
  const count = Math.max(1, recordedAlertmanagers(snapshot.header).length);
  return {
    prometheus: replay.request('prometheus'),
    alertmanagers: Array.from({length: count}, (_, index) => {
      const name = alertmanagerSource(index);
      return recorded.has(name) ? replay.request(name) : notRecorded;
    }),
    clock: replay.clock.now,
    replay: {clock: replay.clock, truncated, header: snapshot.header},
    incremental: false,
    close: () => {},
  };
}
