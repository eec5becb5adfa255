import {describe, expect, it} from 'vitest';
import {fitBlock, fitLine, segment, spreadLine} from '../../source/view-models/line.js';

describe('fitLine', () => {
  it('pads a short line with a normal-tone space segment', () => {
    expect(fitLine([segment('ab', 'ok')], 4)).toEqual([segment('ab', 'ok'), segment('  ')]);
  });
  it('cuts the segment that crosses the edge, with an ellipsis in its tone', () => {
    expect(fitLine([segment('abc', 'ok'), segment('defg', 'critical')], 5)).toEqual([
      segment('abc', 'ok'),
      segment('d…', 'critical'),
    ]);
  });
  it('drops segments past the edge', () => {
    expect(fitLine([segment('abc'), segment('def', 'ok')], 3)).toEqual([segment('abc')]);
  });
  it('pads after a wide character that could not be split', () => {
    expect(fitLine([segment('a東京')], 3)).toEqual([segment('a… ')]);
  });
});

describe('spreadLine', () => {
  it('puts the right part at the right edge', () => {
    expect(spreadLine([segment('name')], [segment('1%', 'warning')], 10)).toEqual([
      segment('name'),
      segment('   '),
      segment(' '),
      segment('1%', 'warning'),
    ]);
  });
  it('cuts the left part first', () => {
    expect(spreadLine([segment('long name')], [segment('1%')], 8)).toEqual([
      segment('long…'),
      segment(' '),
      segment('1%'),
    ]);
  });
});

describe('fitBlock', () => {
  it('gives exactly height lines of exactly width cells', () => {
    expect(fitBlock([[segment('a')], [segment('b')], [segment('c')]], 2, 2)).toEqual([
      [segment('a'), segment(' ')],
      [segment('b'), segment(' ')],
    ]);
    expect(fitBlock([], 2, 1)).toEqual([[segment('  ')]]);
  });
});
