// A VictoriaMetrics beside the local Nova stack, scraping the same targets with the same jobs,
// labels and intervals as its Prometheus: the Prometheus config less what VictoriaMetrics'
// scrape config refuses (rules, alerting, evaluation_interval).
import {readFileSync} from 'node:fs';
import {parse, stringify} from 'yaml';
import {startVictoriaMetrics, type ServerHandle} from '../../stack/servers.js';

export function victoriaScrapeConfig(prometheusYaml: string): string {
  const config = parse(prometheusYaml) as Record<string, unknown>;
  delete config['rule_files'];
  delete config['alerting'];
  const global = {...(config['global'] as Record<string, unknown> | undefined)};
  delete global['evaluation_interval'];
  return stringify({...config, global});
}

/** Starts VictoriaMetrics scraping what the Prometheus reading `prometheusConfigPath` scrapes. */
export async function startVictoriaBeside(prometheusConfigPath: string): Promise<ServerHandle> {
  const configYaml = victoriaScrapeConfig(readFileSync(prometheusConfigPath, 'utf8'));
  return startVictoriaMetrics({configYaml});
}

/** Resolves once every target VictoriaMetrics scrapes has been up `count` times in the last minute. */
export async function waitForScrapes(url: string, count: number, timeoutMs: number): Promise<void> {
  const query = encodeURIComponent(`min(count_over_time(up[1m])) >= ${count} and min(up) == 1`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/api/v1/query?query=${query}`).catch(() => undefined);
    const body = (await response?.json().catch(() => undefined)) as
      {data?: {result?: unknown[]}} | undefined;
    if ((body?.data?.result?.length ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error(`VictoriaMetrics has no data after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
