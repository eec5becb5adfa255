// Reading SGR ("Select Graphic Rendition", `ESC[...m`) parameters into a style, the way a
// terminal does: colours 16/256/truecolor in both the `;` and the `:` forms, the attributes
// Ink and chalk emit, and the codes that switch each of them off.
import {attribute, basicColor, defaultColor, paletteColor, rgbColor} from './style.js';

export type PenStyle = {fg: number; bg: number; attrs: number};

const attributeOn: Readonly<Record<number, number>> = {
  1: attribute.bold,
  2: attribute.dim,
  3: attribute.italic,
  4: attribute.underline,
  5: attribute.blink,
  6: attribute.blink,
  7: attribute.inverse,
  8: attribute.hidden,
  9: attribute.strikethrough,
  21: attribute.underline,
  53: attribute.overline,
};

const attributeOff: Readonly<Record<number, number>> = {
  22: attribute.bold | attribute.dim,
  23: attribute.italic,
  24: attribute.underline,
  25: attribute.blink,
  27: attribute.inverse,
  28: attribute.hidden,
  29: attribute.strikethrough,
  55: attribute.overline,
};

/** An extended colour (38/48) starting at `parts[index]`; how many parameters it used. */
function extendedColor(parts: readonly number[], index: number): {color: number; used: number} {
  const mode = parts[index];
  if (mode === 5) return {color: paletteColor((parts[index + 1] ?? 0) & 0xff), used: 2};
  if (mode === 2) {
    const [red = 0, green = 0, blue = 0] = parts.slice(index + 1, index + 4);
    return {color: rgbColor(red, green, blue), used: 4};
  }
  return {color: defaultColor, used: parts.length};
}

/** `38:2::r:g:b` (with a colour-space id) and `38:2:r:g:b` both name a truecolor. */
function colonColor(parts: readonly number[], raw: string): number {
  if (parts[1] === 2 && raw.split(':').length >= 6) {
    return rgbColor(parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0);
  }
  return extendedColor(parts, 1).color;
}

function applyColon(raw: string, pen: PenStyle): void {
  const parts = raw.split(':').map((part) => Number(part) || 0);
  const code = parts[0];
  if (code === 4) {
    pen.attrs = parts[1] === 0 ? pen.attrs & ~attribute.underline : pen.attrs | attribute.underline;
  } else if (code === 38) {
    pen.fg = colonColor(parts, raw);
  } else if (code === 48) {
    pen.bg = colonColor(parts, raw);
  }
}

function applyCode(code: number, pen: PenStyle): void {
  if (code === 0) {
    pen.fg = defaultColor;
    pen.bg = defaultColor;
    pen.attrs = 0;
  } else if (code >= 30 && code <= 37) pen.fg = basicColor(code - 30);
  else if (code >= 90 && code <= 97) pen.fg = basicColor(code - 90 + 8);
  else if (code >= 40 && code <= 47) pen.bg = basicColor(code - 40);
  else if (code >= 100 && code <= 107) pen.bg = basicColor(code - 100 + 8);
  else if (code === 39) pen.fg = defaultColor;
  else if (code === 49) pen.bg = defaultColor;
  else if (attributeOn[code] !== undefined) pen.attrs |= attributeOn[code];
  else if (attributeOff[code] !== undefined) pen.attrs &= ~attributeOff[code];
}

/** Applies the parameters of one SGR sequence (the text between `ESC[` and `m`) to `pen`. */
export function applySgr(parameters: string, pen: PenStyle): void {
  const raw = parameters.split(';');
  const codes = raw.map((part) => (part.includes(':') ? -1 : Number(part) || 0));
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? 0;
    if (code === -1) {
      applyColon(raw[index] ?? '', pen);
    } else if (code === 38 || code === 48) {
      const {color, used} = extendedColor(codes, index + 1);
      if (code === 38) pen.fg = color;
      else pen.bg = color;
      index += used;
    } else {
      applyCode(code, pen);
    }
  }
}
