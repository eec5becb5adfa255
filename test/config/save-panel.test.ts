// Saving a panel to a dashboard file: created when missing, appended as a row with the file's own
// text kept, refused on what is not a regular dashboard file; the loader reads the result.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {loadDashboardFiles} from '../../source/config/dashboard-files.js';
import {readSmallFile} from '../../source/config/read-file.js';
import {
  appendPanelToDashboardFile,
  dashboardNameOf,
  savePanel,
  savedQueriesPath,
} from '../../source/config/save-panel.js';
import type {PanelSpec} from '../../source/dashboards/spec.js';

const panel: PanelSpec = {
  id: 'p95',
  title: 'API p95',
  kind: 'timeseries',
  unit: 'seconds',
  thresholds: {warning: 1},
  queries: [{expr: 'histogram_quantile(0.95, sum by (le) (rate(api_bucket[5m])))', legend: 'p95'}],
};

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'nova-top-save-'));
});
afterEach(() => rmSync(folder, {recursive: true, force: true}));

const load = (path: string) => {
  const loaded = loadDashboardFiles([path], readSmallFile);
  if (!Array.isArray(loaded)) throw new Error(loaded.message);
  return loaded[0];
};

describe("the query prompt's W", () => {
  it('saves into saved.yaml under XDG_CONFIG_HOME, else ~/.config, its folders made', () => {
    expect(savedQueriesPath({}, '/home/u')).toBe('/home/u/.config/nova-top/dashboards/saved.yaml');
    // A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    expect(savedQueriesPath({XDG_CONFIG_HOME: 'rel'}, '/home/u')).toBe(
      '/home/u/.config/nova-top/dashboards/saved.yaml',
    );
    const path = savedQueriesPath({XDG_CONFIG_HOME: folder}, '/home/u');
    expect(path).toBe(join(folder, 'nova-top/dashboards/saved.yaml'));
    expect(savePanel(path, panel)).toEqual({ok: true, panelId: 'p95', created: true});
    expect(savePanel(path, panel)).toEqual({ok: true, panelId: 'p95-2', created: false});
    expect(load(path)?.rows.map((row) => row.panels.map((one) => one.id))).toEqual([
      ['p95'],
      ['p95-2'],
    ]);
  });

  it('says why when the folder cannot be made', () => {
    writeFileSync(join(folder, 'nova-top'), 'a file, not a folder');
    const path = savedQueriesPath({XDG_CONFIG_HOME: folder}, '/home/u');
    expect(savePanel(path, panel)).toEqual({
      ok: false,
      message: `${join(folder, 'nova-top/dashboards')} cannot be made (ENOTDIR)`,
    });
  });
});

describe('appendPanelToDashboardFile', () => {
  it('creates a missing file, readable by the user and group and others, named after it', () => {
    const path = join(folder, 'my scratch.yaml');
    expect(appendPanelToDashboardFile(path, panel)).toEqual({
      ok: true,
      panelId: 'p95',
      created: true,
    });
    const umask = process.umask();
    expect(statSync(path).mode & 0o777).toBe(0o644 & ~umask);
    expect(load(path)).toEqual({id: 'my-scratch', title: 'My scratch', rows: [{panels: [panel]}]});
  });

  it('appends a row to an existing file, keeping its comments, and numbers an id taken', () => {
    const path = join(folder, 'mine.yaml');
    appendPanelToDashboardFile(path, panel);
    const withComment = `# my notes\n${readFileSync(path, 'utf8')}`;
    writeFileSync(path, withComment);
    expect(appendPanelToDashboardFile(path, panel)).toEqual({
      ok: true,
      panelId: 'p95-2',
      created: false,
    });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(withComment)).toBe(true);
    expect(text.slice(withComment.length).split('\n')).toEqual([
      '  - panels:',
      '      - id: p95-2',
      '        title: API p95',
      '        kind: timeseries',
      '        unit: seconds',
      '        thresholds: {warning: 1}',
      '        queries:',
      '          - expr: histogram_quantile(0.95, sum by (le) (rate(api_bucket[5m])))',
      '            legend: p95',
      '',
    ]);
    expect(load(path)?.rows.map((row) => row.panels.map((each) => each.id))).toEqual([
      ['p95'],
      ['p95-2'],
    ]);
  });

  it('refuses a directory and a file with a mistake, and leaves them as they were', () => {
    const directory = join(folder, 'dir.yaml');
    mkdirSync(directory);
    expect(appendPanelToDashboardFile(directory, panel)).toEqual({
      ok: false,
      message: `${directory} cannot be read (not a regular file)`,
    });
    const broken = join(folder, 'broken.yaml');
    writeFileSync(broken, 'id: x\ntitle: X\nrows: 3\n');
    expect(appendPanelToDashboardFile(broken, panel)).toEqual({
      ok: false,
      message: `${broken}:3:7: rows is not a list; accepted: a list of rows, each with panels`,
    });
    expect(readFileSync(broken, 'utf8')).toBe('id: x\ntitle: X\nrows: 3\n');
  });

  it('names a dashboard after its file', () => {
    expect(dashboardNameOf('/tmp/scratch.yaml')).toEqual({id: 'scratch', title: 'Scratch'});
    expect(dashboardNameOf('alerts.yml')).toEqual({id: 'saved-alerts', title: 'Alerts'});
    expect(dashboardNameOf('2024 notes.json')).toEqual({id: 'notes', title: '2024 notes'});
  });
});
