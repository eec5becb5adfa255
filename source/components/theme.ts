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
  info: {color: 'blue'},
  focus: {color: 'cyan', bold: true},
  heatHigh: {color: 'red'},
  heatMedium: {color: 'yellow'},
  heatLow: {color: 'gray'},
  series1: {color: 'cyan'},
  series2: {color: 'magenta'},
  series3: {color: 'blue'},
  series4: {color: 'white'},
};

/**
 * How a tone is drawn. Without colour (--no-color, NO_COLOR) a tone keeps only its weight: bold
 * titles and alerts, dim secondary text (the gray tones).
 */
export function toneStyle(tone: Tone, {color}: {readonly color: boolean}): ToneStyle {
  const style = theme[tone];
  if (color) return style;
  const {color: named, ...weight} = style;
  return named === 'gray' ? {...weight, dimColor: true} : weight;
}
