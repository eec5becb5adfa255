// Dashboard files holding JSON: Grafana's dashboards are imported (bare or wrapped by the API),
// nova-top's own JSON files are still parsed as before, and a mistake is one line with the file,
// line and column, as the user sees it before exit 2.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadDashboardFiles, maxDashboardFileBytes} from '../../../source/config/dashboard-files.js';
import {readSmallFile} from '../../../source/config/read-file.js';
import {builtinDashboards} from '../../../source/dashboards/dashboards.js';
import {readFrom} from '../../config/command-line.js';

const accepted =
  'Grafana dashboard JSON with panels or rows, bare or as {"dashboard": ...} (docs/grafana-import.md), or a nova-top dashboard file (docs/dashboard-files.md)';

const grafana = (uid: string, title: string) =>
  JSON.stringify({
    uid,
    title,
    panels: [
      {
        id: 1,
        type: 'stat',
        title: 'Up',
        gridPos: {x: 0, y: 0, w: 6, h: 4},
        targets: [{expr: 'up', refId: 'A'}],
      },
    ],
  });

const message = (result: ReturnType<typeof loadDashboardFiles>): string =>
  Array.isArray(result) ? 'accepted' : result.message;

describe('Grafana dashboard files', () => {
  it('imports a bare dashboard and one wrapped as {"dashboard": ...}, ids kept apart', () => {
    const files = {
      'a.json': `\n  ${grafana('overview', 'Overview again')}`,
      'b.json': JSON.stringify({dashboard: JSON.parse(grafana('overview', 'Third')), meta: {}}),
    };
    const loaded = loadDashboardFiles(['a.json', 'b.json'], readFrom(files), builtinDashboards);
    expect(
      Array.isArray(loaded) && loaded.map(({id, title, source}) => ({id, title, source})),
    ).toEqual([
      {
        id: 'overview-2',
        title: 'Overview again',
        source: {kind: 'grafana', uid: 'overview', path: 'a.json'},
      },
      {
        id: 'overview-3',
        title: 'Third',
        source: {kind: 'grafana', uid: 'overview', path: 'b.json'},
      },
    ]);
  });

  it('still reads a nova-top dashboard written in JSON as a dashboard file', () => {
    const text = JSON.stringify({
      id: 'mine',
      title: 'Mine',
      rows: [
        {panels: [{id: 'up', title: 'Up', kind: 'status', unit: 'count', queries: [{expr: 'up'}]}]},
      ],
    });
    const loaded = loadDashboardFiles(['mine.json'], readFrom({'mine.json': text}));
    expect(
      Array.isArray(loaded) && loaded.map((dashboard) => [dashboard.id, dashboard.layout]),
    ).toEqual([['mine', undefined]]);
  });

  it.each([
    ['{\n  "title": "x",\n  "panels": [1, 2,]\n}', "3:19: a trailing comma before ']'"],
    [
      '{\n  "title": "x"\n  "panels": []\n}',
      "3:3: unexpected \"\\\"\", expected ',' or '}' after a property",
    ],
    ['{"panels": [', '1:13: unexpected end of file, expected a value'],
    ['{"title": "é\tx"}', '1:13: character U+0009 inside a string (write it as an escape)'],
    [
      '{"title": "no panels"}',
      '1:1: a JSON object without panels nor rows is not a Grafana dashboard',
    ],
    [
      '{"dashboard": {"title": "no panels"}}',
      '1:1: a JSON object without panels nor rows is not a Grafana dashboard',
    ],
  ])('%j -> FILE:%s', (text, where) => {
    const loaded = loadDashboardFiles(['dash.json'], readFrom({'dash.json': text}));
    expect(message(loaded)).toBe(`dash.json:${where}; accepted: ${accepted}`);
  });

  it('reads files of up to 4 MiB (community dashboards are about 500 KB)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nova-top-grafana-'));
    const panel = {type: 'timeseries', title: 'Load', targets: [{expr: 'node_load1', refId: 'A'}]};
    const panels = Array.from({length: 6000}, (_, index) => ({...panel, id: index + 1}));
    const text = JSON.stringify({title: 'Big', panels}, null, 2);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    writeFileSync(join(dir, 'big.json'), text);
    const loaded = loadDashboardFiles([join(dir, 'big.json')], readSmallFile);
    expect(Array.isArray(loaded) && loaded[0]?.rows[0]?.panels.length).toBe(6000);
    writeFileSync(join(dir, 'huge.json'), ' '.repeat(maxDashboardFileBytes + 1));
    expect(message(loadDashboardFiles([join(dir, 'huge.json')], readSmallFile))).toBe(
      `nova-top: --dashboard-file "${join(dir, 'huge.json')}" cannot be read (${maxDashboardFileBytes + 1} bytes, over the limit of ${maxDashboardFileBytes}); expected a readable dashboard file of at most 4 MiB (docs/dashboard-files.md)`,
    );
  });
});
