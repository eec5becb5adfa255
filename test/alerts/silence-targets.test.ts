import {describe, expect, it} from 'vitest';
import {narrowStatus} from '../../source/alerts/alertmanager-narrow.js';
import {silenceTargets, type AlertmanagerEndpoint} from '../../source/alerts/silence-targets.js';
import type {AlertmanagerStatus} from '../../source/alerts/types.js';
import {fixture} from './fixtures.js';

const gossipOff = narrowStatus(fixture('status'));

function member(name: string, peers: readonly string[]): AlertmanagerStatus {
  return {
    version: '0.25.0',
    cluster: {
      status: 'ready',
      name,
      peers: peers.map((peer) => ({name: peer, address: `${peer}:9094`})),
    },
  };
}

const endpoint = (name: string, status: AlertmanagerStatus | undefined, healthy = true) =>
  ({name, healthy, ...(status === undefined ? {} : {status})}) as AlertmanagerEndpoint;

describe('where a silence is posted', () => {
  it.each<[string, AlertmanagerEndpoint[], string[]]>([
    ['a single AlertManager', [endpoint('am-a', gossipOff)], ['am-a']],
    [
      'an HA pair: the first member only',
      [endpoint('am-a', member('A', ['A', 'B'])), endpoint('am-b', member('B', ['A', 'B']))],
      ['am-a'],
    ],
    [
      'an HA pair whose first member is down: the healthy one',
      [endpoint('am-a', member('A', ['A', 'B']), false), endpoint('am-b', member('B', ['A', 'B']))],
      ['am-b'],
    ],
    [
      'two clusters: one member of each',
      [
        endpoint('eu-1', member('E1', ['E1', 'E2'])),
        endpoint('eu-2', member('E2', ['E1', 'E2'])),
        endpoint('us-1', member('U1', ['U1'])),
      ],
      ['eu-1', 'us-1'],
    ],
    [
      'gossip off, or status unknown: each on its own',
      [endpoint('am-a', gossipOff), endpoint('am-b', gossipOff), endpoint('am-c', undefined)],
      ['am-a', 'am-b', 'am-c'],
    ],
    ['nothing healthy: nowhere', [endpoint('am-a', gossipOff, false)], []],
  ])('%s', (_case, endpoints, targets) => {
    expect(silenceTargets(endpoints)).toEqual(targets);
  });
});
