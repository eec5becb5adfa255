// Leaving well in every way (issue 13): the real CLI on a pseudo-terminal, against a Prometheus
// that is not there (port 9, discard), ended by the terminal going away, by signals, by a key after
// a recording failed; and the mode of the recording file.
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sequences} from '../../source/output-stage/screen-painter.js';
import {hasScript, runInTerminal} from './terminal-session.js';

const deadPrometheus = ['-p', 'http://127.0.0.1:9'];
/** What the output stage writes to give the terminal back (screen-painter's `leave`). */
const restore = sequences.resetStyle + sequences.showCursor + sequences.leaveAlternateScreen;

describe.skipIf(!hasScript)('nova-top when its terminal goes away', () => {
  it.each([
    ['the terminal closes (its writes fail, its input ends)', 'close-terminal'],
    ['the terminal closes and the login shell forwards SIGHUP', 'hang-up'],
  ] as const)('exits 129 quietly when %s', async (_, kind) => {
    const run = await runInTerminal(deadPrometheus, {kind});
    // Before: "Assertion failed" in node::ResetStdio, a native stack trace and SIGABRT (134).
    expect(run).toMatchObject({status: 129, stderr: ''});
  });
});

describe.skipIf(!hasScript)('nova-top ended by a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('restores the terminal and exits %s with %i', async (signal, status) => {
    const run = await runInTerminal(deadPrometheus, {kind: 'signal', signal});
    expect(run.status).toBe(status);
    expect(run.stderr).toBe('');
    expect(run.output.startsWith(sequences.enterAlternateScreen + sequences.hideCursor)).toBe(true);
    expect(run.output.endsWith(restore)).toBe(true);
  });
});

describe.skipIf(!hasScript || !existsSync('/dev/full'))(
  'a recording that cannot be written',
  () => {
    it('says so on screen at once, again on stderr at exit, and exits 1', async () => {
      const message = 'recording stopped: cannot write the snapshot (/dev/full: the disk is full)';
      const run = await runInTerminal(
        [...deadPrometheus, '--record', '/dev/full'],
        {kind: 'key', key: 'q'},
        {ready: message},
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`nova-top: ${message}\n`);
      expect(run.output.endsWith(restore)).toBe(true);
    });
  },
);

describe.skipIf(!hasScript)('nova-top after an error nothing caught', () => {
  // Throws from a timer once the first frame is out: an uncaught exception in the real process.
  const nodeArgs = ['--import', './test/integration/fixtures/throw-later.ts'];

  it('restores the terminal, then says what went wrong in one line, and exits 1', async () => {
    const run = await runInTerminal(deadPrometheus, {kind: 'none'}, {nodeArgs});
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('nova-top: thrown later, on purpose\n');
    expect(run.output.endsWith(restore)).toBe(true);
  });

  it('adds the stack trace with NOVA_TOP_DEBUG=1', async () => {
    const run = await runInTerminal(
      deadPrometheus,
      {kind: 'none'},
      {nodeArgs, env: {NOVA_TOP_DEBUG: '1'}},
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^nova-top: Error: thrown later, on purpose\n +at .*throw-later\.ts/,
    );
  });
});

describe('the recording file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nova-top-record-mode-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const record = (file: string) =>
    spawnSync(
      'node',
      ['--import', 'tsx', 'cli.tsx', ...deadPrometheus, '--once', '--record', file],
      {cwd: path.join(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 60_000},
    );

  it('is readable by its owner only: created 0600, an existing 0644 file made 0600', () => {
    const created = path.join(dir, 'new.jsonl.gz');
    const existing = path.join(dir, 'existing.jsonl.gz');
    writeFileSync(existing, 'old');
    chmodSync(existing, 0o644);
    for (const file of [created, existing]) {
      expect(record(file).stderr).not.toContain('cannot write');
      expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    }
  });
});
