// Where a new silence is posted: one healthy member per AlertManager cluster. Members of an HA
// cluster gossip silences to each other, so posting to each would create duplicates; separate
// clusters (or AlertManagers with gossip off) each need their own copy.
import type {AlertmanagerStatus} from './types.js';

export type AlertmanagerEndpoint = {
  /** How the endpoint is named on screen and to the caller (its URL or host:port). */
  readonly name: string;
  /** Its last `/api/v2/status`, when that succeeded. */
  readonly status?: AlertmanagerStatus;
  /** Whether its last poll succeeded. */
  readonly healthy: boolean;
};

/**
 * Names of the endpoints to post to, in the given order: the first healthy member of each
 * cluster. Two endpoints are one cluster when their gossip peer lists share a peer. An endpoint
 * whose status is unknown or whose gossip is off is a cluster of its own.
 */
export function silenceTargets(endpoints: readonly AlertmanagerEndpoint[]): readonly string[] {
  const clusters: Set<string>[] = [];
  const targets: string[] = [];
  for (const endpoint of endpoints) {
    if (!endpoint.healthy) continue;
    const peers = new Set(peerNames(endpoint.status));
    if (peers.size > 0 && clusters.some((seen) => [...peers].some((peer) => seen.has(peer)))) {
      continue;
    }
    clusters.push(peers);
    targets.push(endpoint.name);
  }
  return targets;
}

function peerNames(status: AlertmanagerStatus | undefined): readonly string[] {
  if (status === undefined || status.cluster.status === 'disabled') return [];
  const own = status.cluster.name === undefined ? [] : [status.cluster.name];
  return [...own, ...status.cluster.peers.map((peer) => peer.name)];
}
