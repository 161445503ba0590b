import { scanPrps } from './scan-prps.js';
import type { DriftRecord } from './drift-record.js';

/** One line of `ce drift history`. */
export interface DriftHistoryEntry {
  prpId: string;
  driftScore: number;
  decision: DriftRecord['decision'];
  date: string | null;
  reason: string;
  categoryBreakdown: Record<string, number>;
  file: string;
}

export interface DriftHistory {
  /** Newest decision first; decisions without a date last. */
  entries: DriftHistoryEntry[];
  warnings: string[];
}

/** Orders records newest first (undated last, then by PRP id for a stable order). */
export function newestFirst(a: Pick<DriftRecord, 'date' | 'prpId'>, b: Pick<DriftRecord, 'date' | 'prpId'>): number {
  const ta = a.date ? Date.parse(a.date) : Number.NEGATIVE_INFINITY;
  const tb = b.date ? Date.parse(b.date) : Number.NEGATIVE_INFINITY;
  if (ta !== tb) return tb > ta ? 1 : -1;
  return a.prpId < b.prpId ? -1 : a.prpId > b.prpId ? 1 : 0;
}

/** The drift decisions recorded in every PRP under PRPs/, newest first, at most `last` of them. */
export function driftHistory(root: string, options: { last?: number } = {}): DriftHistory {
  const scan = scanPrps(root);
  const records = scan.prps.flatMap((p) => (p.drift ? [p.drift] : [])).sort(newestFirst);
  const limited = options.last !== undefined && options.last >= 0 ? records.slice(0, options.last) : records;
  return {
    entries: limited.map((r) => ({
      prpId: r.prpId,
      driftScore: r.driftScore,
      decision: r.decision,
      date: r.date,
      reason: r.reason,
      categoryBreakdown: r.categoryBreakdown,
      file: r.file,
    })),
    warnings: scan.warnings,
  };
}

/**
 * The most recent decisions that concern any of the given categories (a category scored above 0),
 * for showing beside new findings of the same kind.
 */
export function relatedDecisions(root: string, categories: string[], limit = 3): DriftHistoryEntry[] {
  const wanted = new Set(categories);
  return driftHistory(root)
    .entries.filter((e) => Object.entries(e.categoryBreakdown).some(([c, v]) => wanted.has(c) && v > 0))
    .slice(0, limit);
}
