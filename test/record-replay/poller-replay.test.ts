// Record and replay end to end at the seams the app uses: the real poller and Prometheus client
// over a recorder, then over a replay with its virtual clock. With the same clock the store goes
// through identical states; a jump to a recorded cycle shows that cycle's data.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {builtinDashboard} from '../../source/dashboards/dashboards.js';
import type {HttpRequest} from '../../source/http/types.js';
import {createPoller} from '../../source/poller/poller.js';
import type {PollPlan} from '../../source/poller/types.js';
import type {StoreState} from '../../source/store/store-state.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import type {RequestFn} from '../../source/http/types.js';
import {createReplay} from '../../source/record-replay/replay.js';
import {answering, recordToMemory, startMs} from './recording.js';

const systemOverview = builtinDashboard('overview');

const plan: PollPlan = {
  dashboard: systemOverview,
  rangeSeconds: 3600,
  refreshMs: 15_000,
  chartWidths: {},
};

/** A Prometheus whose answers depend on the question: values are the query time in seconds. */
function prometheusBody(request: HttpRequest): unknown {
  const query = request.query ?? {};
  const metric = {expr: String(query['query'])};
  if (request.path === '/api/v1/query') {
    const time = Number(query['time']);
    const result = [{metric, value: [time, String(time % 1000)]}];
    return {status: 'success', data: {resultType: 'vector', result}};
  }
  const [start, end, step] = [query['start'], query['end'], query['step']].map(Number);
  const values: [number, string][] = [];
  for (let t = start ?? 0; t <= (end ?? 0); t += step ?? 1) values.push([t, String(t % 1000)]);
  return {status: 'success', data: {resultType: 'matrix', result: [{metric, values}]}};
}

/** Runs the poller for three cycles, returning the store after each. */
async function threeCycles(request: RequestFn, clock: () => number): Promise<StoreState[]> {
  const {poller, store} = createPoller({client: createPrometheusClient(request), clock});
  const states: StoreState[] = [];
  store.subscribe(() => {
    const state = store.getState();
    if (state.lastCycleAt !== states.at(-1)?.lastCycleAt) states.push(state);
  });
  poller.setPlan(plan);
  await vi.advanceTimersByTimeAsync(30_000);
  poller.stop();
  return states;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(startMs + 7_300);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('recording then replaying the poller', () => {
  it('goes through the same store states, and jumps to a recorded cycle', async () => {
    const {recorder, snapshot} = recordToMemory({clock: Date.now});
    const live = recorder.wrap(
      'prometheus',
      answering((r) => ({status: 200, body: prometheusBody(r)})),
    );
    const recorded = await threeCycles(live, Date.now);
    recorder.close();
    expect(recorded.map((state) => state.lastCycleAt)).toEqual(
      [0, 15_000, 30_000].map((d) => startMs + 7_300 + d),
    );
    expect(Object.values(recorded[0]?.panels ?? {}).every((panel) => panel.results)).toBe(true);
    // A chart's value now is an instant query at the cycle's second, recorded like the others.
    const second = Math.floor((startMs + 7_300 + 15_000) / 1000);
    const errorRate = recorded[1]?.panels['overview/error-rate']?.results?.[0];
    expect(errorRate?.type === 'range' ? errorRate.fresh?.time : undefined).toBe(second);
    expect(errorRate?.type === 'range' ? errorRate.fresh?.samples[0]?.value : undefined).toBe(
      second % 1000,
    );

    // Replay hours later in real time: the virtual clock starts at the first recorded cycle.
    vi.setSystemTime(startMs + 5 * 3_600_000);
    const replay = createReplay(snapshot(), Date.now);
    const replayed = await threeCycles(replay.request('prometheus'), replay.clock.now);
    expect(replayed).toEqual(recorded);

    // Paused on the second cycle, a refresh shows that cycle's results.
    const {poller, store} = createPoller({
      client: createPrometheusClient(replay.request('prometheus')),
      clock: replay.clock.now,
    });
    replay.clock.toStart();
    replay.clock.stepForward();
    replay.clock.pause();
    poller.setPlan(plan);
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    expect(store.getState().panels).toEqual(recorded[1]?.panels);
  });
});
