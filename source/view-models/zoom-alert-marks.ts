// The start times of a zoomed panel's alerts (alerts/alert-markers.ts): a `▲` under the plot
// column each started in, in its severity's tone, and a line naming them.
import type {AlertMarker} from '../alerts/alert-markers.js';
import type {RangeWindow} from '../prometheus/types.js';
import {sanitize} from '../text/sanitize.js';
import {formatClock} from './clock.js';
import {fitLine, segment} from './line.js';
import type {Line, Tone} from './tone.js';
import {columnAt} from './zoom-series.js';

const markerTone = (marker: AlertMarker): Tone =>
  marker.severity === 'critical' ? 'critical' : marker.severity === 'warning' ? 'warning' : 'muted';

/** Whether an alert started within the window (a point's half step either side). */
const within = (marker: AlertMarker, window: RangeWindow): boolean => {
  const at = marker.since / 1000;
  return at >= window.start - window.step / 2 && at <= window.end + window.step / 2;
};

/** `▲` under the column each alert started in, in its severity's tone. */
export function markerRow(
  markers: readonly AlertMarker[],
  window: RangeWindow,
  columns: number,
  labelWidth: number,
  width: number,
): Line | undefined {
  const shown = markers.filter((marker) => within(marker, window));
  if (shown.length === 0) return undefined;
  const cells: {char: string; tone: Tone}[] = Array.from({length: width}, () => ({
    char: ' ',
    tone: 'muted',
  }));
  // The most severe mark wins a shared column: critical ones are drawn last.
  const order = (marker: AlertMarker): number =>
    marker.severity === 'critical' ? 2 : marker.severity === 'warning' ? 1 : 0;
  for (const marker of [...shown].sort((a, b) => order(a) - order(b))) {
    const at = labelWidth + columnAt(window, columns, marker.since / 1000);
    if (at < width) cells[at] = {char: '▲', tone: markerTone(marker)};
  }
  const line: {text: string; tone: Tone}[] = [];
  for (const cell of cells) {
    const last = line.at(-1);
    if (last !== undefined && last.tone === cell.tone) last.text += cell.char;
    else line.push({text: cell.char, tone: cell.tone});
  }
  return line;
}

/**
 * "▲ alerts: HighErrorRate 07:41:12, ChatLatency 07:50:00 (pending)": the alerts marked, with
 * their start times; one that started before the chart says so.
 */
export function alertsLine(
  markers: readonly AlertMarker[],
  window: RangeWindow,
  width: number,
): Line {
  const parts = markers.map((marker) => {
    const at = marker.since / 1000;
    const when = within(marker, window)
      ? formatClock(at, true)
      : `${formatClock(at, true)} (before the chart)`;
    const pending = marker.state === 'pending' ? ' pending' : '';
    return `${sanitize(marker.alertname)} ${when}${pending}`;
  });
  const tone = markers.some((marker) => marker.severity === 'critical') ? 'critical' : 'warning';
  return fitLine([segment('▲ ', tone), segment(`alerts: ${parts.join(', ')}`, 'muted')], width);
}
