import { loadConfig } from '@ce/core';
import { scanPrps } from './scan-prps.js';
import { DEFAULT_DRIFT_THRESHOLDS, driftBucket, driftThresholds, type DriftThresholds } from './scale.js';
import type { DriftRecord } from './drift-record.js';

export interface DriftCategoryCount {
  category: string;
  /** Decisions in which this category scored above 0. */
  count: number;
  /** Mean of its score over those decisions, one decimal. */
  avgScore: number;
}

export interface DriftTrendPoint {
  /** The day (YYYY-MM-DD, UTC). */
  date: string;
  decisions: number;
  avgDriftScore: number;
}

export interface DriftSummary {
  /** Well-formed PRPs under PRPs/ (malformed ones are only in `warnings`). */
  totalPrps: number;
  withDecisions: number;
  accepted: number;
  rejected: number;
  autoFixed: number;
  updatedExamples: number;
  /** Mean drift score over PRPs with a decision, one decimal; null when there is none. */
  avgDriftScore: number | null;
  /** Decisions per band of the scale: `0-10`, `10-30`, `30-100` (with the configured thresholds). */
  distribution: Record<string, number>;
  /** Most frequent drifting categories, most frequent first (at most 5). */
  topCategories: DriftCategoryCount[];
  /** Reasons given more than once (compared without case and punctuation), most frequent first. */
  recurringReasons: { reason: string; count: number }[];
  /** Decisions per day, oldest first (undated decisions are not in the trend). */
  trend: DriftTrendPoint[];
  warnings: string[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Aggregates the drift decisions of every PRP under PRPs/, banded by the thresholds of `.ce/config.yml` unless given. */
export function driftSummary(root: string, thresholds: DriftThresholds = driftThresholds(loadConfig(root).config)): DriftSummary {
  const scan = scanPrps(root);
  return summarizeRecords(
    scan.prps.length,
    scan.prps.flatMap((p) => (p.drift ? [p.drift] : [])),
    scan.warnings,
    thresholds,
  );
}

/** The summary figures of a set of decisions (pure; `driftSummary` reads them from the PRPs). */
export function summarizeRecords(
  totalPrps: number,
  records: DriftRecord[],
  warnings: string[] = [],
  thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS,
): DriftSummary {
  const count = (d: DriftRecord['decision']): number => records.filter((r) => r.decision === d).length;
  const distribution: Record<string, number> = {
    [driftBucket(0, thresholds)]: 0,
    [driftBucket(thresholds.acceptBelow, thresholds)]: 0,
    [driftBucket(100, thresholds)]: 0,
  };
  for (const r of records) {
    const bucket = driftBucket(r.driftScore, thresholds);
    distribution[bucket] = (distribution[bucket] ?? 0) + 1;
  }

  const categories = new Map<string, { count: number; total: number }>();
  for (const r of records) {
    for (const [category, score] of Object.entries(r.categoryBreakdown)) {
      if (!(score > 0)) continue;
      const c = categories.get(category) ?? { count: 0, total: 0 };
      c.count++;
      c.total += score;
      categories.set(category, c);
    }
  }
  const topCategories = [...categories.entries()]
    .map(([category, c]) => ({ category, count: c.count, avgScore: round1(c.total / c.count) }))
    .sort((a, b) => b.count - a.count || b.avgScore - a.avgScore || a.category.localeCompare(b.category))
    .slice(0, 5);

  const reasons = new Map<string, { reason: string; count: number }>();
  for (const r of records) {
    const key = r.reason
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!key) continue;
    const entry = reasons.get(key) ?? { reason: r.reason.trim(), count: 0 };
    entry.count++;
    reasons.set(key, entry);
  }
  const recurringReasons = [...reasons.values()]
    .filter((r) => r.count > 1)
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));

  const days = new Map<string, { n: number; total: number }>();
  for (const r of records) {
    if (!r.date) continue;
    const day = r.date.slice(0, 10);
    const d = days.get(day) ?? { n: 0, total: 0 };
    d.n++;
    d.total += r.driftScore;
    days.set(day, d);
  }
  const trend = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, d]) => ({ date, decisions: d.n, avgDriftScore: round1(d.total / d.n) }));

  return {
    totalPrps,
    withDecisions: records.length,
    accepted: count('accept'),
    rejected: count('reject'),
    autoFixed: count('auto-fix'),
    updatedExamples: count('update-examples'),
    avgDriftScore: records.length ? round1(records.reduce((s, r) => s + r.driftScore, 0) / records.length) : null,
    distribution,
    topCategories,
    recurringReasons,
    trend,
    warnings,
  };
}
