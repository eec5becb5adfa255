// A replay opens on what was recorded and asks the recorded expressions, unless the command line
// says otherwise.
import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {replayDefaults, type GivenFlags} from '../../source/record-replay/replay-defaults.js';

const shown = {dashboardIndex: 0, rangeSeconds: 3600, refreshMs: 15_000, scrapeIntervalSeconds: 15};
const nothingGiven: GivenFlags = {
  dashboard: false,
  range: false,
  refresh: false,
  scrapeInterval: false,
};
const recorded = {
  dashboard: 'errors',
  rangeSeconds: 300,
  refreshMs: 2000,
  scrapeIntervalSeconds: 1,
};

describe('replayDefaults', () => {
  it('takes the recorded dashboard, range, refresh and scrape interval', () => {
    expect(replayDefaults(shown, recorded, nothingGiven, builtinDashboards)).toEqual({
      dashboardIndex: 3,
      rangeSeconds: 300,
      refreshMs: 2000,
      scrapeIntervalSeconds: 1,
    });
  });

  it('keeps what the command line gave', () => {
    const given = {dashboard: true, range: true, refresh: true, scrapeInterval: true};
    const fromFlags = {...shown, dashboardIndex: 1, scrapeIntervalSeconds: 30};
    expect(replayDefaults(fromFlags, recorded, given, builtinDashboards)).toEqual(fromFlags);
    const onlyScrape = {...nothingGiven, scrapeInterval: true};
    expect(replayDefaults(fromFlags, recorded, onlyScrape, builtinDashboards)).toEqual({
      dashboardIndex: 3,
      rangeSeconds: 300,
      refreshMs: 2000,
      scrapeIntervalSeconds: 30,
    });
  });

  it('assumes 15 s scrapes for a file recorded before the option existed', () => {
    const old = {dashboard: 'overview', rangeSeconds: 300, refreshMs: 2000};
    const fromFlags = {...shown, scrapeIntervalSeconds: 1};
    expect(replayDefaults(fromFlags, old, nothingGiven, builtinDashboards)).toEqual({
      dashboardIndex: 0,
      rangeSeconds: 300,
      refreshMs: 2000,
      scrapeIntervalSeconds: 15,
    });
  });

  it('keeps the shown values for options it does not understand', () => {
    const odd = {
      dashboard: 'latency',
      rangeSeconds: -5,
      refreshMs: '2s',
      scrapeIntervalSeconds: 15,
    };
    expect(replayDefaults(shown, odd, nothingGiven, builtinDashboards)).toEqual(shown);
  });
});
