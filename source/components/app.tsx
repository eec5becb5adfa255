// The app shell: subscribes to the store, turns keys into intention-named actions, tells the poller
// what is on screen, and lays out header, panel grid (or zoom, or help) and footer.
import React, {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useSyncExternalStore,
} from 'react';
import {Box, useApp, useInput, useStdin, type Key} from 'ink';
import {alertPanelPlace} from '../dashboards/alert-panels.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {matchKey, splitKeyChunk} from '../keys/match-key.js';
import type {Poller, Store} from '../poller/types.js';
import {createUiReducer, initialUiState, uiCommandFor} from '../ui-state/ui-state.js';
import {clockedText} from '../view-models/clocked-text.js';
import {chartWidth} from '../view-models/panel-view.js';
import {layoutDashboard, type ChartWidthOf} from '../view-models/layout.js';
import {zoomChartWidth} from '../view-models/zoom-view.js';
import type {ReplayInfo} from '../snapshot/session.js';
import type {RecordStatus} from '../snapshot/record-status.js';
import {useSecondClock, useTerminalSize} from './app-hooks.js';
import {DashboardGrid} from './dashboard-grid.js';
import {Footer} from './footer.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {useReplayControls} from './replay-controls.js';
import {AlertsScreen} from './alerts/alerts-screen.js';
import {useAlerts} from './alerts/use-alerts.js';
import type {AlertsRuntime} from '../alerts/alerts-runtime.js';
import {alertsClockedText} from '../view-models/alerts/alerts-clocked-text.js';
import {headerAlerts} from '../view-models/alerts/header-alerts.js';
import {TooSmall} from './too-small.js';

export type AppProps = {
  readonly dashboards: readonly DashboardSpec[];
  readonly store: Store;
  readonly poller: Poller;
  /** The Prometheus URL without credentials. */
  readonly url: string;
  readonly refreshMs: number;
  readonly initialDashboard: number;
  readonly initialRangeSeconds: number;
  readonly clock?: () => number;
  /** Repaints the whole screen (Ctrl-L); the output stage provides it. */
  readonly onRedraw?: () => void;
  /** Local HH:MM:SS; tests pin a time zone. */
  readonly clockText?: (ms: number) => string;
  /** Replaying a snapshot: its virtual clock (also given as `clock`) and the replay keys act. */
  readonly replay?: ReplayInfo;
  /** AlertManager data and writes (issue 4); without it there is no alerts tab. */
  readonly alerts?: AlertsRuntime;
  /** Rings the terminal bell (the output stage writes BEL outside the frame). */
  readonly onBell?: () => void;
  /** Start on the alerts screen (`--dashboard alerts`). */
  readonly initialAlerts?: boolean;
  /** While recording (--record): a failure to write shows in the footer at once. */
  readonly recordStatus?: RecordStatus;
};

const noSubscription = (): (() => void) => () => {};
const noFailure = (): undefined => undefined;

/** The panels' own chart width: in the grid, or the zoomed plot's (its value axis takes cells). */
const panelChartWidth: ChartWidthOf = (panel, box, zoomed) =>
  zoomed ? zoomChartWidth(box) : chartWidth(panel, box);

export function App(props: AppProps): React.JSX.Element {
  const {dashboards, store, poller, refreshMs, clock = Date.now} = props;
  const {exit} = useApp();
  const size = useTerminalSize();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const recordFailure = useSyncExternalStore(
    props.recordStatus?.subscribe ?? noSubscription,
    props.recordStatus?.failure ?? noFailure,
  );
  // A tick that changes no age on screen draws no frame (see view-models/clocked-text.ts).
  const alertsOpen = useRef(false);
  const alertsStore = props.alerts?.store;
  const clocked = useCallback(
    (at: number) => {
      const current = store.getState();
      const alertsText = alertsClockedText(alertsStore?.getState(), at, alertsOpen.current);
      return `${clockedText(current, Math.max(at, current.lastCycleAt ?? 0))}\n${alertsText}`;
    },
    [store, alertsStore],
  );
  const tick = useSecondClock(clock, clocked);
  const now = Math.max(tick, state.lastCycleAt ?? 0);
  const reduce = useMemo(() => createUiReducer(dashboards), [dashboards]);
  const [ui, dispatch] = useReducer(reduce, undefined, () =>
    initialUiState(props.initialDashboard, props.initialRangeSeconds),
  );
  const showAlertPanel = (alertname: string): boolean => {
    const place = alertPanelPlace(alertname, dashboards);
    if (place === undefined) return false;
    dispatch({
      type: 'showPanel',
      dashboardIndex: place.dashboardIndex,
      focus: {row: place.row, column: place.column},
    });
    return true;
  };
  const alerts = useAlerts(
    props.alerts,
    now,
    props.onBell,
    props.initialAlerts === true,
    showAlertPanel,
  );
  useEffect(() => {
    alertsOpen.current = alerts.ui.open;
  }, [alerts.ui.open]);
  const dashboard = dashboards[ui.dashboardIndex] ?? (dashboards[0] as DashboardSpec);
  const zoomRow = ui.zoomed ? ui.focus.row : -1;
  const zoomColumn = ui.zoomed ? ui.focus.column : -1;
  const layout = useMemo(
    () =>
      layoutDashboard(
        dashboard,
        size,
        zoomRow === -1 ? undefined : {row: zoomRow, column: zoomColumn},
        panelChartWidth,
      ),
    [dashboard, size, zoomRow, zoomColumn],
  );

  const replay = useReplayControls(
    props.replay,
    () => {
      poller.refreshNow();
      props.alerts?.poller.refreshNow();
    },
    ui.paused,
  );
  // At speed s, recorded time passes s times faster: poll s times as often to show each poll.
  const planRefreshMs = Math.max(50, Math.round(refreshMs / replay.speed));
  const chartWidths = layout.kind === 'dashboard' ? layout.chartWidths : undefined;
  const chartWidthsKey = JSON.stringify(chartWidths);
  useEffect(() => {
    if (chartWidths === undefined) return;
    poller.setPlan({
      dashboard,
      rangeSeconds: ui.rangeSeconds,
      refreshMs: planRefreshMs,
      chartWidths,
    });
    // chartWidthsKey stands for chartWidths: a new object with the same widths is no new plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [poller, dashboard, ui.rangeSeconds, planRefreshMs, chartWidthsKey]);

  const alertsPoller = props.alerts?.poller;
  // The alerts follow a faster replay as the panels do.
  useEffect(() => alertsPoller?.setRefreshMs(planRefreshMs), [alertsPoller, planRefreshMs]);
  const sentPaused = useRef(ui.paused);
  useEffect(() => {
    if (sentPaused.current === ui.paused) return;
    sentPaused.current = ui.paused;
    poller.setPaused(ui.paused);
    alertsPoller?.setPaused(ui.paused);
  }, [poller, alertsPoller, ui.paused]);

  // Without a terminal on stdin (piped, in a test harness) there are no keys to read.
  const {isRawModeSupported} = useStdin();
  const pendingKeys = useRef<{readonly input: string; readonly key: Key} | undefined>(undefined);
  const [, nextKeyTurn] = useReducer((turn: number) => turn + 1, 0);
  const handleKey = (input: string, key: Key): void => {
    if (!ui.helpOpen && alerts.handleKey(input, key)) return;
    const [first, ...rest] = splitKeyChunk(input, key);
    if (rest.length > 0) {
      // Each key of a chunk acts on the state the previous one made (`s` then `quick fix` must
      // type into the form `s` opened, not quit on its `q`): the rest waits for the render.
      handleKey(first ?? '', key);
      pendingKeys.current = {input: rest.join(''), key};
      nextKeyTurn();
      return;
    }
    const match = matchKey(input, key);
    if (match === undefined) return;
    const command = uiCommandFor(match);
    if (command.type === 'alerts') alerts.command(command.action);
    else if (command.type === 'switchDashboard' && !ui.helpOpen) {
      const to = alerts.switchTo(ui.dashboardIndex, dashboards.length, command.to);
      dispatch({type: 'switchDashboard', to});
    } else if (command.type === 'quit') exit();
    else if (command.type === 'refresh') {
      poller.refreshNow();
      props.alerts?.poller.refreshNow();
    } else if (command.type === 'redraw') props.onRedraw?.();
    else if (command.type === 'replay') replay.handle(command.action);
    else dispatch(command);
  };
  // Ink subscribes the handler in a passive effect, after the frame is out: a key arriving in
  // between would meet the previous screen's handler. A layout effect runs in the same commit
  // as the frame, so the ref holds the handler of what is on screen before any key can arrive.
  // The rest of a chunk is handled once the first key's changes are committed (nextKeyTurn
  // forces that commit even when the key changed nothing).
  const latestHandleKey = useRef(handleKey);
  useLayoutEffect(() => {
    latestHandleKey.current = handleKey;
    const pending = pendingKeys.current;
    if (pending === undefined) return;
    pendingKeys.current = undefined;
    setImmediate(() => latestHandleKey.current(pending.input, pending.key));
  });
  const stableHandleKey = useCallback(
    (input: string, key: Key) => latestHandleKey.current(input, key),
    [],
  );
  useInput(stableHandleKey, {isActive: isRawModeSupported === true});

  if (layout.kind === 'tooSmall') return <TooSmall size={layout.size} needed={layout.needed} />;
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      <Header
        dashboards={dashboards}
        activeIndex={ui.dashboardIndex}
        url={props.url}
        rangeSeconds={ui.rangeSeconds}
        refreshMs={refreshMs}
        connection={state.connection}
        paused={ui.paused}
        now={now}
        width={layout.width}
        {...(props.clockText === undefined ? {} : {clockText: props.clockText})}
        {...(replay.status === undefined ? {} : {replay: replay.status})}
        {...(props.alerts === undefined
          ? {}
          : {
              alerts: {
                active: alerts.ui.open,
                ...headerAlerts(alerts.state, now, props.alerts.readOnly),
              },
            })}
      />
      {ui.helpOpen ? (
        <HelpOverlay width={layout.grid.width} height={layout.grid.height} />
      ) : alerts.ui.open ? (
        <AlertsScreen
          model={alerts}
          width={layout.grid.width}
          height={layout.grid.height}
          now={now}
          rangeSeconds={ui.rangeSeconds}
          clock={clock}
        />
      ) : (
        <DashboardGrid
          dashboard={dashboard}
          layout={layout}
          panels={state.panels}
          focus={ui.focus}
          zoomed={ui.zoomed}
          now={now}
        />
      )}
      <Footer width={layout.width} notice={recordFailure} />
    </Box>
  );
}
