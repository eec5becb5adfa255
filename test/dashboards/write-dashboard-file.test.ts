// writeDashboardFile: what it writes, the loader reads back to an equal spec, for any spec.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseDashboardFile, panelKinds, units} from '../../source/dashboards/dashboard-file.js';
import type {
  DashboardSpec,
  PanelSpec,
  QuerySpec,
  Thresholds,
} from '../../source/dashboards/spec.js';
import {writeDashboardFile} from '../../source/dashboards/write-dashboard-file.js';
import {sanitize} from '../../source/text/sanitize.js';

/** Strings YAML would read as something else unless quoted. */
const tricky = fc.constantFrom(
  'yes',
  'no',
  'null',
  '~',
  '123',
  '0x1F',
  '.inf',
  '- a',
  'a: b',
  '#x',
  '{{job}}',
  "it's",
  '"q"',
  '[1]',
  '@at',
  '`tick`',
  '%x',
  '&anchor',
  '*alias',
  '!tag',
  '|',
  '>',
  'é ü 日本',
);
const printable = fc.oneof(
  tricky,
  fc
    .string({unit: 'grapheme', minLength: 1, maxLength: 30})
    .filter((s) => s.trim() !== '' && sanitize(s) === s),
);
const expr = fc.oneof(
  printable,
  fc.array(printable, {minLength: 2, maxLength: 3}).map((lines) => lines.join('\n')),
);
const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,12}$/).filter((s) => s !== 'alerts');
const finite = fc.double({noNaN: true, noDefaultInfinity: true}).filter((n) => !Object.is(n, -0));
const positive = fc.double({min: 1e-6, max: 1e6, noNaN: true});

const thresholds: fc.Arbitrary<Thresholds> = fc.record(
  {
    warning: finite,
    critical: finite,
    direction: fc.constantFrom('above' as const, 'below' as const),
    info: fc.constant(true as const),
  },
  {requiredKeys: []},
);

const query: fc.Arbitrary<QuerySpec> = fc.record(
  {expr, legend: printable, thresholds},
  {requiredKeys: ['expr']},
);

const panel = (panelId: string): fc.Arbitrary<PanelSpec> =>
  fc
    .record(
      {
        title: printable,
        kind: fc.constantFrom(...panelKinds),
        unit: fc.constantFrom(...units),
        queries: fc.array(query, {minLength: 1, maxLength: 4}),
        thresholds,
        width: positive,
        limit: fc.integer({min: 1, max: 50}),
        check: fc.boolean(),
      },
      {requiredKeys: ['title', 'kind', 'unit', 'queries', 'check']},
    )
    .map(({check, queries, ...rest}) => ({
      id: panelId,
      ...rest,
      // The last query checks the first one's +Inf bucket, when there are two or more.
      queries:
        check && queries.length > 1
          ? [...queries.slice(0, -1), {...queries.at(-1)!, aboveTopBucketOf: 0}]
          : queries,
    }));

const dashboard: fc.Arbitrary<DashboardSpec> = fc
  .record({
    id,
    title: printable,
    rows: fc.array(
      fc.record({
        count: fc.integer({min: 1, max: 3}),
        height: fc.option(positive, {nil: undefined}),
      }),
      {minLength: 1, maxLength: 3},
    ),
    panelIds: fc.uniqueArray(id, {minLength: 9, maxLength: 9}),
  })
  .chain(({id: dashboardId, title, rows, panelIds}) => {
    let next = 0;
    const rowArbitraries = rows.map(({count, height}) =>
      fc
        .tuple(...Array.from({length: count}, () => panel(panelIds[next++] ?? 'x')))
        .map((panels) => ({panels, ...(height === undefined ? {} : {height})})),
    );
    return fc.tuple(...rowArbitraries).map((built) => ({id: dashboardId, title, rows: built}));
  });

describe('writeDashboardFile', () => {
  it('writes what the loader reads back to an equal spec', () => {
    fc.assert(
      fc.property(dashboard, (spec) => {
        const parsed = parseDashboardFile(writeDashboardFile(spec));
        expect(parsed.ok ? parsed.spec : parsed.problem).toEqual(spec);
      }),
      {numRuns: 100},
    );
  });

  it('writes keys in the order of spec.ts, thresholds on one line', () => {
    const spec: DashboardSpec = {
      id: 'small',
      title: 'Small',
      rows: [
        {
          height: 2,
          panels: [
            {
              id: 'errors',
              title: 'Errors',
              kind: 'stat',
              unit: 'percent',
              thresholds: {warning: 5, critical: 15},
              queries: [{expr: 'sum(rate(errors_total[$__rate_interval]))', legend: '{{job}}'}],
            },
          ],
        },
      ],
    };
    expect(writeDashboardFile(spec).split('\n')).toEqual([
      '# nova-top dashboard: the format is in docs/dashboard-files.md',
      '',
      'id: small',
      'title: Small',
      'rows:',
      '  - height: 2',
      '    panels:',
      '      - id: errors',
      '        title: Errors',
      '        kind: stat',
      '        unit: percent',
      '        thresholds: {warning: 5, critical: 15}',
      '        queries:',
      '          - expr: sum(rate(errors_total[$__rate_interval]))',
      "            legend: '{{job}}'",
      '',
    ]);
  });
});
