// The real-exporter test bed for community Grafana dashboards: two node_exporters and a
// process-exporter (Debian's packages, test/harness/real-exporters.ts) scraped every second by
// the real Prometheus of prometheus-stack.ts, beside its Nova test exporter. The jobs are chosen
// so that chained variables have choices: `label_values(node_uname_info, job)` gives two jobs
// (`process` has no node metrics, so it is not one of them), and job `node` has two instances.
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
  type ScrapeJob,
} from './prometheus-stack.js';
import {startNodeExporter, startProcessExporter, type RealExporter} from './real-exporters.js';

export const nodeJob = 'node';
export const canaryJob = 'node-canary';
export const processJob = 'process';

export type NodeStack = PrometheusWithExporter & {
  /** The instances of job `node` (two node_exporters), in target order. */
  readonly nodeTargets: readonly string[];
  /** The instance of job `node-canary` (the second node_exporter, scraped by both jobs). */
  readonly canaryTarget: string;
};

/** Samples every node target must have before the stack is handed over: rate() needs two. */
const scrapesBeforeUse = 3;

/**
 * Starts the exporters and Prometheus (data in a temp dir named after `tempPrefix`) and resolves
 * once every node target has been scraped a few times and is up. `stop` ends them all, by PID.
 */
export async function startNodeStack(tempPrefix = 'nova-top-node-'): Promise<NodeStack> {
  const exporters: RealExporter[] = [];
  const stopExporters = () => Promise.all(exporters.map((exporter) => exporter.stop()));
  try {
    exporters.push(await startNodeExporter(), await startNodeExporter());
    exporters.push(await startProcessExporter());
    const [first, second, processes] = exporters.map((exporter) => exporter.target);
    if (first === undefined || second === undefined || processes === undefined) {
      throw new Error('an exporter did not start');
    }
    const jobs: ScrapeJob[] = [
      {job: nodeJob, targets: [first, second]},
      {job: canaryJob, targets: [second]},
      {job: processJob, targets: [processes]},
    ];
    const stack = await startPrometheusWithExporter(tempPrefix, undefined, 'prometheus', jobs);
    const stop = async () => {
      await stack.stop();
      await stopExporters();
    };
    await nodeTargetsScraped(stack, 3).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    return {...stack, stop, nodeTargets: [first, second], canaryTarget: second};
  } catch (error) {
    await stopExporters();
    throw error;
  }
}

/** Resolves once `count` node targets are up with enough samples, within 30 s. */
async function nodeTargetsScraped(stack: PrometheusWithExporter, count: number): Promise<void> {
  const ready = `count((count_over_time(up{job=~"${nodeJob}|${canaryJob}"}[1m]) >= ${scrapesBeforeUse}) and (up == 1))`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answer = await stack.client.query(ready, Date.now() / 1000).catch(() => undefined);
    if ((answer?.samples[0]?.value ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error('Prometheus has not scraped the node exporters');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
