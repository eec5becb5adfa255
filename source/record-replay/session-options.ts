// From the parsed command line to the run's data session: live, recording, or replaying a file
// or the shipped demo, and the replay's defaults for what is shown. cli.tsx reads argv and the
// environment and passes in what these need; nothing here reads them.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Config} from '../config/flags.js';
import {replayDefaults} from './replay-defaults.js';
import {liveSession, recordingSession, replaySession, type DataSession} from './session.js';

const demoName = 'demo/nova-incident.jsonl.gz';

/**
 * The snapshot shipped with nova-top, found from the running entry point (cli.tsx's
 * `import.meta.url`): beside it when run from source (tried first, so that a stray ../demo
 * outside the repository does not win), one folder up from the bundle (dist/cli.js).
 */
export function demoFile(entryUrl: string, exists: (path: string) => boolean = existsSync): string {
  const candidates = [`./${demoName}`, `../${demoName}`].map((name) =>
    fileURLToPath(new URL(name, entryUrl)),
  );
  return candidates.find((candidate) => exists(candidate)) ?? (candidates[0] as string);
}

export type SessionOptions = {
  /** nova-top's version, written into a recording's header. */
  readonly version: string;
  /** cli.tsx's `import.meta.url`: where the demo file is looked for. */
  readonly entryUrl: string;
  /** Told once when a recording cannot be written any more. */
  readonly onRecordError: (message: string) => void;
};

/** Throws SnapshotError (one line) when a snapshot cannot be read or written. */
export function openSession(
  config: Config,
  options: SessionOptions,
): Promise<DataSession> | DataSession {
  const endpoints = {prometheus: config.endpoint, alertmanagers: config.alerts.alertmanagers};
  const replayFile = config.mode.demo ? demoFile(options.entryUrl) : config.mode.replay;
  if (replayFile !== undefined) return replaySession(replayFile);
  if (config.mode.record === undefined) return liveSession(endpoints);
  return recordingSession(endpoints, {
    file: config.mode.record,
    novaTop: options.version,
    options: {
      dashboard:
        config.alertsScreen === true
          ? 'alerts'
          : (config.dashboards[config.dashboardIndex]?.id ?? ''),
      rangeSeconds: config.rangeSeconds,
      refreshMs: config.refreshMs,
      scrapeIntervalSeconds: config.scrapeIntervalSeconds,
    },
    onError: options.onRecordError,
  });
}

/**
 * A replay opens on what was recorded, unless the command line says otherwise. `flags` are the
 * command line's flags: those given (not undefined) are kept.
 */
export function withReplayDefaults(
  config: Config,
  data: DataSession,
  flags: Readonly<Record<string, unknown>>,
): Config {
  if (data.replay === undefined) return config;
  const given = {
    dashboard: flags['dashboard'] !== undefined,
    range: flags['range'] !== undefined,
    refresh: flags['refresh'] !== undefined,
    scrapeInterval: flags['scrapeInterval'] !== undefined,
  };
  const recorded = data.replay.header.options;
  const shown = replayDefaults(config, recorded, given, config.dashboards);
  // A recording made on the alerts screen opens on it.
  const onAlerts = !given.dashboard && recorded['dashboard'] === 'alerts';
  return {...config, ...shown, ...(onAlerts ? {alertsScreen: true as const} : {})};
}
