// The query prompt's result as a zoomed panel: the chart (zoom-view.ts) over a table of every
// series' value now (query-result-view.ts). Its data is the `query` dashboard's in the store, polled
// like any dashboard (app.tsx plans it while it is shown).
import React from 'react';
import {Box} from 'ink';
import type {PanelState} from '../store/panel-state.js';
import type {QueryResultState} from '../ui-state/query-result-state.js';
import {panelClock} from '../view-models/fresh-values.js';
import {queryTableLines} from '../view-models/query-result-view.js';
import type {ExploreInput} from '../view-models/zoom-explore-view.js';
import {ZoomPanel} from './panels/panel-box.js';
import {ToneLines} from './panels/tone-lines.js';

export type QueryResultProps = {
  readonly query: QueryResultState;
  readonly state: PanelState | undefined;
  readonly width: number;
  readonly height: number;
  readonly now: number;
  /** The chart's height (queryChartBox): the table of values takes the rest. */
  readonly chartHeight: number;
  /** The chart's exploration (cursor, legend, filter), as a zoomed panel's. */
  readonly explore?: ExploreInput | undefined;
};

export function QueryResult(props: QueryResultProps) {
  const {query, state, width, height, chartHeight, now, explore} = props;
  const table = height - chartHeight;
  const lines = queryTableLines(query.panel, state, query, {width, height: table}, now);
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      <ZoomPanel
        spec={query.panel}
        state={state}
        width={width}
        height={chartHeight}
        focused
        now={panelClock(state, now)}
        explore={explore}
      />
      <ToneLines lines={lines} width={width} />
    </Box>
  );
}
