// A panel: a bordered box of exactly width x height cells, drawn from its view model; and the
// same panel full screen (zoom).
import React, {useMemo} from 'react';
import type {PanelSpec} from '../../dashboards/spec.js';
import type {PanelState} from '../../store/panel-state.js';
import {panelFrame} from '../../view-models/panel-frame.js';
import {buildPanelView} from '../../view-models/panel-view.js';
import {buildZoomView} from '../../view-models/zoom-view.js';
import type {OverlayView} from '../../view-models/overlay-view.js';
import type {ExploreInput} from '../../view-models/zoom-explore-view.js';
import {useAppearance} from '../appearance.js';
import {ToneLines} from './tone-lines.js';

export type PanelBoxProps = {
  readonly spec: PanelSpec;
  readonly state: PanelState | undefined;
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
  readonly now: number;
  /** Zoomed: the same range a day or a week earlier, drawn dim behind the series. */
  readonly overlay?: OverlayView | undefined;
  /** The zoomed panel's exploration (cursor, legend toggles, filter) and the alerts to mark. */
  readonly explore?: ExploreInput | undefined;
};

type FramedPanelProps = PanelBoxProps & {
  /** Builds the lines for the box: the grid panel or its zoomed, full-screen form. */
  readonly build: typeof buildZoomView;
};

function FramedPanel({
  spec,
  state,
  width,
  height,
  focused,
  now,
  overlay,
  build,
  explore,
}: FramedPanelProps): React.JSX.Element {
  // Without colour the border's tone cannot show the focus: a mark before the title does.
  const {color} = useAppearance();
  const lines = useMemo(
    () => panelFrame(build(spec, state, {width, height}, now, explore, overlay), focused, !color),
    [build, spec, state, width, height, focused, now, color, explore, overlay],
  );
  return <ToneLines lines={lines} width={width} />;
}

function PanelBoxView(props: PanelBoxProps): React.JSX.Element {
  return <FramedPanel {...props} build={buildPanelView} />;
}

function ZoomPanelView(props: PanelBoxProps): React.JSX.Element {
  return <FramedPanel {...props} build={buildZoomView} />;
}

/** A bordered box of exactly width x height cells; the focus shows in the border's tone (and
 * without colour, as a ▶ before the title). */
export const PanelBox = React.memo(PanelBoxView);

/** The focused panel full screen: a larger plot with a time axis, y labels and the legend. */
export const ZoomPanel = React.memo(ZoomPanelView);
