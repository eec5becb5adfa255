// Property tests of what reads server answers and what writes matchers: whatever JSON a server
// sends, the narrowers return well-typed data, or nothing, or refuse it with the one typed error
// (never a TypeError, never a non-string label or a non-number sample passed through); and every matcher nova-top writes reads back
// as the same matcher, whatever its name and value hold.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatMatchers, parseMatchers} from '../../source/alerts/matchers.js';
import {escapeRegex} from '../../source/alerts/re2.js';
import {narrowAlerts, narrowSilences} from '../../source/alerts/alertmanager-narrow.js';
import type {Matcher} from '../../source/alerts/types.js';
import {HttpError} from '../../source/http/types.js';
import {narrowInstant, narrowMatrix} from '../../source/prometheus/wire.js';

const anyJson = fc.jsonValue({maxDepth: 6});
// Shapes close to real answers, with wrong types anywhere inside.
const sampleish = fc.tuple(fc.oneof(fc.double(), fc.string(), fc.constant(null)), anyJson);
const resultish = fc.record(
  {
    metric: fc.oneof(fc.dictionary(fc.string(), anyJson), anyJson),
    value: sampleish,
    values: fc.array(sampleish, {maxLength: 5}),
  },
  {requiredKeys: []},
);
const dataish = fc.record(
  {
    resultType: fc.constantFrom('matrix', 'vector', 'scalar', 7),
    result: fc.oneof(fc.array(resultish, {maxLength: 5}), anyJson),
  },
  {requiredKeys: []},
);

const wellTyped = (labels: Readonly<Record<string, unknown>>): boolean =>
  Object.values(labels).every((value) => typeof value === 'string');

describe('narrowers on hostile JSON', () => {
  it('return series of string labels and number samples, or undefined; never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, dataish), (data) => {
        for (const series of narrowMatrix(data) ?? []) {
          expect(wellTyped(series.labels)).toBe(true);
          for (const [time, value] of series.samples) {
            expect([typeof time, typeof value]).toEqual(['number', 'number']);
          }
        }
        for (const sample of narrowInstant(data) ?? []) {
          expect(wellTyped(sample.labels)).toBe(true);
          expect(typeof sample.value).toBe('number');
        }
      }),
      {numRuns: 1000},
    );
  });

  it("read AlertManager's alerts and silences into well-typed rows, or refuse them as malformed", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          fc.array(
            fc.dictionary(
              fc.constantFrom(
                'labels',
                'annotations',
                'fingerprint',
                'status',
                'startsAt',
                'id',
                'matchers',
                'comment',
              ),
              anyJson,
            ),
            {maxLength: 4},
          ),
        ),
        (data) => {
          const read = <T>(narrow: () => T): T | undefined => {
            try {
              return narrow();
            } catch (error) {
              // The one typed error every client throws, never a TypeError from inside.
              expect(error).toBeInstanceOf(HttpError);
              expect((error as HttpError).kind).toBe('malformed');
              return undefined;
            }
          };
          for (const alert of read(() => narrowAlerts(data)) ?? []) {
            expect(wellTyped(alert.labels)).toBe(true);
          }
          for (const silence of read(() => narrowSilences(data)) ?? []) {
            expect(typeof silence.id).toBe('string');
          }
        },
      ),
      {numRuns: 1000},
    );
  });
});

const matcher: fc.Arbitrary<Matcher> = fc
  .record({
    name: fc.string({minLength: 1, maxLength: 12}),
    operator: fc.constantFrom('=', '!=', '=~', '!~'),
    value: fc.string({maxLength: 12}),
  })
  .map((m): Matcher => ({
    ...m,
    // A regex matcher nova-top writes for a literal value escapes it.
    value: m.operator === '=~' || m.operator === '!~' ? escapeRegex(m.value) : m.value,
  }));

describe('matchers', () => {
  it('read back as written, whatever the name and value hold', () => {
    fc.assert(
      fc.property(fc.array(matcher, {minLength: 1, maxLength: 4}), (matchers) => {
        expect(parseMatchers(formatMatchers(matchers))).toEqual({ok: true, value: matchers});
      }),
      {numRuns: 1000},
    );
  });
});
