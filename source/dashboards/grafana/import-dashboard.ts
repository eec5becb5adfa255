// A Grafana dashboard's JSON (as exported, saved by the API's `{dashboard: {...}}`, or
// provisioned) into a dashboard spec with a grid layout, across schema versions: `rows[]` of old
// schemas and `panels[]` of new ones. Pure and total: odd input gives placeholders, never a throw.
import type {DashboardSpec, PanelSpec, RowSpec} from '../spec.js';
import {datasourceNames, type DatasourceNames} from './import-datasource.js';
import {importLayout, type Section} from './import-layout.js';
import {importPanel} from './import-panel.js';
import {importRows} from './import-rows.js';
import {rangeSeconds, refreshSeconds} from './import-time.js';
import {importVariables} from './import-variables.js';
import {
  arrayOf,
  defined,
  labelOf,
  numberOf,
  objectOf,
  stringOf,
  type JsonObject,
} from './json-value.js';

/** The dashboard in a parsed file, unwrapped from `{dashboard: ...}`; undefined when not one. */
export function grafanaDashboardOf(json: unknown): JsonObject | undefined {
  const top = objectOf(json);
  const dashboard = objectOf(top?.['dashboard']) ?? top;
  if (dashboard === undefined) return undefined;
  return Array.isArray(dashboard['panels']) || Array.isArray(dashboard['rows'])
    ? dashboard
    : undefined;
}

/** Ids go on the command line and into store keys: a slug, starting with a letter. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(words)
    ? words.slice(0, 60).replace(/-+$/, '')
    : `grafana${words === '' ? '' : `-${words.slice(0, 52)}`}`.replace(/-+$/, '');
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

/** Panel ids: `panel-ID` from Grafana's whole-number id, first come first served; else the next free. */
function panelIds(sections: readonly Section[]): string[] {
  const wholeIds = sections.flatMap((section) =>
    section.panels.map(({raw}) => {
      const id = numberOf(raw['id']);
      return id !== undefined && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
    }),
  );
  const used = new Set<number>();
  let next = Math.max(0, ...wholeIds.filter((id) => id !== undefined)) + 1;
  return wholeIds.map((id) => {
    if (id !== undefined && !used.has(id)) {
      used.add(id);
      return `panel-${id}`;
    }
    return `panel-${next++}`;
  });
}

function rowsOf(sections: readonly Section[], names: DatasourceNames): RowSpec[] {
  const ids = panelIds(sections);
  let index = 0;
  return sections.map((section) => {
    const panels: PanelSpec[] = section.panels.map(({raw, grid}) => ({
      id: ids[index++] ?? `panel-x${index}`,
      ...importPanel(raw, names),
      grid,
    }));
    return defined({panels, title: section.title, collapsed: section.collapsed});
  });
}

/** Schemas before 16 keep their panels in `rows`; a later file with rows but no panels too. */
function usesRows(dashboard: JsonObject): boolean {
  const rows = arrayOf(dashboard['rows']);
  const panels = arrayOf(dashboard['panels']);
  const schema = numberOf(dashboard['schemaVersion']);
  return rows.length > 0 && (panels.length === 0 || (schema !== undefined && schema < 16));
}

export type ImportOptions = {
  /** Dashboard ids already taken (the dashboards loaded before): a clash gets a `-2` suffix. */
  readonly takenIds?: readonly string[];
  /** The file it was read from, for messages. */
  readonly path?: string;
};

export function importGrafanaDashboard(
  dashboard: JsonObject,
  options: ImportOptions = {},
): DashboardSpec {
  const names = datasourceNames(dashboard);
  const uid = labelOf(dashboard['uid']);
  const title = labelOf(dashboard['title']) ?? uid ?? 'Grafana dashboard';
  const sections = usesRows(dashboard)
    ? importRows(arrayOf(dashboard['rows']))
    : importLayout(arrayOf(dashboard['panels']));
  const taken = new Set([...(options.takenIds ?? []), 'alerts']);
  const variables = importVariables(dashboard['templating'], names);
  return defined({
    id: uniqueId(slug(uid ?? title), taken),
    title,
    rows: rowsOf(sections, names),
    layout: 'grid' as const,
    variables: variables.length === 0 ? undefined : variables,
    rangeSeconds: rangeSeconds(dashboard['time']),
    refreshSeconds: refreshSeconds(dashboard['refresh']),
    source: defined({kind: 'grafana' as const, uid, path: stringOf(options.path)}),
  });
}
