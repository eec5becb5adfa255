// A replay on another terminal size asks for the recorded range queries on another grid: it gets
// the recorded answer moved onto that grid, each point the newest recorded sample at or before it.
import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../source/record-replay/format.js';
import {createReplayRequest} from '../../source/record-replay/replay-request.js';
import {resampleMatrix} from '../../source/record-replay/resample.js';

const matrix = (values: readonly (readonly [number, string])[]) => ({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: values.length === 0 ? [] : [{metric: {job: 'ws'}, values}],
  },
});

const recorded = matrix([
  [0, '0'],
  [15, '1'],
  [30, '2'],
  [45, '3'],
  [60, '4'],
]);

describe('resampleMatrix', () => {
  it('takes every other point on a grid twice as coarse', () => {
    expect(resampleMatrix(recorded, 15, {start: 0, end: 60, step: 30})).toEqual(
      matrix([
        [0, '0'],
        [30, '2'],
        [60, '4'],
      ]),
    );
  });

  it('holds each point for its recorded step on a finer grid, and stops after the last', () => {
    expect(resampleMatrix(recorded, 15, {start: 50, end: 80, step: 5})).toEqual(
      matrix([
        [50, '3'],
        [55, '3'],
        [60, '4'],
        [65, '4'],
        [70, '4'],
      ]),
    );
  });

  it('leaves out series without a point on the grid, and refuses what is not a matrix', () => {
    expect(resampleMatrix(recorded, 15, {start: 100, end: 200, step: 50})).toEqual(matrix([]));
    expect(
      resampleMatrix({status: 'success', data: {resultType: 'vector', result: []}}, 15, {
        start: 0,
        end: 1,
        step: 1,
      }),
    ).toBeUndefined();
  });
});

describe('replaying a range query on another grid', () => {
  const snapshot: Snapshot = {
    header: {
      format: 'nova-top-snapshot',
      version: 1,
      createdAt: '2025-11-27T05:00:00.000Z',
      novaTop: '0.1.0',
      sources: [],
      options: {refreshMs: 15_000},
    },
    entries: [
      {
        t: 60_000,
        durationMs: 5,
        source: 'prometheus',
        request: {
          method: 'GET',
          path: '/api/v1/query_range',
          query: {query: 'up', start: 0, end: 60, step: 15},
        },
        response: {status: 200, data: recorded, bytes: 100},
      },
      {
        t: 60_010,
        durationMs: 5,
        source: 'prometheus',
        request: {
          method: 'GET',
          path: '/api/v1/query_range',
          query: {query: 'sum(rate(x[16s])) / sum(rate(y[16s]))', start: 0, end: 60, step: 15},
        },
        response: {status: 200, data: recorded, bytes: 100},
      },
    ],
  };
  const ask = (query: Record<string, string | number>, now = 61_000) =>
    createReplayRequest(
      snapshot,
      'prometheus',
      () => now,
    )({
      method: 'GET',
      path: '/api/v1/query_range',
      query,
    }).then(
      (response) => response.data,
      (error: unknown) => (error as Error).message,
    );

  it('answers another step and a shifted window from the recording', async () => {
    expect(await ask({query: 'up', start: 0, end: 60, step: 30})).toEqual(
      matrix([
        [0, '0'],
        [30, '2'],
        [60, '4'],
      ]),
    );
    expect(await ask({query: 'up', start: 30, end: 90, step: 10})).toEqual(
      matrix([
        [30, '2'],
        [40, '2'],
        [50, '3'],
        [60, '4'],
        [70, '4'],
      ]),
    );
  });

  it('answers with the recorded rate() windows, which $__rate_interval sized from another step', async () => {
    const query = 'sum(rate(x[31s])) / sum(rate(y[31s]))';
    expect(await ask({query, start: 0, end: 60, step: 30})).toEqual(
      matrix([
        [0, '0'],
        [30, '2'],
        [60, '4'],
      ]),
    );
    expect(
      await ask({query: 'sum(rate(z[31s])) / sum(rate(y[31s]))', start: 0, end: 60, step: 30}),
    ).toBe('not recorded');
  });

  it('still has no answer for another expression, or once the recording is too old', async () => {
    expect(await ask({query: 'down', start: 0, end: 60, step: 30})).toBe('not recorded');
    expect(await ask({query: 'up', start: 0, end: 60, step: 30}, 60_000 + 90_001)).toBe(
      'not recorded',
    );
  });
});
