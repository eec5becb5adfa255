// The shell: flags and environment in, one render, out with an exit status. The only module that
// reads argv and the environment or calls process.exit; nothing below it knows meow exists.
import {statSync} from 'node:fs';
import {homedir, userInfo} from 'node:os';
import process from 'node:process';
import chalk from 'chalk';
import type React from 'react';
import type {Instance} from 'ink';
import meow from 'meow';
import type {AppContexts, KeptView} from './source/components/app.js';
import {supportsHyperlinks} from './source/alerts/hyperlinks.js';
import {joinFlagValues} from './source/config/flag-values.js';
import {readSmallFile} from './source/config/read-file.js';
import type {Config} from './source/config/flags.js';
import {configLocation, loadConfigFile} from './source/config/config-location.js';
import {parseWithContext, type ContextInput, type RunContext} from './source/config/contexts.js';
import {permissionWarnings} from './source/config/permissions.js';
import {oneLine} from './source/config/one-line.js';
import {helpText, meowFlags} from './source/config/options.js';
import {builtinDashboards} from './source/dashboards/dashboards.js';
import {runOnce} from './source/one-shot/run-once.js';
import {
  alertsConfigOf,
  buildRuntime,
  closeContext,
  contextLabel,
  openContext,
  type ContextRuntime,
} from './source/poller/runtime.js';
import {SnapshotError} from './source/record-replay/format.js';
import type {DataSession} from './source/record-replay/session.js';
import {openSession, withReplayDefaults} from './source/record-replay/session-options.js';
import {sanitize} from './source/text/sanitize.js';
import {createRecordStatus} from './source/record-replay/record-status.js';
import {createTerminalOutput, type TerminalOutput} from './source/output-stage/terminal-output.js';
import {multiplexerOf} from './source/text/osc52.js';
import {savePanel, savedQueriesPath} from './source/config/save-panel.js';
import type {DashboardSpec, PanelSpec} from './source/dashboards/spec.js';
import {dashboardRange, dashboardRefreshMs} from './source/ui-state/dashboard-defaults.js';
import type {SaveOutcome} from './source/ui-state/query-result-state.js';
import {
  isHangupError,
  releaseDeadTerminal,
  signalStatus,
  terminalIsGone,
  watchTerminal,
  type Ending,
} from './source/output-stage/terminal-ending.js';

const usageStatus = 2;
const failureStatus = 1;

/** The output stage, while it owns the screen (alternate screen, hidden cursor). */
let output: TerminalOutput | undefined;

/** Where the data comes from; closed on every way out, so that a recording loses nothing. */
let session: DataSession | undefined;

/** Whether a recording still writes (--record); the footer and the exit status say when not. */
const recordStatus = createRecordStatus();

/** Set when the terminal hung up: nothing more is written to it, and the exit lets go of it. */
let terminalGone = false;

/** Alternate screen off, cursor shown, raw mode off. Safe to call more than once. */
function restoreTerminal(): void {
  if (output === undefined) return;
  if (terminalGone) output.abandon();
  else {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    output.restore();
  }
  output = undefined;
}

/** The only way out once main has begun. */
function exitWith(status: number): never {
  if (terminalGone) releaseDeadTerminal();
  process.exit(status);
}

/**
 * An error nothing else caught: the terminal is given back first, then one line (with the stack
 * trace when NOVA_TOP_DEBUG=1). A terminal that hung up ends the run quietly, as SIGHUP does.
 */
function failHard(error: unknown): never {
  if (output !== undefined && (isHangupError(error) || terminalIsGone())) terminalGone = true;
  try {
    session?.close();
  } catch {
    // The recording is lost either way; the terminal comes first.
  }
  restoreTerminal();
  if (terminalGone) exitWith(signalStatus.SIGHUP);
  const debug = process.env['NOVA_TOP_DEBUG'] === '1' && error instanceof Error;
  process.stderr.write(`nova-top: ${debug ? (error.stack ?? oneLine(error)) : oneLine(error)}\n`);
  exitWith(failureStatus);
}

/**
 * The one render call, on a terminal only (main sends every other run to --once): Ink renders
 * whole frames (debug mode) into the output stage, which writes only the cells that changed.
 */
async function renderApp(
  element: (
    onRedraw: () => void,
    onBell: () => void,
    onCopy: (text: string) => void,
  ) => React.ReactElement,
): Promise<Instance> {
  const {render} = await import('ink');
  const stage = createTerminalOutput(process.stdout, {multiplexer: multiplexerOf(process.env)});
  output = stage;
  return render(element(stage.redraw, stage.bell, stage.copy), {
    stdout: stage.inkStdout,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
}

/** What the header shows as the source: the context and Prometheus URL, or the replayed file. */
function sourceText(config: Config, context?: RunContext): string {
  if (config.mode.demo) return 'demo (recorded incident)';
  if (config.mode.replay !== undefined) return `replay ${sanitize(config.mode.replay)}`;
  return contextLabel(config, context);
}

/**
 * Without colour, bold and dim still mark titles, the focus and alerts (components/theme.ts keeps
 * only the weight). Chalk, which draws Ink's styles, turns every style off when it finds
 * --no-color in argv: on a terminal it gets its basic level back, for weight alone.
 */
function keepWeightWithoutColor(config: Config): void {
  const {FORCE_COLOR: force, TERM: term} = process.env;
  const stylesRefused = force === '0' || force === 'false' || term === 'dumb';
  if (config.mode.color || chalk.level > 0 || !process.stdout.isTTY || stylesRefused) return;
  chalk.level = 1;
}

/** The dashboard nova-top opens with (its own range and refresh apply unless flags say). */
const shownDashboard = (config: Config): DashboardSpec | undefined =>
  config.alertsScreen === true ? undefined : config.dashboards[config.dashboardIndex];

async function runOnceToStdout(
  config: Config,
  data: DataSession,
  context: RunContext | undefined,
): Promise<number> {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  const result = await runOnce({
    session: data,
    dashboards: config.dashboards,
    dashboardIndex: config.dashboardIndex,
    rangeSeconds: dashboardRange(shownDashboard(config), config.rangeSeconds, config.rangeChosen),
    refreshMs: dashboardRefreshMs(shownDashboard(config), config.refreshMs, config.refreshChosen),
    scrapeIntervalSeconds: config.scrapeIntervalSeconds,
    width: config.mode.width ?? Math.max(80, columns ?? 120),
    json: config.mode.json,
    ascii: config.mode.ascii,
    // The text header names the context; --json's `prometheus.url` stays a URL.
    url: sourceText(config, config.mode.json ? undefined : context),
    alertmanagerUrls: alertsConfigOf(config, data).alertmanagers.map((endpoint) => endpoint.url),
    ...(config.mode.replay === undefined ? {} : {replayFile: sanitize(config.mode.replay)}),
    alertsScreen: config.alertsScreen === true,
  });
  process.stdout.write(result.stdout);
  if (result.stderr !== '') process.stderr.write(`${result.stderr}\n`);
  return result.code;
}

/** The contexts of the config file, when a live run may switch between them. */
type Contexts = {readonly input: ContextInput; readonly context: RunContext};

async function runDashboards(
  config: Config,
  data: DataSession,
  contexts: Contexts | undefined,
): Promise<number> {
  const runtimeOptions = {
    author: loginName(),
    hyperlinks: supportsHyperlinks(process.env, process.stdout.isTTY === true),
  };
  const first: ContextRuntime = {
    runtime: buildRuntime(config, data, runtimeOptions),
    config,
    session: data,
    url: sourceText(config, contexts?.context),
    ...(contexts === undefined ? {} : {context: contexts.context}),
  };
  // The runtime on screen: stopped on the way out (a switch stops the one it replaces).
  let active = first.runtime;
  const appearance = {color: config.mode.color, ascii: config.mode.ascii};
  keepWeightWithoutColor(config);
  // Ink, React and the screens are loaded here, not at start: --once and --json never draw with
  // them, and Ink's layout engine alone holds about 18 MB once loaded.
  const [{App}, {AppearanceProvider}, {ContextRoot}, {createCompletionSource}, {openQueryHistory}] =
    await Promise.all([
      import('./source/components/app.js'),
      import('./source/components/appearance.js'),
      import('./source/components/context-root.js'),
      import('./source/prometheus/promql-complete.js'),
      import('./source/history/query-history.js'),
    ]);
  // The history file's troubles (unreadable, unwritable) are told once each, after the screen is
  // restored: a line on stderr while Ink draws would tear the frame.
  const historyNotices: string[] = [];
  const history = openQueryHistory({
    env: process.env,
    home: homedir(),
    onNotice: (message) => historyNotices.push(message),
  });
  // `W` on a query result: into the saved-queries dashboard file, which --dashboard-file loads.
  const savedPath = savedQueriesPath(process.env, homedir());
  const saveQuery = (panel: PanelSpec): SaveOutcome => {
    const saved = savePanel(savedPath, panel);
    return saved.ok
      ? {ok: true, text: `saved as panel ${saved.panelId} of ${savedPath}`}
      : {ok: false, text: saved.message};
  };
  type Outputs = {
    readonly onRedraw: () => void;
    readonly onBell: () => void;
    readonly onCopy: (text: string) => void;
  };
  const app = (
    shown: ContextRuntime,
    outputs: Outputs,
    switching?: AppContexts,
    keep?: KeptView,
  ): React.ReactElement => (
    <App
      dashboards={shown.config.dashboards}
      store={shown.runtime.store}
      poller={shown.runtime.poller}
      url={shown.url}
      refreshMs={shown.config.refreshMs}
      refreshChosen={config.refreshChosen}
      initialDashboard={keep?.dashboardIndex ?? config.dashboardIndex}
      initialAlerts={keep?.alerts ?? config.alertsScreen === true}
      initialRangeSeconds={
        keep?.rangeSeconds ??
        dashboardRange(shownDashboard(config), config.rangeSeconds, config.rangeChosen)
      }
      rangeChosen={keep !== undefined || config.rangeChosen}
      onRedraw={outputs.onRedraw}
      alerts={shown.runtime.alerts}
      onBell={outputs.onBell}
      onCopy={outputs.onCopy}
      clock={data.clock}
      recordStatus={recordStatus}
      prometheus={shown.runtime.prometheus}
      variables={shown.runtime.variables}
      scrapeIntervalSeconds={shown.config.scrapeIntervalSeconds}
      queryPrompt={{
        completion: createCompletionSource({request: shown.session.prometheus, now: data.clock}),
        history,
      }}
      onSaveQuery={saveQuery}
      {...(data.replay === undefined ? {} : {replay: data.replay})}
      {...(switching === undefined ? {} : {contexts: switching})}
    />
  );
  // Switching needs a live run: a recording or a replay is of one set of servers.
  const canSwitch = contexts !== undefined && data.replay === undefined && !config.mode.record;
  const open = (name: string) => {
    const opened = openContext(contexts?.input as ContextInput, name, runtimeOptions);
    if (opened.ok) active = opened.value.runtime;
    return opened;
  };
  const instance = await renderApp((onRedraw, onBell, onCopy) => (
    <AppearanceProvider appearance={appearance}>
      {canSwitch ? (
        <ContextRoot<ContextRuntime>
          names={contexts.input.file?.contexts.map((context) => context.name) ?? []}
          first={{name: contexts.context.name, value: first}}
          open={open}
          close={closeContext}
          render={(shown, switching, keep) =>
            app(shown, {onRedraw, onBell, onCopy}, switching, keep)
          }
        />
      ) : (
        app(first, {onRedraw, onBell, onCopy})
      )}
    </AppearanceProvider>
  ));
  const ending = new Promise<Ending>((resolve, reject) => {
    watchTerminal({signals: process, stdin: process.stdin, stdout: process.stdout}, resolve);
    instance.waitUntilExit().then(() => resolve({status: 0, terminalGone: false}), reject);
  });
  let status: number;
  try {
    const end = await ending;
    status = end.status;
    terminalGone = end.terminalGone;
  } finally {
    active.stop();
  }
  // A terminal that is gone gets no last frame: the exit comes at once.
  if (!terminalGone) instance.unmount();
  restoreTerminal();
  for (const notice of historyNotices) process.stderr.write(`nova-top: ${notice}\n`);
  return status;
}

/** A file's mode bits, for the config file's permission warnings. */
function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode;
  } catch {
    return undefined;
  }
}

/** The silence form's default author. */
function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? '';
  }
}

async function main(): Promise<number> {
  const args = joinFlagValues(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error.message}\n`);
    return usageStatus;
  }
  let cli;
  try {
    cli = meow(helpText(), {
      importMeta: import.meta,
      argv: args.argv,
      flags: meowFlags,
      allowUnknownFlags: true,
      autoHelp: false,
      autoVersion: false,
      description: false,
    });
  } catch (error) {
    // meow refuses a flag given twice ("The flag --refresh can only be set once.").
    process.stderr.write(`nova-top: ${oneLine(error)}\n`);
    return usageStatus;
  }
  if (cli.flags.help) {
    process.stdout.write(`${cli.help}\n`);
    return 0;
  }
  if (cli.flags.version) {
    process.stdout.write(`${String(cli.pkg.version)}\n`);
    return 0;
  }
  const home = homedir();
  const configFlag = typeof cli.flags.config === 'string' ? cli.flags.config : undefined;
  const file = await loadConfigFile(configLocation(configFlag, process.env, home), readSmallFile);
  if (file !== undefined && 'message' in file) {
    process.stderr.write(`${file.message}\n`);
    return usageStatus;
  }
  if (file !== undefined) {
    for (const warning of permissionWarnings(file, home, modeOf)) {
      process.stderr.write(`${warning}\n`);
    }
  }
  const input: ContextInput = {
    commandLine: {flags: cli.flags, input: cli.input},
    env: process.env,
    readFile: readSmallFile,
    dashboards: builtinDashboards,
    home,
    file,
  };
  const contextFlag = typeof cli.flags.context === 'string' ? cli.flags.context : undefined;
  const result = parseWithContext(input, contextFlag, true);
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    return usageStatus;
  }
  try {
    session = await openSession(result.config, {
      version: String(cli.pkg.version),
      entryUrl: import.meta.url,
      onRecordError: recordStatus.report,
    });
  } catch (error) {
    // A snapshot that cannot be read or written is a mistake on the command line.
    if (!(error instanceof SnapshotError)) throw error;
    process.stderr.write(`nova-top: ${oneLine(error)}\n`);
    return usageStatus;
  }
  const config = withReplayDefaults(result.config, session, cli.flags);
  let status: number;
  try {
    const context = result.context;
    if (config.mode.once || !process.stdout.isTTY) {
      status = await runOnceToStdout(config, session, context);
    } else {
      status = await runDashboards(config, session, context && {input, context});
    }
  } finally {
    session.close();
  }
  const recordFailure = recordStatus.failure();
  if (recordFailure === undefined) return status;
  // The screen said so while it was up; this line stays once it is gone.
  if (!terminalGone) process.stderr.write(`nova-top: ${recordFailure}\n`);
  return status === 0 ? failureStatus : status;
}

process.on('uncaughtException', failHard);
process.on('unhandledRejection', failHard);
main().then(exitWith, failHard);
