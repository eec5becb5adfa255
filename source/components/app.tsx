// The app shell: subscribes to the store, turns keys into intention-named actions, tells the poller
// what is on screen, and lays out header, panel grid (or zoom, or help) and footer.
import React, {useEffect, useMemo, useReducer, useRef, useSyncExternalStore} from 'react';
import {Box, useApp, useInput, useStdin} from 'ink';
import type {DashboardSpec} from '../dashboards/spec.js';
import {matchKey} from '../keys/match-key.js';
import type {Poller, Store} from '../poller/types.js';
import {createUiReducer, initialUiState, uiCommandFor} from '../ui-state/ui-state.js';
import {chartWidth} from '../view-models/panel-view.js';
import {defaultChartWidth, layoutDashboard, type ChartWidthOf} from '../view-models/layout.js';
import {useSecondClock, useTerminalSize} from './app-hooks.js';
import {DashboardGrid} from './dashboard-grid.js';
import {Footer} from './footer.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';
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
};

/** The panels' own chart width in the grid; a zoomed plot loses its value axis's cells. */
const panelChartWidth: ChartWidthOf = (panel, box, zoomed) =>
  zoomed ? defaultChartWidth(panel, box, zoomed) : chartWidth(panel, box);

export function App(props: AppProps): React.JSX.Element {
  const {dashboards, store, poller, refreshMs, clock = Date.now} = props;
  const {exit} = useApp();
  const size = useTerminalSize();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const tick = useSecondClock(clock);
  const now = Math.max(tick, state.lastCycleAt ?? 0);
  const reduce = useMemo(() => createUiReducer(dashboards), [dashboards]);
  const [ui, dispatch] = useReducer(reduce, undefined, () =>
    initialUiState(props.initialDashboard, props.initialRangeSeconds),
  );
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

  const chartWidths = layout.kind === 'dashboard' ? layout.chartWidths : undefined;
  const chartWidthsKey = JSON.stringify(chartWidths);
  useEffect(() => {
    if (chartWidths === undefined) return;
    poller.setPlan({dashboard, rangeSeconds: ui.rangeSeconds, refreshMs, chartWidths});
    // chartWidthsKey stands for chartWidths: a new object with the same widths is no new plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [poller, dashboard, ui.rangeSeconds, refreshMs, chartWidthsKey]);

  const sentPaused = useRef(ui.paused);
  useEffect(() => {
    if (sentPaused.current === ui.paused) return;
    sentPaused.current = ui.paused;
    poller.setPaused(ui.paused);
  }, [poller, ui.paused]);

  // Without a terminal on stdin (piped, in a test harness) there are no keys to read.
  const {isRawModeSupported} = useStdin();
  useInput(
    (input, key) => {
      const match = matchKey(input, key);
      if (match === undefined) return;
      const command = uiCommandFor(match);
      if (command.type === 'quit') exit();
      else if (command.type === 'refresh') poller.refreshNow();
      else if (command.type === 'redraw') props.onRedraw?.();
      else dispatch(command);
    },
    {isActive: isRawModeSupported === true},
  );

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
      />
      {ui.helpOpen ? (
        <HelpOverlay width={layout.grid.width} height={layout.grid.height} />
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
      <Footer width={layout.width} />
    </Box>
  );
}
