// nova-sim's HTTP side: each simulated instance's metrics under /<instance>/metrics, and a small
// control API to switch scenarios at run time.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {findScenario, scenarios, type Scenario} from './scenarios.js';
import {allInstances, createWorkload, type Workload} from './workload.js';

export type SimOptions = {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  readonly seed: number;
  readonly scenario: Scenario;
  readonly hour?: number;
  /** How often the workload advances. */
  readonly tickMs: number;
};

export type SimHandle = {
  readonly url: string;
  readonly port: number;
  readonly workload: Workload;
  readonly stop: () => Promise<void>;
};

export async function startSim(options: SimOptions): Promise<SimHandle> {
  const workload = createWorkload({
    seed: options.seed,
    ...(options.hour === undefined ? {} : {hour: options.hour}),
  });
  workload.setScenario(options.scenario);
  let last = Date.now();
  workload.tick(last, options.tickMs / 1000);
  const timer = setInterval(() => {
    const now = Date.now();
    workload.tick(now, (now - last) / 1000);
    last = now;
  }, options.tickMs);
  const server = createServer((request, response) => {
    handle(workload, request, response).catch(() => send(response, 500, 'internal error\n'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const {port} = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    workload,
    stop: async () => {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(
  workload: Workload,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const metrics = /^\/([a-z0-9-]+)\/metrics$/.exec(path);
  if (metrics && request.method === 'GET') {
    const registry = workload.registries.get(metrics[1] ?? '');
    if (!registry) return send(response, 404, `no instance here; try ${targetList()}\n`);
    if (workload.isDown(metrics[1] ?? '')) return send(response, 503, 'instance is down\n');
    return send(response, 200, await registry.metrics(), registry.contentType);
  }
  if (path === '/scenario' && request.method === 'GET') {
    return sendJson(response, 200, scenarioState(workload));
  }
  const switchTo = /^\/scenario\/([a-z0-9-]+)$/.exec(path);
  if (switchTo && request.method === 'POST') {
    const scenario = findScenario(switchTo[1] ?? '');
    if (!scenario)
      return sendJson(response, 404, {error: `unknown scenario`, ...scenarioState(workload)});
    workload.setScenario(scenario);
    return sendJson(response, 200, scenarioState(workload));
  }
  if (path === '/' && request.method === 'GET') {
    return sendJson(response, 200, {
      targets: allInstances.map((i) => `/${i}/metrics`),
      ...scenarioState(workload),
    });
  }
  send(response, 404, `not found; try GET /scenario, POST /scenario/NAME, ${targetList()}\n`);
}

function scenarioState(workload: Workload) {
  const current = workload.scenario();
  return {
    scenario: current.name,
    description: current.description,
    alerts: current.alerts,
    scenarios: scenarios.map((scenario) => scenario.name),
  };
}

function targetList(): string {
  return allInstances.map((instance) => `GET /${instance}/metrics`).join(', ');
}

function send(response: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  response.writeHead(status, {'content-type': type});
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, `${JSON.stringify(body, null, 2)}\n`, 'application/json');
}
