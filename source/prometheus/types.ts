// Domain types for what Prometheus returns, after the wire payload has been narrowed once on
// arrival (see client.ts). Everything below the client works with these, never with JSON.

export type Labels = Readonly<Record<string, string>>;

/** [unix seconds, value]. Values may be NaN or ±Infinity; a missing timestamp is a gap. */
export type Sample = readonly [timestamp: number, value: number];

export type Series = {
  readonly labels: Labels;
  readonly samples: readonly Sample[];
};

/** One instant-vector element. */
export type InstantSample = {
  readonly labels: Labels;
  readonly timestamp: number;
  readonly value: number;
};

/** A query_range grid: start and end are multiples of step (seconds), end >= start. */
export type RangeWindow = {
  readonly start: number;
  readonly end: number;
  readonly step: number;
};
