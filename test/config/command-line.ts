// Runs argv through meow exactly as cli.tsx does, then parseConfig with a fake environment and files.
import meow from 'meow';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {parseConfig, type ConfigResult} from '../../source/config/flags.js';
import {meowFlags} from '../../source/config/options.js';

export type FakeFiles = Readonly<Record<string, string>>;

export function readFrom(files: FakeFiles) {
  return (path: string): string => {
    const text = files[path];
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: 'ENOENT',
      });
    }
    return text;
  };
}

export function parseArgv(
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
  files: FakeFiles = {},
): ConfigResult {
  const cli = meow('', {
    importMeta: import.meta,
    argv: [...argv],
    flags: meowFlags,
    allowUnknownFlags: true,
    autoHelp: false,
    autoVersion: false,
  });
  return parseConfig({flags: cli.flags, input: cli.input}, env, readFrom(files), builtinDashboards);
}
