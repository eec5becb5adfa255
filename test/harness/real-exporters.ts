// Real exporters from Debian's packages, for the community Grafana dashboards: node_exporter
// (`prometheus-node-exporter`) and process-exporter (`prometheus-process-exporter`). Each runs
// as a plain child on 127.0.0.1 and a port chosen at run time, needs no root, and is stopped by
// its PID. .ci/run installs both.
import {spawn, type ChildProcess} from 'node:child_process';
import {findBinary, freePort} from '../../stack/servers.js';

export type RealExporter = {
  /** `host:port`, for a scrape config's `static_configs.targets` (and the `instance` label). */
  readonly target: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
  stop(): Promise<void>;
};

type Recipe = {
  readonly binary: string;
  readonly aptPackage: string;
  readonly args: (listen: string) => readonly string[];
};

/**
 * node_exporter with its default collectors less two that do not fit a test: systemd (no D-Bus
 * here: it logs an error every scrape) and textfile (it would read whatever the machine's
 * /var/lib/prometheus/node-exporter holds).
 */
const nodeExporter: Recipe = {
  binary: 'prometheus-node-exporter',
  aptPackage: 'prometheus-node-exporter',
  args: (listen) => [
    `--web.listen-address=${listen}`,
    '--no-collector.systemd',
    '--no-collector.textfile',
  ],
};

/** process-exporter watching Prometheus' own processes by name (`comm`). */
const processExporter: Recipe = {
  binary: 'prometheus-process-exporter',
  aptPackage: 'prometheus-process-exporter',
  args: (listen) => [`-web.listen-address=${listen}`, '-procnames=prometheus', '-threads=false'],
};

export const startNodeExporter = (): Promise<RealExporter> => startExporter(nodeExporter);
export const startProcessExporter = (): Promise<RealExporter> => startExporter(processExporter);

const startTimeoutMs = 10_000;

/** Children still running, killed if the test process exits without stopping them. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Starts `recipe` on a free port, trying another port if the first was taken meanwhile. */
async function startExporter(recipe: Recipe): Promise<RealExporter> {
  const binary = findBinary([recipe.binary]);
  if (binary === undefined) {
    throw new Error(
      `${recipe.binary} is not on PATH. Install it with: ` +
        `apt-get install -y --no-install-recommends ${recipe.aptPackage}`,
    );
  }
  let failure = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const target = `127.0.0.1:${await freePort()}`;
    const child = spawn(binary, recipe.args(target), {stdio: ['ignore', 'ignore', 'pipe']});
    running.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => void (stderr = (stderr + chunk).slice(-2_000)));
    const exited = new Promise<void>((resolve) => {
      const gone = () => void (running.delete(child), resolve());
      child.once('exit', gone);
      child.once('error', gone);
    });
    const stop = () => stopChild(child, exited);
    if (await answers(`http://${target}/metrics`, exited)) {
      return {target, pid: child.pid ?? -1, stop};
    }
    await stop();
    failure = stderr.trim().split('\n').slice(-3).join('\n');
  }
  throw new Error(`${recipe.binary} did not start:\n${failure}`);
}

/** Whether `url` answers 200 before the process exits or the start timeout passes. */
async function answers(url: string, exited: Promise<void>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + startTimeoutMs;
  while (!gone && Date.now() < deadline) {
    const response = await fetch(url, {signal: AbortSignal.timeout(2_000)}).catch(() => undefined);
    await response?.body?.cancel();
    if (response?.ok === true) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return exited;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
