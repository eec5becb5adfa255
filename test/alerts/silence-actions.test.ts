// Writes go to one healthy member per cluster: an HA pair (peers of each other) gets one copy,
// a separate AlertManager its own; a member that is down is skipped for its healthy peer.
import {describe, expect, it} from 'vitest';
import type {AlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {initialAlertsState, type AlertsState} from '../../source/alerts/alerts-state.js';
import {
  createSilenceOnClusters,
  expireSilenceOnClusters,
} from '../../source/alerts/silence-actions.js';
import type {AlertmanagerStatus, Silence} from '../../source/alerts/types.js';
import {HttpError} from '../../source/http/types.js';

const status = (name: string, peers: readonly string[]): AlertmanagerStatus => ({
  cluster: {status: 'ready', name, peers: peers.map((peer) => ({name: peer, address: peer}))},
});
const silence: Silence = {
  id: 's1',
  state: 'active',
  matchers: [],
  startsAt: 0,
  endsAt: 1,
  createdBy: 'a',
  comment: 'c',
};

function setup(failing: readonly string[] = []) {
  const writes: string[] = [];
  const client = (name: string) =>
    ({
      createSilence: async () => {
        if (failing.includes(name)) throw new HttpError('alertmanager', 'bad matcher');
        writes.push(`create ${name}`);
        return `id-${name}`;
      },
      expireSilence: async (id: string) => void writes.push(`expire ${id} ${name}`),
    }) as unknown as AlertmanagerClient;
  const names = ['am1', 'am2', 'other'];
  const base = initialAlertsState(names);
  const state: AlertsState = {
    ...base,
    alertmanagers: [
      {
        ...base.alertmanagers[0]!,
        lastSuccessAt: 1,
        error: 'down',
        status: status('a1', ['a1', 'a2']),
      },
      {
        ...base.alertmanagers[1]!,
        lastSuccessAt: 1,
        silences: [silence],
        status: status('a2', ['a1', 'a2']),
      },
      {
        ...base.alertmanagers[2]!,
        lastSuccessAt: 1,
        silences: [silence],
        status: status('o', ['o']),
      },
    ],
  };
  return {state, writes, clients: names.map((name) => ({name, client: client(name)}))};
}

const newSilence = {matchers: [], startsAt: 0, endsAt: 1, createdBy: 'a', comment: 'c'};

describe('writes to AlertManager clusters', () => {
  it('creates the silence on one healthy member per cluster', async () => {
    const {state, writes, clients} = setup();
    expect(await createSilenceOnClusters(newSilence, state, clients)).toEqual({
      ok: true,
      message: 'silenced: id-am2, id-other on am2, other',
    });
    expect(writes).toEqual(['create am2', 'create other']);
  });

  it("names the AlertManager and AlertManager's reason when one refuses", async () => {
    const {state, clients} = setup(['other']);
    expect(await createSilenceOnClusters(newSilence, state, clients)).toEqual({
      ok: false,
      message: 'silence failed: other: bad matcher',
    });
  });

  it('expires a silence where it lives', async () => {
    const {state, writes, clients} = setup();
    expect(await expireSilenceOnClusters('s1', state, clients)).toEqual({
      ok: true,
      message: 'expired s1',
    });
    expect(writes).toEqual(['expire s1 am2', 'expire s1 other']);
    expect(await expireSilenceOnClusters('nope', state, clients)).toEqual({
      ok: false,
      message: 'no reachable AlertManager has nope',
    });
  });
});
