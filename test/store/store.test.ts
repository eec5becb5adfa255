import {describe, expect, it} from 'vitest';
import {applyCycle, markLoading, newestDataAt} from '../../source/store/apply-cycle.js';
import {createStore} from '../../source/store/store.js';
import {initialStoreState} from '../../source/store/store-state.js';
import type {ConnectionState, QueryResult} from '../../source/store/panel-state.js';
import {connectionNotice} from '../../source/view-models/header.js';

const headerNotice = (connection: ConnectionState, now: number): string =>
  connectionNotice(connection, now)
    .map((part) => part.text)
    .join('');

const result: QueryResult = {type: 'instant', queryIndex: 0, time: 60, samples: []};
const refused = {
  kind: 'unreachable',
  message: 'cannot reach 127.0.0.1:9090: connection refused',
} as const;

describe('createStore', () => {
  it('notifies each listener once per commit, not after unsubscribing, not for the same state', () => {
    const store = createStore(initialStoreState);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push('a'));
    store.subscribe(() => seen.push('b'));
    store.commit({...store.getState(), paused: true});
    store.commit(store.getState());
    unsubscribe();
    store.commit({...store.getState(), paused: false});
    expect(seen).toEqual(['a', 'b', 'b']);
    expect(store.getState().paused).toBe(false);
  });
});

describe('markLoading', () => {
  it('marks only panels never fetched, and keeps the state object when nothing changes', () => {
    const state = {
      ...initialStoreState,
      panels: {'d/a': {results: [result], updatedAt: 1_000, stale: false, loading: false}},
    };
    const next = markLoading(state, ['d/a', 'd/b'], 31_000, 30_000);
    expect(next.panels).toEqual({
      'd/a': {results: [result], updatedAt: 1_000, stale: false, loading: false},
      'd/b': {stale: false, loading: true},
    });
    expect(markLoading(next, ['d/a', 'd/b'], 31_000, 30_000)).toBe(next);
  });

  it('marks data older than the given age stale, keeping it and its time', () => {
    const state = {
      ...initialStoreState,
      panels: {
        'd/old': {results: [result], updatedAt: 1_000, stale: false, loading: false},
        'd/new': {results: [result], updatedAt: 2_000, stale: false, loading: false},
        'other/old': {results: [result], updatedAt: 1_000, stale: false, loading: false},
      },
    };
    const next = markLoading(state, ['d/old', 'd/new'], 31_001, 30_000);
    expect(next.panels).toEqual({
      'd/old': {results: [result], updatedAt: 1_000, stale: true, loading: false},
      'd/new': {results: [result], updatedAt: 2_000, stale: false, loading: false},
      'other/old': {results: [result], updatedAt: 1_000, stale: false, loading: false},
    });
    expect(markLoading(next, ['d/old', 'd/new'], 31_001, 30_000)).toBe(next);
  });
});

describe('applyCycle', () => {
  const fetched = applyCycle(
    markLoading(initialStoreState, ['d/a', 'd/b'], 0, 30_000),
    {panels: [{key: 'd/a', results: [result]}], answered: true},
    1_000,
  );

  it('stores results with their time; a panel whose requests were aborted stays as it was', () => {
    expect(fetched.panels).toEqual({
      'd/a': {results: [result], updatedAt: 1_000, stale: false, loading: false},
      'd/b': {stale: false, loading: true},
    });
    // The instant answer was evaluated at 60 s: the newest data read.
    expect(fetched.connection).toEqual({status: 'up', lastSuccessAt: 1_000, dataAt: 60_000});
    expect(fetched.lastCycleAt).toBe(1_000);
  });

  it('does not call an answer nothing can read an update: "updated" keeps the last read', () => {
    const login = {kind: 'http', message: 'HTTP 302 Found from p:9090: redirected'} as const;
    const unreadable = applyCycle(
      fetched,
      {panels: [{key: 'd/a', error: login}], answered: true, readFailure: login},
      2_000,
    );
    expect(unreadable.connection).toEqual({
      status: 'up',
      lastSuccessAt: 1_000,
      dataAt: 60_000,
      lastError: login,
    });
    expect(headerNotice(unreadable.connection, 5_000)).toBe(
      'nothing readable, last read 4s ago: HTTP 302 Found from p:9090: redirected',
    );
  });

  it('keeps the last good results on failure, marked stale, and never blanks', () => {
    const failed = applyCycle(
      fetched,
      {
        panels: [
          {key: 'd/a', error: refused},
          {key: 'd/b', error: refused},
        ],
        answered: false,
        connectionError: refused,
        retryAt: 3_000,
      },
      2_000,
    );
    expect(failed.panels).toEqual({
      'd/a': {results: [result], updatedAt: 1_000, error: refused, stale: true, loading: false},
      'd/b': {error: refused, stale: false, loading: false},
    });
    expect(failed.connection).toEqual({
      status: 'down',
      lastSuccessAt: 1_000,
      dataAt: 60_000,
      downSince: 2_000,
      lastError: refused,
      retryAt: 3_000,
    });
    const still = applyCycle(
      failed,
      {panels: [], answered: false, connectionError: refused, retryAt: 9_000},
      5_000,
    );
    expect(still.connection).toMatchObject({downSince: 2_000, retryAt: 9_000});
    const back = applyCycle(
      still,
      {panels: [{key: 'd/a', results: [result]}], answered: true},
      9_000,
    );
    expect(back.panels['d/a']).toEqual({
      results: [result],
      updatedAt: 9_000,
      stale: false,
      loading: false,
    });
    expect(back.connection).toEqual({status: 'up', lastSuccessAt: 9_000, dataAt: 60_000});
  });
});

describe('fresh values in the store', () => {
  const window = {start: 0, end: 120, step: 60};
  const ranged = (fresh?: number): QueryResult => ({
    type: 'range',
    queryIndex: 0,
    window,
    series: [{labels: {}, samples: [[60, 1]]}],
    ...(fresh === undefined ? {} : {fresh: {time: fresh, samples: []}}),
  });
  const freshness = {scrapeIntervalSeconds: 15, maxAgeMs: 45_000};

  it('dates data by its instant answers, else by the last sample of its range series', () => {
    expect(newestDataAt([ranged(150)])).toBe(150_000);
    expect(newestDataAt([ranged()])).toBe(60_000);
    expect(newestDataAt([ranged(), result])).toBe(60_000);
    expect(newestDataAt([ranged(90), {...result, time: 95}])).toBe(95_000);
    expect(newestDataAt([{...result, type: 'range', window, series: []}])).toBeUndefined();
  });

  it('stores the freshness bound with the results; the header age never goes back', () => {
    const first = applyCycle(
      initialStoreState,
      {panels: [{key: 'd/a', results: [ranged(150)]}], freshness, answered: true},
      151_000,
    );
    expect(first.panels['d/a']).toEqual({
      results: [ranged(150)],
      freshness,
      updatedAt: 151_000,
      stale: false,
      loading: false,
    });
    expect(first.connection).toEqual({status: 'up', lastSuccessAt: 151_000, dataAt: 150_000});
    // A later cycle that only brings older data (a chart's last point) keeps the newest time.
    const later = applyCycle(
      first,
      {panels: [{key: 'd/a', results: [ranged()]}], freshness, answered: true},
      156_000,
    );
    expect(later.connection).toEqual({status: 'up', lastSuccessAt: 156_000, dataAt: 150_000});
  });
});
