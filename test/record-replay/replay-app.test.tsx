// The app replaying the version-1 fixture with the real poller: the header says it is a replay
// and which recorded moment is shown; the replay keys pause, change speed (the poll interval
// follows), jump to either end and step between recorded polls, and the panels show that moment.
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {createPoller} from '../../source/poller/poller.js';
import type {PollPlan, Poller} from '../../source/poller/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {replaySession} from '../../source/record-replay/session.js';
import {renderApp} from '../components/app-fixture.js';
import {v1Dashboards} from '../fixtures/snapshot/v1-dashboards/dashboards.js';
import {eventually, type Harness} from '../components/ink-harness.js';

const file = fileURLToPath(new URL('../fixtures/snapshot/v1-overview.jsonl.gz', import.meta.url));
const utc = (ms: number): string => new Date(ms).toISOString().slice(11, 19);
/** A loaded machine runs the whole test suite at once: give the real poller time. */
const soon = (check: () => void) => eventually(check, 8000);

let harness: Harness | undefined;
let stopPoller: (() => void) | undefined;
afterEach(() => {
  harness?.unmount();
  stopPoller?.();
});

async function setup() {
  // The replay's real clock stands still unless the test moves it: time passes only by keys.
  const real = {now: 1_000_000};
  const session = await replaySession(file, () => real.now);
  const {poller, store} = createPoller({
    client: createPrometheusClient(session.prometheus),
    clock: session.clock,
    incremental: false,
  });
  const plans: PollPlan[] = [];
  const spy: Poller = {...poller, setPlan: (plan) => (plans.push(plan), poller.setPlan(plan))};
  stopPoller = poller.stop;
  harness = renderApp({
    dashboards: v1Dashboards,
    store,
    poller: spy,
    url: 'replay v1-overview.jsonl.gz',
    refreshMs: 2000,
    initialRangeSeconds: 300,
    clock: session.clock,
    clockText: utc,
    ...(session.replay === undefined ? {} : {replay: session.replay}),
  });
  const lines = () => harness?.lastFrame().split('\n') ?? [];
  return {harness, lines, plans, cycles: session.replay?.clock.state().cycles ?? []};
}

describe('replaying in the app', () => {
  it('shows the replay state and the recorded time, and the keys move it', async () => {
    const {harness, lines, plans, cycles} = await setup();
    const [first = 0, second = 0] = cycles;
    await soon(() => expect(lines()[0]).toMatch(/ REPLAY 1x$/));
    expect(lines()[1]).toMatch(new RegExp(`recorded ${utc(first)}, 0:00 of 0:16$`));

    await harness.press('G');
    await soon(() => expect(lines()[0]).toMatch(/ REPLAY END$/));
    expect(lines()[1]).toMatch(/recorded 05:50:14, 0:16 of 0:16$/);
    // The jump asked the poller at once: the panels show the recording's last poll.
    await soon(() => expect(lines().join('\n')).toContain('ws errors'));

    await harness.press('g');
    await harness.press('.');
    await soon(() =>
      expect(lines()[1]).toMatch(
        new RegExp(`recorded ${utc(second)}, 0:0${Math.floor((second - first) / 1000)} of 0:16$`),
      ),
    );

    await harness.press(']');
    await soon(() => expect(lines()[0]).toMatch(/ REPLAY 2x$/));
    await soon(() => expect(plans.at(-1)?.refreshMs).toBe(1000));
    await harness.press('[');
    await harness.press('[');
    await soon(() => expect(lines()[0]).toMatch(/ REPLAY 1\/2x$/));
    await soon(() => expect(plans.at(-1)?.refreshMs).toBe(4000));

    await harness.press('p');
    await soon(() => expect(lines()[0]).toMatch(/ REPLAY PAUSED$/));
  }, 30_000); // real pollers and several replay steps: slow on a loaded 2-core machine
});
