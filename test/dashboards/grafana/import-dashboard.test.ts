// Grafana dashboards of both layouts imported whole, compared with the specs a user relies on:
// fixtures written for these tests in the shapes community dashboards have (not copies of them).
// legacy-schema-14.json: rows with span and height, graph and singlestat, `${DS_PROMETHEUS}`
// from `__inputs`, `[[var]]` in queries. modern-schema-39.json: gridPos, open and collapsed rows,
// chained query variables (job -> node -> instance), stat/gauge/bargauge/table/text/heatmap/
// piechart, overrides, a mixed panel, placeholders.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {
  grafanaDashboardOf,
  importGrafanaDashboard,
} from '../../../source/dashboards/grafana/import-dashboard.js';
import type {DashboardSpec} from '../../../source/dashboards/spec.js';

const fixture = (name: string): DashboardSpec => {
  const json: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/grafana', name), 'utf8'),
  );
  const dashboard = grafanaDashboardOf(json);
  if (dashboard === undefined) throw new Error(`${name} is not a Grafana dashboard`);
  return importGrafanaDashboard(dashboard, {path: 'x.json', takenIds: ['overview']});
};

test('an old dashboard (schema 14): rows and spans become sections and grid positions', () => {
  // Rows show titles (one collapses), so each is a section after a title line. Heights follow
  // Grafana's migration: 150px -> 4 grid rows, 250 -> 7, 200px -> 6; spans 3, 3, 2, 2, 2 are 6, 6,
  // 4, 4, 4 columns; the 8 + 6 spans of the second row wrap (16 + 12 > 24).
  const expected: DashboardSpec = {
    id: 'host-overview-legacy',
    title: 'Host Overview (legacy)',
    rows: [
      {
        panels: [
          {
            id: 'panel-1',
            title: 'Uptime',
            kind: 'stat',
            queries: [
              {
                expr: 'time() - node_boot_time_seconds{instance=~"[[instance]]"}',
                refId: 'A',
                intervalFactor: 2,
                maxDataPoints: 100,
              },
            ],
            unit: 's',
            decimals: 1,
            mappings: [
              {
                kind: 'special',
                match: 'null',
                text: 'N/A',
              },
            ],
            grid: {
              x: 0,
              y: 1,
              w: 6,
              h: 4,
            },
          },
          {
            id: 'panel-2',
            title: 'CPU busy',
            kind: 'gauge',
            queries: [
              {
                expr: '100 * (1 - avg(rate(node_cpu_seconds_total{mode="idle",instance=~"[[instance]]"}[5m])))',
                refId: 'A',
              },
            ],
            unit: 'percent',
            decimals: 0,
            min: 0,
            max: 100,
            steps: {
              base: 'ok',
              steps: [
                {
                  value: 80,
                  state: 'warning',
                },
                {
                  value: 90,
                  state: 'critical',
                },
              ],
            },
            mappings: [
              {
                kind: 'special',
                match: 'null',
                text: 'N/A',
              },
            ],
            description: 'Busy state of all CPU cores together',
            grid: {
              x: 6,
              y: 1,
              w: 6,
              h: 4,
            },
          },
          {
            id: 'panel-3',
            title: 'Exporter',
            kind: 'stat',
            queries: [
              {
                expr: 'up{job="[[job]]",instance=~"[[instance]]"}',
                refId: 'A',
              },
            ],
            unit: 'none',
            steps: {
              base: 'critical',
              steps: [
                {
                  value: 0.5,
                  state: 'warning',
                },
                {
                  value: 1,
                  state: 'ok',
                },
              ],
            },
            mappings: [
              {
                kind: 'value',
                value: '1',
                text: 'UP',
              },
              {
                kind: 'value',
                value: '0',
                text: 'DOWN',
              },
            ],
            grid: {
              x: 12,
              y: 1,
              w: 4,
              h: 4,
            },
          },
          {
            id: 'panel-4',
            title: 'Memory used',
            kind: 'stat',
            queries: [
              {
                expr: '100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)',
                refId: 'A',
              },
            ],
            unit: 'percent',
            grid: {
              x: 16,
              y: 1,
              w: 4,
              h: 4,
            },
          },
          {
            id: 'panel-5',
            title: '',
            kind: 'text',
            queries: [],
            unit: 'none',
            text: 'Notes\nDisks & CPU\nof [[instance]]',
            grid: {
              x: 20,
              y: 1,
              w: 4,
              h: 4,
            },
          },
        ],
        title: 'Summary',
        collapsed: false,
      },
      {
        panels: [
          {
            id: 'panel-6',
            title: 'CPU usage',
            kind: 'timeseries',
            queries: [
              {
                expr: 'sum by (mode) (rate(node_cpu_seconds_total{instance=~"[[instance]]"}[5m]))',
                legend: '{{mode}}',
                refId: 'A',
                minIntervalSeconds: 30,
              },
            ],
            unit: 'percentunit',
            min: 0,
            max: 1,
            grid: {
              x: 0,
              y: 6,
              w: 16,
              h: 7,
            },
          },
          {
            id: 'panel-7',
            title: 'Load',
            kind: 'timeseries',
            queries: [
              {
                expr: 'node_load1{instance=~"[[instance]]"}',
                refId: 'A',
              },
            ],
            unit: 'short',
            grid: {
              x: 0,
              y: 13,
              w: 12,
              h: 7,
            },
          },
        ],
        title: 'CPU',
        collapsed: false,
      },
      {
        panels: [
          {
            id: 'panel-8',
            title: 'Disk IO',
            kind: 'timeseries',
            queries: [
              {
                expr: 'rate(node_disk_read_bytes_total{instance=~"[[instance]]"}[5m])',
                legend: '{{device}} read',
                refId: 'A',
              },
            ],
            unit: 'Bps',
            grid: {
              x: 0,
              y: 21,
              w: 24,
              h: 6,
            },
          },
        ],
        title: 'Disk',
        collapsed: true,
      },
      {
        panels: [
          {
            id: 'panel-9',
            title: 'Errors in logs',
            kind: 'unsupported',
            queries: [],
            unit: 'none',
            unsupported: {
              type: 'graph',
              reason: 'reads a loki data source, not Prometheus',
            },
            grid: {
              x: 0,
              y: 22,
              w: 24,
              h: 6,
            },
          },
        ],
        title: 'Logs',
        collapsed: false,
      },
    ],
    layout: 'grid',
    variables: [
      {
        name: 'job',
        label: 'Job',
        current: ['node'],
        kind: 'query',
        query: 'label_values(node_uname_info, job)',
        sort: 1,
      },
      {
        name: 'instance',
        multi: true,
        includeAll: true,
        allValue: '.*',
        current: ['$__all'],
        kind: 'query',
        query: 'label_values(node_uname_info{job=~"$job"}, instance)',
      },
      {
        name: 'interval',
        label: 'Interval',
        current: ['auto'],
        kind: 'interval',
        options: ['1m', '10m', '30m', '1h'],
        auto: {
          count: 30,
          minSeconds: 10,
        },
      },
    ],
    rangeSeconds: 86400,
    refreshSeconds: 60,
    source: {
      kind: 'grafana',
      path: 'x.json',
    },
  };
  expect(fixture('legacy-schema-14.json')).toEqual(expected);
});

test('a current dashboard (schema 39): rows, field config, overrides, variables and placeholders', () => {
  // Panel 4's id is used twice: the second takes the first id after the largest (32), and so does
  // the news panel, which has none. The mixed panel keeps its Prometheus query only.
  const expected: DashboardSpec = {
    id: 'node-modern-39',
    title: 'Node Modern',
    rows: [
      {
        panels: [
          {
            id: 'panel-1',
            title: 'Uptime',
            kind: 'stat',
            queries: [
              {
                expr: 'node_time_seconds{instance="$instance"} - node_boot_time_seconds{instance="$instance"}',
                refId: 'A',
              },
            ],
            unit: 's',
            decimals: 1,
            steps: {
              base: 'ok',
              steps: [],
            },
            description: 'Time since boot',
            grid: {
              x: 0,
              y: 0,
              w: 6,
              h: 4,
            },
          },
          {
            id: 'panel-2',
            title: 'CPU busy',
            kind: 'gauge',
            queries: [
              {
                expr: '100 * (1 - avg(rate(node_cpu_seconds_total{mode="idle", instance="$instance"}[$__rate_interval])))',
                refId: 'A',
              },
            ],
            unit: 'percent',
            min: 0,
            max: 100,
            steps: {
              base: 'ok',
              steps: [
                {
                  value: 85,
                  state: 'warning',
                },
                {
                  value: 95,
                  state: 'critical',
                },
              ],
            },
            mappings: [
              {
                kind: 'special',
                match: 'null',
                text: 'N/A',
              },
            ],
            grid: {
              x: 6,
              y: 0,
              w: 6,
              h: 4,
            },
          },
          {
            id: 'panel-3',
            title: 'Disk used',
            kind: 'bargauge',
            queries: [
              {
                expr: '1 - node_filesystem_avail_bytes{instance="$instance",fstype!="tmpfs"} / node_filesystem_size_bytes{instance="$instance",fstype!="tmpfs"}',
                legend: '{{mountpoint}}',
                refId: 'A',
              },
            ],
            unit: 'percentunit',
            min: 0,
            max: 1,
            steps: {
              mode: 'percentage',
              base: 'ok',
              steps: [
                {
                  value: 70,
                  state: 'warning',
                },
                {
                  value: 90,
                  state: 'critical',
                },
              ],
            },
            grid: {
              x: 12,
              y: 0,
              w: 12,
              h: 4,
            },
          },
        ],
      },
      {
        panels: [
          {
            id: 'panel-4',
            title: 'CPU',
            kind: 'timeseries',
            queries: [
              {
                expr: 'sum by (mode) (rate(node_cpu_seconds_total{instance="$instance"}[$__rate_interval])) / scalar(count(node_cpu_seconds_total{instance="$instance", mode="idle"}))',
                legend: '{{mode}}',
                refId: 'A',
                minIntervalSeconds: 30,
                maxDataPoints: 500,
              },
            ],
            unit: 'percentunit',
            min: 0,
            overrides: [
              {
                match: {
                  kind: 'name',
                  name: 'idle',
                },
                hidden: true,
              },
              {
                match: {
                  kind: 'regex',
                  pattern: '/irq/',
                },
                displayName: 'IRQ',
              },
            ],
            grid: {
              x: 0,
              y: 5,
              w: 12,
              h: 8,
            },
          },
          {
            id: 'panel-33',
            title: 'Memory',
            kind: 'timeseries',
            queries: [
              {
                expr: 'node_memory_MemTotal_bytes{instance="$instance"} - node_memory_MemAvailable_bytes{instance="$instance"}',
                legend: 'Used',
                refId: 'A',
              },
            ],
            unit: 'bytes',
            displayName: '${__field.labels.__name__}',
            overrides: [
              {
                match: {
                  kind: 'name',
                  name: 'Committed',
                },
                unit: 'decbytes',
                min: 0,
                max: 100,
                decimals: 2,
              },
            ],
            grid: {
              x: 12,
              y: 5,
              w: 12,
              h: 8,
            },
          },
        ],
        title: 'CPU / Memory',
        collapsed: false,
      },
      {
        panels: [
          {
            id: 'panel-20',
            title: 'Filesystems',
            kind: 'table',
            queries: [
              {
                expr: 'node_filesystem_size_bytes{instance="$instance"}',
                refId: 'A',
              },
            ],
            unit: 'bytes',
            overrides: [
              {
                match: {
                  kind: 'name',
                  name: 'Value #A',
                },
                displayName: 'Size',
              },
            ],
            grid: {
              x: 0,
              y: 14,
              w: 12,
              h: 8,
            },
          },
          {
            id: 'panel-21',
            title: 'Latency',
            kind: 'heatmap',
            queries: [
              {
                expr: 'sum by (le) (increase(node_disk_io_time_seconds_bucket{instance="$instance"}[$__rate_interval]))',
                legend: '{{le}}',
                refId: 'A',
                minIntervalSeconds: 60,
              },
            ],
            unit: 'none',
            grid: {
              x: 12,
              y: 14,
              w: 12,
              h: 8,
            },
          },
          {
            id: 'panel-22',
            title: 'Modes',
            kind: 'breakdown',
            queries: [
              {
                expr: 'sum by (mode) (increase(node_cpu_seconds_total{instance="$instance"}[$__range]))',
                legend: '{{mode}}',
                refId: 'A',
              },
            ],
            unit: 'none',
            grid: {
              x: 0,
              y: 22,
              w: 8,
              h: 6,
            },
          },
          {
            id: 'panel-23',
            title: 'About',
            kind: 'text',
            queries: [],
            unit: 'none',
            text: '# About\n\nThis *dashboard* shows [[node]].\nSee the runbook.',
            grid: {
              x: 8,
              y: 22,
              w: 16,
              h: 6,
            },
          },
        ],
        title: 'Details for $node',
        collapsed: true,
      },
      {
        panels: [
          {
            id: 'panel-34',
            title: 'Grafana blog',
            kind: 'unsupported',
            queries: [],
            unit: 'none',
            unsupported: {
              type: 'news',
              reason: 'no terminal view of this panel type',
            },
            grid: {
              x: 0,
              y: 15,
              w: 8,
              h: 6,
            },
          },
          {
            id: 'panel-30',
            title: 'Shared',
            kind: 'unsupported',
            queries: [],
            unit: 'none',
            unsupported: {
              type: 'library panel',
              reason: '"Shared CPU" is kept in Grafana\'s database, not in the file',
            },
            grid: {
              x: 8,
              y: 15,
              w: 8,
              h: 6,
            },
          },
          {
            id: 'panel-31',
            title: 'Random walk',
            kind: 'unsupported',
            queries: [],
            unit: 'none',
            unsupported: {
              type: 'graph',
              reason: 'reads a grafana data source, not Prometheus',
            },
            grid: {
              x: 16,
              y: 15,
              w: 8,
              h: 6,
            },
          },
          {
            id: 'panel-32',
            title: 'Hosts',
            kind: 'table',
            queries: [
              {
                expr: 'node_uname_info{job="$job"}',
                refId: 'A',
              },
            ],
            unit: 'none',
            grid: {
              x: 0,
              y: 21,
              w: 24,
              h: 4,
            },
          },
        ],
        title: 'Other',
        collapsed: false,
      },
    ],
    layout: 'grid',
    variables: [
      {
        name: 'datasource',
        label: 'Data source',
        current: ['P1809F7CD0C75ACF3'],
        kind: 'datasource',
        pluginType: 'prometheus',
      },
      {
        name: 'job',
        label: 'Job',
        current: ['node'],
        kind: 'query',
        query: 'label_values(node_uname_info,job)',
        sort: 1,
      },
      {
        name: 'node',
        label: 'Host',
        kind: 'query',
        query: 'label_values(node_uname_info{job="$job"},nodename)',
        sort: 5,
      },
      {
        name: 'instance',
        hide: 'variable',
        multi: true,
        includeAll: true,
        current: ['$__all'],
        kind: 'query',
        query: 'label_values(node_uname_info{job="$job", nodename="$node"},instance)',
        regex: '/([^:]+):\\d+/',
      },
      {
        name: 'quantile',
        hide: 'label',
        current: ['0.5'],
        kind: 'custom',
        options: [
          {
            text: 'fast',
            value: '0.5',
          },
          {
            text: 'slow',
            value: '0.99',
          },
          {
            text: 'all, really',
            value: '1',
          },
        ],
      },
      {
        name: 'cluster_label',
        hide: 'variable',
        current: ['cluster'],
        kind: 'constant',
        value: 'cluster',
      },
      {
        name: 'device',
        current: ['eth.*'],
        kind: 'textbox',
        value: 'eth.*',
      },
      {
        name: 'resolution',
        current: ['5m'],
        kind: 'interval',
        options: ['1m', '5m', '1h'],
      },
    ],
    rangeSeconds: 21600,
    refreshSeconds: 30,
    source: {
      kind: 'grafana',
      uid: 'node-modern-39',
      path: 'x.json',
    },
  };
  expect(fixture('modern-schema-39.json')).toEqual(expected);
});
