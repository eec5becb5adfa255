// Recorded AlertManager 0.25 / Prometheus 2.42 payloads (see test/fixtures/alertmanager/README.md)
// and a request function that answers from them, so the clients' narrowing runs on real responses.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {HttpRequest, RequestFn} from '../../source/http/types.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/alertmanager');

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(folder, `${name}.json`), 'utf8')) as unknown;
}

export type RecordedError = {readonly status: number; readonly body: unknown};

export function recordedError(name: string): RecordedError {
  return (fixture('errors') as Record<string, RecordedError>)[name] as RecordedError;
}

/** Answers `METHOD path` from the given payloads; every request is kept in `requests`. */
export function replay(routes: Readonly<Record<string, unknown>>): {
  readonly request: RequestFn;
  readonly requests: HttpRequest[];
} {
  const requests: HttpRequest[] = [];
  const request: RequestFn = async (sent) => {
    requests.push(sent);
    const route = `${sent.method} ${sent.path}`;
    if (!(route in routes)) throw new Error(`no recorded answer for ${route}`);
    const answer = routes[route];
    if (answer instanceof Error) throw answer;
    return {status: 200, data: answer, bytes: 0};
  };
  return {request, requests};
}

/** Epoch ms of an RFC 3339 time, as the narrowed domain types carry it. */
export const ms = (text: string): number => Date.parse(text);
