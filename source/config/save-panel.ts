// "Save to a dashboard file" (the query prompt): the panel goes into the file as a row of its own
// at the end; a file that does not exist is created (0644) with a dashboard named after it. The
// file is read like every file nova-top is given (regular, 1 MiB) and replaced whole (written
// beside it, then renamed), so that a crash never leaves half a dashboard.
import {
  chmodSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {basename, dirname, extname, join} from 'node:path';
import process from 'node:process';
import {appendPanelToText, newDashboardText} from '../dashboards/append-panel.js';
import {reservedDashboardIds} from '../dashboards/dashboard-file.js';
import type {PanelSpec} from '../dashboards/spec.js';
import {fileError} from './dashboard-files.js';
import {readSmallFile} from './read-file.js';
import {novaTopDir} from './xdg.js';

/**
 * Where the query prompt's `W` saves a result: `$XDG_CONFIG_HOME/nova-top/dashboards/saved.yaml`
 * (else `~/.config/nova-top/dashboards/saved.yaml`), a dashboard file like any other
 * (`--dashboard-file`, or a context's `dashboards:` list).
 */
export function savedQueriesPath(env: NodeJS.ProcessEnv, home: string): string {
  return join(novaTopDir('config', env, home), 'dashboards', 'saved.yaml');
}

/** Saves a panel into `path`, its folder created when missing. */
export function savePanel(path: string, panel: PanelSpec): SavedPanel {
  try {
    mkdirSync(dirname(path), {recursive: true, mode: 0o755});
  } catch (error) {
    return {ok: false, message: `${dirname(path)} cannot be made (${reason(error)})`};
  }
  return appendPanelToDashboardFile(path, panel);
}

export type SavedPanel =
  | {readonly ok: true; readonly panelId: string; readonly created: boolean}
  | {readonly ok: false; readonly message: string};

/** `my scratch.yaml` -> id `my-scratch`, title `My scratch`. */
export function dashboardNameOf(path: string): {readonly id: string; readonly title: string} {
  const stem = basename(path, extname(path));
  const words = stem.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z]+/, '');
  const id = words === '' || reservedDashboardIds.includes(words) ? `saved-${words}` : words;
  const title = stem.trim() === '' ? 'Saved' : stem.charAt(0).toUpperCase() + stem.slice(1);
  return {id: id.replace(/-$/, ''), title};
}

const reason = (error: unknown): string => {
  const code = (error as {code?: unknown}).code;
  return typeof code === 'string' ? code : String(error);
};

export function appendPanelToDashboardFile(path: string, panel: PanelSpec): SavedPanel {
  let text: string | undefined;
  try {
    text = readSmallFile(path);
  } catch (error) {
    if (reason(error) !== 'ENOENT') {
      return {ok: false, message: `${path} cannot be read (${reason(error)})`};
    }
  }
  try {
    if (text === undefined) {
      // wx: never over a file that appeared meanwhile.
      writeFileSync(path, newDashboardText(dashboardNameOf(path), panel), {
        flag: 'wx',
        mode: 0o644,
      });
      return {ok: true, panelId: panel.id, created: true};
    }
    const appended = appendPanelToText(text, panel);
    if (!appended.ok) {
      const {problem, accepted} = appended.problem;
      return {ok: false, message: fileError(path, appended.problem, problem, accepted).message};
    }
    // A link stays a link: the file it points to is the one replaced.
    const target = realpathSync(path);
    const mode = statSync(target).mode & 0o7777;
    const temporary = `${target}.nova-top-${process.pid}`;
    try {
      writeFileSync(temporary, appended.text, {flag: 'wx', mode});
      chmodSync(temporary, mode);
      renameSync(temporary, target);
    } finally {
      rmSync(temporary, {force: true});
    }
    return {ok: true, panelId: appended.panelId, created: false};
  } catch (error) {
    return {ok: false, message: `${path} cannot be written (${reason(error)})`};
  }
}
