// Process control for the real Prometheus and AlertManager, used by integration tests and by
// `npm run stack`. Servers bind loopback on a free port, keep their data in a temp dir, and are
// stopped by PID (never by name). See /work/shared/notes/real-stack.md for why each flag is here.
import {spawn, type ChildProcess} from 'node:child_process';
import {accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type ServerHandle = {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Storage root. Pass it to the next start (with the same port) to restart with the same data. */
  readonly dataDir: string;
  /** The config file the server reads; rewrite it and POST `/-/reload` to change it live. */
  readonly configPath: string;
  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
  stop(): Promise<void>;
};

type CommonOptions = {
  readonly configYaml: string;
  readonly port?: number;
  /** Kept after stop when given; a temp dir removed at stop otherwise. */
  readonly dataDir?: string;
  /** Serve under a path prefix (`/prometheus`), as behind a reverse proxy. */
  readonly pathPrefix?: string;
  readonly extraArgs?: readonly string[];
};

export type PrometheusOptions = CommonOptions & {
  /** File name -> contents, written next to the config so `rule_files` can name them. */
  readonly ruleFiles?: Readonly<Record<string, string>>;
};

export type AlertmanagerOptions = CommonOptions;

const readyTimeoutMs = 20_000;
const stopGraceMs = 5_000;
const stderrTailBytes = 4_000;

/** Children still running, killed if this process exits without stopping them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

export function findBinary(names: readonly string[]): string | undefined {
  const directories = (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not here; keep looking.
      }
    }
  }
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('No free port found'))));
    });
  });
}

export async function startPrometheus(options: PrometheusOptions): Promise<ServerHandle> {
  const binary = requireBinary(['prometheus'], 'Prometheus', 'prometheus');
  const layout = await prepare(options, 'prometheus.yml');
  for (const [name, contents] of Object.entries(options.ruleFiles ?? {})) {
    writeFileSync(path.join(layout.configDir, name), contents);
  }
  const args = [
    `--config.file=${layout.configPath}`,
    `--storage.tsdb.path=${path.join(layout.dataDir, 'tsdb')}`,
    `--web.listen-address=127.0.0.1:${layout.port}`,
    `--web.external-url=${layout.url}`,
    '--web.enable-lifecycle',
    ...(options.extraArgs ?? []),
  ];
  return launch('Prometheus', binary, args, layout);
}

export async function startAlertmanager(options: AlertmanagerOptions): Promise<ServerHandle> {
  const binary = requireBinary(
    ['prometheus-alertmanager', 'alertmanager'],
    'AlertManager',
    'prometheus-alertmanager',
  );
  const layout = await prepare(options, 'alertmanager.yml');
  const args = [
    `--config.file=${layout.configPath}`,
    `--storage.path=${path.join(layout.dataDir, 'storage')}`,
    `--web.listen-address=127.0.0.1:${layout.port}`,
    `--web.external-url=${layout.url}`,
    // Empty turns off gossip; otherwise it waits for a cluster to settle before notifying.
    '--cluster.listen-address=',
    ...(options.extraArgs ?? []),
  ];
  return launch('AlertManager', binary, args, layout);
}

export type VictoriaMetricsOptions = CommonOptions;

/**
 * VictoriaMetrics single node (Debian's `victoria-metrics`, 1.79) scraping like Prometheus. Its
 * scrape config rejects Prometheus-only keys (rule_files, alerting). `-search.latencyOffset=0s`:
 * by default it hides the newest 30 s of samples from queries.
 */
export async function startVictoriaMetrics(options: VictoriaMetricsOptions): Promise<ServerHandle> {
  const binary = requireBinary(['victoria-metrics'], 'VictoriaMetrics', 'victoria-metrics');
  const layout = await prepare(options, 'scrape.yml');
  const args = [
    `-promscrape.config=${layout.configPath}`,
    `-storageDataPath=${path.join(layout.dataDir, 'storage')}`,
    `-httpListenAddr=127.0.0.1:${layout.port}`,
    '-search.latencyOffset=0s',
    ...(options.extraArgs ?? []),
  ];
  return launch('VictoriaMetrics', binary, args, layout);
}

type Layout = {
  readonly port: number;
  readonly url: string;
  readonly dataDir: string;
  readonly ownsDataDir: boolean;
  readonly configDir: string;
  readonly configPath: string;
};

function requireBinary(names: readonly string[], product: string, aptPackage: string): string {
  const binary = findBinary(names);
  if (binary === undefined) {
    throw new Error(
      `${product} is not installed: none of ${names.join(', ')} is on PATH. ` +
        `Install it with: apt-get install -y --no-install-recommends ${aptPackage}`,
    );
  }
  return binary;
}

async function prepare(options: CommonOptions, configName: string): Promise<Layout> {
  const port = options.port ?? (await freePort());
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'nova-top-server-'));
  const configDir = path.join(dataDir, 'config');
  mkdirSync(configDir, {recursive: true});
  const configPath = path.join(configDir, configName);
  writeFileSync(configPath, options.configYaml);
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const url = `http://127.0.0.1:${port}${prefix}`;
  return {port, url, dataDir, ownsDataDir, configDir, configPath};
}

async function launch(
  product: string,
  binary: string,
  args: readonly string[],
  layout: Layout,
): Promise<ServerHandle> {
  installExitHook();
  const child = spawn(binary, args, {stdio: ['ignore', 'ignore', 'pipe']});
  running.add(child);
  let stderr = '';
  // Always drain stderr: a full pipe would block the server.
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-stderrTailBytes);
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  // A child that failed to spawn emits 'error' and never 'exit'.
  const exited = new Promise<void>((resolve) => {
    const gone = (): void => {
      running.delete(child);
      resolve();
    };
    child.once('exit', gone);
    void spawnError.then(gone);
  });
  const stop = async (): Promise<void> => {
    await stopChild(child, exited);
    if (layout.ownsDataDir) rmSync(layout.dataDir, {recursive: true, force: true});
  };
  const failure = await waitReady(`${layout.url}/-/ready`, exited, spawnError);
  if (failure !== undefined) {
    await stop();
    const tail = stderr.trim().split('\n').slice(-8).join('\n');
    throw new Error(`${product} did not start on port ${layout.port}: ${failure}\n${tail}`);
  }
  return {
    url: layout.url,
    port: layout.port,
    pid: child.pid ?? -1,
    dataDir: layout.dataDir,
    configPath: layout.configPath,
    stop,
  };
}

/** Resolves undefined once ready, or a reason when the server died or never became ready. */
async function waitReady(
  readyUrl: string,
  exited: Promise<void>,
  spawnError: Promise<Error>,
): Promise<string | undefined> {
  let done: string | undefined | null = null;
  void exited.then(() => (done ??= 'it exited'));
  void spawnError.then((error) => (done ??= error.message));
  const deadline = Date.now() + readyTimeoutMs;
  while (done === null) {
    if (Date.now() > deadline) return `not ready after ${readyTimeoutMs / 1000} s`;
    try {
      const response = await fetch(readyUrl, {signal: AbortSignal.timeout(1_000)});
      await response.body?.cancel();
      if (response.ok) return undefined;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return done;
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  const graceful = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), stopGraceMs).unref()),
  ]);
  if (!graceful) {
    child.kill('SIGKILL');
    await exited;
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}
