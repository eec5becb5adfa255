// --once and --json with template variables: each dashboard's variables are resolved once, as the
// app would first settle them, and written into its queries (and its titles) before the one poll cycle (which sees
// every dashboard as one, so that one scope could not serve them all). Grafana's built-ins that
// depend on a query's step (`$__interval`, `$__rate_interval`) are left to the cycle.
import type {DashboardSpec} from '../dashboards/spec.js';
import {builtinScope} from '../prometheus/builtin-variables.js';
import {createMetadataClient, createPrometheusClient} from '../prometheus/client.js';
import {interpolate} from '../prometheus/interpolate.js';
import {resolveVariablesOnce} from '../poller/variables-runtime.js';
import type {DataSession} from '../record-replay/session.js';
import {withVariableTitles} from '../view-models/variable-titles.js';

/** The dashboards with their variables' values written into their queries. */
export async function withVariablesWritten(
  dashboards: readonly DashboardSpec[],
  session: DataSession,
  rangeSeconds: number,
  scrapeIntervalSeconds?: number,
): Promise<readonly DashboardSpec[]> {
  const sources = {
    client: createPrometheusClient(session.prometheus),
    metadata: createMetadataClient(session.prometheus),
  };
  return Promise.all(
    dashboards.map(async (dashboard) => {
      if ((dashboard.variables ?? []).length === 0) return dashboard;
      const values = await resolveVariablesOnce(dashboard, rangeSeconds, {
        sources,
        clock: session.clock,
        ...(scrapeIntervalSeconds === undefined ? {} : {scrapeIntervalSeconds}),
      });
      const scope = {
        ...values,
        ...builtinScope({
          rangeSeconds,
          dashboardTitle: dashboard.title,
          ...(dashboard.variables === undefined ? {} : {variables: dashboard.variables}),
        }),
      };
      const rows = withVariableTitles(dashboard, values).rows.map((row) => ({
        ...row,
        panels: row.panels.map((panel) => ({
          ...panel,
          queries: panel.queries.map((query) => ({...query, expr: interpolate(query.expr, scope)})),
        })),
      }));
      return {...dashboard, rows};
    }),
  );
}
