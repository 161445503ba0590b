import { assertPrpId, UsageError } from '@ce/core';
import { scanPrps, type ScannedPrp } from './scan-prps.js';
import type { DriftRecord } from './drift-record.js';
import { readDriftLog, type DriftLogEntry } from './record-decision.js';

export interface DriftComparisonSide {
  prpId: string;
  file: string;
  driftScore: number | null;
  decision: DriftRecord['decision'] | null;
  date: string | null;
  reason: string | null;
}

export interface DriftComparison {
  a: DriftComparisonSide;
  b: DriftComparisonSide;
  /** b − a, one decimal; null when either has no decision. */
  scoreDelta: number | null;
  decisionChanged: boolean;
  /** Every category either scored, with both scores (0 when absent) and b − a. */
  categories: { category: string; a: number; b: number; delta: number }[];
  warnings: string[];
}

/** One PRP and its drift decision (`ce drift show`). */
export interface DriftShow {
  prpId: string;
  file: string;
  name: string | null;
  drift: DriftRecord | null;
  /** Every decision logged for this PRP in `.ce/state/drift-decisions.jsonl`, oldest first. */
  log: DriftLogEntry[];
  warnings: string[];
}

function findPrp(prps: ScannedPrp[], id: string, root: string): ScannedPrp {
  assertPrpId(id);
  const found = prps.find((p) => p.prpId === id);
  if (!found) {
    throw new UsageError('prp-not-found', `no PRP ${id} under ${root}/PRPs`, { hint: 'ce drift history lists the PRPs with decisions' });
  }
  return found;
}

/** A PRP's drift decision. Exit 2 when the id is not a PRP id or no such PRP exists. */
export function driftShow(root: string, prpId: string): DriftShow {
  const scan = scanPrps(root);
  const prp = findPrp(scan.prps, prpId, root);
  return {
    prpId: prp.prpId,
    file: prp.file,
    name: prp.name,
    drift: prp.drift,
    log: readDriftLog(root, prp.prpId),
    warnings: scan.warnings,
  };
}

/** Compares the drift decisions of two PRPs, category by category. */
export function driftCompare(root: string, a: string, b: string): DriftComparison {
  const scan = scanPrps(root);
  const pa = findPrp(scan.prps, a, root);
  const pb = findPrp(scan.prps, b, root);
  const side = (p: ScannedPrp): DriftComparisonSide => ({
    prpId: p.prpId,
    file: p.file,
    driftScore: p.drift?.driftScore ?? null,
    decision: p.drift?.decision ?? null,
    date: p.drift?.date ?? null,
    reason: p.drift?.reason ?? null,
  });
  const ca = pa.drift?.categoryBreakdown ?? {};
  const cb = pb.drift?.categoryBreakdown ?? {};
  const names = [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort();
  const categories = names
    .map((category) => ({
      category,
      a: ca[category] ?? 0,
      b: cb[category] ?? 0,
      delta: Math.round(((cb[category] ?? 0) - (ca[category] ?? 0)) * 10) / 10,
    }))
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.category.localeCompare(y.category));
  return {
    a: side(pa),
    b: side(pb),
    scoreDelta: pa.drift && pb.drift ? Math.round((pb.drift.driftScore - pa.drift.driftScore) * 10) / 10 : null,
    decisionChanged: (pa.drift?.decision ?? null) !== (pb.drift?.decision ?? null),
    categories,
    warnings: scan.warnings,
  };
}
