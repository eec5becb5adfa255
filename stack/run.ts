// `npm run stack`: the Nova monitoring stack on loopback for nova-top to watch.
//   npm run stack -- [--fast] [--scenario NAME] [--seed N]
// Stops everything it started on Ctrl-C, or as soon as one of the servers dies.
import {parseArgs} from 'node:util';
import {scenarios} from '../sim/scenarios.js';
import {findBinary} from './servers.js';
import {fastTimings, startStack, waitForData, type Stack} from './start-stack.js';

const binaries = [
  {names: ['prometheus'], package: 'prometheus'},
  {names: ['prometheus-alertmanager', 'alertmanager'], package: 'prometheus-alertmanager'},
] as const;

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      fast: {type: 'boolean', default: false},
      scenario: {type: 'string', default: 'normal'},
      seed: {type: 'string', default: String(Date.now() % 2 ** 31)},
    },
  });
  const missing = binaries.filter((binary) => findBinary(binary.names) === undefined);
  if (missing.length > 0) {
    const names = missing.map((binary) => binary.names.join(' or ')).join(', ');
    const packages = missing.map((binary) => binary.package).join(' ');
    process.stderr.write(
      `stack: ${names} not found on PATH.\n` +
        `Install on Debian or Ubuntu: sudo apt-get install -y --no-install-recommends ${packages}\n` +
        'Elsewhere: https://prometheus.io/download/ (prometheus and alertmanager).\n',
    );
    return 1;
  }
  // Ctrl-C while starting up: finish starting, then stop everything rather than leave servers.
  let interrupted = false;
  const interrupt = (): void => void (interrupted = true);
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const stack = await startStack({
    seed: Number(values.seed),
    scenario: values.scenario,
    ...(values.fast ? {fast: fastTimings} : {}),
  });
  process.stdout.write('Waiting for the first scrapes...\n');
  const ready = await waitForData(stack.prometheus.url, 90_000, () => interrupted).catch(
    async (error: unknown) => {
      await stack.stop();
      throw error;
    },
  );
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  if (!ready) {
    await stack.stop();
    return 130;
  }
  process.stdout.write(banner(stack, values.fast));
  return supervise(stack);
}

function banner(stack: Stack, fast: boolean): string {
  // nova-top sizes its rate() windows from the scrape interval: 15 s unless told.
  const scrapeFlag = fast ? ` --scrape-interval ${fastTimings.interval}` : '';
  return [
    '',
    `nova-sim      ${stack.sim.url}  (scenario ${stack.sim.workload.scenario().name})`,
    `Prometheus    ${stack.prometheus.url}  (pid ${stack.prometheus.pid})`,
    `AlertManager  ${stack.alertmanager.url}  (pid ${stack.alertmanager.pid})`,
    fast ? 'Fast timings: 1 s scrapes, 8 s windows, alerts fire after 1 s.' : '',
    '',
    'Watch it with:',
    // -a too: without it nova-top asks the default AlertManager, which is not this one.
    `  npx tsx cli.tsx -p ${stack.prometheus.url} -a ${stack.alertmanager.url}${scrapeFlag}`,
    '',
    'Switch scenarios:',
    `  curl -X POST ${stack.sim.url}/scenario/NAME`,
    `  NAME: ${scenarios.map((scenario) => scenario.name).join(', ')}`,
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}

/** Resolves with the exit code once Ctrl-C arrives or a server dies; everything is stopped. */
function supervise(stack: Stack): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const finish = (code: number, message: string): void => {
      if (stopping) return;
      stopping = true;
      clearInterval(watch);
      process.stdout.write(message);
      void stack.stop().then(() => resolve(code));
    };
    const servers = [
      {name: 'Prometheus', pid: stack.prometheus.pid},
      {name: 'AlertManager', pid: stack.alertmanager.pid},
    ];
    const watch = setInterval(() => {
      const dead = servers.find((server) => !isAlive(server.pid));
      if (dead) finish(1, `\n${dead.name} (pid ${dead.pid}) exited; stopping the stack.\n`);
    }, 1_000);
    process.once('SIGINT', () => finish(0, '\nStopping...\n'));
    process.once('SIGTERM', () => finish(0, '\nStopping...\n'));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`stack: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
