// nova-sim's workload: every seed metric family with the seed's labels and buckets, repeatable
// with a seed, and each scenario changes what its alerts measure.
import {describe, expect, test} from 'vitest';
import {findScenario, normalConditions, scenarios} from '../../sim/scenarios.js';
import {createWorkload} from '../../sim/workload.js';

const start = Date.UTC(2026, 0, 1, 16, 0);

async function exposition(
  seed: number,
  scenario = 'normal',
  ticks = 5,
): Promise<Record<string, string>> {
  const workload = createWorkload({seed, hour: 16});
  workload.setScenario(findScenario(scenario) ?? workload.scenario());
  for (let tick = 0; tick < ticks; tick += 1) workload.tick(start + tick * 1000, 1);
  const entries = await Promise.all(
    [...workload.registries].map(
      async ([instance, registry]) => [instance, await registry.metrics()] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** The label values of `label` on the samples of `metric` in an exposition text. */
function labelValues(text: string, metric: string, label: string): string[] {
  const pattern = new RegExp(`^${metric}\\{[^}]*${label}="([^"]*)"`, 'gm');
  return [...new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ''))];
}

describe('the simulated instances', () => {
  test('serve every seed metric family with the seed label values', async () => {
    const text = await exposition(1);
    const gateway = text['ws-gateway-1'] ?? '';
    const messaging = text['messaging-api-1'] ?? '';
    expect(labelValues(gateway, 'ws_connections_total', 'status')).toEqual([
      'opened',
      'closed',
      'error',
    ]);
    expect(labelValues(gateway, 'ws_messages_sent_total', 'message_type')).toEqual([
      'message',
      'typing',
      'ping',
      'pong',
    ]);
    expect(labelValues(gateway, 'ws_messages_received_total', 'message_type')).toEqual([
      'message',
      'typing',
      'ping',
      'pong',
    ]);
    expect(labelValues(gateway, 'ws_errors_total', 'error_type')).toEqual([
      'timeout',
      'decode',
      'send_failed',
      'connection_lost',
    ]);
    expect(labelValues(gateway, 'ws_reconnections_total', 'reason')).toEqual([
      'connection_lost',
      'heartbeat_timeout',
    ]);
    expect(labelValues(gateway, 'ws_message_latency_seconds_count', 'message_type')).toEqual([
      'message',
      'typing',
    ]);
    expect(labelValues(gateway, 'ws_active_connections', 'conversation_id')).toHaveLength(24);
    expect(labelValues(messaging, 'messages_sent_total', 'status')).toEqual(['success', 'failed']);
    expect(labelValues(messaging, 'messages_received_total', 'status')).toEqual([
      'success',
      'failed',
    ]);
    expect(labelValues(messaging, 'message_delivery_failures_total', 'error_type')).toEqual([
      'network',
      'timeout',
      'invalid',
      'other',
    ]);
    expect(labelValues(messaging, 'message_searches_total', 'index_type')).toEqual([
      'fulltext',
      'bm25',
    ]);
    expect(labelValues(messaging, 'message_search_latency_seconds_count', 'index_type')).toEqual([
      'fulltext',
      'bm25',
    ]);
    expect(labelValues(messaging, 'message_queue_depth', 'queue_type')).toEqual([
      'pending',
      'failed',
      'retry',
    ]);
    expect(
      labelValues(messaging, 'message_delivery_latency_seconds_count', 'delivery_type'),
    ).toEqual(['direct', 'queue', 'broadcast']);
    expect(labelValues(messaging, 'message_api_latency_seconds_count', 'endpoint')).toEqual([
      'search',
      'send',
      'receive',
      'list',
    ]);
    expect(labelValues(text['analytics-1'] ?? '', 'conversations_created_total', 'status')).toEqual(
      ['success', 'failed'],
    );
  });

  test('ws_message_latency_seconds has the seed buckets (1ms to 5s), and 10s and 30s above the 5s alert', async () => {
    const gateway = (await exposition(1))['ws-gateway-2'] ?? '';
    const buckets = labelValues(gateway, 'ws_message_latency_seconds_bucket', 'le');
    expect(buckets).toEqual([
      '0.001',
      '0.005',
      '0.01',
      '0.05',
      '0.1',
      '0.5',
      '1',
      '5',
      '10',
      '30',
      '+Inf',
    ]);
  });

  test('the same seed repeats the same run; another seed does not', async () => {
    expect(await exposition(42)).toEqual(await exposition(42));
    expect(await exposition(42)).not.toEqual(await exposition(43));
  });
});

describe('scenarios', () => {
  test('every fault scenario changes the conditions and names the alerts it drives', () => {
    for (const scenario of scenarios.filter((s) => s.name !== 'normal')) {
      expect(scenario.apply(normalConditions), scenario.name).not.toEqual(normalConditions);
      expect(scenario.alerts.length, scenario.name).toBeGreaterThan(0);
    }
  });

  test('ws-error-burst makes a quarter of WebSocket messages fail', async () => {
    const gateway = (await exposition(3, 'ws-error-burst', 20))['ws-gateway-1'] ?? '';
    const total = (metric: string) =>
      [...gateway.matchAll(new RegExp(`^${metric}\\{[^}]*\\} (\\d+)`, 'gm'))].reduce(
        (sum, m) => sum + Number(m[1]),
        0,
      );
    expect(total('ws_errors_total') / total('ws_messages_sent_total')).toBeCloseTo(0.25, 2);
  });

  test('idle-conversations leaves one conversation with connections', async () => {
    const text = await exposition(3, 'idle-conversations');
    const open = (gateway: string) =>
      [
        ...(text[gateway] ?? '').matchAll(
          /^ws_active_connections\{conversation_id="([^"]+)"\} (\d+)/gm,
        ),
      ]
        .filter((match) => Number(match[2]) > 0)
        .map((match) => match[1]);
    expect([...new Set([...open('ws-gateway-1'), ...open('ws-gateway-2')])]).toEqual(['conv-24']);
  });
});
