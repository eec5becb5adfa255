// A DashboardSpec as the YAML text of a dashboard file, which parseDashboardFile reads back to an
// equal spec (a property test holds it to that). Keys in the order of spec.ts; thresholds on one
// line; expressions never folded, so that each stays a line to copy; quotes and braces as the
// repository's prettier writes them.
import {Document, isMap, isScalar, visit} from 'yaml';
import type {DashboardSpec, PanelSpec, QuerySpec, RowSpec, Thresholds} from './spec.js';

export const fileHeader = ' nova-top dashboard: the format is in docs/dashboard-files.md';

const thresholdsData = (thresholds: Thresholds): object => ({
  ...(thresholds.warning === undefined ? {} : {warning: thresholds.warning}),
  ...(thresholds.critical === undefined ? {} : {critical: thresholds.critical}),
  ...(thresholds.direction === undefined ? {} : {direction: thresholds.direction}),
  ...(thresholds.info === true ? {info: true} : {}),
});

const queryData = (query: QuerySpec): object => ({
  expr: query.expr,
  ...(query.legend === undefined ? {} : {legend: query.legend}),
  ...(query.thresholds === undefined ? {} : {thresholds: thresholdsData(query.thresholds)}),
  ...(query.aboveTopBucketOf === undefined ? {} : {aboveTopBucketOf: query.aboveTopBucketOf}),
});

/** A panel as the plain data of its place in a file. */
export const panelData = (panel: PanelSpec): object => ({
  id: panel.id,
  title: panel.title,
  kind: panel.kind,
  unit: panel.unit,
  ...(panel.width === undefined ? {} : {width: panel.width}),
  ...(panel.limit === undefined ? {} : {limit: panel.limit}),
  ...(panel.thresholds === undefined ? {} : {thresholds: thresholdsData(panel.thresholds)}),
  queries: panel.queries.map(queryData),
});

const rowData = (row: RowSpec): object => ({
  ...(row.height === undefined ? {} : {height: row.height}),
  panels: row.panels.map(panelData),
});

/** How files are written: expressions unfolded, quotes and braces as prettier has them. */
export const yamlOptions = {lineWidth: 0, singleQuote: true, flowCollectionPadding: false} as const;

/** Thresholds as a flow mapping, on one line: `{warning: 5, critical: 15}`. */
export function flowThresholds(document: Document): void {
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'thresholds' && isMap(pair.value)) {
        pair.value.flow = true;
      }
    },
  });
}

export function dashboardYaml(data: object): string {
  const document = new Document(data);
  document.commentBefore = fileHeader;
  flowThresholds(document);
  return document.toString(yamlOptions);
}

export function writeDashboardFile(spec: DashboardSpec): string {
  return dashboardYaml({id: spec.id, title: spec.title, rows: spec.rows.map(rowData)});
}
