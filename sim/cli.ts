// nova-sim: a simulated Nova platform exposing the seed's metrics for Prometheus to scrape.
//   npx tsx sim/cli.ts [--port 9464] [--host 127.0.0.1] [--scenario normal] [--seed N]
import {parseArgs} from 'node:util';
import {findScenario, scenarios} from './scenarios.js';
import {startSim} from './server.js';
import {allInstances} from './workload.js';

const help = `Usage: nova-sim [options]

Serves a simulated Nova workload: every metric family of the monitoring design, with a daily
traffic shape, noise, and fault scenarios that drive the alerts.

Options:
  --port N          port to listen on (default 9464; 0 picks a free one)
  --host ADDRESS    address to bind (default 127.0.0.1)
  --scenario NAME   scenario to start with (default normal)
  --seed N          seed of the random source; the same seed repeats the same run
  --hour H          pin the daily traffic shape to hour H (0-23, UTC) instead of the clock
  --tick-ms N       how often the workload advances (default 1000)
  --help            show this help

Scenarios:
${scenarios.map((s) => `  ${s.name.padEnd(22)}${s.description}`).join('\n')}

Endpoints:
${allInstances.map((i) => `  GET  /${i}/metrics`).join('\n')}
  GET  /scenario          the current scenario and the list of scenarios
  POST /scenario/NAME     switch to scenario NAME
`;

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      port: {type: 'string', default: '9464'},
      host: {type: 'string', default: '127.0.0.1'},
      scenario: {type: 'string', default: 'normal'},
      seed: {type: 'string'},
      hour: {type: 'string'},
      'tick-ms': {type: 'string', default: '1000'},
      help: {type: 'boolean', default: false},
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const scenario = findScenario(values.scenario);
  const port = wholeNumber(values.port, 0, 65_535);
  const seed =
    values.seed === undefined ? Date.now() % 2 ** 31 : wholeNumber(values.seed, 0, 2 ** 32 - 1);
  const hour = values.hour === undefined ? undefined : wholeNumber(values.hour, 0, 23);
  const tickMs = wholeNumber(values['tick-ms'], 50, 60_000);
  const problems = [
    scenario
      ? ''
      : `unknown scenario "${values.scenario}"; one of: ${scenarios.map((s) => s.name).join(', ')}`,
    port === undefined ? '--port must be a whole number from 0 to 65535' : '',
    seed === undefined ? '--seed must be a whole number' : '',
    hour === undefined && values.hour !== undefined
      ? '--hour must be a whole number from 0 to 23'
      : '',
    tickMs === undefined ? '--tick-ms must be a whole number from 50 to 60000' : '',
  ].filter(Boolean);
  if (
    problems.length > 0 ||
    !scenario ||
    port === undefined ||
    seed === undefined ||
    tickMs === undefined
  ) {
    process.stderr.write(`nova-sim: ${problems.join('\n')}\nRun with --help for usage.\n`);
    return 2;
  }
  const sim = await startSim({
    port,
    host: values.host,
    seed,
    scenario,
    tickMs,
    ...(hour === undefined ? {} : {hour}),
  });
  process.stdout.write(
    `nova-sim listening on ${sim.url} (scenario ${scenario.name}, seed ${seed})\n`,
  );
  const stop = (): void => void sim.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? value : undefined;
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nova-sim: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
