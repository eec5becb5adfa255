// A dashboard file whose text is JSON: Grafana's dashboard JSON (bare, or wrapped as
// `{"dashboard": {...}}` by Grafana's API and provisioning exports) is imported; a nova-top
// dashboard written in JSON (a string `id` and `rows`), or in YAML's flow style, is left to the
// dashboard file parser. A syntax error or a JSON that is no dashboard is one problem at its line
// and column.
import {parseDashboardFile} from '../dashboard-file.js';
import type {DashboardSpec} from '../spec.js';
import type {FileProblem} from '../yaml-walk.js';
import {grafanaDashboardOf, importGrafanaDashboard} from './import-dashboard.js';
import {objectOf} from './json-value.js';
import {jsonSyntaxError, positionOf} from './json-position.js';

export type ParsedJsonDashboard =
  | {readonly ok: true; readonly spec: DashboardSpec}
  | {readonly ok: false; readonly problem: FileProblem}
  /** A nova-top dashboard file written in JSON. */
  | {readonly ok: 'nova-top'};

export const grafanaAccepted =
  'Grafana dashboard JSON with panels or rows, bare or as {"dashboard": ...} (docs/grafana-import.md), or a nova-top dashboard file (docs/dashboard-files.md)';

/** The file's text is JSON when its first character, after white space, is `{`. */
export const isJsonText = (text: string): boolean => /^\uFEFF?\s*\{/.test(text);

const isNovaTopDashboard = (json: unknown): boolean => {
  const top = objectOf(json);
  return (
    typeof top?.['id'] === 'string' &&
    Array.isArray(top['rows']) &&
    top['panels'] === undefined &&
    top['schemaVersion'] === undefined
  );
};

export function parseJsonDashboard(
  text: string,
  options: {readonly path: string; readonly takenIds: readonly string[]},
): ParsedJsonDashboard {
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    // YAML's flow style starts with `{` too: a nova-top dashboard file written so is still one.
    if (parseDashboardFile(source).ok) return {ok: 'nova-top'};
    const error = jsonSyntaxError(source) ?? {offset: 0, problem: 'not valid JSON'};
    const {line, column} = positionOf(source, error.offset);
    return {ok: false, problem: {line, column, problem: error.problem, accepted: grafanaAccepted}};
  }
  if (isNovaTopDashboard(json)) return {ok: 'nova-top'};
  const dashboard = grafanaDashboardOf(json);
  if (dashboard === undefined) {
    const problem = 'a JSON object without panels nor rows is not a Grafana dashboard';
    return {ok: false, problem: {line: 1, column: 1, problem, accepted: grafanaAccepted}};
  }
  return {ok: true, spec: importGrafanaDashboard(dashboard, options)};
}
