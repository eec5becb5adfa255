// Whether the shipped demo is current: replayed in-process at its end, as `--demo --once` shows
// it, every panel of every built-in dashboard must find its answers in the recording. A panel
// added (or a query changed) since the demo was recorded has none; the failure is one line that
// names those panels and the command that re-records the demo. Cheap: no servers, no re-recording.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {pollDashboardsOnce} from '../../source/one-shot/poll-once.js';
import {replaySession} from '../../source/record-replay/session.js';

const demo = path.join(import.meta.dirname, '../../demo/nova-incident.jsonl.gz');

type PanelAnswer = {readonly key: string; readonly answered: 'read' | 'not-recorded' | 'other'};

/** Each built-in panel (`dashboard/panel`) and whether the demo answered it. */
async function demoAnswers(): Promise<PanelAnswer[]> {
  const session = await replaySession(demo);
  const {clock, header} = session.replay ?? {};
  if (clock === undefined || header === undefined) throw new Error(`${demo} is no replay`);
  // The end of the recording: the last recorded poll, as --once shows a snapshot.
  clock.seek(clock.state().cycles.at(-1) ?? clock.state().end);
  clock.pause();
  const {rangeSeconds, scrapeIntervalSeconds} = header.options;
  const {state} = await pollDashboardsOnce({
    session,
    dashboards: builtinDashboards,
    dashboardIndex: 0,
    rangeSeconds: typeof rangeSeconds === 'number' ? rangeSeconds : 3600,
    refreshMs: 2000,
    ...(typeof scrapeIntervalSeconds === 'number' ? {scrapeIntervalSeconds} : {}),
    width: 120,
    json: true,
    ascii: false,
    url: demo,
    alertmanagerUrls: [],
  });
  session.close();
  return builtinDashboards.flatMap((dashboard) =>
    dashboard.rows.flatMap((row) =>
      row.panels.map((panel): PanelAnswer => {
        const key = `${dashboard.id}/${panel.id}`;
        const panelState = state.panels[key];
        if (panelState?.error?.kind === 'not-recorded') return {key, answered: 'not-recorded'};
        return {key, answered: panelState?.results === undefined ? 'other' : 'read'};
      }),
    ),
  );
}

/** The one line a stale demo fails with, or '' when the demo answers every panel. */
const staleDemoLine = (panels: readonly string[]): string =>
  panels.length === 0
    ? ''
    : `demo recording is stale: ${panels.length === 1 ? 'panel' : 'panels'} ${panels.join(', ')} ` +
      `${panels.length === 1 ? 'has' : 'have'} no recorded answers; run npm run record-demo`;

describe('the shipped demo (demo/nova-incident.jsonl.gz)', () => {
  it('answers every panel of every built-in dashboard (else: npm run record-demo)', async () => {
    const answers = await demoAnswers();
    const missing = answers.filter((answer) => answer.answered === 'not-recorded');
    const line = staleDemoLine(missing.map((answer) => answer.key));
    if (line !== '') throw new Error(line);
    // Not vacuous: every panel was asked, and read its recorded answers.
    expect(answers.filter((answer) => answer.answered !== 'read')).toEqual([]);
  });

  it('says which panels lack answers in one line', () => {
    expect(staleDemoLine(['overview/probe'])).toBe(
      'demo recording is stale: panel overview/probe has no recorded answers; run npm run record-demo',
    );
    expect(staleDemoLine(['overview/a', 'errors/b'])).toBe(
      'demo recording is stale: panels overview/a, errors/b have no recorded answers; run npm run record-demo',
    );
  });
});
