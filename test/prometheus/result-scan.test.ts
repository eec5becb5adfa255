// The large-answer reader gives what JSON.parse and the same cut give, for any answer shape, and
// lets the event loop run while it reads.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  currentValue,
  cutParsedBody,
  keepTopSeries,
  scanQueryBody,
} from '../../source/prometheus/result-scan.js';

const noPause = async (): Promise<void> => {};

const labelText = fc.string({unit: 'binary', maxLength: 12});
const sampleValue = fc.oneof(
  fc.double({noNaN: true, noDefaultInfinity: true}).map(String),
  fc.constantFrom('NaN', '+Inf', '-Inf', '0', '1e-9'),
);
const metric = fc.dictionary(labelText, labelText, {maxKeys: 4});
const sample = fc.tuple(fc.integer({min: 0, max: 2e9}), sampleValue);
const matrixElement = fc.record({metric, values: fc.array(sample, {maxLength: 5})});
const vectorElement = fc.record({metric, value: sample});
/** Elements a hostile server might put in the array. */
const oddElement = fc.oneof(
  fc.constant(null),
  fc.integer(),
  labelText,
  fc.array(fc.integer(), {maxLength: 3}),
  fc.record({metric: labelText, values: labelText}),
);
const element = fc.oneof(matrixElement, vectorElement, oddElement);
const extras = fc.dictionary(
  fc.constantFrom('stats', 'warnings', 'infos', 'x"y', 'result\\'),
  fc.jsonValue({maxDepth: 2}),
  {maxKeys: 3},
);
const answer = fc
  .record({
    before: extras,
    after: extras,
    result: fc.array(element, {maxLength: 40}),
    resultType: fc.constantFrom('matrix', 'vector', 'scalar'),
    outer: extras,
    indent: fc.constantFrom(undefined, 0, 1, '\t'),
  })
  .map(({before, after, result, resultType, outer, indent}) => {
    const data = {...before, resultType, result, ...after};
    return JSON.stringify({status: 'success', ...outer, data}, null, indent);
  });

describe('scanQueryBody', () => {
  it('equals JSON.parse and the same cut, for any answer and limit', async () => {
    await fc.assert(
      fc.asyncProperty(answer, fc.integer({min: 0, max: 45}), async (text, limit) => {
        const scanned = await scanQueryBody(Buffer.from(text), {limit, pause: noPause});
        expect(scanned).toEqual(cutParsedBody(JSON.parse(text), limit));
      }),
      {numRuns: 300},
    );
  });

  it('reads answers without a result array as JSON.parse does', async () => {
    for (const text of [
      '{"status":"error","error":"x"}',
      '[1,2]',
      '"text"',
      '{"data":{"result":7}}',
    ]) {
      expect(await scanQueryBody(Buffer.from(text), {limit: 1, pause: noPause})).toEqual({
        value: JSON.parse(text),
        omitted: 0,
      });
    }
  });

  it('throws SyntaxError where the text is not JSON', async () => {
    for (const text of ['{"data":{"result":[{"a":1}', '{"data":{"result":[1 2]}}', '<html>']) {
      await expect(scanQueryBody(Buffer.from(text), {limit: 5, pause: noPause})).rejects.toThrow(
        SyntaxError,
      );
    }
  });

  it('keeps the series with the highest current value, in their order, and counts the rest', async () => {
    const series = [5, 9, 'NaN', 1, 9, 7].map((value, index) => ({
      metric: {instance: `i${index}`},
      values: [
        [1, '0'],
        [2, String(value)],
      ],
    }));
    const text = JSON.stringify({status: 'success', data: {resultType: 'matrix', result: series}});
    const {value, omitted} = await scanQueryBody(Buffer.from(text), {limit: 3, pause: noPause});
    const kept = (value as {data: {result: {metric: {instance: string}}[]}}).data.result;
    expect(kept.map((one) => one.metric.instance)).toEqual(['i1', 'i4', 'i5']);
    expect(omitted).toBe(3);
  });

  it('lets the event loop run while it reads a large answer', async () => {
    const result = Array.from({length: 20_000}, (_, index) => ({
      metric: {instance: `10.0.${index >> 8}.${index & 255}:9100`},
      value: [1, String(index)],
    }));
    const text = JSON.stringify({status: 'success', data: {resultType: 'vector', result}});
    let pauses = 0;
    const {omitted} = await scanQueryBody(Buffer.from(text), {
      limit: 1_000,
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
      },
    });
    expect(omitted).toBe(19_000);
    // A pause at least every 256 series when each slice is already over its time.
    expect(pauses).toBe(Math.floor((20_000 - 1) / 256));
  });
});

describe('a request given up', () => {
  it('stops being read at the next pause', async () => {
    const result = Array.from({length: 5_000}, (_, index) => ({
      metric: {},
      value: [1, `${index}`],
    }));
    const text = JSON.stringify({status: 'success', data: {resultType: 'vector', result}});
    const controller = new AbortController();
    let pauses = 0;
    const reading = scanQueryBody(Buffer.from(text), {
      limit: 10,
      sliceMs: 0,
      signal: controller.signal,
      pause: async () => {
        pauses += 1;
        if (pauses === 2) controller.abort();
      },
    });
    await expect(reading).rejects.toThrow('This operation was aborted');
    expect(pauses).toBe(2);
  });
});

describe('currentValue and keepTopSeries', () => {
  it('ranks by the newest value; NaN and malformed lowest', () => {
    expect(
      currentValue({
        values: [
          [1, '3'],
          [2, '8'],
        ],
      }),
    ).toBe(8);
    expect(currentValue({value: [1, '+Inf']})).toBe(Infinity);
    expect(currentValue({value: [1, 'NaN']})).toBe(-Infinity);
    expect(currentValue(null)).toBe(-Infinity);
    expect(keepTopSeries([{value: [0, '1']}, {value: [0, '3']}, {value: [0, '2']}], 2)).toEqual([
      {value: [0, '3']},
      {value: [0, '2']},
    ]);
  });
});
