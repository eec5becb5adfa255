// Grafana dashboard JSON made from nova-top's dashboard specs (source/dashboards), so that
// Grafana and nova-top show the same queries. `$__rate_interval` and `$__range` are Grafana's own
// variables, so the expressions are copied as they are.
import type {
  DashboardSpec,
  PanelKind,
  PanelSpec,
  Thresholds,
  Unit,
} from '../source/dashboards/spec.js';
import {instantKinds} from '../source/dashboards/spec.js';

/** The provisioned Prometheus data source (deploy/grafana/provisioning/datasources). */
export const datasource = {type: 'prometheus', uid: 'prometheus'} as const;

/** File name under deploy/grafana/dashboards for each dashboard id. */
export const dashboardFiles: Readonly<Record<string, string>> = {
  overview: 'system-overview.json',
  websocket: 'websocket-health.json',
  messaging: 'messaging-performance.json',
  errors: 'error-analysis.json',
};

const gridColumns = 24;
const rowUnitHeight = 8;

// nova-top's own units; the others are named after Grafana's unit ids.
const ownUnits: Partial<Record<Unit, string>> = {
  seconds: 's',
  percent: 'percent',
  perSecond: 'ops',
  perMinute: 'opm',
  count: 'short',
};
const grafanaUnitId = (unit: Unit): string => ownUnits[unit] ?? unit;

// Grafana has no correlation matrix: the correlated series are drawn as one time series panel.
const grafanaType: Record<PanelKind, string> = {
  timeseries: 'timeseries',
  stat: 'stat',
  percentiles: 'timeseries',
  breakdown: 'piechart',
  status: 'stat',
  topn: 'table',
  correlation: 'timeseries',
  gauge: 'gauge',
  bargauge: 'bargauge',
  table: 'table',
  text: 'text',
  heatmap: 'heatmap',
  unsupported: 'text',
};

export function grafanaDashboard(spec: DashboardSpec): Record<string, unknown> {
  let y = 0;
  let id = 1;
  const panels = spec.rows.flatMap((row) => {
    const height = (row.height ?? 1) * rowUnitHeight;
    const total = row.panels.reduce((sum, panel) => sum + (panel.width ?? 1), 0);
    let x = 0;
    const placed = row.panels.map((panel, index) => {
      const last = index === row.panels.length - 1;
      const w = last ? gridColumns - x : Math.round((gridColumns * (panel.width ?? 1)) / total);
      const result = grafanaPanel(panel, id++, {x, y, w, h: height});
      x += w;
      return result;
    });
    y += height;
    return placed;
  });
  return {
    uid: `nova-${spec.id}`,
    title: `Nova: ${spec.title}`,
    tags: ['nova', 'generated'],
    timezone: 'browser',
    schemaVersion: 39,
    version: 1,
    editable: false,
    refresh: '15s',
    time: {from: 'now-1h', to: 'now'},
    panels,
  };
}

type GridPos = {readonly x: number; readonly y: number; readonly w: number; readonly h: number};

function grafanaPanel(panel: PanelSpec, id: number, gridPos: GridPos): Record<string, unknown> {
  const instant = instantKinds.has(panel.kind);
  return {
    id,
    type: grafanaType[panel.kind],
    title: panel.title,
    datasource,
    gridPos,
    targets: panel.queries.map((query, index) => ({
      refId: String.fromCharCode(65 + index),
      datasource,
      expr: query.expr,
      legendFormat: query.legend ?? '__auto',
      // The +Inf-bucket checks of quantile queries are for nova-top only (dashboards/histogram.ts).
      ...(query.aboveTopBucketOf === undefined ? {} : {hide: true}),
      ...(instant ? {instant: true, range: false} : {}),
      ...(panel.kind === 'topn' ? {format: 'table'} : {}),
    })),
    fieldConfig: {
      defaults: {
        unit: grafanaUnitId(panel.unit),
        thresholds: thresholdSteps(panel.thresholds),
        ...(panel.thresholds === undefined ? {} : shownThresholds(grafanaType[panel.kind])),
        ...(panel.kind === 'status' ? {mappings: upDownMappings} : {}),
      },
      overrides: panel.queries.flatMap((query, index) =>
        query.thresholds
          ? [
              {
                matcher: {id: 'byFrameRefID', options: String.fromCharCode(65 + index)},
                properties: [{id: 'thresholds', value: thresholdSteps(query.thresholds)}],
              },
            ]
          : [],
      ),
    },
    options: panel.kind === 'topn' ? {sortBy: [{displayName: 'Value', desc: true}]} : {},
  };
}

/**
 * Grafana draws a time series' thresholds only with a threshold style, and a table's only in
 * coloured cells: set so that Grafana shows the alert lines, and nova-top's import reads them.
 */
function shownThresholds(type: string): Record<string, unknown> {
  if (type === 'timeseries') return {custom: {thresholdsStyle: {mode: 'line'}}};
  if (type === 'table') return {custom: {cellOptions: {type: 'color-text'}}};
  return {};
}

const upDownMappings = [
  {
    type: 'value',
    options: {
      '0': {text: 'DOWN', color: 'red', index: 0},
      '1': {text: 'UP', color: 'green', index: 1},
    },
  },
];

/** Grafana threshold steps: the base colour, then each threshold upwards. */
export function thresholdSteps(thresholds: Thresholds | undefined): Record<string, unknown> {
  const {warning, critical, direction = 'above'} = thresholds ?? {};
  const steps: {color: string; value: number | null}[] = [];
  if (direction === 'below') {
    // Low is bad: red below critical, yellow below warning, green above.
    steps.push({
      color: critical !== undefined ? 'red' : warning !== undefined ? 'yellow' : 'green',
      value: null,
    });
    if (critical !== undefined && warning !== undefined)
      steps.push({color: 'yellow', value: critical});
    if (warning !== undefined) steps.push({color: 'green', value: warning});
  } else {
    steps.push({color: 'green', value: null});
    if (warning !== undefined) steps.push({color: 'yellow', value: warning});
    if (critical !== undefined) steps.push({color: 'red', value: critical});
  }
  return {mode: 'absolute', steps};
}
