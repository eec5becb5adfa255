// The detail's chart data: a range query of the alert's expression through the Prometheus client,
// over the current range; asked again when the alert, the range or the width changes, and at each
// alerts poll (`poll`) while the detail is open. The last answer stays until the next arrives;
// a failed poll keeps it, marked stale.
import {useEffect, useState} from 'react';
import type {PanelSpec} from '../../dashboards/spec.js';
import type {PrometheusClient} from '../../prometheus/client.js';
import {rangeWindow} from '../../prometheus/query.js';
import {toPanelError} from '../../poller/failures.js';
import type {PanelState} from '../../store/panel-state.js';
import {chartFailed, chartSucceeded} from '../../view-models/alerts/expression-chart-state.js';

export function useExpressionChart(
  client: PrometheusClient | undefined,
  spec: PanelSpec | undefined,
  rangeSeconds: number,
  points: number,
  clock: () => number,
  poll: number | undefined,
): PanelState | undefined {
  const [answer, setAnswer] = useState<{readonly key: string; readonly state: PanelState}>();
  const expr = spec?.queries[0]?.expr;
  const key = `${expr ?? ''}|${rangeSeconds}|${points}`;
  useEffect(() => {
    if (client === undefined || expr === undefined) return;
    const controller = new AbortController();
    const window = rangeWindow(clock() / 1000, rangeSeconds, Math.max(1, points));
    client.queryRange(expr, window, controller.signal).then(
      (series) =>
        setAnswer({
          key,
          state: chartSucceeded([{type: 'range', queryIndex: 0, window, series}], clock()),
        }),
      (error: unknown) => {
        const panelError = toPanelError(error);
        if (panelError === undefined) return;
        // A failed poll keeps the chart of this alert and range, stale; it never blanks it.
        setAnswer((previous) => ({
          key,
          state: chartFailed(previous?.key === key ? previous.state : undefined, panelError),
        }));
      },
    );
    return () => controller.abort();
  }, [client, expr, key, rangeSeconds, points, clock, poll]);
  if (expr === undefined) return undefined;
  return answer?.key === key ? answer.state : {stale: false, loading: true};
}
