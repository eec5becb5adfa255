// The alert detail: labels, annotations, links, what mutes it, and below a chart of its own
// expression over the current range (the zoom view of a synthesized panel).
import React, {useMemo} from 'react';
import {Box} from 'ink';
import {alertChartSpec} from '../../view-models/alerts/alert-chart.js';
import {alertPanelPlace} from '../../dashboards/alert-panels.js';
import type {AlertRow} from '../../alerts/alert-rows.js';
import {allSilences, type AlertsState} from '../../alerts/alerts-state.js';
import type {PrometheusClient} from '../../prometheus/client.js';
import {alertDetailLines} from '../../view-models/alerts/alert-detail-view.js';
import {segment} from '../../view-models/line.js';
import type {Line} from '../../view-models/tone.js';
import {zoomChartWidth} from '../../view-models/zoom-view.js';
import {ZoomPanel} from '../panels/panel-box.js';
import {ToneLines} from '../panels/tone-lines.js';
import {useExpressionChart} from './use-expression-chart.js';

export type AlertDetailProps = {
  readonly row: AlertRow;
  readonly state: AlertsState;
  readonly hyperlinks: boolean;
  readonly prometheus: PrometheusClient | undefined;
  readonly width: number;
  readonly height: number;
  readonly now: number;
  readonly rangeSeconds: number;
  readonly clock: () => number;
};

/** The chart is left out below this height: a plot needs a few rows to say anything. */
const minimumChartHeight = 8;

const hints = 'Esc back  ↑↓ next alert  s silence  +/- range';
/** The hints, with `o` when a panel mirrors the alert. */
const hintsFor = (row: AlertRow): Line => [
  segment(alertPanelPlace(row.alertname) === undefined ? hints : `${hints}  o panel`, 'muted'),
];

export function AlertDetail(props: AlertDetailProps): React.JSX.Element {
  const {row, state, width, height, now} = props;
  const text = useMemo(
    () => alertDetailLines({row, rows: state.rows, silences: allSilences(state), now, width}),
    [row, state, now, width],
  );
  const spec = useMemo(() => alertChartSpec(row), [row]);
  const room = height - 1 - text.length;
  const chartHeight =
    spec !== undefined && props.prometheus !== undefined && room >= minimumChartHeight ? room : 0;
  const points = zoomChartWidth({width, height: Math.max(chartHeight, minimumChartHeight)});
  const chart = useExpressionChart(
    chartHeight > 0 ? props.prometheus : undefined,
    spec,
    props.rangeSeconds,
    points,
    props.clock,
    state.lastCycleAt,
  );
  const shown = text.slice(0, height - 1 - chartHeight);
  const blank = Math.max(0, height - 1 - chartHeight - shown.length);
  // Say why there is no chart rather than leave the rows empty.
  const noRoom: Line[] =
    chartHeight === 0 && spec !== undefined && props.prometheus !== undefined && blank > 0
      ? [[segment(`(the expression chart needs ${minimumChartHeight - room} more rows)`, 'muted')]]
      : [];
  const filler = Array.from({length: blank - noRoom.length}, (): Line => [
    segment(' '.repeat(width)),
  ]);
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      <ToneLines
        lines={[...shown, ...noRoom, ...filler]}
        width={width}
        hyperlinks={props.hyperlinks}
      />
      {chartHeight > 0 && spec !== undefined ? (
        <ZoomPanel
          spec={spec}
          state={chart}
          width={width}
          height={chartHeight}
          focused={false}
          now={now}
        />
      ) : null}
      <ToneLines lines={[hintsFor(row)]} width={width} />
    </Box>
  );
}
