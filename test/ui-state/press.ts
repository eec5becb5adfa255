// Keys through the key table and the UI reducer, as the app runs them, without Ink: each key is
// matched in the context the state before it is in, and the effects are collected in order.
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import {rowItems} from '../../source/alerts/route-groups.js';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {matchKey, type InputKey} from '../../source/keys/match-key.js';
import {keyContextOf, updateUi} from '../../source/ui-state/ui-state.js';
import type {AlertsEnv, UiEffect, UiEnv, UiState} from '../../source/ui-state/types.js';

/** A typed character, or Ink's input and key for a named key (`['', {escape: true}]`). */
export type Press = string | readonly [string, InputKey];

export const esc: Press = ['', {escape: true}];
export const enter: Press = ['\r', {return: true}];
export const up: Press = ['', {upArrow: true}];
export const down: Press = ['', {downArrow: true}];
export const left: Press = ['', {leftArrow: true}];
export const right: Press = ['', {rightArrow: true}];
export const tab: Press = ['', {tab: true}];
export const shiftTab: Press = ['', {tab: true, shift: true}];

export function press(
  state: UiState,
  env: UiEnv,
  ...keys: readonly Press[]
): {readonly state: UiState; readonly effects: readonly UiEffect[]} {
  return keys.reduce<{state: UiState; effects: readonly UiEffect[]}>(
    (last, one) => {
      const [input, key] = typeof one === 'string' ? [one, {}] : one;
      const command = matchKey(keyContextOf(last.state), input, key);
      if (command === undefined) return last;
      const next = updateUi(last.state, command, env);
      return {state: next.state, effects: [...last.effects, ...next.effects]};
    },
    {state, effects: []},
  );
}

const panel = (id: string) =>
  ({id, title: id, kind: 'stat', queries: [{expr: 'up'}], unit: 'count'}) as const;

/** Two small dashboards: `a` with 2 panels over 1, `b` with one panel. */
export const twoDashboards: readonly DashboardSpec[] = [
  {id: 'a', title: 'A', rows: [{panels: [panel('a1'), panel('a2')]}, {panels: [panel('a3')]}]},
  {id: 'b', title: 'B', rows: [{panels: [panel('b1')]}]},
];

/** An alert row with only what the keys look at. */
export const alertRow = (key: string, alertname = key): AlertRow => ({
  key,
  alertname,
  severity: 'critical',
  labels: {alertname},
  annotations: {},
  state: 'firing',
  sources: ['am1'],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
});

/** The alerts screen showing `rows` by severity, writable, no silences. */
export function alertsEnv(
  rows: readonly AlertRow[],
  overrides: Partial<AlertsEnv> = {},
): AlertsEnv {
  return {
    items: rowItems(rows),
    rows,
    silenceIds: [],
    check: undefined,
    author: 'me',
    readOnly: false,
    ...overrides,
  };
}
