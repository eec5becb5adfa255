// Where the config file is, and reading it: `--config FILE`, else
// $XDG_CONFIG_HOME/nova-top/config.yaml, else ~/.config/nova-top/config.yaml. A default file that
// does not exist is no config; a --config file that cannot be read is a usage error.
import {dirname, join, resolve} from 'node:path';
import type {ConfigFile} from './config-file.js';
import type {ReadFile} from './files.js';
import {usageError, type UsageError} from './usage-error.js';
import {novaTopDir} from './xdg.js';

export type ConfigLocation = {readonly path: string; readonly explicit: boolean};

type Environment = Readonly<Record<string, string | undefined>>;

export function configLocation(
  flag: string | undefined,
  env: Environment,
  home: string,
): ConfigLocation {
  if (flag !== undefined) return {path: flag, explicit: true};
  return {path: join(novaTopDir('config', env, home), 'config.yaml'), explicit: false};
}

/**
 * Undefined when the default file is absent. The YAML parser is loaded only when there is a file
 * to parse: a run without one does not pay for it.
 */
export async function loadConfigFile(
  location: ConfigLocation,
  readFile: ReadFile,
): Promise<ConfigFile | undefined | UsageError> {
  let text: string;
  try {
    text = readFile(location.path);
  } catch (error) {
    const code = (error as {code?: unknown}).code;
    if (code === 'ENOENT' && !location.explicit) return undefined;
    const reason = typeof code === 'string' ? ` (${code})` : '';
    const flag = location.explicit ? '--config' : 'config file';
    return usageError(
      flag,
      location.path,
      `cannot be read${reason}`,
      'a readable YAML file of at most 1 MiB',
    );
  }
  const {parseConfigFile} = await import('./config-file.js');
  return parseConfigFile(location.path, text);
}

/** A path written in the config file: `~/` is the home folder; relative is to the file's folder. */
export function configPath(written: string, configFile: string, home: string): string {
  if (written === '~' || written.startsWith('~/')) return join(home, written.slice(1));
  return resolve(dirname(configFile), written);
}
