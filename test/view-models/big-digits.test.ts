import {describe, expect, it} from 'vitest';
import {bigText, bigTextWidth} from '../../source/view-models/big-digits.js';

describe('bigText', () => {
  it('draws digits and the decimal point three rows high, the unit stays small', () => {
    expect(bigText('10.5k/s')).toEqual({
      rows: ['▀█  █▀█   █▀▀', ' █  █ █   ▀▀█', '▄█▄ █▄█ ▄ ▄▄█'],
      suffix: 'k/s',
    });
  });

  it('draws every digit', () => {
    expect(bigText('0123456789')?.rows).toEqual([
      '█▀█ ▀█  ▀▀█ ▀▀█ █ █ █▀▀ █▀▀ ▀▀█ █▀█ █▀█',
      '█ █  █  █▀▀  ▀█ ▀▀█ ▀▀█ █▀█   █ █▀█ ▀▀█',
      '█▄█ ▄█▄ █▄▄ ▄▄█   █ ▄▄█ █▄█   █ █▄█ ▄▄█',
    ]);
  });

  it('draws a minus sign', () => {
    expect(bigText('-1ms')).toEqual({rows: ['   ▀█ ', '▀▀  █ ', '   ▄█▄'], suffix: 'ms'});
  });

  it.each(['NaN', '+Inf', '-Inf', '-'])('%s has no number to draw big', (value) => {
    expect(bigText(value)).toBeUndefined();
  });

  it('measures glyphs and suffix', () => {
    const big = bigText('12%');
    expect(big && bigTextWidth(big)).toBe(8);
  });
});
