// Dashboard files named on the command line (--dashboard-file, repeatable) or in the config
// file's `dashboards` list: read through the small-file reader (regular files, 4 MiB: community
// Grafana dashboards run to 500 KB), parsed by dashboards/dashboard-file.ts, or, for Grafana's
// JSON, imported by dashboards/grafana/, and added after the dashboards already there. A mistake is
// one line that editors and terminals can jump to: `FILE:LINE:COL: what is wrong; accepted: ...`.
import {parseDashboardFile, type FilePosition} from '../dashboards/dashboard-file.js';
import {isJsonText, parseJsonDashboard} from '../dashboards/grafana/grafana-file.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {sanitize} from '../text/sanitize.js';
import type {ReadFile} from './files.js';
import {usageError, type UsageError} from './usage-error.js';

const flag = '--dashboard-file';

/** The largest dashboard file read. */
export const maxDashboardFileBytes = 4 * 1024 * 1024;

/** A mistake inside a dashboard file, at its line and column. */
export function fileError(
  path: string,
  at: FilePosition,
  problem: string,
  accepted: string,
): UsageError {
  const where = `${sanitize(path)}:${at.line}:${at.column}`;
  return {flag, value: path, accepted, message: `${where}: ${problem}; accepted: ${accepted}`};
}

/**
 * The dashboards of `paths`, in order, or the first mistake. `before` are the dashboards that
 * come first (the built-in ones): an id already taken, by them or by an earlier file, is refused.
 */
export function loadDashboardFiles(
  paths: readonly string[],
  readFile: ReadFile,
  before: readonly DashboardSpec[] = [],
): DashboardSpec[] | UsageError {
  const loaded: DashboardSpec[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFile(path, maxDashboardFileBytes);
    } catch (error) {
      const code = (error as {code?: unknown}).code;
      const reason = typeof code === 'string' ? ` (${code})` : '';
      const accepted = 'a readable dashboard file of at most 4 MiB (docs/dashboard-files.md)';
      return usageError(flag, path, `cannot be read${reason}`, accepted);
    }
    const taken = [...before, ...loaded];
    const json = isJsonText(text)
      ? parseJsonDashboard(text, {path, takenIds: taken.map((dashboard) => dashboard.id)})
      : undefined;
    if (json?.ok === true) {
      loaded.push(json.spec);
      continue;
    }
    if (json?.ok === false) {
      const {problem, accepted} = json.problem;
      return fileError(path, json.problem, problem, accepted);
    }
    const parsed = parseDashboardFile(text);
    if (!parsed.ok) {
      const {problem, accepted} = parsed.problem;
      return fileError(path, parsed.problem, problem, accepted);
    }
    const {spec, idAt} = parsed;
    const clash = taken.find((dashboard) => dashboard.id === spec.id);
    if (clash !== undefined) {
      const problem = `dashboard id ${JSON.stringify(spec.id)} is taken by ${JSON.stringify(sanitize(clash.title))}`;
      return fileError(path, idAt, problem, 'an id no other dashboard has');
    }
    loaded.push(spec);
  }
  return loaded;
}
