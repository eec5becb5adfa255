// The clock and the bound a one-shot run judges values with: at `now` (ms), a value sampled more
// than `maxAgeMs` earlier is too old to count (the panels' own bound, prometheus/query.ts
// staleAfterMs: two scrape intervals plus one refresh).
export type Freshness = {readonly now: number; readonly maxAgeMs: number};
