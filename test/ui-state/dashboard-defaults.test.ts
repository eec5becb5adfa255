// A dashboard's own range and refresh (Grafana's time and refresh) apply until the user chooses.
import {describe, expect, it} from 'vitest';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {dashboardRange, dashboardRefreshMs} from '../../source/ui-state/dashboard-defaults.js';
import {initialUiState} from '../../source/ui-state/ui-state.js';
import type {UiEnv} from '../../source/ui-state/types.js';
import {press, twoDashboards} from './press.js';

const [plain, other] = twoDashboards as [DashboardSpec, DashboardSpec];
/** `b` says `time: now-6h` and `refresh: 30s`, as a Grafana dashboard would. */
const sixHours: DashboardSpec = {...other, rangeSeconds: 6 * 3600, refreshSeconds: 30};
const env: UiEnv = {dashboards: [plain, sixHours]};

describe("a dashboard's own range", () => {
  it('applies when its tab is opened and nothing was chosen', () => {
    const start = initialUiState(0, 3600);
    expect(press(start, env, '2').state.rangeSeconds).toBe(6 * 3600);
    // Back on a dashboard without its own range: the range stays what was shown.
    expect(press(start, env, '2', '1').state.rangeSeconds).toBe(6 * 3600);
  });

  it('gives way to + and -, which then hold for every dashboard', () => {
    const start = initialUiState(0, 3600);
    const widened = press(start, env, '+', '2').state;
    expect(widened).toMatchObject({rangeSeconds: 3 * 3600, rangeChosen: true});
    expect(press(start, env, '2', '-', '1', '2').state.rangeSeconds).toBe(3 * 3600);
  });

  it('gives way to --range', () => {
    expect(press(initialUiState(0, 900, 'dashboard', true), env, '2').state.rangeSeconds).toBe(900);
  });

  it('is kept within what --range accepts', () => {
    expect(dashboardRange({...plain, rangeSeconds: 5}, 3600, false)).toBe(60);
    expect(dashboardRange({...plain, rangeSeconds: 400 * 86_400}, 3600, false)).toBe(30 * 86_400);
    expect(dashboardRange({...plain, rangeSeconds: Number.NaN}, 3600, false)).toBe(3600);
  });
});

describe("a dashboard's own refresh", () => {
  it('applies unless --refresh was given, and is at least a second', () => {
    expect(dashboardRefreshMs(sixHours, 15_000, false)).toBe(30_000);
    expect(dashboardRefreshMs(sixHours, 15_000, true)).toBe(15_000);
    expect(dashboardRefreshMs(plain, 15_000, false)).toBe(15_000);
    expect(dashboardRefreshMs({...plain, refreshSeconds: 0.2}, 15_000, false)).toBe(1000);
    expect(dashboardRefreshMs({...plain, refreshSeconds: 0}, 15_000, false)).toBe(15_000);
  });
});
