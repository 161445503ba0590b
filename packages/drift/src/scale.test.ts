import { describe, expect, it } from 'vitest';
import { driftBand, driftBucket, driftThresholds, normalizeDriftScore } from './index.js';

describe('the drift scale', () => {
  it('accepts below 10, auto-fixes from 10 and escalates from 30 by default', () => {
    expect(driftBand(9.9)).toBe('accept');
    expect(driftBand(10)).toBe('auto-fix');
    expect(driftBand(29.9)).toBe('auto-fix');
    expect(driftBand(30)).toBe('escalate');
  });

  it('takes its thresholds from config drift.acceptBelow / drift.escalateAt', () => {
    const t = driftThresholds({ drift: { acceptBelow: 5, escalateAt: 50 } });
    expect(driftBand(6, t)).toBe('auto-fix');
    expect(driftBand(49, t)).toBe('auto-fix');
    expect(driftBand(50, t)).toBe('escalate');
    expect(driftBucket(4, t)).toBe('0-5');
    expect(driftBucket(60, t)).toBe('50-100');
  });

  it('clamps scores to 0–100 with one decimal', () => {
    expect(normalizeDriftScore(123)).toBe(100);
    expect(normalizeDriftScore(-3)).toBe(0);
    expect(normalizeDriftScore(12.345)).toBe(12.3);
  });
});
