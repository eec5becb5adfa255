import {expect, test} from 'vitest';
import {dailyFactor, hourOfDay} from '../../sim/traffic.js';

test('traffic is lowest in the small hours and highest in the evening', () => {
  const byHour = Array.from({length: 24}, (_, hour) => dailyFactor(hour));
  const quietest = byHour.indexOf(Math.min(...byHour));
  const busiest = byHour.indexOf(Math.max(...byHour));
  expect(quietest).toBeGreaterThanOrEqual(2);
  expect(quietest).toBeLessThanOrEqual(5);
  expect(busiest).toBeGreaterThanOrEqual(17);
  expect(busiest).toBeLessThanOrEqual(20);
  expect(Math.min(...byHour)).toBeCloseTo(0.2, 2);
  expect(Math.max(...byHour)).toBeLessThanOrEqual(1);
});

test('hourOfDay reads the UTC hour with minutes as a fraction', () => {
  expect(hourOfDay(Date.UTC(2026, 0, 1, 16, 30))).toBe(16.5);
});
