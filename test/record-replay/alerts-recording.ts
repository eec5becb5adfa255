// A recording of the alerts screen's requests made at chosen clock times: a small HTTP server on
// 127.0.0.1 plays AlertManager and Prometheus' rules API with recorded AlertManager 0.25 /
// Prometheus payloads, and the recorder writes what it answered to a snapshot file.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {createRequest} from '../../source/http/http.js';
import type {EndpointConfig} from '../../source/config/endpoint.js';
import {createRecorder} from '../../source/record-replay/recorder.js';
import {createSnapshotFile} from '../../source/record-replay/snapshot-file.js';
import {fixture} from '../alerts/fixtures.js';

export type Routes = Readonly<Record<string, unknown>>;

/** What the recorded AlertManager and Prometheus answer, by path. */
export const recordedRoutes: Routes = {
  '/api/v2/alerts': fixture('alerts'),
  '/api/v2/silences': fixture('silences'),
  '/api/v2/alerts/groups': fixture('groups'),
  '/api/v2/status': fixture('status'),
  '/api/v1/rules': fixture('rules'),
};

export function serve(routes: Routes): Promise<Server> {
  const server = createServer((request, response) => {
    const route = (request.url ?? '').split('?')[0] ?? '';
    if (!(route in routes)) return void response.writeHead(404).end('not found');
    response.writeHead(200, {'Content-Type': 'application/json'});
    response.end(JSON.stringify(routes[route]));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const endpointOf = (server: Server): EndpointConfig => ({
  url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  headers: [],
  timeoutMs: 5000,
});

/** Polls `server` as the alerts screen does once at each time, recording every answer. */
export async function recordAlertPolls(
  file: string,
  server: Server,
  times: readonly number[],
  options: Readonly<Record<string, string | number>> = {refreshMs: 60_000},
): Promise<void> {
  const snapshotFile = createSnapshotFile(file);
  let now = times[0] ?? 0;
  const endpoint = endpointOf(server);
  const recorder = createRecorder({
    novaTop: 'test',
    sources: [
      {name: 'prometheus', url: endpoint.url},
      {name: 'alertmanager', url: endpoint.url},
    ],
    options,
    clock: () => now,
    secrets: [],
    write: snapshotFile.write,
  });
  const alertmanager = createAlertmanagerClient(
    recorder.wrap('alertmanager', createRequest(endpoint)),
  );
  const prometheus = recorder.wrap('prometheus', createRequest(endpoint));
  for (const at of times) {
    now = at;
    await Promise.all([
      alertmanager.alerts(),
      alertmanager.silences(),
      alertmanager.groups(),
      alertmanager.status(),
      prometheus({method: 'GET', path: '/api/v1/rules', query: {type: 'alert'}}),
    ]);
  }
  recorder.close();
  snapshotFile.close();
}
