import type { CeConfig } from '@ce/core';

/** The drift band a score falls in (DESIGN.md: one 0–100 scale, bands 10 / 30). */
export type DriftBand = 'accept' | 'auto-fix' | 'escalate';

export interface DriftThresholds {
  /** Below this score: accept. */
  acceptBelow: number;
  /** At or above this score: halt and ask. In between: auto-fix or accept with a warning. */
  escalateAt: number;
}

export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = { acceptBelow: 10, escalateAt: 30 };

/** The thresholds of a loaded config (`drift.acceptBelow`, `drift.escalateAt`), defaults otherwise. */
export function driftThresholds(config?: Pick<CeConfig, 'drift'> | undefined): DriftThresholds {
  const d = config?.drift;
  const acceptBelow = typeof d?.acceptBelow === 'number' ? d.acceptBelow : DEFAULT_DRIFT_THRESHOLDS.acceptBelow;
  const escalateAt = typeof d?.escalateAt === 'number' ? d.escalateAt : DEFAULT_DRIFT_THRESHOLDS.escalateAt;
  return { acceptBelow, escalateAt: Math.max(acceptBelow, escalateAt) };
}

/** Clamps to 0–100 and rounds to one decimal. */
export function normalizeDriftScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
}

/** The band of a score: `< acceptBelow` accept, `>= escalateAt` escalate, auto-fix in between. */
export function driftBand(score: number, thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS): DriftBand {
  if (score < thresholds.acceptBelow) return 'accept';
  if (score >= thresholds.escalateAt) return 'escalate';
  return 'auto-fix';
}

/** The distribution bucket label of a score: `0-10`, `10-30`, `30-100` with the configured thresholds. */
export function driftBucket(score: number, thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS): string {
  const band = driftBand(score, thresholds);
  if (band === 'accept') return `0-${thresholds.acceptBelow}`;
  if (band === 'auto-fix') return `${thresholds.acceptBelow}-${thresholds.escalateAt}`;
  return `${thresholds.escalateAt}-100`;
}
