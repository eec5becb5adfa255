// A panel's targets into PromQL queries: hidden targets and targets of another data source are
// left out; when no query is left, the reason says why (for the panel's placeholder).
import type {QuerySpec} from '../spec.js';
import {datasourceKind, type DatasourceKind, type DatasourceNames} from './import-datasource.js';
import {
  arrayOf,
  defined,
  isTrue,
  lineOf,
  linesOf,
  numberOf,
  objectOf,
  stringOf,
  type JsonObject,
} from './json-value.js';
import {intervalSeconds} from './import-time.js';

export type ImportedTargets = {
  readonly queries: readonly QuerySpec[];
  /** Every target that is drawn asks for a table (`format: table`). */
  readonly allTables: boolean;
  /** Set when no query is left: the non-Prometheus type read, else undefined (no target at all). */
  readonly otherType?: string;
};

function legendOf(value: unknown): string | undefined {
  const legend = lineOf(value);
  return legend === undefined || legend === '' || legend === '__auto' ? undefined : legend;
}

const positive = (value: unknown): number | undefined => {
  const number = numberOf(value);
  return number !== undefined && number > 0 ? number : undefined;
};

function query(target: JsonObject, panel: JsonObject): QuerySpec {
  const interval = intervalSeconds(target['interval']) ?? intervalSeconds(panel['interval']);
  const factor = positive(target['intervalFactor']);
  const points = positive(target['maxDataPoints']) ?? positive(panel['maxDataPoints']);
  const refId = lineOf(target['refId']);
  return defined({
    // Sanitized line by line: a query written over several lines keeps its line breaks.
    expr: linesOf(stringOf(target['expr']) ?? ''),
    legend: legendOf(target['legendFormat']),
    refId: refId === '' ? undefined : refId,
    minIntervalSeconds: interval,
    intervalFactor: factor === undefined || factor === 1 ? undefined : Math.round(factor),
    maxDataPoints: points === undefined ? undefined : Math.round(points),
  });
}

/** The PromQL queries of a panel whose data source is `panelSource`. */
export function importTargets(panel: JsonObject, names: DatasourceNames): ImportedTargets {
  const panelSource = datasourceKind(panel['datasource'], names);
  const queries: QuerySpec[] = [];
  let tables = 0;
  let otherType: string | undefined;
  for (const each of arrayOf(panel['targets'])) {
    const target = objectOf(each);
    if (target === undefined || isTrue(target['hide'])) continue;
    const source: DatasourceKind =
      panelSource.kind === 'mixed' || target['datasource'] !== undefined
        ? datasourceKind(target['datasource'], names)
        : panelSource;
    // A target's own reference of null under a non-Prometheus panel still reads the panel's.
    const kind =
      target['datasource'] === null && panelSource.kind === 'other' ? panelSource : source;
    if (kind.kind === 'other') {
      otherType ??= kind.type;
      continue;
    }
    const spec = query(target, panel);
    if (spec.expr === '') continue;
    queries.push(spec);
    if (target['format'] === 'table') tables++;
  }
  if (queries.length === 0 && otherType === undefined && panelSource.kind === 'other') {
    otherType = panelSource.type;
  }
  return defined({
    queries,
    allTables: queries.length > 0 && tables === queries.length,
    otherType: queries.length === 0 ? otherType : undefined,
  });
}
