// What the shipped bundle loads at start stays loaded for the hours nova-top sits in a terminal:
// Node's undici (about 12 MB resident, pulled in by axios' and yoga's fetch probes) and http2
// must not be among it (scripts/bundle-trim.mjs), and the source V8 keeps must be one byte a
// character.
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';

const root = path.join(import.meta.dirname, '../..');
const bundle = path.join(root, 'dist', 'cli.js');

/** Prints Node's built-in modules loaded when the process exits, as JSON, on stderr. */
const reportModules = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)));",
)}`;

/** The built-in modules a run of the bundle with `args` had loaded when it exited. */
function builtinsLoaded(args: readonly string[]): readonly string[] {
  const {stderr} = spawnSync(process.execPath, ['--import', reportModules, bundle, ...args], {
    cwd: root,
    env: {...process.env, CI: '', NODE_OPTIONS: ''},
    encoding: 'utf8',
  });
  // The list is the last thing written (after the verdict line of a one-shot run, if any).
  const list = JSON.parse(stderr.slice(stderr.lastIndexOf('["'))) as string[];
  return list.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13));
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root});
});

describe('the shipped bundle keeps out of memory what it never uses', () => {
  it('loads neither undici nor http2, live or replaying the demo', () => {
    for (const args of [['--version'], ['--demo', '--once', '--width', '120']]) {
      const loaded = builtinsLoaded(args);
      expect(loaded).toContain('zlib');
      expect(loaded.filter((name) => /undici|http2/.test(name))).toEqual([]);
    }
  });

  it('is ASCII, so that V8 holds its source at one byte a character', () => {
    const beyondAscii = readFileSync(bundle).filter((byte) => byte >= 0x80);
    expect(beyondAscii.length).toBe(0);
  });
});
