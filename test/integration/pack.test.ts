// The published package as a user gets it: `npm pack`, installed offline into a fresh project,
// and run through the bin link with plain Node (no TypeScript tooling, no source files).
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  readonly version: string;
};

type PackedFile = {readonly path: string};
type PackResult = {readonly filename: string; readonly files: readonly PackedFile[]};

let workDir: string;
let projectDir: string;
let packed: PackResult;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'nova-top-pack-'));
  await run('npm', ['run', 'build'], {cwd: root});
  // The build ran just above; --ignore-scripts keeps prepack's output out of the JSON.
  const {stdout} = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir],
    {cwd: root},
  );
  const [result] = JSON.parse(stdout) as PackResult[];
  if (result === undefined) throw new Error(`npm pack said nothing: ${stdout}`);
  packed = result;
  projectDir = path.join(workDir, 'project');
  await run('mkdir', [projectDir]);
  writeFileSync(
    path.join(projectDir, 'package.json'),
    JSON.stringify({name: 'clean-machine', version: '1.0.0', private: true}),
  );
  await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', path.join(workDir, packed.filename)],
    {cwd: projectDir},
  );
});

afterAll(() => {
  if (workDir) rmSync(workDir, {recursive: true, force: true});
});

/** Runs the installed bin; resolves with its status and output whatever the status. */
const novaTop = (...args: string[]) => novaTopWith({}, ...args);

async function novaTopWith(extra: NodeJS.ProcessEnv, ...args: string[]) {
  const bin = path.join(projectDir, 'node_modules/.bin/nova-top');
  const env = {...process.env, NOVA_TOP_PROMETHEUS_URL: '', PROMETHEUS_URL: '', ...extra};
  try {
    const {stdout, stderr} = await run(bin, args, {cwd: projectDir, env, timeout: 20_000});
    return {status: 0, stdout, stderr};
  } catch (error) {
    const failed = error as {code?: number; stdout?: string; stderr?: string};
    return {status: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? ''};
  }
}

describe('the npm package', () => {
  it('holds the bundle, the README and package.json, and nothing of source/ or test/', () => {
    expect(packed.filename).toBe(`nova-top-${manifest.version}.tgz`);
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'dist/cli.js', 'package.json']));
    // One bundle: no TypeScript, no sources, no tests, no other scripts.
    expect(paths.filter((file) => /^(source|test|bench|scripts)\/|\.tsx?$/.test(file))).toEqual([]);
    expect(paths.filter((file) => file.startsWith('dist/'))).toEqual(['dist/cli.js']);
  });

  it('prints its help from the installed bin', async () => {
    const {status, stdout, stderr} = await novaTop('--help');
    expect({status, stderr}).toEqual({status: 0, stderr: ''});
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe(
      "  Live terminal dashboards of the Nova chat platform's Prometheus metrics",
    );
    expect(lines).toContain('    $ nova-top [options]');
  });

  it('prints its version', async () => {
    expect(await novaTop('--version')).toEqual({
      status: 0,
      stdout: `${manifest.version}\n`,
      stderr: '',
    });
  });

  it('exits 2 with one line naming the flag and the value on a usage error', async () => {
    const {status, stdout, stderr} = await novaTop('--refresh', '5x');
    expect({status, stdout}).toEqual({status: 2, stdout: ''});
    expect(stderr).toMatch(/^nova-top: --refresh "5x" [^\n]+\n$/);
  });

  describe('its launcher line', () => {
    /** What Node was started with, as a module preloaded through NODE_OPTIONS writes it down. */
    async function startedWith(extra: NodeJS.ProcessEnv, ...args: string[]) {
      const preload = path.join(workDir, 'started-with.cjs');
      const written = path.join(workDir, 'started-with.json');
      rmSync(written, {force: true});
      writeFileSync(
        preload,
        `require('node:fs').writeFileSync(${JSON.stringify(written)}, JSON.stringify({` +
          'execArgv: process.execArgv, args: process.argv.slice(2), ' +
          'mmap: process.env.MALLOC_MMAP_THRESHOLD_, trim: process.env.MALLOC_TRIM_THRESHOLD_}));',
      );
      const result = await novaTopWith({...extra, NODE_OPTIONS: `--require ${preload}`}, ...args);
      return {result, started: JSON.parse(readFileSync(written, 'utf8')) as unknown};
    }

    it('starts Node with one V8 worker, a small young generation and malloc giving memory back', async () => {
      const {result, started} = await startedWith(
        {MALLOC_MMAP_THRESHOLD_: undefined, MALLOC_TRIM_THRESHOLD_: undefined},
        '--range',
        'ten minutes',
      );
      expect(started).toEqual({
        execArgv: ['--v8-pool-size=1', '--max-semi-space-size=1', '--min-semi-space-size=1'],
        // An argument with a blank reaches nova-top whole.
        args: ['--range', 'ten minutes'],
        mmap: '32768',
        trim: '131072',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^nova-top: --range "ten minutes" is not a duration;/);
    });

    it("keeps the user's own malloc settings", async () => {
      const {started} = await startedWith(
        {MALLOC_MMAP_THRESHOLD_: '65536', MALLOC_TRIM_THRESHOLD_: '0'},
        '--version',
      );
      expect(started).toMatchObject({args: ['--version'], mmap: '65536', trim: '0'});
    });
  });
});
