// Places the panels where the layout says, row by row; or the zoomed panel over the whole grid.
import React from 'react';
import {Box} from 'ink';
import {panelKey, type StoreState} from '../store/store-state.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import type {PanelPosition} from '../ui-state/focus.js';
import {panelClock} from '../view-models/fresh-values.js';
import type {DashboardLayout, PanelPlacement} from '../view-models/layout.js';
import type {OverlayView} from '../view-models/overlay-view.js';
import type {ExploreInput} from '../view-models/zoom-explore-view.js';
import {PanelBox, ZoomPanel} from './panels/panel-box.js';
import {GridSections} from './grid-sections.js';

export type DashboardGridProps = {
  readonly dashboard: DashboardSpec;
  readonly layout: DashboardLayout;
  readonly panels: StoreState['panels'];
  readonly focus: PanelPosition;
  readonly zoomed: boolean;
  readonly now: number;
  /** The zoomed panel's overlay (time travel), if any. */
  readonly overlay?: OverlayView | undefined;
  /** The zoomed panel's exploration. */
  readonly explore?: ExploreInput | undefined;
};

function byRow(placements: readonly PanelPlacement[]): PanelPlacement[][] {
  const rows: PanelPlacement[][] = [];
  for (const placement of placements) {
    const last = rows.at(-1);
    if (last !== undefined && last[0]?.position.row === placement.position.row)
      last.push(placement);
    else rows.push([placement]);
  }
  return rows;
}

export function DashboardGrid(props: DashboardGridProps) {
  const {dashboard, layout, panels, focus, zoomed, now, overlay, explore} = props;
  const {grid} = layout;
  const Panel = zoomed ? ZoomPanel : PanelBox;
  // A grid dashboard (layout 'grid'), unzoomed: its sections as the view places them.
  if (layout.gridView !== undefined && !zoomed) {
    return (
      <GridSections
        dashboard={dashboard}
        grid={grid}
        view={layout.gridView}
        panels={panels}
        focus={focus}
        now={now}
      />
    );
  }
  return (
    <Box flexDirection="column" width={grid.width} height={grid.height} flexShrink={0}>
      {byRow(layout.panels).map((row) => (
        <Box
          key={row[0]?.position.row}
          flexDirection="row"
          height={row[0]?.height ?? 0}
          flexShrink={0}
        >
          {row.map(({panel, position, width, height}) => {
            const state = panels[panelKey(dashboard.id, panel.id)];
            return (
              <Panel
                key={panel.id}
                spec={panel}
                state={state}
                width={width}
                height={height}
                focused={position.row === focus.row && position.column === focus.column}
                now={panelClock(state, now)}
                {...(zoomed ? {overlay} : {})}
                explore={zoomed ? explore : undefined}
              />
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
