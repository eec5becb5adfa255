// Snapshot files whose every query answers one value, for exit-status tests through the CLI:
// the overview's real poller, over the recorder, over a request function answering the value.
import {writeFileSync} from 'node:fs';
import {builtinDashboard} from '../../source/dashboards/dashboards.js';
import type {HttpRequest} from '../../source/http/types.js';
import {createPoller} from '../../source/poller/poller.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {answering, recordToMemory} from '../record-replay/recording.js';

const systemOverview = builtinDashboard('overview');

function body(request: HttpRequest, value: number): unknown {
  const query = request.query ?? {};
  const metric = {job: 'nova'};
  if (request.path === '/api/v1/query') {
    const result = [{metric, value: [Number(query['time']), String(value)]}];
    return {status: 'success', data: {resultType: 'vector', result}};
  }
  if (request.path !== '/api/v1/query_range') return {status: 'success', data: {groups: []}};
  const [start, end, step] = [query['start'], query['end'], query['step']].map(Number);
  const values: [number, string][] = [];
  for (let t = start ?? 0; t <= (end ?? 0); t += step ?? 1) values.push([t, String(value)]);
  return {status: 'success', data: {resultType: 'matrix', result: [{metric, values}]}};
}

/** Writes a one-poll recording of the overview where every query answers `value`. */
export async function writeConstantSnapshot(file: string, value: number): Promise<void> {
  const {recorder, bytes} = recordToMemory({clock: Date.now});
  const request = recorder.wrap(
    'prometheus',
    answering((asked) => ({status: 200, body: body(asked, value)})),
  );
  const {poller, store} = createPoller({
    client: createPrometheusClient(request),
    incremental: false,
  });
  const polled = new Promise<void>((resolve) => {
    const stop = store.subscribe(() => {
      if (store.getState().lastCycleAt === undefined) return;
      stop();
      resolve();
    });
  });
  poller.setPlan({
    dashboard: systemOverview,
    rangeSeconds: 300,
    refreshMs: 60_000,
    chartWidths: {},
  });
  await polled;
  poller.stop();
  recorder.close();
  writeFileSync(file, bytes());
}
