// The README's generated sections: flags, environment, keys and dashboards come from the same data
// as --help, the help overlay and the dashboards themselves. `npm run readme` rewrites them;
// test/cli/readme.test.ts fails when the README lags behind.
import {readmeOptionTables} from '../source/config/options.js';
import {alertPanelPlace, alertPanels} from '../source/dashboards/alert-panels.js';
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import type {DashboardSpec, PanelKind} from '../source/dashboards/spec.js';
import {readmeKeyTable} from '../source/keys/key-docs.js';
import {thresholdText} from '../source/view-models/thresholds.js';

const kindNames: Readonly<Record<PanelKind, string>> = {
  timeseries: 'sparklines',
  stat: 'current value and peak',
  percentiles: 'p50/p95/p99',
  breakdown: 'proportional bars',
  status: 'up/down grid',
  topn: 'top-N table',
  correlation: 'correlation grid',
  gauge: 'gauge bars',
  bargauge: 'bar per series',
  table: 'table of labels and values',
  text: 'text',
  heatmap: 'histogram heatmap',
  unsupported: 'placeholder',
};

function dashboardSection(dashboard: DashboardSpec, index: number): string {
  const panels = dashboard.rows.flatMap((row) =>
    row.panels.map((panel) => {
      const limits = [
        thresholdText(panel.thresholds, panel.unit),
        ...panel.queries.map((query) =>
          query.thresholds === undefined
            ? ''
            : `${query.legend ?? query.expr} ${thresholdText(query.thresholds, panel.unit)}`,
        ),
      ].filter((text) => text !== '');
      const alert = limits.length === 0 ? '' : `; alerts: ${limits.join(', ')}`;
      return `- ${panel.title} (${kindNames[panel.kind]}${alert})`;
    }),
  );
  return [
    `**${index + 1}. ${dashboard.title}** (\`--dashboard ${dashboard.id}\`)`,
    '',
    ...panels,
  ].join('\n');
}

/** Which panel mirrors each alert (source/dashboards/alert-panels.ts), as a table. */
function alertPanelTable(): string {
  const rows = Object.keys(alertPanels).map((alertname) => {
    const place = alertPanelPlace(alertname);
    if (place === undefined) return `| ${alertname} | - | - |`;
    const {dashboard, dashboardIndex, panel, mirror} = place;
    const series = mirror.series === undefined ? '' : ` (${mirror.series})`;
    const where = `${dashboardIndex + 1} ${dashboard.title} › ${panel.title}${series}`;
    return `| ${alertname} | ${where} | ${mirror.window ?? "the alert's"} |`;
  });
  return ['| Alert | Panel | Panel window |', '| --- | --- | --- |', ...rows].join('\n');
}

export function readmeSections(): Readonly<Record<string, string>> {
  return {
    options: readmeOptionTables(),
    keys: readmeKeyTable(),
    dashboards: builtinDashboards.map(dashboardSection).join('\n\n'),
    'alert-panels': alertPanelTable(),
  };
}

/** The README with every `<!-- name:start -->...<!-- name:end -->` section regenerated. */
export function updateReadme(readme: string): string {
  return Object.entries(readmeSections()).reduce(
    (text, [name, body]) =>
      text.replace(
        new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`),
        (_match, start: string, end: string) => `${start}\n${body}\n${end}`,
      ),
    readme,
  );
}
