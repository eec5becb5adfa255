// The flags of the run mode as parsed from a real command line (meow, then parseConfig).
import {describe, expect, it} from 'vitest';
import {parseArgv} from '../config/command-line.js';

const mode = (argv: readonly string[], env: Record<string, string> = {}) => {
  const result = parseArgv(argv, env);
  if (!result.ok) throw new Error(result.error.message);
  return result.config.mode;
};

describe('run mode flags', () => {
  it('records, replays and runs the demo', () => {
    expect(mode(['--record', 'a.jsonl.gz'])).toMatchObject({record: 'a.jsonl.gz', demo: false});
    expect(mode(['--replay', 'b.jsonl.gz'])).toMatchObject({replay: 'b.jsonl.gz'});
    expect(mode(['--demo'])).toMatchObject({demo: true});
  });

  it('prints once as text or JSON, at a chosen width', () => {
    expect(mode(['--once', '--width', '100'])).toMatchObject({once: true, json: false, width: 100});
    expect(mode(['--json'])).toMatchObject({once: true, json: true});
    expect(mode([]).width).toBeUndefined();
  });

  it('draws without colour or with ASCII only', () => {
    expect(mode(['--no-color', '--ascii'])).toMatchObject({color: false, ascii: true});
    expect(mode([], {NO_COLOR: 'yes'}).color).toBe(false);
  });
});
