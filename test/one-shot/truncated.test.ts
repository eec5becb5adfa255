// A recording cut short (nova-top killed while writing) still replays, up to the cut, and the
// header says that the recording ends early.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runOnce} from '../../source/one-shot/run-once.js';
import {replaySession} from '../../source/record-replay/session.js';
import {v1Dashboards} from '../fixtures/snapshot/v1-dashboards/dashboards.js';

const fixture = new URL('../fixtures/snapshot/v1-overview.jsonl.gz', import.meta.url);
const dir = mkdtempSync(path.join(tmpdir(), 'nova-top-truncated-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('a recording cut short', () => {
  it('replays what it holds and says it ends early', async () => {
    const bytes = readFileSync(fixture);
    const file = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(file, bytes.subarray(0, bytes.length - 200));
    const session = await replaySession(file);
    expect(session.replay?.truncated).toBe(true);
    const result = await runOnce({
      session,
      dashboards: v1Dashboards,
      dashboardIndex: 0,
      rangeSeconds: 300,
      refreshMs: 2000,
      width: 120,
      json: false,
      ascii: false,
      url: 'replay cut.jsonl.gz',
      alertmanagerUrls: ['http://127.0.0.1:9093'],
      clockText: (ms) => new Date(ms).toISOString().slice(11, 19),
    });
    const header = result.stdout.split('\n')[1] ?? '';
    expect(header).toMatch(
      /^replay cut\.jsonl\.gz {2}range 5m {2}refresh 2s +recorded \d\d:\d\d:\d\d, 0:\d\d of 0:\d\d · recording ends early$/,
    );
    expect(result.stdout).toContain('ws errors');
  });
});
