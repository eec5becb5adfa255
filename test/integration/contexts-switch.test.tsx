// Two contexts of a config file, each a real server with its own exporter: alpha a Prometheus,
// beta a VictoriaMetrics. nova-top starts on alpha; C, ↓, Enter switch to beta: the header names
// beta and its URL, the panels show beta's exporter, and alpha's pollers and sockets are gone. A
// context that cannot be opened (an unset variable) leaves beta on screen and says why.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {get} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import React from 'react';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/components/app.js';
import {ContextRoot} from '../../source/components/context-root.js';
import {parseConfigFile, type ConfigFile} from '../../source/config/config-file.js';
import type {ContextInput} from '../../source/config/contexts.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {closeContext, openContext, type ContextRuntime} from '../../source/poller/runtime.js';
import {freePort} from '../../stack/servers.js';
import {eventually, renderWithSize, settle} from '../components/ink-harness.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';
import {panelLines} from '../harness/screen.js';

let alpha: PrometheusWithExporter;
let beta: PrometheusWithExporter;
let folder: string;
let file: ConfigFile;
const tenant = 'tenant-secret-4242';

beforeAll(async () => {
  [alpha, beta] = await Promise.all([
    startPrometheusWithExporter('nova-top-ctx-alpha-', undefined, 'prometheus'),
    startPrometheusWithExporter('nova-top-ctx-beta-', undefined, 'victoria-metrics'),
  ]);
  // AlertManagers that do not answer: the switch is about every poller, not about alerts.
  const closed = `http://127.0.0.1:${await freePort()}`;
  folder = mkdtempSync(join(tmpdir(), 'nova-top-contexts-'));
  const path = join(folder, 'config.yaml');
  const yaml = [
    'current-context: alpha',
    'contexts:',
    '  alpha:',
    `    prometheus: ${alpha.prometheus.url}`,
    `    alertmanagers: [${closed}]`,
    '    auth:',
    '      headers:',
    '        X-Scope-OrgID: {env: ALPHA_TENANT}',
    '    refresh: 1s',
    '    scrape-interval: 1s',
    '  beta:',
    `    prometheus: ${beta.prometheus.url}`,
    `    alertmanagers: [${closed}]`,
    '    refresh: 1s',
    '    scrape-interval: 1s',
    '  gamma:',
    '    prometheus: http://127.0.0.1:9',
    '    auth:',
    '      basic-auth: {env: GAMMA_AUTH_UNSET}',
  ].join('\n');
  writeFileSync(path, yaml);
  file = parseConfigFile(path, yaml) as ConfigFile;
}, 90_000);

afterAll(async () => {
  await Promise.all([alpha?.stop(), beta?.stop()]);
  if (folder !== undefined) rmSync(folder, {recursive: true, force: true});
});

const utcClock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);
const options = {author: 'test', hyperlinks: false};

/** A server's own /metrics, on a connection of its own that closes after the answer. */
function metrics(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(`${url}/metrics`, {agent: false}, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(text));
    }).on('error', reject);
  });
}

const sumOf = (text: string, pattern: RegExp): number =>
  [...text.matchAll(pattern)].map((match) => Number(match[1])).reduce((sum, n) => sum + n, 0);

/** Connections open on a Prometheus by its own count (the one asking counts in every answer). */
async function openConnections(url: string): Promise<number> {
  const text = await metrics(url);
  const accepted = /^net_conntrack_listener_conn_accepted_total\{listener_name="http"\} (\S+)$/gm;
  const closed = /^net_conntrack_listener_conn_closed_total\{listener_name="http"\} (\S+)$/gm;
  return sumOf(text, accepted) - sumOf(text, closed);
}

/** Range queries a Prometheus has answered, by its own count. */
async function rangeQueriesServed(url: string): Promise<number> {
  const handler =
    /^prometheus_http_requests_total\{code="\d+",handler="\/api\/v1\/query_range"\} (\S+)$/gm;
  return sumOf(await metrics(url), handler);
}

describe('switching contexts at run time', () => {
  it('moves every poller to the picked context and stops the old one', async () => {
    const input: ContextInput = {
      commandLine: {flags: {}, input: []},
      env: {ALPHA_TENANT: tenant},
      readFile: () => '',
      dashboards: builtinDashboards,
      home: folder,
      file,
    };
    const opened: ContextRuntime[] = [];
    const open = (name: string) => {
      const result = openContext(input, name, options);
      if (result.ok) opened.push(result.value);
      return result;
    };
    const before = await openConnections(alpha.prometheus.url);
    const first = open('alpha');
    if (!first.ok) throw new Error(first.error);
    const harness = renderWithSize(
      <ContextRoot<ContextRuntime>
        names={['alpha', 'beta', 'gamma']}
        first={{name: 'alpha', value: first.value}}
        open={open}
        close={closeContext}
        render={(shown, contexts, keep) => (
          <App
            dashboards={builtinDashboards}
            store={shown.runtime.store}
            poller={shown.runtime.poller}
            alerts={shown.runtime.alerts}
            url={shown.url}
            refreshMs={shown.config.refreshMs}
            initialDashboard={keep?.dashboardIndex ?? 0}
            initialRangeSeconds={keep?.rangeSeconds ?? 300}
            clockText={utcClock}
            contexts={contexts}
          />
        )}
      />,
      160,
      48,
    );
    const screen = (): string[] => harness.lastFrame().split('\n');
    try {
      await eventually(() => {
        expect(screen()[1]).toContain(`alpha · ${alpha.prometheus.url}`);
        expect(panelLines(screen(), 'Service health')).toContain(`● nova ${alpha.exporter.target}`);
      }, 20_000);

      await harness.press('C');
      await eventually(() =>
        expect(
          screen()
            .slice(2, 7)
            .map((line) => line.trimEnd()),
        ).toEqual([
          'Contexts  ↑/↓ choose, Enter switch, Esc close',
          '',
          '> * alpha',
          '    beta',
          '    gamma',
        ]),
      );
      await harness.press('\u001B[B');
      await harness.press('\r');
      await eventually(() => {
        expect(screen()[1]).toContain(`beta · ${beta.prometheus.url}`);
        expect(panelLines(screen(), 'Service health')).toContain(`● nova ${beta.exporter.target}`);
      }, 20_000);
      expect(panelLines(screen(), 'Service health').join('\n')).not.toContain(
        alpha.exporter.target,
      );

      // alpha's pollers have stopped: its store takes no more cycles, alpha answers no more
      // queries, and the connections nova-top had open to it are closed.
      const [alphaRuntime] = opened;
      const lastCycle = alphaRuntime?.runtime.store.getState().lastCycleAt;
      await settle(1_000);
      const served = await rangeQueriesServed(alpha.prometheus.url);
      await settle(2_500);
      expect(alphaRuntime?.runtime.store.getState().lastCycleAt).toBe(lastCycle);
      expect(await rangeQueriesServed(alpha.prometheus.url)).toBe(served);
      expect(await openConnections(alpha.prometheus.url)).toBe(before);

      // A context that cannot be opened: beta stays, the footer says why in one line.
      await harness.press('C');
      await harness.press('\u001B[B');
      await harness.press('\r');
      await eventually(() =>
        expect(screen().at(-1)).toContain(
          'contexts.gamma.auth.basic-auth "GAMMA_AUTH_UNSET" names an environment variable that is not set',
        ),
      );
      expect(screen()[1]).toContain(`beta · ${beta.prometheus.url}`);
      expect(opened).toHaveLength(2);
      expect(harness.lastFrame()).not.toContain(tenant);
    } finally {
      harness.unmount();
      opened.forEach(closeContext);
    }
  }, 90_000);
});
