import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  historyPath,
  maxHistoryEntries,
  openQueryHistory,
} from '../../source/history/query-history.js';

let home: string;
let notices: string[];
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'nova-top-history-'));
  notices = [];
});
afterEach(() => rmSync(home, {recursive: true, force: true}));

const open = (env: NodeJS.ProcessEnv = {}) =>
  openQueryHistory({env, home, onNotice: (message) => notices.push(message)});
const defaultFile = () => path.join(home, '.local', 'state', 'nova-top', 'history');

describe('historyPath', () => {
  it('uses an absolute XDG_STATE_HOME, else ~/.local/state', () => {
    expect(historyPath({XDG_STATE_HOME: '/s'}, '/h')).toBe('/s/nova-top/history');
    expect(historyPath({XDG_STATE_HOME: 'relative'}, '/h')).toBe(
      '/h/.local/state/nova-top/history',
    );
    expect(historyPath({XDG_STATE_HOME: ''}, '/h')).toBe('/h/.local/state/nova-top/history');
    expect(historyPath({}, '/h')).toBe('/h/.local/state/nova-top/history');
  });
});

describe('openQueryHistory', () => {
  it('starts empty without a file, and says nothing', () => {
    expect(open().entries()).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('keeps queries one a line, in a private file in a private directory', () => {
    const history = open();
    history.add('up');
    history.add('sum(rate(x[5m]))');
    expect(readFileSync(defaultFile(), 'utf8')).toBe('up\nsum(rate(x[5m]))\n');
    expect(statSync(defaultFile()).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(defaultFile())).mode & 0o777).toBe(0o700);
    expect(open().entries()).toEqual(['up', 'sum(rate(x[5m]))']);
  });

  it('writes under XDG_STATE_HOME when set', () => {
    const state = path.join(home, 'state');
    open({XDG_STATE_HOME: state}).add('up');
    expect(readFileSync(path.join(state, 'nova-top', 'history'), 'utf8')).toBe('up\n');
  });

  it('folds a repeat of the newest entry, skips blank queries', () => {
    const history = open();
    for (const query of ['up', 'up', '  ', 'x', 'up']) history.add(query);
    expect(history.entries()).toEqual(['up', 'x', 'up']);
  });

  it('stores line breaks, tabs and backslashes escaped, and reads them back as typed', () => {
    const query = 'sum(x) # total\n/ 2\t{a="\\\\n"}';
    open().add(query);
    expect(readFileSync(defaultFile(), 'utf8')).toBe('sum(x) # total\\n/ 2\\t{a="\\\\\\\\n"}\n');
    expect(open().entries()).toEqual([query]);
  });

  it('refuses a query with other control characters', () => {
    const history = open();
    history.add('up\u001b[2J');
    expect(history.entries()).toEqual([]);
  });

  it(`keeps the newest ${maxHistoryEntries}`, () => {
    const history = open();
    for (let index = 0; index < maxHistoryEntries + 3; index++) history.add(`q${index}`);
    expect(history.entries()).toHaveLength(maxHistoryEntries);
    expect(history.entries()[0]).toBe('q3');
    expect(open().entries().at(-1)).toBe(`q${maxHistoryEntries + 2}`);
  });

  it('leaves out lines of a tampered file that hold control characters', () => {
    mkdirSync(path.dirname(defaultFile()), {recursive: true});
    writeFileSync(defaultFile(), 'up\n\u001b]52;c;aGk=\u0007\n\n\u0000\u0000\nx\n');
    expect(open().entries()).toEqual(['up', 'x']);
    expect(notices).toEqual([]);
  });

  it('starts empty with one notice when the file is too big or not a file', () => {
    mkdirSync(path.dirname(defaultFile()), {recursive: true});
    writeFileSync(defaultFile(), 'x'.repeat(1024 * 1024 + 1));
    expect(open().entries()).toEqual([]);
    rmSync(defaultFile());
    mkdirSync(defaultFile());
    expect(open().entries()).toEqual([]);
    expect(notices).toEqual([
      `query history ${defaultFile()} not read (1048577 bytes, over the limit of 1048576): starting empty`,
      `query history ${defaultFile()} not read (not a regular file): starting empty`,
    ]);
  });

  it('notices a failed read and a failed write once each, and goes on', () => {
    const state = path.join(home, 'a-file');
    writeFileSync(state, '');
    const history = open({XDG_STATE_HOME: state});
    history.add('up');
    history.add('x');
    expect(history.entries()).toEqual(['up', 'x']);
    const file = `${state}/nova-top/history`;
    expect(notices).toEqual([
      `query history ${file} not read (ENOTDIR): starting empty`,
      `query history ${file} not saved (ENOTDIR)`,
    ]);
  });
});
