// nova-sim over HTTP: the metrics of each instance, and switching scenarios at run time.
import {afterAll, beforeAll, expect, test} from 'vitest';
import {scenarios} from '../../sim/scenarios.js';
import {startSim, type SimHandle} from '../../sim/server.js';

let sim: SimHandle;

beforeAll(async () => {
  sim = await startSim({
    port: 0,
    host: '127.0.0.1',
    seed: 1,
    scenario: scenarios[0]!,
    tickMs: 1000,
  });
});

afterAll(async () => {
  await sim.stop();
});

test('binds loopback and serves each instance under /<instance>/metrics', async () => {
  expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
  const response = await fetch(`${sim.url}/ws-gateway-1/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  expect(await response.text()).toContain('ws_messages_sent_total{message_type="message"}');
  expect((await fetch(`${sim.url}/nowhere/metrics`)).status).toBe(404);
});

test('switches scenarios with POST /scenario/NAME and reports them at GET /scenario', async () => {
  const switched = await fetch(`${sim.url}/scenario/service-down`, {method: 'POST'});
  expect(switched.status).toBe(200);
  expect((await fetch(`${sim.url}/ws-gateway-2/metrics`)).status).toBe(503);
  expect((await fetch(`${sim.url}/ws-gateway-1/metrics`)).status).toBe(200);
  const state = (await (await fetch(`${sim.url}/scenario`)).json()) as {
    scenario: string;
    alerts: string[];
  };
  expect(state.scenario).toBe('service-down');
  expect(state.alerts).toEqual(['ServiceDown']);
  expect((await fetch(`${sim.url}/scenario/no-such-thing`, {method: 'POST'})).status).toBe(404);
  await fetch(`${sim.url}/scenario/normal`, {method: 'POST'});
  expect((await fetch(`${sim.url}/ws-gateway-2/metrics`)).status).toBe(200);
});
