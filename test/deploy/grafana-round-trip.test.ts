// The round trip: the Grafana dashboards generated from the built-in ones (deploy/grafana/
// dashboards, `npm run generate`), imported by nova-top, draw the same panels with the same
// queries, thresholds and units as the built-in dashboards themselves.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {dashboardFiles} from '../../scripts/grafana-dashboards.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {
  grafanaDashboardOf,
  importGrafanaDashboard,
} from '../../source/dashboards/grafana/import-dashboard.js';
import type {PanelKind, PanelSpec, Thresholds, Unit} from '../../source/dashboards/spec.js';
import {stepsOf} from '../../source/view-models/threshold-steps.js';
import {deployDir} from '../../stack/deploy-files.js';

/** Grafana has no panel for some kinds: the generator picks the nearest, and that is what returns. */
const returnedKind: Readonly<Record<PanelKind, PanelKind>> = {
  timeseries: 'timeseries',
  stat: 'stat',
  percentiles: 'timeseries',
  breakdown: 'breakdown',
  status: 'stat',
  topn: 'table',
  correlation: 'timeseries',
  gauge: 'gauge',
  bargauge: 'bargauge',
  table: 'table',
  text: 'text',
  heatmap: 'heatmap',
  unsupported: 'unsupported',
};

/** nova-top's own units come back as the Grafana unit they are exported as. */
const exportedUnits: Partial<Record<Unit, Unit>> = {seconds: 's', perSecond: 'ops', count: 'short'};
const returnedUnit = (unit: Unit): Unit => exportedUnits[unit] ?? unit;

const steps = (thresholds: Thresholds | undefined) => stepsOf(thresholds ?? {});

/** What a panel draws: the +Inf-bucket checks of quantiles are nova-top's own, hidden in Grafana. */
const drawn = (panel: PanelSpec) =>
  panel.queries
    .filter((query) => query.aboveTopBucketOf === undefined)
    .map((query) => ({
      expr: query.expr,
      legend: query.legend,
      thresholds: query.thresholds && steps(query.thresholds),
    }));

describe.each(builtinDashboards.map((spec) => [spec.id, spec] as const))('%s', (id, spec) => {
  const file = path.join(deployDir, 'grafana/dashboards', dashboardFiles[id] ?? '');
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const dashboard = grafanaDashboardOf(json);
  const imported = dashboard && importGrafanaDashboard(dashboard, {takenIds: [id]});
  const builtin = spec.rows.flatMap((row) => row.panels);
  const back = imported?.rows.flatMap((row) => row.panels) ?? [];

  test('the same panels, in order, of the kinds that draw them', () => {
    expect(back.map((panel) => [panel.title, panel.kind])).toEqual(
      builtin.map((panel) => [panel.title, returnedKind[panel.kind]]),
    );
  });

  test('the same queries and legends, and the same thresholds per query', () => {
    expect(back.map(drawn)).toEqual(builtin.map(drawn));
  });

  test('the same thresholds (as steps) and units', () => {
    // A base step alone (Grafana's green) is no threshold, as none at all.
    expect(back.map((panel) => [panel.steps ?? steps(undefined), panel.unit])).toEqual(
      builtin.map((panel) => [steps(panel.thresholds), returnedUnit(panel.unit)]),
    );
  });

  test('the same time range and refresh as the generator writes', () => {
    expect([imported?.rangeSeconds, imported?.refreshSeconds, imported?.layout]).toEqual([
      3600,
      15,
      'grid',
    ]);
  });
});
