// nova-top's folders under the XDG base directories: `$XDG_CONFIG_HOME/nova-top` (else
// ~/.config/nova-top) for the config file and saved dashboards, `$XDG_STATE_HOME/nova-top` (else
// ~/.local/state/nova-top) for the query history. The XDG spec: a relative value is ignored.
import {isAbsolute, join} from 'node:path';

const bases = {
  config: {variable: 'XDG_CONFIG_HOME', fallback: ['.config']},
  state: {variable: 'XDG_STATE_HOME', fallback: ['.local', 'state']},
} as const;

export function novaTopDir(
  kind: keyof typeof bases,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const {variable, fallback} = bases[kind];
  const value = env[variable];
  const base = value !== undefined && isAbsolute(value) ? value : join(home, ...fallback);
  return join(base, 'nova-top');
}
