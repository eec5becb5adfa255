// A dashboard file (YAML, or JSON, which is YAML) into a DashboardSpec, or the first mistake with
// its line and column. The format mirrors spec.ts key for key; docs/dashboard-files.md describes
// it and docs/dashboard.schema.json holds it as a JSON Schema (a test keeps the two in step).
import {LineCounter, parseDocument} from 'yaml';
import type {
  DashboardSpec,
  PanelKind,
  PanelSpec,
  QuerySpec,
  RowSpec,
  Thresholds,
  Unit,
} from './spec.js';
import {statReduces} from './spec.js';
import {
  boolean,
  choice,
  fail,
  Invalid,
  list,
  mapping,
  number,
  optional,
  text,
  type FileProblem,
  type Place,
} from './yaml-walk.js';

/** Where a value stands in its file, 1-based. */
export type FilePosition = {readonly line: number; readonly column: number};

export type ParsedDashboard =
  | {
      readonly ok: true;
      readonly spec: DashboardSpec;
      /** Where the dashboard's id stands, for a mistake found across files (an id used twice). */
      readonly idAt: FilePosition;
    }
  | {readonly ok: false; readonly problem: FileProblem};

export const panelKinds: readonly PanelKind[] = [
  'timeseries',
  'stat',
  'percentiles',
  'breakdown',
  'status',
  'topn',
  'correlation',
];
export const units: readonly Unit[] = ['seconds', 'percent', 'perSecond', 'perMinute', 'count'];

/** Ids go into store keys (`dashboard/panel`) and on the command line: no slash, no space. */
const idPattern = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const idAccepted = 'a letter, then letters, digits, -, _ or .';
/** `--dashboard alerts` names the alerts screen. */
export const reservedDashboardIds: readonly string[] = ['alerts'];

const keys = {
  dashboard: ['id', 'title', 'rows'],
  row: ['height', 'panels'],
  panel: ['id', 'title', 'kind', 'unit', 'width', 'limit', 'reduce', 'thresholds', 'queries'],
  query: ['expr', 'legend', 'thresholds', 'aboveTopBucketOf'],
  thresholds: ['warning', 'critical', 'direction', 'info'],
} as const;

export function parseDashboardFile(source: string): ParsedDashboard {
  const lines = new LineCounter();
  const document = parseDocument(source, {lineCounter: lines, prettyErrors: false});
  const [error] = document.errors;
  if (error !== undefined) {
    const {line, col} = lines.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.code;
    const problem = message.charAt(0).toLowerCase() + message.slice(1);
    const accepted = 'YAML or JSON (docs/dashboard-files.md)';
    return {ok: false, problem: {line, column: col, problem, accepted}};
  }
  try {
    const place = {node: document.contents, offset: 0, lines};
    const spec = dashboard(place);
    const {line, col} = lines.linePos(
      mapping(place, 'the dashboard', keys.dashboard)('id').node?.range?.[0] ?? 0,
    );
    return {ok: true, spec, idAt: {line, column: col}};
  } catch (caught) {
    if (caught instanceof Invalid) return {ok: false, problem: caught.problem};
    throw caught;
  }
}

function id(place: Place, what: string, reserved: readonly string[] = []): string {
  const value = text(place, what, idAccepted);
  if (!idPattern.test(value))
    fail(place, `${what} ${JSON.stringify(value)} is not an id`, idAccepted);
  if (reserved.includes(value)) {
    fail(place, `${what} ${JSON.stringify(value)} is reserved`, `any other id (${idAccepted})`);
  }
  return value;
}

const positive = (what: string) => (place: Place) => {
  const value = number(place, what, 'a number above 0');
  if (value <= 0) fail(place, `${what} is not above 0`, 'a number above 0');
  return value;
};

function dashboard(place: Place): DashboardSpec {
  const field = mapping(place, 'the dashboard', keys.dashboard);
  const rows = list(field('rows'), 'rows', 'a list of rows, each with panels');
  const spec = {
    id: id(field('id'), 'the dashboard id', reservedDashboardIds),
    title: text(field('title'), 'the dashboard title', 'text'),
    rows: rows.map(row),
  };
  checkPanelIdsUnique(rows);
  return spec;
}

/** The store keys panel state by dashboard and panel id: one id, one panel. */
function checkPanelIdsUnique(rows: readonly Place[]): void {
  const seen = new Set<string>();
  for (const rowPlace of rows) {
    for (const panelPlace of list(mapping(rowPlace, 'a row', keys.row)('panels'), 'panels', '')) {
      const idPlace = mapping(panelPlace, 'a panel', keys.panel)('id');
      const value = id(idPlace, 'the panel id');
      if (seen.has(value)) {
        fail(idPlace, `panel id ${JSON.stringify(value)} is used twice`, 'one panel per id');
      }
      seen.add(value);
    }
  }
}

function row(place: Place): RowSpec {
  const field = mapping(place, 'a row', keys.row);
  const height = optional(field('height'), positive('the row height'));
  return {
    panels: list(field('panels'), 'panels', 'a list of panels').map(panel),
    ...(height === undefined ? {} : {height}),
  };
}

function panel(place: Place): PanelSpec {
  const field = mapping(place, 'a panel', keys.panel);
  const width = optional(field('width'), positive('the panel width'));
  const limit = optional(field('limit'), (at) => {
    const value = number(at, 'the limit', 'a whole number from 1');
    if (!Number.isInteger(value) || value < 1)
      fail(at, 'the limit is not a whole number from 1', 'a whole number from 1');
    return value;
  });
  const panelThresholds = optional(field('thresholds'), thresholds);
  const queries = list(field('queries'), 'queries', 'a list of queries, each with expr');
  const kind = choice(field('kind'), 'the panel kind', panelKinds);
  const reduce = optional(field('reduce'), (at) => {
    if (kind !== 'stat') fail(at, `reduce is for stat panels, not ${kind}`, 'reduce on a stat');
    return choice(at, 'the reduction', statReduces);
  });
  return {
    id: id(field('id'), 'the panel id'),
    title: text(field('title'), 'the panel title', 'text'),
    kind,
    unit: choice(field('unit'), 'the unit', units),
    queries: queries.map((each, index) => query(each, index, queries.length)),
    ...(panelThresholds === undefined ? {} : {thresholds: panelThresholds}),
    ...(width === undefined ? {} : {width}),
    ...(limit === undefined ? {} : {limit}),
    ...(reduce === undefined ? {} : {reduce}),
  };
}

function query(place: Place, index: number, count: number): QuerySpec {
  const field = mapping(place, 'a query', keys.query);
  const legend = optional(field('legend'), (at) =>
    text(at, 'the legend', 'text, with {{label}} for a label value'),
  );
  const queryThresholds = optional(field('thresholds'), thresholds);
  const accepted = `the position (from 0) of another query of the panel, below ${count}`;
  const checked = optional(field('aboveTopBucketOf'), (at) => {
    const value = number(at, 'aboveTopBucketOf', accepted);
    if (!Number.isInteger(value) || value < 0 || value >= count || value === index) {
      fail(at, `aboveTopBucketOf ${value} is not another query`, accepted);
    }
    return value;
  });
  return {
    expr: text(field('expr'), 'the expr', 'a PromQL expression', true),
    ...(legend === undefined ? {} : {legend}),
    ...(queryThresholds === undefined ? {} : {thresholds: queryThresholds}),
    ...(checked === undefined ? {} : {aboveTopBucketOf: checked}),
  };
}

function thresholds(place: Place): Thresholds {
  const field = mapping(place, 'thresholds', keys.thresholds);
  const warning = optional(field('warning'), (at) => number(at, 'warning', 'a number'));
  const critical = optional(field('critical'), (at) => number(at, 'critical', 'a number'));
  const direction = optional(field('direction'), (at) =>
    choice(at, 'the direction', ['above', 'below'] as const),
  );
  const info = optional(field('info'), (at) => boolean(at, 'info', 'true or false'));
  return {
    ...(warning === undefined ? {} : {warning}),
    ...(critical === undefined ? {} : {critical}),
    ...(direction === undefined ? {} : {direction}),
    ...(info === true ? {info} : {}),
  };
}
