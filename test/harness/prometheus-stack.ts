// The real Prometheus (or VictoriaMetrics, which serves the same API) scraping the test exporter
// every second, plus a target nothing listens on (so `up` has a down series), on 127.0.0.1 with
// free ports and temp storage. Tests stop the server to see an outage and start it again on the
// same port and data.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createRequest} from '../../source/http/http.js';
import {createPrometheusClient, type PrometheusClient} from '../../source/prometheus/client.js';
import {
  freePort,
  startPrometheus,
  startVictoriaMetrics,
  type ServerHandle,
} from '../../stack/servers.js';
import {startExporter, type Exporter, type Profile} from './exporter.js';

/** The servers the dashboard integration tests run against (`describe.each(backends)`). */
export const backends = ['prometheus', 'victoria-metrics'] as const;
export type Backend = (typeof backends)[number];

const starters = {prometheus: startPrometheus, 'victoria-metrics': startVictoriaMetrics} as const;

/** A scrape job more, beside the test exporter's (`nova`) and the missing target's. */
export type ScrapeJob = {readonly job: string; readonly targets: readonly string[]};

export type PrometheusWithExporter = {
  readonly exporter: Exporter;
  /** The Prometheus started first; after `restart`, the handle it returns is the running one. */
  readonly prometheus: ServerHandle;
  /** nova-top's client for that Prometheus (the URL stays the same across restarts). */
  readonly client: PrometheusClient;
  /** `host:port` of the nova-missing job's target, which never answers. */
  readonly missingTarget: string;
  /** Starts Prometheus again on the same port and data directory. */
  readonly restart: () => Promise<ServerHandle>;
  /** Stops Prometheus and the exporter and removes the data directory. */
  readonly stop: () => Promise<void>;
};

const scrapeJobYaml = ({job, targets}: ScrapeJob): string =>
  `  - job_name: ${JSON.stringify(job)}
    static_configs: [{targets: ${JSON.stringify(targets)}}]
`;

/** Resolves once Prometheus has scraped the exporter 4 times in the last minute, within 30 s. */
async function scrapedEnough(client: PrometheusClient): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const count = await client
      .query('count_over_time(up{job="nova"}[1m])', Date.now() / 1000)
      .then((answer) => answer.samples)
      .catch(() => []);
    if ((count[0]?.value ?? 0) >= 4) return;
    if (Date.now() > deadline) throw new Error('the server has not scraped the exporter');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts both with the data directory named after `tempPrefix`, the exporter serving `profile`
 * from its first scrape; waits for a few scrapes. `prometheus` is then the server of `backend`.
 * `jobs` adds scrape jobs (real exporters the caller started), scraped every second as well.
 */
export async function startPrometheusWithExporter(
  tempPrefix: string,
  profile?: Profile,
  backend: Backend = 'prometheus',
  jobs: readonly ScrapeJob[] = [],
): Promise<PrometheusWithExporter> {
  const start = starters[backend];
  const exporter = await startExporter(profile);
  const missingTarget = `127.0.0.1:${await freePort()}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), tempPrefix));
  // No rules, so no evaluation_interval (VictoriaMetrics refuses keys it does not use).
  const configYaml = `global: {scrape_interval: 1s}
scrape_configs:
  - job_name: nova
    static_configs: [{targets: ['${exporter.target}']}]
  - job_name: nova-missing
    static_configs: [{targets: ['${missingTarget}']}]
${jobs.map(scrapeJobYaml).join('')}`;
  let current = await start({configYaml, dataDir});
  const prometheus = current;
  const client = createPrometheusClient(
    createRequest({url: prometheus.url, headers: [], timeoutMs: 2_000}),
  );
  const restart = async () => {
    current = await start({configYaml, dataDir, port: prometheus.port});
    return current;
  };
  const stop = async () => {
    await current.stop();
    await exporter.stop();
    rmSync(dataDir, {recursive: true, force: true});
  };
  // rate() needs two samples in its window; a few more give every panel some points.
  await scrapedEnough(client).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {exporter, prometheus, client, missingTarget, restart, stop};
}
