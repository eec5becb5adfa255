import {describe, expect, it} from 'vitest';
import {grafanaUnit} from '../../source/dashboards/grafana-units.js';
import type {Unit, ValueMapping} from '../../source/dashboards/spec.js';
import {formatValue} from '../../source/view-models/units.js';

/**
 * Grafana's text (valueFormats: getValueFormat(id)(value) joined) made short as nova-top writes it:
 * no space before the unit, no trailing zeros, hour/day/week/year as h/d/w/y, reqps as rps.
 */
const short = (grafana: string): string =>
  grafana
    .replace(/(\.\d*?)0+(?=\D|$)/, '$1')
    .replace(/\.(?=\D|$)/, '')
    .replace(' hour', 'h')
    .replace(' day', 'd')
    .replace(' week', 'w')
    .replace(' year', 'y')
    .replace(' reqps', 'rps')
    .replaceAll(' ', '');

describe('Grafana units', () => {
  // [Grafana id, value, Grafana's own text, nova-top's text]
  it.each<[string, number, string, string]>([
    ['none', 3.5, '3.50', '3.5'],
    ['short', 950, '950', '950'],
    ['short', 1500, '1.50 K', '1.5K'],
    ['short', 2_300_000, '2.30 Mil', '2.3Mil'],
    ['short', 4_000_000_000, '4 Bil', '4Bil'],
    ['percent', 42.5, '42.5%', '42.5%'],
    ['percentunit', 0.953, '95.3%', '95.3%'],
    ['percentunit', 1, '100%', '100%'],
    ['bytes', 512, '512 B', '512B'],
    ['bytes', 1536, '1.50 KiB', '1.5KiB'],
    ['bytes', 5_368_709_120, '5 GiB', '5GiB'],
    ['decbytes', 1_500_000, '1.50 MB', '1.5MB'],
    ['decbytes', 2_000_000_000_000, '2 TB', '2TB'],
    ['bits', 2048, '2 Kib', '2Kib'],
    ['Bps', 12_300, '12.3 kB/s', '12.3kB/s'],
    ['binBps', 3_145_728, '3 MiB/s', '3MiB/s'],
    ['bps', 100_000_000, '100 Mbps', '100Mbps'],
    ['s', 0.25, '250 ms', '250ms'],
    ['s', 42, '42 s', '42s'],
    ['s', 90, '1.50 min', '1.5min'],
    ['s', 7200, '2 hour', '2h'],
    ['s', 172_800, '2 day', '2d'],
    ['s', 1_209_600, '2 week', '2w'],
    ['ms', 250, '250 ms', '250ms'],
    ['ms', 1500, '1.50 s', '1.5s'],
    ['µs', 750, '750 µs', '750µs'],
    ['us', 1500, '1.50 ms', '1.5ms'],
    ['ns', 2500, '2.50 µs', '2.5µs'],
    ['ns', 0, '0 ns', '0ns'],
    ['reqps', 1500, '1.50 K reqps', '1.5Krps'],
    ['ops', 42, '42 ops', '42ops'],
    ['hertz', 2_400_000_000, '2.40 GHz', '2.4GHz'],
    ['celsius', 21.5, '21.5 °C', '21.5°C'],
  ])('%s %s: Grafana %s, nova-top %s', (id, value, grafana, ours) => {
    const unit = grafanaUnit(id);
    expect(unit).toBeDefined();
    expect(formatValue(value, unit ?? 'none')).toBe(ours);
    expect(short(grafana)).toBe(ours);
  });

  it('dateTimeAsIso writes a unix time in milliseconds as local date and time', () => {
    const milliseconds = 1_764_650_747_000;
    const text = formatValue(milliseconds, 'dateTimeAsIso');
    expect(text).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    // Read back as local time (no zone), it is the same instant.
    expect(new Date(text.replace(' ', 'T')).getTime()).toBe(milliseconds);
  });

  it.each([['unknownUnit'], ['currencyUSD'], ['toString'], ['']])('%j is not formatted', (id) => {
    expect(grafanaUnit(id)).toBeUndefined();
  });
});

describe('decimals', () => {
  it.each<[number, Unit, number, string]>([
    [1536, 'bytes', 2, '1.50KiB'],
    [5, 'percent', 1, '5.0%'],
    [90, 's', 0, '2min'],
    [0.1234, 'percentunit', 0, '12%'],
    [1234, 'count', 3, '1.234k'],
    [0.25, 'seconds', 1, '250.0ms'],
  ])('%s %s with %s decimals -> %s', (value, unit, decimals, expected) => {
    expect(formatValue(value, unit, {decimals})).toBe(expected);
  });
});

describe('value mappings', () => {
  const mappings: ValueMapping[] = [
    {kind: 'value', value: '1', text: 'up', state: 'ok'},
    {kind: 'value', value: '0', text: 'down', state: 'critical'},
    {kind: 'range', from: 100, to: 200, text: 'busy'},
    {kind: 'range', from: 1000, text: 'huge'},
    {kind: 'regex', pattern: '^4\\d$', text: 'forties'},
    {kind: 'regex', pattern: '(', text: 'never: invalid'},
    {kind: 'special', match: 'null', text: 'n/a'},
    {kind: 'special', match: 'nan', text: 'idle'},
    {kind: 'value', value: '7', text: 'bad\u001b[31mred'},
  ];
  it.each<[number | undefined, string]>([
    [1, 'up'],
    [0, 'down'],
    [150, 'busy'],
    [200, 'busy'],
    [200.5, '201'],
    [5000, 'huge'],
    [42, 'forties'],
    [420, '420'],
    [undefined, 'n/a'],
    [Number.NaN, 'idle'],
    // The escape sequence is removed whole by the sanitizer.
    [7, 'badred'],
    [2, '2'],
  ])('%s -> %s', (value, expected) => {
    expect(formatValue(value, 'none', {mappings})).toBe(expected);
  });
});
