// Writes: creating a silence on one healthy member per cluster, and expiring one where it lives.
// Each returns one line for the user; failures name the AlertManager and AlertManager's reason.
import type {AlertmanagerClient} from './alertmanager-client.js';
import type {AlertsState} from './alerts-state.js';
import {silenceTargets, type AlertmanagerEndpoint} from './silence-targets.js';
import type {NewSilence} from './types.js';

export type NamedClient = {readonly name: string; readonly client: AlertmanagerClient};

export type WriteResult = {readonly ok: boolean; readonly message: string};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function endpoints(state: AlertsState, has: (name: string) => boolean): AlertmanagerEndpoint[] {
  return state.alertmanagers
    .filter((am) => has(am.name))
    .map((am) => ({
      name: am.name,
      healthy: am.error === undefined && am.lastSuccessAt !== undefined,
      ...(am.status === undefined ? {} : {status: am.status}),
    }));
}

async function writeEach(
  names: readonly string[],
  clients: readonly NamedClient[],
  write: (client: AlertmanagerClient) => Promise<unknown>,
): Promise<readonly string[]> {
  const failures: string[] = [];
  for (const name of names) {
    const client = clients.find((entry) => entry.name === name)?.client;
    if (client === undefined) continue;
    try {
      await write(client);
    } catch (error) {
      failures.push(`${name}: ${reason(error)}`);
    }
  }
  return failures;
}

export async function createSilenceOnClusters(
  silence: NewSilence,
  state: AlertsState,
  clients: readonly NamedClient[],
): Promise<WriteResult> {
  const targets = silenceTargets(endpoints(state, () => true));
  if (targets.length === 0) return {ok: false, message: 'no AlertManager is reachable'};
  const ids: string[] = [];
  const failures = await writeEach(targets, clients, async (client) => {
    ids.push(await client.createSilence(silence));
  });
  if (failures.length > 0) return {ok: false, message: `silence failed: ${failures.join('; ')}`};
  return {ok: true, message: `silenced: ${ids.join(', ')} on ${targets.join(', ')}`};
}

export async function expireSilenceOnClusters(
  id: string,
  state: AlertsState,
  clients: readonly NamedClient[],
): Promise<WriteResult> {
  const holders = new Set(
    state.alertmanagers
      .filter((am) => am.silences.some((silence) => silence.id === id))
      .map((am) => am.name),
  );
  const targets = silenceTargets(endpoints(state, (name) => holders.has(name)));
  if (targets.length === 0) return {ok: false, message: `no reachable AlertManager has ${id}`};
  const failures = await writeEach(targets, clients, (client) => client.expireSilence(id));
  if (failures.length > 0) return {ok: false, message: `expire failed: ${failures.join('; ')}`};
  return {ok: true, message: `expired ${id}`};
}
