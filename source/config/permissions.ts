// Warnings, not errors, about who else may read or change the secrets a config file points at:
// a config writable by group or others lets them point a context's token at their own server;
// a secret file readable by others is a leaked secret. The run goes on; one line each on stderr.
import type {ConfigFile} from './config-file.js';
import {configPath} from './config-location.js';
import type {ContextSpec} from './context-spec.js';

/** A file's mode bits, or undefined when it cannot be looked at (the run reports that itself). */
export type ModeOf = (path: string) => number | undefined;

const groupOrOthersWrite = 0o022;
const othersRead = 0o004;

/** The secret files a context names, as written, with the key that names them. */
function secretFiles(context: ContextSpec): (readonly [path: string, key: string])[] {
  const at = `contexts.${context.name}.auth`;
  const files: (readonly [string, string])[] = [];
  if (context.bearerTokenFile !== undefined) {
    files.push([context.bearerTokenFile, `${at}.bearer-token-file`]);
  }
  if (context.basicAuth !== undefined && 'file' in context.basicAuth) {
    files.push([context.basicAuth.file, `${at}.basic-auth.file`]);
  }
  for (const [name, source] of context.headers) {
    if ('file' in source) files.push([source.file, `${at}.headers.${name}.file`]);
  }
  return files;
}

export function permissionWarnings(file: ConfigFile, home: string, modeOf: ModeOf): string[] {
  const secrets = file.contexts.flatMap(secretFiles);
  if (secrets.length === 0) return [];
  const warnings: string[] = [];
  const configMode = modeOf(file.path);
  if (configMode !== undefined && (configMode & groupOrOthersWrite) !== 0) {
    warnings.push(
      `nova-top: warning: ${file.path} names secret files and is writable by group or others (chmod go-w ${file.path})`,
    );
  }
  const seen = new Set<string>();
  for (const [written, key] of secrets) {
    const path = configPath(written, file.path, home);
    if (seen.has(path)) continue;
    seen.add(path);
    const mode = modeOf(path);
    if (mode !== undefined && (mode & othersRead) !== 0) {
      warnings.push(
        `nova-top: warning: ${path} (${key}) is readable by others (chmod o-r ${path})`,
      );
    }
  }
  return warnings;
}
