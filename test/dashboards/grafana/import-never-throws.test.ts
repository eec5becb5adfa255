// Whatever a file holds, the importer gives a dashboard (odd panels become placeholders) and the
// JSON scanner agrees with JSON.parse on what is valid: properties over random input shaped like
// Grafana's JSON, so that the random values reach panels, targets, field config and variables.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {importGrafanaDashboard} from '../../../source/dashboards/grafana/import-dashboard.js';
import {jsonSyntaxError} from '../../../source/dashboards/grafana/json-position.js';
import {sanitize} from '../../../source/text/sanitize.js';

/** Every string in a value, at any depth. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

const keys = fc.constantFrom(
  ...['panels', 'rows', 'type', 'targets', 'expr', 'datasource', 'gridPos', 'fieldConfig'],
  ...['defaults', 'overrides', 'thresholds', 'steps', 'mappings', 'options', 'templating', 'list'],
  ...['query', 'current', 'value', 'collapsed', 'collapse', 'span', 'height', 'title', 'id'],
  ...['x', 'y', 'w', 'h', 'matcher', 'properties', 'libraryPanel', 'time', 'from', 'to'],
  ...['refresh', 'uid', '__inputs', 'legendFormat', 'hide', 'interval', 'yaxes', 'format'],
  ...['valueMaps', 'rangeMaps', 'colors', 'gauge', 'show', 'content', 'mode', 'result', 'match'],
  ...['name', 'pluginId', 'unit', 'min', 'max', 'decimals', 'auto', 'auto_min', 'constructor'],
);

const words = fc.constantFrom(
  ...['row', 'graph', 'singlestat', 'stat', 'gauge', 'table', 'text', 'heatmap', 'piechart'],
  ...['html', '-- Mixed --', '${DS_X}', '$ds', 'now-6h', 'now/d', '30s', 'percentage', 'byName'],
  ...['byRegexp', 'custom.hideFrom', 'prometheus', 'loki', 'query', 'custom', 'interval'],
  ...['range', 'value', 'special', 'regex', 'toString', '__proto__', '$__all', '250px'],
);

const {value: grafanaish} = fc.letrec<{value: unknown; array: unknown[]; object: object}>(
  (tie) => ({
    value: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      words,
      tie('array'),
      tie('object'),
    ),
    array: fc.array(tie('value'), {maxLength: 4}),
    object: fc.dictionary(keys, tie('value'), {maxKeys: 6}),
  }),
);

describe('the importer never throws', () => {
  it('gives a grid dashboard with unique panel ids within 24 columns and sanitized text for any JSON object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(keys, grafanaish, {maxKeys: 8}),
        fc.array(grafanaish, {maxLength: 6}),
        (top, panels) => {
          for (const json of [top, {...top, panels}, {...top, rows: panels}]) {
            const spec = importGrafanaDashboard(json);
            const all = spec.rows.flatMap((row) => row.panels);
            expect(new Set(all.map((panel) => panel.id)).size).toBe(all.length);
            for (const panel of all) {
              const grid = panel.grid ?? {x: -1, y: 0, w: 0, h: 0};
              expect(grid.x >= 0 && grid.w >= 1 && grid.x + grid.w <= 24 && grid.h >= 1).toBe(true);
              expect(panel.kind === 'unsupported').toBe(panel.unsupported !== undefined);
            }
            expect(spec.id).toMatch(/^[a-z][a-z0-9-]*$/);
            // Every text from the file is sanitized (line by line where lines are kept).
            const unsafe = strings(spec)
              .flatMap((text) => text.split('\n'))
              .filter((line) => sanitize(line) !== line);
            expect(unsafe).toEqual([]);
          }
        },
      ),
      {numRuns: 400},
    );
  });

  it('finds a JSON syntax error exactly when JSON.parse does', () => {
    const texts = fc.oneof(
      fc.json().map((text) => text),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', 'x', '\n'))
        .map(
          ([text, at, insert]) =>
            text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
        ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(valid);
      }),
      {numRuns: 1000},
    );
  });
});
