// The shell: flags and environment in, one render, out with an exit status. The only module that
// reads argv and the environment or calls process.exit; nothing below it knows meow exists.
import {readFileSync} from 'node:fs';
import process from 'node:process';
import React from 'react';
import {render, type Instance} from 'ink';
import meow from 'meow';
import {App} from './source/components/app.js';
import {parseConfig, type Config} from './source/config/flags.js';
import {helpText, meowFlags} from './source/config/options.js';
import {builtinDashboards} from './source/dashboards/dashboards.js';
import {createRequest} from './source/http/http.js';
import {createPoller} from './source/poller/poller.js';
import {createPrometheusClient} from './source/prometheus/client.js';
import {createTerminalOutput, type TerminalOutput} from './source/terminal/terminal-output.js';

const usageStatus = 2;
const failureStatus = 1;

/** The output stage, while it owns the screen (alternate screen, hidden cursor). */
let output: TerminalOutput | undefined;

/** Alternate screen off, cursor shown, raw mode off. Safe to call more than once. */
function restoreTerminal(): void {
  if (output === undefined) return;
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  output.restore();
  output = undefined;
}

/** One line, whatever the error: no stack trace reaches the user. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'unexpected error';
}

function failHard(error: unknown): never {
  restoreTerminal();
  process.stderr.write(`nova-top: ${oneLine(error)}\n`);
  process.exit(failureStatus);
}

/**
 * The one render call. On a terminal, Ink renders whole frames (debug mode) into the output
 * stage, which writes only the cells that changed; elsewhere Ink writes as usual.
 */
function renderApp(element: (onRedraw: () => void) => React.ReactElement): Instance {
  if (!process.stdout.isTTY)
    return render(
      element(() => {}),
      {exitOnCtrlC: false, patchConsole: false},
    );
  const stage = createTerminalOutput(process.stdout);
  output = stage;
  return render(element(stage.redraw), {
    stdout: stage.inkStdout,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
}

async function runDashboards(config: Config): Promise<number> {
  const request = createRequest(config.endpoint);
  const {poller, store} = createPoller({client: createPrometheusClient(request)});
  const instance = renderApp((onRedraw) => (
    <App
      dashboards={builtinDashboards}
      store={store}
      poller={poller}
      url={config.endpoint.url}
      refreshMs={config.refreshMs}
      initialDashboard={config.dashboardIndex}
      initialRangeSeconds={config.rangeSeconds}
      onRedraw={onRedraw}
    />
  ));
  const exited = instance.waitUntilExit();
  const quit = () => instance.unmount();
  process.once('SIGTERM', quit);
  process.once('SIGHUP', quit);
  process.once('SIGINT', quit);
  try {
    await exited;
  } finally {
    poller.stop();
    restoreTerminal();
  }
  return 0;
}

async function main(): Promise<number> {
  let cli;
  try {
    cli = meow(helpText(), {
      importMeta: import.meta,
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
  const readFile = (path: string): string => readFileSync(path, 'utf8');
  const result = parseConfig(
    {flags: cli.flags, input: cli.input},
    process.env,
    readFile,
    builtinDashboards,
  );
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    return usageStatus;
  }
  return runDashboards(result.config);
}

process.on('uncaughtException', failHard);
process.on('unhandledRejection', failHard);
main().then((status) => process.exit(status), failHard);
