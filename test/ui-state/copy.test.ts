// `y` through the keys as the app runs them, and on to the bytes the output stage writes: the
// focused panel's PromQL, the selected alert's runbook URL (else its source URL), and that
// nothing a server sends reaches the clipboard but the URL the user asked to copy.
import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import {createTerminalOutput} from '../../source/output-stage/terminal-output.js';
import {osc52Sequence, type Multiplexer} from '../../source/text/osc52.js';
import type {UiEffect, UiEnv, UiState} from '../../source/ui-state/types.js';
import {initialUiState} from '../../source/ui-state/ui-state.js';
import {alertRow, alertsEnv, enter, press, twoDashboards} from './press.js';

const onAlerts = (rows: readonly AlertRow[]) => ({
  env: {dashboards: twoDashboards, alerts: alertsEnv(rows)} satisfies UiEnv,
  state: initialUiState(0, 3600, 'alerts'),
});

/** What the terminal receives for the effects, through the real output stage. */
function terminalBytes(effects: readonly UiEffect[], multiplexer: Multiplexer = 'none'): string {
  const written: string[] = [];
  const stream = Object.assign(new EventEmitter(), {
    write: (text: string) => void written.push(text),
    columns: 20,
    rows: 5,
    isTTY: true,
  });
  const output = createTerminalOutput(stream, {multiplexer});
  for (const effect of effects) if (effect.type === 'copy') output.copy(effect.text);
  return written.join('');
}

describe('y on a dashboard', () => {
  it("copies the focused panel's PromQL and says so until the next key", () => {
    const start = initialUiState(0, 3600);
    const {state, effects} = press(start, {dashboards: twoDashboards}, 'y');
    expect(effects).toEqual([{type: 'copy', text: 'up'}]);
    expect(state.copied).toEqual({what: 'the PromQL of a1', text: 'up'});
    expect(terminalBytes(effects)).toBe('\u001B]52;c;dXA=\u0007');
    // The next key only closes the box.
    const next = press(state, {dashboards: twoDashboards}, 'l').state;
    expect(next.copied).toBeUndefined();
    expect(next.focus).toEqual(start.focus);
  });

  it('copies the drilled query of a drilled panel', () => {
    const env: UiEnv = {
      dashboards: twoDashboards,
      focusedLabels: () => [{name: 'job', values: 2}],
    };
    const {effects, state} = press(initialUiState(0, 3600), env, 'd', enter, 'y');
    expect(effects).toEqual([{type: 'copy', text: 'sum by (job) (up)'}]);
    expect(state.copied).toEqual({what: 'the PromQL of a1 by job', text: 'sum by (job) (up)'});
  });
});

describe('y on the alerts screen', () => {
  const runbook = 'https://runbooks.example/HighErrorRate';
  const source = 'http://127.0.0.1:9090/graph?g0.expr=up';

  it('copies the runbook URL, else the source URL', () => {
    const withRunbook = {
      ...alertRow('a', 'HighErrorRate'),
      annotations: {runbook_url: runbook},
      generatorURL: source,
    };
    const one = onAlerts([withRunbook]);
    const copied = press(one.state, one.env, 'y');
    expect(copied.effects).toEqual([{type: 'copy', text: runbook}]);
    expect(copied.state.copied).toEqual({what: 'the runbook URL of HighErrorRate', text: runbook});
    const other = onAlerts([{...alertRow('b', 'Down'), generatorURL: source}]);
    expect(press(other.state, other.env, 'y').effects).toEqual([{type: 'copy', text: source}]);
    const none = onAlerts([alertRow('c', 'Bare')]);
    expect(press(none.state, none.env, 'y').effects).toEqual([]);
  });

  it('lets nothing from a server reach the clipboard but the URL asked for', () => {
    // Label values and other annotations full of escapes, an OSC 52 of their own among them.
    const hostileLabels = {
      alertname: 'Evil\u001B]52;c;ZXZpbA==\u0007',
      instance: '\u001B]52;c;cm0gLXJmIH4=\u001B\\',
    };
    const row: AlertRow = {
      ...alertRow('a', hostileLabels.alertname),
      labels: hostileLabels,
      annotations: {runbook_url: runbook, summary: '\u009D52;c;ZXZpbA==\u009C'},
      generatorURL: `${source}\u0007`,
    };
    const one = onAlerts([row]);
    const {effects} = press(one.state, one.env, 'y');
    for (const multiplexer of ['none', 'tmux', 'screen'] as const) {
      expect(terminalBytes(effects, multiplexer)).toBe(osc52Sequence(runbook, multiplexer));
    }
  });

  it('refuses a runbook URL with an escape in it, whole, and writes nothing', () => {
    const hostile = `${runbook}\u001B]52;c;cm0gLXJmIH4=\u0007`;
    const row = {...alertRow('a', 'Evil'), annotations: {runbook_url: hostile}};
    const one = onAlerts([row]);
    const {effects, state} = press(one.state, one.env, 'y');
    expect(effects).toEqual([]);
    expect(state.copied).toEqual({
      what: 'the runbook URL of Evil',
      refused: 'it contains control characters',
    });
    // Even asked directly, the output stage writes nothing for such text.
    expect(terminalBytes([{type: 'copy', text: hostile}])).toBe('');
    expect(terminalBytes([{type: 'copy', text: `${runbook}\u009D`}])).toBe('');
  });
});

describe('y with nothing to copy', () => {
  it('says so', () => {
    const empty = onAlerts([]);
    const {effects, state} = press(empty.state, empty.env, 'y');
    expect(effects).toEqual([]);
    expect((state as UiState).copied).toEqual({
      what: 'nothing',
      refused: 'there is no panel or alert with a URL selected',
    });
  });
});
