// Semantic tones: what a piece of text means, not how it looks. components/theme.ts is the one place
// that turns a tone into a colour.

export type Tone =
  /** Ordinary text. */
  | 'normal'
  /** Secondary text: axis labels, units, hints, gaps. */
  | 'muted'
  /** Panel titles. */
  | 'title'
  /** Healthy: below a threshold, a target that is up. */
  | 'ok'
  | 'warning'
  | 'critical'
  /** A Grafana threshold or mapping in blue or purple: informative, not a problem. */
  | 'info'
  /** The focused panel's border. */
  | 'focus'
  /** Correlation strength, like a heat map: |r| >= 0.7, >= 0.4, below. */
  | 'heatHigh'
  | 'heatMedium'
  | 'heatLow'
  /** Charts without a threshold colour; the series of one panel cycle through these. */
  | 'series1'
  | 'series2'
  | 'series3'
  | 'series4';

export const seriesTones = [
  'series1',
  'series2',
  'series3',
  'series4',
] as const satisfies readonly Tone[];

/** The tone of the index-th series of a panel. */
export const seriesTone = (index: number): Tone =>
  seriesTones[index % seriesTones.length] ?? 'series1';

/**
 * A run of text of one tone; a line is a list of segments. `link` makes the text a hyperlink to
 * that target where the terminal supports them (checked http(s) URLs only: alert-detail-view.ts).
 */
export type Segment = {readonly text: string; readonly tone: Tone; readonly link?: string};
export type Line = readonly Segment[];
