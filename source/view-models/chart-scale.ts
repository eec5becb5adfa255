// The scale every chart draws on, so that a chart's height means the same thing everywhere
// (Grafana's soft minimum and maximum at zero): counts, rates and percentages are drawn from zero,
// lower only when a series goes negative, up to a round number at or above the highest value. A
// flat series then draws at its height, not as a wall, and noise stays small next to the value.
// A threshold raises the top when it is near the data (or, for percentages, always: a percentage
// is read against its threshold), so that the line shows how far the value is from it.
import type {Thresholds, Unit} from '../dashboards/spec.js';
import {scaleOf, type Column, type Scale} from './sparkline.js';
import {cellWidth} from '../text/fit.js';
import {formatValue} from './units.js';

/** A threshold drawn across a chart: its value and its tone. */
export type ThresholdLevel = {readonly value: number; readonly tone: 'warning' | 'critical'};

/** A threshold further than this multiple of the data's top is noted, not drawn. */
export const thresholdReach = 2;

/** The warning and critical levels of the thresholds, each value once, lowest first. */
export function thresholdLevels(all: readonly (Thresholds | undefined)[]): ThresholdLevel[] {
  const levels = all.flatMap((each): ThresholdLevel[] => [
    ...(each?.warning === undefined ? [] : [{value: each.warning, tone: 'warning' as const}]),
    ...(each?.critical === undefined ? [] : [{value: each.critical, tone: 'critical' as const}]),
  ]);
  return levels
    .filter((level, index) => levels.findIndex((other) => other.value === level.value) === index)
    .sort((a, b) => a.value - b.value);
}

const niceSteps = [1, 2, 2.5, 5, 10] as const;

/** The smallest of 1, 2, 2.5 and 5 times a power of ten at or above a positive value. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  // Rounded so that 3 * 0.1 is 0.3; and a value above a round number by float noise only (10% as
  // 10.000000000000002%) keeps that round number, or the noise would show as a step.
  const nice = niceSteps.map((step) => Number((step * power).toPrecision(12)));
  return nice.find((each) => each >= value * (1 - 1e-9)) ?? 10 * power;
}

/** The levels that raise the top: near the data's top, or a percentage's lowest level. */
function raisingLevels(levels: readonly ThresholdLevel[], top: number, unit: Unit): number[] {
  const values = levels.map((level) => level.value).filter((value) => value > 0);
  const near = values.filter((value) => value <= top * thresholdReach);
  const lowest = values[0];
  return unit === 'percent' && lowest !== undefined ? [lowest, ...near] : near;
}

/** A panel's own bounds (Grafana's min/max): they replace the computed ends. */
export type ScaleBounds = {readonly min?: number | undefined; readonly max?: number | undefined};

/**
 * From min(0, lowest value) to a round number at or above max(0, highest value, the thresholds
 * that raise it); 0..1 when everything is zero, so that a zero line sits at the bottom. The panel's
 * `bounds` replace either end, when they leave a scale (min below max); values beyond are clipped.
 */
export function chartScale(
  values: readonly Column[],
  levels: readonly ThresholdLevel[],
  unit: Unit,
  bounds: ScaleBounds = {},
): Scale {
  const data = scaleOf(values) ?? {min: 0, max: 0};
  const top = Math.max(0, data.max);
  const max = niceCeiling(Math.max(top, ...raisingLevels(levels, top, unit)));
  const min = -niceCeiling(-Math.min(0, data.min));
  const computed = {min: min === 0 ? 0 : min, max: max === 0 && min === 0 ? 1 : max};
  const bounded = {min: bounds.min ?? computed.min, max: bounds.max ?? computed.max};
  return bounded.min < bounded.max ? bounded : computed;
}

/** The levels inside the scale (above its bottom, at most its top): the ones a chart can draw. */
export const levelsWithin = (levels: readonly ThresholdLevel[], scale: Scale): ThresholdLevel[] =>
  levels.filter((level) => level.value > scale.min && level.value <= scale.max);

/** The scale as a caption, e.g. "scale 0%–20%", so that the top of every chart can be read. */
export const scaleCaption = (scale: Scale, unit: Unit): string =>
  `scale ${formatValue(scale.min, unit)}–${formatValue(scale.max, unit)}`;

/**
 * Notes under a chart (the thresholds, the scale; empty ones left out): on one line when they fit
 * the width, else one line each, in the order given.
 */
export function noteLines(notes: readonly string[], width: number): string[] {
  const shown = notes.filter((note) => note !== '');
  const joined = shown.join(' · ');
  return cellWidth(joined) <= width || shown.length < 2 ? [joined].filter(Boolean) : shown;
}
