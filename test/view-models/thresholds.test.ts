import {describe, expect, it} from 'vitest';
import type {Thresholds, Unit} from '../../source/dashboards/spec.js';
import {seedThresholds} from '../../source/dashboards/thresholds.js';
import {thresholdText, thresholdTone} from '../../source/view-models/thresholds.js';
import type {Tone} from '../../source/view-models/tone.js';

describe('thresholdTone', () => {
  it.each<[string, number | undefined, Thresholds | undefined, Tone]>([
    ['error rate under warning', 4.9, seedThresholds.wsErrorRatePercent, 'ok'],
    ['error rate at warning is not over it', 5, seedThresholds.wsErrorRatePercent, 'ok'],
    ['error rate over warning', 5.1, seedThresholds.wsErrorRatePercent, 'warning'],
    ['error rate over critical', 15.1, seedThresholds.wsErrorRatePercent, 'critical'],
    ['critical only: failed queue over 500', 501, seedThresholds.failedQueue, 'critical'],
    ['critical only: failed queue at 500', 500, seedThresholds.failedQueue, 'ok'],
    ['below: conversation success 96%', 96, seedThresholds.conversationSuccessPercent, 'ok'],
    ['below: conversation success 94%', 94, seedThresholds.conversationSuccessPercent, 'warning'],
    ['below with critical', 40, {warning: 90, critical: 50, direction: 'below'}, 'critical'],
    ['+Inf crosses an upper threshold', Infinity, seedThresholds.apiLatencyP99Seconds, 'warning'],
    ['no thresholds', 99, undefined, 'normal'],
    ['empty thresholds', 99, {}, 'normal'],
    ['NaN is muted', Number.NaN, seedThresholds.wsErrorRatePercent, 'muted'],
    ['missing is muted', undefined, seedThresholds.wsErrorRatePercent, 'muted'],
  ])('%s', (_name, value, thresholds, expected) => {
    expect(thresholdTone(value, thresholds)).toBe(expected);
  });
});

describe('thresholdText', () => {
  it.each<[Thresholds | undefined, Unit, string]>([
    [seedThresholds.wsErrorRatePercent, 'percent', 'warn >5% crit >15%'],
    [seedThresholds.pendingQueue, 'count', 'warn >1k'],
    [seedThresholds.failedQueue, 'count', 'crit >500'],
    [seedThresholds.deliveryLatencyP95Seconds, 'seconds', 'warn >500ms'],
    [seedThresholds.reconnectionsPerMinute, 'perMinute', 'warn >10/min'],
    [seedThresholds.conversationSuccessPercent, 'percent', 'warn <95%'],
    [undefined, 'count', ''],
  ])('%j %s -> %s', (thresholds, unit, expected) => {
    expect(thresholdText(thresholds, unit)).toBe(expected);
  });
});
