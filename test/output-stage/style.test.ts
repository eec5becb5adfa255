import {describe, expect, test} from 'vitest';
import {applySgr, type PenStyle} from '../../source/output-stage/apply-sgr.js';
import {
  attribute,
  basicColor,
  defaultStyle,
  paletteColor,
  rgbColor,
  sgrTransition,
  type Style,
} from '../../source/output-stage/style.js';

const red = basicColor(1);
const brightCyan = basicColor(14);
const orange = paletteColor(208);
const teal = rgbColor(0x33, 0x66, 0x99);
const {bold, dim, italic, underline, inverse, strikethrough} = attribute;

function style(fields: Partial<Style>): Style {
  return {...defaultStyle, ...fields};
}

describe('sgrTransition', () => {
  const cases: readonly [string, Style, Style, string][] = [
    ['nothing changes', style({fg: red}), style({fg: red}), ''],
    ['basic foreground from default', defaultStyle, style({fg: red}), '\u001B[31m'],
    [
      'bright colours use 90-97 and 100-107',
      defaultStyle,
      style({fg: brightCyan, bg: basicColor(9)}),
      '\u001B[96;101m',
    ],
    ['256-colour palette', defaultStyle, style({fg: orange}), '\u001B[38;5;208m'],
    ['truecolor background', defaultStyle, style({bg: teal}), '\u001B[48;2;51;102;153m'],
    ['back to default is a bare reset', style({fg: red, attrs: bold}), defaultStyle, '\u001B[m'],
    ['one colour back to default', style({fg: red, bg: orange}), style({bg: orange}), '\u001B[39m'],
    ['attributes on', defaultStyle, style({attrs: bold | italic | underline}), '\u001B[1;3;4m'],
    [
      'each attribute off',
      style({fg: teal, attrs: italic | underline | inverse | strikethrough}),
      style({fg: teal}),
      '\u001B[23;24;27;29m',
    ],
    [
      'bold off keeps dim',
      style({fg: orange, attrs: bold | dim}),
      style({fg: orange, attrs: dim}),
      '\u001B[22;2m',
    ],
    [
      'reset when shorter than undoing',
      style({fg: teal, bg: orange, attrs: bold}),
      style({fg: red}),
      '\u001B[0;31m',
    ],
  ];
  test.each(cases)('%s', (_name, from, to, expected) => {
    expect(sgrTransition(from, to)).toBe(expected);
  });
});

describe('applySgr', () => {
  const cases: readonly [string, string, PenStyle][] = [
    ['reset', '0', {fg: 0, bg: 0, attrs: 0}],
    ['empty parameters reset', '', {fg: 0, bg: 0, attrs: 0}],
    ['basic and bright', '31;103', {fg: red, bg: basicColor(11), attrs: 0}],
    ['256 colours', '38;5;208;48;5;17', {fg: orange, bg: paletteColor(17), attrs: 0}],
    ['truecolor', '38;2;51;102;153', {fg: teal, bg: 0, attrs: 0}],
    ['colon truecolor with colour space', '48:2::51:102:153', {fg: 0, bg: teal, attrs: 0}],
    [
      'attributes',
      '1;2;3;4;7;9',
      {fg: 0, bg: 0, attrs: bold | dim | italic | underline | inverse | strikethrough},
    ],
    ['curly underline', '4:3', {fg: 0, bg: 0, attrs: underline}],
    ['colour after a truecolor', '38;2;51;102;153;1', {fg: teal, bg: 0, attrs: bold}],
  ];
  test.each(cases)('%s', (_name, parameters, expected) => {
    const pen: PenStyle = {fg: 0, bg: 0, attrs: 0};
    applySgr(parameters, pen);
    expect(pen).toEqual(expected);
  });

  test('codes that switch attributes and colours off', () => {
    const pen: PenStyle = {
      fg: red,
      bg: orange,
      attrs: bold | dim | italic | underline | inverse | strikethrough,
    };
    applySgr('22;23;24;27;29;39;49', pen);
    expect(pen).toEqual({fg: 0, bg: 0, attrs: 0});
  });
});
