import {describe, expect, it} from 'vitest';
import {HttpError} from '../../source/http/types.js';
import {fetchOnce} from '../../source/poller/fetch-once.js';
import {createPoller} from '../../source/poller/poller.js';
import type {PollPlan} from '../../source/poller/types.js';
import type {StoreState} from '../../source/store/store-state.js';
import {first, planFor} from './dashboards.js';
import {answerAll, fakeClient, type Policy} from './fake-client.js';

const now = 1_700_000_000_000;
const clock = () => now;

/** The state the live poller commits after its first cycle of the same plan. */
async function pollerFirstCommit(plan: PollPlan, policy: Policy): Promise<StoreState> {
  const {poller, store} = createPoller({client: fakeClient(policy), clock, incremental: false});
  const committed = new Promise<StoreState>((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (store.getState().lastCycleAt === undefined) return;
      unsubscribe();
      resolve(store.getState());
    });
  });
  poller.setPlan(plan);
  const state = await committed;
  poller.stop();
  return state;
}

describe('fetchOnce', () => {
  it('asks each query once and reduces as the poller’s first cycle, with no loop behind', async () => {
    const plan = planFor(first, {refreshMs: 5_000});
    const client = fakeClient(answerAll);
    const state = await fetchOnce(plan, {client, clock});
    expect(state).toEqual(await pollerFirstCommit(plan, answerAll));
    // The stat's instant query serves as its own fresh value: one request.
    const asked = client.calls.map((call) => `${call.type} ${call.expr}`);
    expect(asked).toEqual([...new Set(asked)]);
    expect(state.lastCycleAt).toBe(now);
    // Values count as fresh for two scrapes and one refresh of the plan, not of a one-hour loop.
    expect(Object.values(state.panels).map((panel) => panel.freshness?.maxAgeMs)).toEqual([
      35_000, 35_000, 35_000,
    ]);
  });

  it('says the server is down, and that there is no retry to wait for', async () => {
    const refused: Policy = () => new HttpError('unreachable', 'cannot reach p:9: refused');
    const state = await fetchOnce(planFor(first), {client: fakeClient(refused), clock});
    expect(state.connection).toEqual({
      ...(await pollerFirstCommit(planFor(first), refused)).connection,
      retryAt: undefined,
    });
    expect(state.connection.status).toBe('down');
    expect('retryAt' in state.connection).toBe(false);
  });
});
