// Whether the terminal shows OSC 8 hyperlinks, decided as other tools do (supports-hyperlinks,
// used by npm and gh): FORCE_HYPERLINK=1/0 decides outright; otherwise only a terminal, never a
// dumb one or CI, and only terminals known to support them. A terminal that does not know OSC 8
// ignores it, but old ones (some tmux/screen, Terminal.app) print garbage, so unknown means no.
type Environment = Readonly<Record<string, string | undefined>>;

export function supportsHyperlinks(env: Environment, isTTY: boolean): boolean {
  const force = env['FORCE_HYPERLINK'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (!isTTY || env['TERM'] === 'dumb' || env['CI'] !== undefined) return false;
  if (env['WT_SESSION'] !== undefined || env['DOMTERM'] !== undefined) return true;
  if (env['KONSOLE_VERSION'] !== undefined) return true;
  const vte = Number(env['VTE_VERSION'] ?? '');
  if (Number.isFinite(vte) && vte >= 5000) return true;
  const program = env['TERM_PROGRAM'] ?? '';
  const version = env['TERM_PROGRAM_VERSION'] ?? '';
  if (program === 'iTerm.app') return atLeast(version, [3, 1]);
  if (program === 'WezTerm' || program === 'ghostty' || program === 'Hyper') return true;
  if (program === 'vscode') return atLeast(version, [1, 72]);
  const term = env['TERM'] ?? '';
  return ['xterm-kitty', 'alacritty', 'foot', 'xterm-ghostty', 'wezterm'].includes(term);
}

function atLeast(version: string, wanted: readonly [number, number]): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > wanted[0] || (major === wanted[0] && minor >= wanted[1]);
}
