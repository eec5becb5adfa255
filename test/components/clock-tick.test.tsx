// The one-second tick draws a frame only when an age on screen changes.
import {afterEach, describe, expect, it} from 'vitest';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {fakeStore, renderApp} from './app-fixture.js';
import {settle, type Harness} from './ink-harness.js';

const start = Date.UTC(2026, 10, 27, 12, 0, 0);

let current: Harness | undefined;
afterEach(() => current?.unmount());

function mount(lastSuccessAt: number, clock: () => number): Harness {
  const {store} = fakeStore({panels: {}, connection: {status: 'up', lastSuccessAt}, paused: false});
  current = renderApp({store, clock});
  return current;
}

describe('the one-second tick', () => {
  it('draws no frame while the age on screen stays "2m"', async () => {
    let now = start;
    const harness = mount(start - 120_000, () => now);
    await settle(100);
    const frames = harness.stdout.frames.length;
    now += 1_000;
    await settle(1_100);
    now += 1_000;
    await settle(1_000);
    expect(harness.stdout.frames.length).toBe(frames);
    expect(harness.lastFrame()).toContain('updated 2m ago');
  });

  it('draws a frame when the age changes', async () => {
    let now = start;
    const harness = mount(start - 12_000, () => now);
    await settle(100);
    expect(harness.lastFrame()).toContain('updated 12s ago');
    now += 1_000;
    await settle(1_100);
    expect(harness.lastFrame()).toContain('updated 13s ago');
  });
});

describe('a panel whose values outgrow their bound', () => {
  const dashboard: DashboardSpec = {
    id: 'd',
    title: 'Fixture',
    rows: [
      {
        panels: [
          {id: 'sessions', title: 'Sessions', kind: 'stat', unit: 'count', queries: [{expr: 's'}]},
        ],
      },
    ],
  };

  it('says "as of" at the tick that crosses the bound, with no poll ending (a hanging server)', async () => {
    let now = start;
    const sampledAt = start / 1000;
    const {store} = fakeStore({
      panels: {
        'd/sessions': {
          stale: false,
          loading: false,
          updatedAt: start,
          freshness: {scrapeIntervalSeconds: 2, maxAgeMs: 5_000},
          results: [
            {
              type: 'range',
              queryIndex: 0,
              window: {start: sampledAt - 60, end: sampledAt, step: 15},
              series: [
                {
                  labels: {},
                  samples: [
                    [sampledAt - 15, 40],
                    [sampledAt, 41],
                  ],
                },
              ],
              fresh: {time: sampledAt, samples: [{labels: {}, value: 42, timestamp: sampledAt}]},
            },
          ],
        },
      },
      connection: {status: 'up', lastSuccessAt: start},
      paused: false,
    });
    current = renderApp({store, clock: () => now, dashboards: [dashboard]});
    await settle(100);
    expect(current.lastFrame()).toContain('42');
    expect(current.lastFrame()).not.toContain('as of');
    now += 6_000;
    await settle(1_100);
    expect(current.lastFrame()).toContain('as of 12:00:00, 6s ago');
  });
});
