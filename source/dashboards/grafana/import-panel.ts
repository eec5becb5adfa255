// One Grafana panel (not a row) into a panel spec without its id and grid position, which the
// layout gives. A panel that nova-top cannot draw becomes an `unsupported` placeholder that says
// why: its type, its data source, a library panel, no query. Nothing here throws.
import type {PanelKind, PanelSpec, QuerySpec, StatReduce} from '../spec.js';
import type {DatasourceNames} from './import-datasource.js';
import {importDefaults, importOverrides} from './import-field-config.js';
import {queryThresholds} from './import-query-thresholds.js';
import {fieldConfigOf, isLegacyGauge, legacyDefaults} from './import-legacy.js';
import {showsSteps} from './import-shown-steps.js';
import {importTargets} from './import-targets.js';
import {textContent} from './import-text.js';
import {
  defined,
  labelOf,
  lineOf,
  linesOf,
  objectOf,
  stringOf,
  type JsonObject,
} from './json-value.js';

export type ImportedPanel = Omit<PanelSpec, 'id' | 'grid'>;

/** Grafana's panel types nova-top draws, and how. */
const kinds: Readonly<Record<string, PanelKind>> = {
  timeseries: 'timeseries',
  graph: 'timeseries',
  stat: 'stat',
  singlestat: 'stat',
  gauge: 'gauge',
  bargauge: 'bargauge',
  table: 'table',
  'table-old': 'table',
  text: 'text',
  heatmap: 'heatmap',
  // A pie chart's slices as proportional bars with their percentages.
  piechart: 'breakdown',
  'grafana-piechart-panel': 'breakdown',
};

/**
 * A stat's calculation (`reduceOptions.calcs`, a singlestat's `valueName`) that nova-top computes
 * alike. The others show the value now: `lastNotNull`, `last` and `current` are that value;
 * `delta`, `count`, `median`, `stdDev` and the like are approximated by it (docs/grafana-import.md).
 */
const reduces: Readonly<Record<string, StatReduce>> = {
  mean: 'mean',
  avg: 'mean',
  max: 'max',
  min: 'min',
  sum: 'sum',
  total: 'sum',
  first: 'first',
  firstNotNull: 'first',
  range: 'range',
  diff: 'diff',
};

function statReduce(panel: JsonObject): StatReduce | undefined {
  const calcs = objectOf(objectOf(panel['options'])?.['reduceOptions'])?.['calcs'];
  const calc = Array.isArray(calcs) ? labelOf(calcs[0]) : labelOf(panel['valueName']);
  return calc !== undefined && Object.hasOwn(reduces, calc) ? reduces[calc] : undefined;
}

function placeholder(title: string, type: string, reason: string): ImportedPanel {
  return {title, kind: 'unsupported', queries: [], unit: 'none', unsupported: {type, reason}};
}

function kindOf(panel: JsonObject, type: string, allTables: boolean): PanelKind | undefined {
  if (isLegacyGauge(panel)) return 'gauge';
  if (Object.hasOwn(kinds, type)) return kinds[type];
  // A plugin panel whose every query asks for a table still shows as one.
  return allTables ? 'table' : undefined;
}

function withThresholds(queries: readonly QuerySpec[], fieldConfig: unknown): QuerySpec[] {
  const byRef = queryThresholds(fieldConfig);
  return queries.map((query) => {
    const thresholds = query.refId === undefined ? undefined : byRef.get(query.refId);
    return thresholds === undefined ? query : {...query, thresholds};
  });
}

function queryPanel(
  panel: JsonObject,
  title: string,
  type: string,
  names: DatasourceNames,
): ImportedPanel {
  const targets = importTargets(panel, names);
  const kind = kindOf(panel, type, targets.allTables);
  if (kind === undefined) return placeholder(title, type, 'no terminal view of this panel type');
  if (targets.otherType === 'dashboard') {
    return placeholder(title, type, "shows another panel's results (-- Dashboard --)");
  }
  if (targets.otherType !== undefined) {
    return placeholder(title, type, `reads a ${targets.otherType} data source, not Prometheus`);
  }
  if (targets.queries.length === 0) return placeholder(title, type, 'no PromQL query');
  const fieldConfig = fieldConfigOf(panel);
  const defaults = {...legacyDefaults(panel), ...importDefaults(fieldConfig)};
  const overrides = importOverrides(fieldConfig);
  return defined({
    title,
    kind,
    queries: withThresholds(targets.queries, fieldConfig),
    unit: defaults.unit ?? 'none',
    decimals: defaults.decimals,
    min: defaults.min,
    max: defaults.max,
    steps: showsSteps(panel, kind) ? defaults.steps : undefined,
    mappings: defaults.mappings,
    displayName: defaults.displayName,
    overrides: overrides.length === 0 ? undefined : overrides,
    reduce: kind === 'stat' ? statReduce(panel) : undefined,
  });
}

function readPanel(panel: JsonObject, names: DatasourceNames): ImportedPanel {
  const title = lineOf(panel['title']) ?? '';
  const description = linesOf(stringOf(panel['description']) ?? '');
  const about = description === '' ? {} : {description};
  const library = objectOf(panel['libraryPanel']);
  if (library !== undefined) {
    const name = labelOf(library['name']) ?? labelOf(library['uid']) ?? 'unnamed';
    const reason = `"${name}" is kept in Grafana's database, not in the file`;
    return {...placeholder(title, 'library panel', reason), ...about};
  }
  const type = labelOf(panel['type']) ?? 'unknown';
  if (type === 'text') {
    return {title, kind: 'text', queries: [], unit: 'none', text: textContent(panel), ...about};
  }
  return {...queryPanel(panel, title, type, names), ...about};
}

/** A panel spec for any panel; one that cannot be read at all is a placeholder saying so. */
export function importPanel(panel: JsonObject, names: DatasourceNames): ImportedPanel {
  try {
    return readPanel(panel, names);
  } catch (error) {
    // The readers above take any JSON; this is the last guard, so that a dashboard always opens.
    const reason = `could not be read: ${lineOf(String(error)) ?? 'unknown error'}`;
    return placeholder(lineOf(panel['title']) ?? '', labelOf(panel['type']) ?? 'unknown', reason);
  }
}
