// The app shell: subscribes to the store, keeps the one UI state (keys -> key table -> reducer,
// see use-ui.ts), tells the poller what is on screen, and lays out header, panel grid (or zoom,
// help or the alerts screen) and footer.
import React, {useCallback, useEffect, useMemo, useRef, useSyncExternalStore} from 'react';
import {Box, useApp} from 'ink';
import type {DashboardSpec, PanelSpec} from '../dashboards/spec.js';
import type {Poller, VariablesRuntime} from '../poller/types.js';
import type {Store} from '../store/store.js';
import type {StoreState} from '../store/store-state.js';
import {initialUiState, keyContextOf} from '../ui-state/ui-state.js';
import {dashboardRefreshMs} from '../ui-state/dashboard-defaults.js';
import type {UiEnv} from '../ui-state/types.js';
import {clockedText} from '../view-models/clocked-text.js';
import {chartWidth} from '../view-models/panel-view.js';
import {layoutDashboard, type ChartWidthOf} from '../view-models/layout.js';
import {zoomChartWidth} from '../view-models/zoom-view.js';
import type {ReplayInfo} from '../record-replay/session.js';
import type {RecordStatus} from '../record-replay/record-status.js';
import {useKeys, usePollPlan, useSecondClock, useTerminalSize} from './app-hooks.js';
import {DashboardGrid} from './dashboard-grid.js';
import {Footer} from './footer.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {useReplayControls} from './replay-controls.js';
import {AlertsScreen} from './alerts/alerts-screen.js';
import {useAlerts} from './alerts/use-alerts.js';
import type {AlertsRuntime} from '../poller/alerts-runtime.js';
import {alertsClockedText} from '../view-models/alerts/alerts-clocked-text.js';
import {headerAlerts} from '../view-models/alerts/header-alerts.js';
import {ContextPicker} from './context-picker.js';
import {TooSmall} from './too-small.js';
import type {PrometheusClient} from '../prometheus/client.js';
import {timeInputLine} from '../view-models/time-travel-view.js';
import {ToneLines} from './panels/tone-lines.js';
import {useTimeTravel} from './use-time-travel.js';
import {useUi, type UiWorld} from './use-ui.js';
import {useGridInput} from './use-grid.js';
import {useZoomExplore} from './use-zoom-explore.js';
import {useVariables} from './use-variables.js';
import {focusedLabels, panelAt, shownDashboard} from '../ui-state/drill.js';
import {CopyBox, LabelPickerBox} from './explore-boxes.js';
import {panelKey} from '../store/store-state.js';
import {queryDashboard, scratchDashboard} from '../dashboards/scratch.js';
import type {SaveOutcome} from '../ui-state/query-result-state.js';
import type {CompletionSource} from '../prometheus/promql-complete.js';
import type {QueryHistory} from '../history/query-history.js';
import {PromptBar} from './prompt-bar.js';
import {QueryResult} from './query-result.js';
import {queryChartBox} from '../view-models/query-result-view.js';
import {VariablePickerBox} from './variable-picker.js';
import {variablesNoticeLine} from '../view-models/variable-picker-view.js';
import {withVariableTitles} from '../view-models/variable-titles.js';

export type AppProps = {
  readonly dashboards: readonly DashboardSpec[];
  readonly store: Store<StoreState>;
  readonly poller: Poller;
  /** The Prometheus URL without credentials. */
  readonly url: string;
  readonly refreshMs: number;
  /** --refresh was given: it wins over a dashboard's own refresh (ui-state/dashboard-defaults.ts). */
  readonly refreshChosen?: boolean;
  readonly initialDashboard: number;
  readonly initialRangeSeconds: number;
  /** --range was given (or the range is kept from another context): dashboards' own do not apply. */
  readonly rangeChosen?: boolean;
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
  /** Copies text to the terminal's clipboard (the output stage writes OSC 52 outside the frame). */
  readonly onCopy?: (text: string) => void;
  /** While recording (--record): a failure to write shows in the footer at once. */
  readonly recordStatus?: RecordStatus;
  /** For time travel (`t`) and the zoom's overlay (`o`): their own pollers ask it. */
  readonly prometheus?: PrometheusClient;
  /** Prometheus' scrape interval, for those pollers' `$__rate_interval`. */
  readonly scrapeIntervalSeconds?: number;
  /** The query prompt's completion and history; without them it neither completes nor remembers. */
  readonly queryPrompt?: {readonly completion: CompletionSource; readonly history: QueryHistory};
  /** Saves a query result's panel into a dashboard file (`W`); what came of it. */
  readonly onSaveQuery?: (panel: PanelSpec) => SaveOutcome;
  /** The config file's contexts and the switch between them (context-root.tsx). */
  readonly contexts?: AppContexts;
  /** The context's template variables (poller/variables-runtime.ts); use-variables.ts reads them. */
  readonly variables?: VariablesRuntime;
};

/** What is on screen, kept when a context switch builds the app anew. */
export type KeptView = {
  readonly dashboardIndex: number;
  readonly rangeSeconds: number;
  readonly alerts: boolean;
};

export type AppContexts = {
  readonly names: readonly string[];
  readonly current: string;
  readonly switchTo: (name: string, keep: KeptView) => void;
  /** Why the last switch failed, for the footer. */
  readonly notice?: string | undefined;
};

/** Why `t` and `o` do nothing here, or undefined when they work. */
function timeTravelOff(props: AppProps): string | undefined {
  if (props.replay !== undefined) {
    return 'time travel is off in a replay, which has its own clock: , . step, g G jump';
  }
  return props.prometheus === undefined ? 'time travel needs Prometheus' : undefined;
}

const noSubscription = (): (() => void) => () => {};
const noFailure = (): undefined => undefined;

/** The panels' own chart width: in the grid, or the zoomed plot's (its value axis takes cells). */
const panelChartWidth: ChartWidthOf = (panel, box, zoomed) =>
  zoomed ? zoomChartWidth(box) : chartWidth(panel, box);

export function App(props: AppProps): React.JSX.Element {
  const {store, poller, clock = Date.now} = props;
  const {exit} = useApp();
  const size = useTerminalSize();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const recordFailure = useSyncExternalStore(
    props.recordStatus?.subscribe ?? noSubscription,
    props.recordStatus?.failure ?? noFailure,
  );
  const {ui, run, commandFor, typing} = useUi(() =>
    initialUiState(
      props.initialDashboard,
      props.initialRangeSeconds,
      props.initialAlerts === true && props.alerts !== undefined ? 'alerts' : 'dashboard',
      props.rangeChosen === true,
    ),
  );
  const alertsShown = ui.screen === 'alerts';
  // A tick that changes no age on screen draws no frame (see view-models/clocked-text.ts).
  const alertsOpen = useRef(alertsShown);
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
  const timeOff = timeTravelOff(props);
  const heldAt = timeOff === undefined ? ui.timeTravel.heldAt : undefined;
  // Held, ages and "as of" count from the held time, never from the clock's now.
  const now = heldAt ?? Math.max(tick, state.lastCycleAt ?? 0);
  const alerts = useAlerts(props.alerts, ui.alerts, now, props.onBell);
  useEffect(() => {
    alertsOpen.current = alertsShown;
  }, [alertsShown]);
  // The session's pinned query results are a dashboard after the built-in ones.
  const dashboards = useMemo(() => {
    const scratch = scratchDashboard(ui.scratch);
    return scratch === undefined ? props.dashboards : [...props.dashboards, scratch];
  }, [props.dashboards, ui.scratch]);
  const queryPanel = ui.query?.panel;
  // A query result is a one-panel dashboard, polled in place of the one behind it.
  const queried = useMemo(
    () => (queryPanel === undefined ? undefined : queryDashboard(queryPanel)),
    [queryPanel],
  );
  const chosen = dashboards[ui.dashboardIndex] ?? (dashboards[0] as DashboardSpec);
  // The variables of the dashboard tab shown: states and select() for the picker and header.
  const variables = useVariables(props.variables, chosen, ui.rangeSeconds);
  // Its panel and section titles with the variables' values (`CPU on $instance`). The runtime
  // hands a new scope on every read, values changed or not: the same values are the same
  // dashboard, or each read would plan the panels again.
  const scopeKey = JSON.stringify(variables.scope ?? null);
  const titled = useMemo(
    () => withVariableTitles(chosen, variables.scope),
    // scopeKey stands for variables.scope.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [chosen, scopeKey],
  );
  // Drill-down: the focused panel split by a label takes its place (ui-state/drill.ts).
  const drillLabel = ui.drill?.label;
  const drilled = useMemo(
    () => shownDashboard(titled, ui.focus, drillLabel),
    [titled, ui.focus, drillLabel],
  );
  const dashboard = queried ?? drilled;
  const refreshMs = dashboardRefreshMs(dashboard, props.refreshMs, props.refreshChosen === true);
  const zoomRow = queried !== undefined ? 0 : ui.zoomed ? ui.focus.row : -1;
  const zoomColumn = queried !== undefined ? 0 : ui.zoomed ? ui.focus.column : -1;
  const gridInput = useGridInput(ui, dashboard);
  const layout = useMemo(
    () =>
      layoutDashboard(
        dashboard,
        size,
        zoomRow === -1 ? undefined : {row: zoomRow, column: zoomColumn},
        panelChartWidth,
        gridInput,
      ),
    [dashboard, size, zoomRow, zoomColumn, gridInput],
  );
  const gridView = layout.kind === 'dashboard' ? layout.gridView : undefined;

  const refreshAll = () => {
    poller.refreshNow();
    props.alerts?.poller.refreshNow();
  };
  const replay = useReplayControls(props.replay, refreshAll, ui.paused);
  usePollPlan({
    poller,
    alertsPoller: props.alerts?.poller,
    dashboard,
    chartWidths: layout.kind === 'dashboard' ? layout.chartWidths : undefined,
    visiblePanelIds: gridView?.visiblePanelIds,
    rangeSeconds: ui.rangeSeconds,
    // At speed s, recorded time passes s times faster: poll s times as often to show each poll.
    refreshMs: Math.max(50, Math.round(refreshMs / replay.speed)),
    paused: ui.paused,
    held: heldAt !== undefined,
    variables,
  });
  const zoomedPanel = ui.zoomed && layout.kind === 'dashboard' ? layout.panels[0] : undefined;
  const timeTravel = useTimeTravel({
    client: props.prometheus,
    clock,
    scrapeIntervalSeconds: props.scrapeIntervalSeconds,
    heldAt,
    overlay: timeOff === undefined ? ui.timeTravel.overlay : 'off',
    dashboard,
    zoomed:
      zoomedPanel === undefined || layout.kind !== 'dashboard'
        ? undefined
        : {
            panel: zoomedPanel.panel,
            width: layout.chartWidths[zoomedPanel.panel.id] ?? 1,
            keep: Math.max(1, Math.floor((zoomedPanel.height - 2) / 8)),
          },
    chartWidths: layout.kind === 'dashboard' ? layout.chartWidths : undefined,
    visiblePanelIds: gridView?.visiblePanelIds,
    rangeSeconds: ui.rangeSeconds,
    refreshMs,
    paused: ui.paused,
    variables: variables.scope,
  });
  const shown = timeTravel.held ?? state;

  // A query result's chart shares the grid with its table of values (query-result.tsx).
  const queryBox =
    ui.query === undefined || layout.kind !== 'dashboard'
      ? undefined
      : queryChartBox(
          ui.query.panel,
          shown.panels[panelKey(dashboard.id, ui.query.panel.id)],
          layout.grid,
          now,
        );
  const zoom = useZoomExplore(layout, dashboard, shown.panels, ui, alerts.state.rows, queryBox);
  const contexts = props.contexts;
  const env: UiEnv = {
    dashboards,
    alerts: alerts.env,
    zoom: zoom.env,
    // Read when a key asks (a relative time counts back from the moment Enter is pressed).
    get now() {
      return clock();
    },
    timeTravelOff: timeOff,
    variables: variables.states,
    focusedLabels: () => focusedLabels(chosen, ui.focus, store.getState().panels),
    history: props.queryPrompt?.history.entries() ?? [],
    contexts,
    grid: queried === undefined ? gridView?.geometry : undefined,
  };
  const world: UiWorld = {
    env,
    quit: exit,
    // Held, `r` fetches the held time again (the live data is not on screen), and the alerts.
    refresh: () => {
      if (timeTravel.refreshHeld()) props.alerts?.poller.refreshNow();
      else refreshAll();
    },
    redraw: props.onRedraw,
    replay: replay.handle,
    alerts: props.alerts,
    alertsState: alerts.state,
    copy: props.onCopy,
    queryPrompt: props.queryPrompt,
    saveQuery: props.onSaveQuery,
    switchContext: (name) =>
      contexts?.switchTo(name, {
        dashboardIndex: ui.dashboardIndex,
        rangeSeconds: ui.rangeSeconds,
        alerts: alertsShown,
      }),
    selectVariable: variables.select,
  };
  useKeys((input, key) => {
    const command = commandFor(input, key);
    if (command !== undefined) run(command, world);
  }, typing);

  const timeLine =
    layout.kind === 'tooSmall'
      ? undefined
      : (timeInputLine(ui.timeTravel, layout.width) ??
        variablesNoticeLine(ui.variablesNotice, layout.width));
  if (layout.kind === 'tooSmall') return <TooSmall size={layout.size} needed={layout.needed} />;
  // The prompt's two lines take the footer's and the grid's last.
  const bodyHeight = layout.grid.height - (ui.prompt === undefined ? 0 : 1);
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      <Header
        dashboards={dashboards}
        activeIndex={ui.dashboardIndex}
        url={props.url}
        rangeSeconds={ui.rangeSeconds}
        refreshMs={refreshMs}
        connection={shown.connection}
        paused={ui.paused}
        {...(heldAt === undefined ? {} : {heldAt})}
        {...(alertsShown ? {} : {variables: variables.states})}
        now={now}
        width={layout.width}
        {...(props.clockText === undefined ? {} : {clockText: props.clockText})}
        {...(replay.status === undefined ? {} : {replay: replay.status})}
        {...(props.alerts === undefined
          ? {}
          : {
              alerts: {
                active: alertsShown,
                ...headerAlerts(alerts.state, now, props.alerts.readOnly),
              },
            })}
      />
      <Box flexDirection="column" height={bodyHeight} overflow="hidden" flexShrink={0}>
        {ui.contextPicker !== undefined && contexts !== undefined ? (
          <ContextPicker
            names={contexts.names}
            current={contexts.current}
            highlighted={ui.contextPicker.highlighted}
            width={layout.grid.width}
            height={layout.grid.height}
          />
        ) : ui.variablePicker !== undefined ? (
          <VariablePickerBox
            picker={ui.variablePicker}
            variables={variables.states}
            width={layout.grid.width}
            height={layout.grid.height}
          />
        ) : ui.helpOpen ? (
          <HelpOverlay width={layout.grid.width} height={layout.grid.height} />
        ) : ui.copied !== undefined ? (
          <CopyBox copied={ui.copied} width={layout.grid.width} height={layout.grid.height} />
        ) : ui.drill?.picker !== undefined ? (
          <LabelPickerBox
            picker={ui.drill.picker}
            panelTitle={panelAt(titled, ui.focus)?.title ?? ''}
            width={layout.grid.width}
            height={layout.grid.height}
          />
        ) : alertsShown ? (
          <AlertsScreen
            model={alerts}
            width={layout.grid.width}
            height={layout.grid.height}
            now={now}
            rangeSeconds={ui.rangeSeconds}
            clock={clock}
          />
        ) : ui.query !== undefined ? (
          <QueryResult
            query={ui.query}
            state={shown.panels[panelKey(dashboard.id, ui.query.panel.id)]}
            width={layout.grid.width}
            height={layout.grid.height}
            chartHeight={queryBox?.height ?? layout.grid.height}
            now={now}
            explore={zoom.input}
          />
        ) : (
          <DashboardGrid
            dashboard={dashboard}
            layout={layout}
            panels={shown.panels}
            focus={ui.focus}
            zoomed={ui.zoomed}
            now={now}
            overlay={timeTravel.overlay}
            explore={zoom.input}
          />
        )}
      </Box>
      {ui.prompt !== undefined ? (
        <PromptBar prompt={ui.prompt} width={layout.width} />
      ) : timeLine !== undefined ? (
        <ToneLines lines={[timeLine]} width={layout.width} />
      ) : (
        <Footer
          width={layout.width}
          notice={recordFailure ?? contexts?.notice}
          context={keyContextOf(ui)}
          position={ui.zoomed || alertsShown ? undefined : gridView?.indicator}
        />
      )}
    </Box>
  );
}
