// Replays the recorded answers in test/fixtures/backends/<backend> as a RequestFn, the way
// source/http/http.ts would hand them over: 2xx resolve, anything else rejects with the body.
import {readFileSync} from 'node:fs';
import {HttpResponseError} from '../../source/http/response-error.js';
import type {HttpRequest, RequestFn} from '../../source/http/types.js';

export type Fixture = {
  readonly request: {
    readonly path: string;
    readonly query: Readonly<Record<string, string | number>>;
  };
  readonly status: number;
  readonly body: unknown;
};

/** The backends whose real answers are recorded in test/fixtures/backends/<backend>/. */
export const backends = ['prometheus', 'victoria-metrics'] as const;
export type Backend = (typeof backends)[number];

export function loadFixture(name: string, backend: Backend = 'prometheus'): Fixture {
  const url = new URL(`../fixtures/backends/${backend}/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Fixture;
}

/** Answers every request with the fixture, and records the requests. */
export function replay(fixture: Fixture): RequestFn & {readonly requests: HttpRequest[]} {
  const requests: HttpRequest[] = [];
  const request = async (sent: HttpRequest) => {
    requests.push(sent);
    const bytes = JSON.stringify(fixture.body).length;
    if (fixture.status >= 200 && fixture.status < 300) {
      return {status: fixture.status, data: fixture.body, bytes};
    }
    throw new HttpResponseError(`HTTP ${fixture.status}`, fixture.status, fixture.body);
  };
  return Object.assign(request, {requests});
}
