import { normalizeDecision, type DriftJustification } from '@ce/core';

/** One drift decision as history, summary and compare see it (from a PRP header or the log). */
export interface DriftRecord {
  prpId: string;
  /** The PRP file, relative to the repository root. */
  file: string;
  driftScore: number;
  decision: DriftJustification['decision'];
  /** ISO 8601 date of the decision (from the header), or null when it has none. */
  date: string | null;
  reason: string;
  categoryBreakdown: Record<string, number>;
  approvedBy: string | null;
  references: string[];
  alternativesConsidered: string[];
}

const DECISIONS = new Set(['accept', 'reject', 'auto-fix', 'update-examples']);

/**
 * Turns a normalised `drift_justification` into a record, or returns the problem that makes it
 * unusable (a score that is not a number 0–100, an unknown decision).
 */
export function driftRecordFrom(prpId: string, file: string, j: DriftJustification): DriftRecord | { problem: string } {
  if (typeof j.drift_score !== 'number' || !Number.isFinite(j.drift_score) || j.drift_score < 0 || j.drift_score > 100) {
    return { problem: `drift_justification.drift_score is not a number from 0 to 100` };
  }
  const decision = normalizeDecision(j.decision);
  if (!decision || !DECISIONS.has(decision)) {
    return { problem: `drift_justification.decision "${String(j.decision)}" is not accept, reject, auto-fix or update-examples` };
  }
  const breakdown: Record<string, number> = {};
  for (const [key, value] of Object.entries(j.category_breakdown ?? {})) {
    if (typeof value === 'number' && Number.isFinite(value)) breakdown[key] = value;
  }
  const date = j.date && !Number.isNaN(Date.parse(j.date)) ? new Date(Date.parse(j.date)).toISOString().replace(/\.000Z$/, 'Z') : null;
  return {
    prpId,
    file,
    driftScore: j.drift_score,
    decision,
    date,
    reason: j.reason ?? '',
    categoryBreakdown: breakdown,
    approvedBy: j.approved_by ?? null,
    references: j.references ?? [],
    alternativesConsidered: j.alternatives_considered ?? [],
  };
}
