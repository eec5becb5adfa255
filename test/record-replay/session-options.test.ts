// The shipped demo is found from the entry point, run from source or bundled, and a replay opens
// on what was recorded unless the command line says otherwise.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {
  demoFile,
  openSession,
  withReplayDefaults,
} from '../../source/record-replay/session-options.js';
import {parseArgv} from '../config/command-line.js';

const demoName = path.join('demo', 'nova-incident.jsonl.gz');
const root = path.join(import.meta.dirname, '../..');
const folder = mkdtempSync(path.join(tmpdir(), 'nova-top-session-options-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const entry = (...parts: string[]) => pathToFileURL(path.join(...parts)).href;

describe('demoFile', () => {
  // A checkout inside a folder that happens to hold a demo/ of its own.
  const outer = path.join(folder, 'outer');
  const repo = path.join(outer, 'repo');
  for (const where of [outer, repo]) {
    mkdirSync(path.join(where, 'demo'), {recursive: true});
    writeFileSync(path.join(where, demoName), '');
  }

  it("is the repository's demo, from source or from the bundle, never a stray ../demo", () => {
    expect(demoFile(entry(repo, 'cli.tsx'))).toBe(path.join(repo, demoName));
    expect(demoFile(entry(repo, 'dist', 'cli.js'))).toBe(path.join(repo, demoName));
  });

  it('names the file beside the entry point when there is none', () => {
    const empty = path.join(folder, 'empty');
    expect(demoFile(entry(empty, 'cli.tsx'))).toBe(path.join(empty, demoName));
  });
});

describe('a demo session', () => {
  const options = {version: '0.0.0', entryUrl: entry(root, 'cli.tsx'), onRecordError: () => {}};

  it('replays the shipped demo on its recorded range and refresh, unless given', async () => {
    const parsed = parseArgv(['--demo', '--range', '1h']);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const session = await openSession(parsed.config, options);
    expect(session.replay?.header.options).toMatchObject({rangeSeconds: 300, refreshMs: 2000});
    const recorded = withReplayDefaults(parsed.config, session, {});
    expect([recorded.rangeSeconds, recorded.refreshMs]).toEqual([300, 2000]);
    const given = withReplayDefaults(parsed.config, session, {range: '1h'});
    expect([given.rangeSeconds, given.refreshMs]).toEqual([3600, 2000]);
  });
});
