// A PrometheusClient for poller tests: records every call, and answers as the test's policy
// says, now or later (`hold` leaves the call pending until the test settles it). An aborted
// call rejects with HttpError 'aborted', as the real client does.
import {HttpError} from '../../source/http/types.js';
import type {PrometheusClient} from '../../source/prometheus/client.js';
import type {InstantSample, RangeWindow, Series} from '../../source/prometheus/types.js';

export type Call = {
  readonly type: 'range' | 'instant';
  readonly expr: string;
  readonly window?: RangeWindow;
  readonly time?: number;
  readonly signal: AbortSignal;
  settle(answer: Answer): void;
};

export type Answer = readonly Series[] | readonly InstantSample[] | HttpError;
export type Policy = (call: Call) => Answer | 'hold';

export const seriesOf = (value: number): Series[] => [{labels: {}, samples: [[1, value]]}];
export const samplesOf = (value: number): InstantSample[] => [{labels: {}, timestamp: 1, value}];

/** Range calls get one series of 1, instant calls one sample of 1. */
export const answerAll: Policy = (call) => (call.type === 'range' ? seriesOf(1) : samplesOf(1));

export function fakeClient(policy: Policy): PrometheusClient & {readonly calls: Call[]} {
  const calls: Call[] = [];
  const start = <T>(call: Omit<Call, 'settle'>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const settle = (answer: Answer): void => {
        if (answer instanceof HttpError) reject(answer);
        else resolve(answer as T);
      };
      const recorded: Call = {...call, settle};
      calls.push(recorded);
      call.signal.addEventListener('abort', () =>
        reject(new HttpError('aborted', 'request cancelled')),
      );
      const answer = policy(recorded);
      if (answer !== 'hold') settle(answer);
    });
  return {
    calls,
    queryRange: (expr, window, signal) =>
      start<readonly Series[]>({
        type: 'range',
        expr,
        window,
        signal: signal ?? new AbortController().signal,
      }).then((series) => ({series, omitted: 0})),
    query: (expr, time, signal) =>
      start<readonly InstantSample[]>({
        type: 'instant',
        expr,
        time,
        signal: signal ?? new AbortController().signal,
      }).then((samples) => ({samples, omitted: 0})),
  };
}
