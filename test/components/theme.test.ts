// theme.ts decides how a tone looks, with colour and without (--no-color, NO_COLOR): without, a
// tone keeps its weight only, and the grey tones become dim.
import {describe, expect, it} from 'vitest';
import {toneStyle} from '../../source/components/theme.js';
import type {Tone} from '../../source/view-models/tone.js';

describe('toneStyle', () => {
  it.each<[Tone, boolean, object]>([
    ['normal', true, {}],
    ['normal', false, {}],
    ['muted', true, {color: 'gray'}],
    ['muted', false, {dimColor: true}],
    ['heatLow', false, {dimColor: true}],
    ['title', false, {bold: true}],
    ['critical', true, {color: 'red', bold: true}],
    ['critical', false, {bold: true}],
    ['focus', false, {bold: true}],
    ['ok', false, {}],
    ['series1', false, {}],
  ])('%s with colour %s', (tone, color, expected) => {
    expect(toneStyle(tone, {color})).toEqual(expected);
  });
});
