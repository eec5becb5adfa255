// A cell's style packed into three numbers, so two cells compare with `===` and a 160x48 grid
// is three typed arrays rather than 7,680 objects.
//
// Colours: 0 is the terminal's default; 1..16 are the 16 basic colours (SGR 30-37/90-97),
// index + 1; 0x100 + n is entry n of the 256-colour palette (SGR 38;5;n), kept apart from the
// basic colours because terminals may brighten bold basic colours but never palette entries;
// 0x1000000 + 0xRRGGBB is a truecolor (SGR 38;2;r;g;b).

export const defaultColor = 0;

export function basicColor(index: number): number {
  return index + 1;
}

export function paletteColor(index: number): number {
  return 0x100 + index;
}

export function rgbColor(red: number, green: number, blue: number): number {
  return 0x1000000 + ((red & 0xff) << 16) + ((green & 0xff) << 8) + (blue & 0xff);
}

export const attribute = {
  bold: 1,
  dim: 2,
  italic: 4,
  underline: 8,
  blink: 16,
  inverse: 32,
  hidden: 64,
  strikethrough: 128,
  overline: 256,
} as const;

export type Style = {
  readonly fg: number;
  readonly bg: number;
  readonly attrs: number;
};

export const defaultStyle: Style = {fg: defaultColor, bg: defaultColor, attrs: 0};

export function sameStyle(a: Style, b: Style): boolean {
  return a.fg === b.fg && a.bg === b.bg && a.attrs === b.attrs;
}

// SGR parameter that switches each attribute on, and the one that switches it off. Bold and dim
// share their "off" (22), which is handled in `attributeChanges`.
const attributeCodes: readonly (readonly [number, string, string])[] = [
  [attribute.bold, '1', '22'],
  [attribute.dim, '2', '22'],
  [attribute.italic, '3', '23'],
  [attribute.underline, '4', '24'],
  [attribute.blink, '5', '25'],
  [attribute.inverse, '7', '27'],
  [attribute.hidden, '8', '28'],
  [attribute.strikethrough, '9', '29'],
  [attribute.overline, '53', '55'],
];

function colorParameters(color: number, layer: 'fg' | 'bg'): string {
  const base = layer === 'fg' ? 30 : 40;
  if (color === defaultColor) return String(base + 9);
  if (color <= 16) {
    const index = color - 1;
    return String(index < 8 ? base + index : base + 60 + index - 8);
  }
  if (color < 0x1000000) return `${base + 8};5;${color - 0x100}`;
  const rgb = color - 0x1000000;
  return `${base + 8};2;${rgb >> 16};${(rgb >> 8) & 0xff};${rgb & 0xff}`;
}

function attributesOn(attrs: number, parameters: string[]): void {
  for (const [flag, on] of attributeCodes) {
    if ((attrs & flag) !== 0) parameters.push(on);
  }
}

function attributeChanges(from: number, to: number, parameters: string[]): void {
  const intensity = attribute.bold | attribute.dim;
  const lostIntensity = (from & intensity & ~to) !== 0;
  const kept = lostIntensity ? from & ~intensity : from;
  if (lostIntensity) parameters.push('22');
  for (const [flag, on, off] of attributeCodes) {
    if (flag === attribute.bold || flag === attribute.dim) {
      if ((to & flag) !== 0 && (kept & flag) === 0) parameters.push(on);
    } else if ((to & flag) !== 0 && (from & flag) === 0) {
      parameters.push(on);
    } else if ((to & flag) === 0 && (from & flag) !== 0) {
      parameters.push(off);
    }
  }
}

function fromReset(to: Style): string[] {
  const parameters = ['0'];
  attributesOn(to.attrs, parameters);
  if (to.fg !== defaultColor) parameters.push(colorParameters(to.fg, 'fg'));
  if (to.bg !== defaultColor) parameters.push(colorParameters(to.bg, 'bg'));
  return parameters;
}

function incremental(from: Style, to: Style): string[] {
  const parameters: string[] = [];
  attributeChanges(from.attrs, to.attrs, parameters);
  if (to.fg !== from.fg) parameters.push(colorParameters(to.fg, 'fg'));
  if (to.bg !== from.bg) parameters.push(colorParameters(to.bg, 'bg'));
  return parameters;
}

/**
 * The shortest SGR sequence that takes a terminal from style `from` to style `to`: either only
 * what changed, or a reset followed by what `to` needs. Empty when nothing changes; a bare
 * `ESC[m` for a plain reset.
 */
export function sgrTransition(from: Style, to: Style): string {
  if (sameStyle(from, to)) return '';
  const changes = incremental(from, to).join(';');
  const reset = fromReset(to);
  const resetText = reset.length === 1 ? '' : reset.join(';');
  const parameters = resetText.length < changes.length || changes === '' ? resetText : changes;
  return `\u001B[${parameters}m`;
}
