// A RequestFn that answers each metadata request with the recorded completion fixture of the
// same path and `match[]` (test/fixtures/backends/<backend>/completion-*.json), and counts what
// it was asked.
import {HttpResponseError} from '../../source/http/response-error.js';
import type {HttpRequest, RequestFn} from '../../source/http/types.js';
import {loadFixture, type Backend, type Fixture} from './replay.js';

const names = [
  'completion-metric-names',
  'completion-label-names',
  'completion-label-names-of-metric',
  'completion-label-values-of-metric',
  'completion-label-values-unknown-metric',
  'completion-bad-match',
] as const;

const keyOf = (path: string, query: Readonly<Record<string, string | number>> | undefined) =>
  `${path} ${String(query?.['match[]'] ?? '')}`;

export function completionServer(backend: Backend): RequestFn & {readonly requests: HttpRequest[]} {
  const fixtures = new Map<string, Fixture>();
  for (const name of names) {
    const fixture = loadFixture(name, backend);
    fixtures.set(keyOf(fixture.request.path, fixture.request.query), fixture);
  }
  const requests: HttpRequest[] = [];
  const request = async (sent: HttpRequest) => {
    requests.push(sent);
    const fixture = fixtures.get(keyOf(sent.path, sent.query));
    if (fixture === undefined) throw new Error(`no fixture for ${keyOf(sent.path, sent.query)}`);
    if (fixture.status < 300) return {status: fixture.status, data: fixture.body, bytes: 1};
    throw new HttpResponseError(`HTTP ${fixture.status}`, fixture.status, fixture.body);
  };
  return Object.assign(request, {requests});
}
