// The one place where tones become colours. Everything else names a tone (view-models/tone.ts).
import type {Tone} from '../view-models/tone.js';

export type ToneStyle = {
  /** An Ink (chalk) colour name; none means the terminal's own foreground. */
  readonly color?: string;
  readonly bold?: boolean;
  readonly dimColor?: boolean;
};

export const theme: Readonly<Record<Tone, ToneStyle>> = {
  normal: {},
  muted: {color: 'gray'},
  title: {bold: true},
  ok: {color: 'green'},
  warning: {color: 'yellow'},
  critical: {color: 'red', bold: true},
  focus: {color: 'cyan', bold: true},
  heatHigh: {color: 'red'},
  heatMedium: {color: 'yellow'},
  heatLow: {color: 'gray'},
  series1: {color: 'cyan'},
  series2: {color: 'magenta'},
  series3: {color: 'blue'},
  series4: {color: 'white'},
};
