// --once from the version-1 fixture snapshot, in process: the replay's last poll, times in UTC.
import {fileURLToPath} from 'node:url';
import {runOnce} from '../../source/one-shot/run-once.js';
import {replaySession} from '../../source/record-replay/session.js';
import {v1Dashboards} from '../fixtures/snapshot/v1-dashboards/dashboards.js';

const file = fileURLToPath(new URL('../fixtures/snapshot/v1-overview.jsonl.gz', import.meta.url));

export async function onceFromFixture(
  width: number,
  extra: {json?: boolean; ascii?: boolean} = {},
) {
  const session = await replaySession(file);
  return runOnce({
    session,
    dashboards: v1Dashboards,
    dashboardIndex: 0,
    rangeSeconds: 300,
    refreshMs: 2000,
    width,
    json: extra.json ?? false,
    ascii: extra.ascii ?? false,
    url: 'replay v1-overview.jsonl.gz',
    alertmanagerUrls: ['http://127.0.0.1:9093'],
    clockText: (ms) => new Date(ms).toISOString().slice(11, 19),
  });
}
