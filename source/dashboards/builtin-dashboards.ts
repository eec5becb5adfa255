// The built-in dashboards' files (files/*.yaml) in tab order, the number that starts each name,
// parsed like any --dashboard-file. This is what runs from source (tsx, vitest); the bundle
// replaces this module with the same specs parsed at build time by the same parser
// (scripts/bundle-options.mjs), so that dist/cli.js needs no file beside it and parses no YAML at
// start.
import {readdirSync, readFileSync} from 'node:fs';
import {parseDashboardFile} from './dashboard-file.js';
import type {DashboardSpec} from './spec.js';

const folder = new URL('./files/', import.meta.url);

/** `2-x.yaml` before `10-y.yaml`. */
export const byTabNumber = (a: string, b: string): number =>
  a.localeCompare(b, 'en', {numeric: true});

export function readBuiltinDashboards(): readonly DashboardSpec[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
  return names.sort(byTabNumber).map((name) => {
    const parsed = parseDashboardFile(readFileSync(new URL(name, folder), 'utf8'));
    if (parsed.ok) return parsed.spec;
    const {line, column, problem} = parsed.problem;
    throw new Error(`source/dashboards/files/${name}:${line}:${column}: ${problem}`);
  });
}
