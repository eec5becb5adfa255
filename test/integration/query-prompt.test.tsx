// The query prompt end to end against the real Prometheus scraping the test exporter: `:` with a
// metric name completed by Tab from Prometheus' own label API, Enter runs it, the result is a
// zoomed chart with a table of the exporter's known values; a query that does not parse is
// pointed at and never sent; the history is kept in $XDG_STATE_HOME and walked with ↑; `P` pins
// the result to a Scratch tab, drawn and polled like any dashboard.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import React from 'react';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/components/app.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {createRequest} from '../../source/http/http.js';
import type {RequestFn} from '../../source/http/types.js';
import {createPoller} from '../../source/poller/poller.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {createCompletionSource} from '../../source/prometheus/promql-complete.js';
import {openQueryHistory} from '../../source/history/query-history.js';
import {eventually, renderWithSize} from '../components/ink-harness.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

let stack: PrometheusWithExporter;
let stateHome: string;

beforeAll(async () => {
  stack = await startPrometheusWithExporter('nova-top-query-prompt-');
  stateHome = mkdtempSync(path.join(tmpdir(), 'nova-top-state-'));
});

afterAll(async () => {
  await stack?.stop();
  if (stateHome !== undefined) rmSync(stateHome, {recursive: true, force: true});
});

const esc = '\u001B';
const enter = '\r';
const tab = '\t';
const up = '\u001B[A';
const left = '\u001B[D';

describe('the query prompt against the real Prometheus', () => {
  it('completes, runs, checks, remembers and pins a query', async () => {
    // Every query sent, to see that one which does not parse never is.
    const sent: string[] = [];
    const real = createRequest({url: stack.prometheus.url, headers: [], timeoutMs: 2_000});
    const request: RequestFn = (asked) => {
      const query = asked.query?.['query'];
      if (typeof query === 'string') sent.push(query);
      return real(asked);
    };
    const {poller, store} = createPoller({client: createPrometheusClient(request)});
    const env = {XDG_STATE_HOME: stateHome};
    const harness = renderWithSize(
      <App
        dashboards={builtinDashboards}
        store={store}
        poller={poller}
        url={stack.prometheus.url}
        refreshMs={1_000}
        initialDashboard={0}
        initialRangeSeconds={60}
        queryPrompt={{
          completion: createCompletionSource({request, now: Date.now}),
          history: openQueryHistory({env, home: '/nonexistent'}),
        }}
      />,
      160,
      48,
    );
    const screen = () => harness.lastFrame().split('\n');
    const bottom = () => screen().slice(-2);
    const until = (check: (lines: string[]) => void) => eventually(() => check(screen()), 15_000);
    try {
      await harness.press(':');
      await harness.press('ws_active_con');
      await harness.press(tab);
      await until(() => expect(bottom()[0]?.trimEnd()).toBe(': ws_active_connections'));
      await harness.press(enter);
      const instance = stack.exporter.target;
      const row = (id: string, value: string) => {
        const labels = `ws_active_connections{conversation_id="${id}", instance="${instance}", job="nova"}`;
        return `${labels}${' '.repeat(160 - labels.length - value.length)}${value}`;
      };
      await until((lines) => {
        expect(lines.some((line) => line.includes('ws_active_connections'))).toBe(true);
        const table = lines.findIndex((line) => line.startsWith('2 series'));
        expect(lines.slice(table + 1, table + 4)).toEqual([
          row('conv-2', '30'),
          row('conv-1', '12'),
          'unit number · u unit · P pin · W save · e edit · Esc back',
        ]);
      });
      expect(readFileSync(path.join(stateHome, 'nova-top', 'history'), 'utf8')).toBe(
        'ws_active_connections\n',
      );

      // The result's chart is explored as any zoomed panel: ← puts the cursor on, Esc takes it off.
      await harness.press(left);
      await until((lines) => expect(lines.some((line) => line.includes('cursor at'))).toBe(true));
      await harness.press(esc);
      await until((lines) => {
        expect(lines.some((line) => line.includes('cursor at'))).toBe(false);
        expect(lines.some((line) => line.startsWith('2 series'))).toBe(true);
      });

      // A query that does not parse: pointed at, the prompt stays, nothing is sent.
      await harness.press(':');
      await harness.press('sum(ws_active_connections');
      await harness.press(enter);
      await until(() => {
        expect(bottom()[0]?.trimEnd()).toBe(': sum(ws_active_connections');
        expect(bottom()[1]).toMatch(/^ {2,}\^+ \S/);
      });
      expect(sent).not.toContain('sum(ws_active_connections');
      expect(sent).toContain('ws_active_connections');

      // ↑ brings the last query back; Esc closes the prompt and the result stays.
      await harness.press('\u0015');
      await harness.press(up);
      await until(() => expect(bottom()[0]?.trimEnd()).toBe(': ws_active_connections'));
      await harness.press(esc);
      await until(() => expect(screen().some((line) => line.startsWith('2 series'))).toBe(true));

      // Pinned: a Scratch tab after the four dashboards, polled and drawn as a dashboard.
      await harness.press('P');
      await until((lines) =>
        expect(lines.some((line) => line.includes('P pinned to Scratch'))).toBe(true),
      );
      await harness.press(esc);
      await until((lines) => expect(lines[0]).toMatch(/\[1 System Overview\].* 5 Scratch/));
      await harness.press('5');
      await until((lines) => {
        expect(lines[0]).toContain('[5 Scratch]');
        expect(lines.some((line) => /ws_active_connections/.test(line))).toBe(true);
        expect(lines.some((line) => /\b30\b/.test(line))).toBe(true);
      });
    } finally {
      harness.unmount();
      poller.stop();
    }
    expect(openQueryHistory({env, home: '/nonexistent'}).entries()).toEqual([
      'ws_active_connections',
    ]);
  }, 60_000);
});
