// A grid dashboard's view (view-models/grid-view.ts): each panel and section title line where
// the view puts it, over the grid's box (Ink's absolute boxes, offset by their margins).
import React from 'react';
import {Box} from 'ink';
import type {DashboardSpec} from '../dashboards/spec.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import type {PanelPosition} from '../ui-state/focus.js';
import {panelClock} from '../view-models/fresh-values.js';
import type {GridView} from '../view-models/grid-view.js';
import type {Rect} from '../view-models/layout.js';
import {textLine} from '../view-models/line.js';
import {PanelBox} from './panels/panel-box.js';
import {ToneLines} from './panels/tone-lines.js';

export type GridSectionsProps = {
  readonly dashboard: DashboardSpec;
  readonly grid: Rect;
  readonly view: GridView;
  readonly panels: StoreState['panels'];
  readonly focus: PanelPosition;
  readonly now: number;
};

const isFocus = (position: PanelPosition, focus: PanelPosition): boolean =>
  position.row === focus.row && position.column === focus.column;

export function GridSections(props: GridSectionsProps): React.JSX.Element {
  const {dashboard, grid, view, panels, focus, now} = props;
  return (
    <Box width={grid.width} height={grid.height} flexShrink={0}>
      {view.sections.map((section) => (
        <Box
          key={`section ${section.position.row}`}
          position="absolute"
          marginTop={section.y - grid.y}
          marginLeft={section.x - grid.x}
        >
          <ToneLines
            lines={[
              textLine(
                section.text,
                section.width,
                // A collapsed section holds the focus of any of its panels.
                section.collapsed && section.position.row === focus.row ? 'focus' : 'title',
              ),
            ]}
            width={section.width}
          />
        </Box>
      ))}
      {view.placements.map(({panel, position, x, y, width, height}) => {
        const state = panels[panelKey(dashboard.id, panel.id)];
        return (
          <Box key={panel.id} position="absolute" marginTop={y - grid.y} marginLeft={x - grid.x}>
            <PanelBox
              spec={panel}
              state={state}
              width={width}
              height={height}
              focused={isFocus(position, focus)}
              now={panelClock(state, now)}
            />
          </Box>
        );
      })}
    </Box>
  );
}
