// Grafana's threshold and mapping colours to the theme's states: green -> ok, yellow and orange ->
// warning, red -> critical, blue and purple -> info; any other colour (a hex or rgb value, a shade
// like "dark-red" or "#EAB839") to the state of the nearest hue; greys and "text" to ok.
import type {ThresholdState} from './spec.js';

const named: readonly (readonly [string, ThresholdState])[] = [
  ['green', 'ok'],
  ['yellow', 'warning'],
  ['orange', 'warning'],
  ['red', 'critical'],
  ['blue', 'info'],
  ['purple', 'info'],
];

/** Hue in degrees and saturation (0..1) of an #rgb, #rrggbb or rgb()/rgba() colour. */
function hueOf(color: string): {hue: number; saturation: number} | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color)?.[1];
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color);
  let channels: number[];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    channels = [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
  } else if (rgb !== null) {
    channels = rgb.slice(1, 4).map(Number);
  } else {
    return undefined;
  }
  const [r = 0, g = 0, b = 0] = channels.map((channel) => Math.min(255, channel) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  if (delta === 0) return {hue: 0, saturation: 0};
  const sector =
    max === r
      ? (g - b) / delta + (g < b ? 6 : 0)
      : max === g
        ? (b - r) / delta + 2
        : (r - g) / delta + 4;
  return {hue: sector * 60, saturation: delta / max};
}

function stateOfHue(hue: number): ThresholdState {
  if (hue < 15 || hue >= 320) return 'critical';
  if (hue < 70) return 'warning';
  if (hue < 165) return 'ok';
  return 'info';
}

/** The state a Grafana colour stands for. */
export function grafanaColorState(color: string): ThresholdState {
  const text = color.trim().toLowerCase();
  const name = named.find(([word]) => text === word || text.endsWith(`-${word}`));
  if (name !== undefined) return name[1];
  const hue = hueOf(text);
  if (hue === undefined || hue.saturation < 0.15) return 'ok';
  return stateOfHue(hue.hue);
}
