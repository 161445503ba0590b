import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  cePaths,
  isoNow,
  MarkdownDocument,
  normalizePrpHeader,
  prpIdFromFileName,
  resolveInRepo,
  UsageError,
  withLock,
  writeFileAtomic,
  type DriftJustification,
} from '@ce/core';
import { normalizeDriftScore } from './scale.js';

/** What a decision is made of; `date` defaults to now. */
export interface DriftDecisionInput {
  driftScore: number;
  decision: DriftJustification['decision'];
  reason: string;
  categoryBreakdown?: Record<string, number>;
  alternativesConsidered?: string[];
  approvedBy?: string;
  date?: string;
  references?: string[];
}

/** One line of the decisions log (`.ce/state/drift-decisions.jsonl`). */
export interface DriftLogEntry {
  prpId: string | null;
  file: string | null;
  driftScore: number;
  decision: DriftJustification['decision'];
  reason: string;
  categoryBreakdown: Record<string, number>;
  approvedBy: string | null;
  date: string;
  references: string[];
}

export interface RecordedDecision {
  justification: DriftJustification;
  /** The PRP file written (repo-relative), or null when the decision was only logged. */
  prpFile: string | null;
  logFile: string;
  /** Stale-lock repairs made while taking the `.ce/` lock. */
  repaired: string[];
}

/** The decisions log of a repository. */
export function driftLogFile(root: string): string {
  return join(cePaths(root).state, 'drift-decisions.jsonl');
}

/** The `drift_justification` header value of a decision (DESIGN.md field order). */
export function toJustification(input: DriftDecisionInput): DriftJustification {
  const j: DriftJustification = {
    drift_score: normalizeDriftScore(input.driftScore),
    decision: input.decision,
    reason: input.reason,
  };
  if (input.categoryBreakdown)
    j.category_breakdown = Object.fromEntries(Object.entries(input.categoryBreakdown).map(([k, v]) => [k, normalizeDriftScore(v)]));
  if (input.alternativesConsidered?.length) j.alternatives_considered = input.alternativesConsidered;
  j.approved_by = input.approvedBy ?? process.env['USER'] ?? 'ce';
  j.date = input.date ?? isoNow();
  if (input.references?.length) j.references = input.references;
  return j;
}

/**
 * Records a drift decision: writes `drift_justification` into the PRP header (only that field's
 * bytes change; atomic write) and appends it to the decisions log, both under the `.ce/` lock.
 * Without a PRP the decision is only logged.
 */
export async function recordDriftDecision(
  root: string,
  input: DriftDecisionInput,
  options: { prp?: string } = {},
): Promise<RecordedDecision> {
  if (!Number.isFinite(input.driftScore))
    throw new UsageError('bad-drift-score', `drift score ${String(input.driftScore)} is not a number`);
  if (input.decision === 'accept' && !input.reason.trim()) {
    throw new UsageError('reason-required', 'accepting drift needs a reason', { hint: 'say why the divergence is acceptable' });
  }
  const justification = toJustification(input);
  const paths = cePaths(root);
  return withLock(
    paths.lock,
    (lock) => {
      let prpFile: string | null = null;
      let prpId: string | null = null;
      if (options.prp) {
        const abs = resolveInRepo(root, options.prp, 'PRP file');
        const document = new MarkdownDocument(readPrpText(abs, options.prp), abs);
        prpId = String(normalizePrpHeader(document.header).prp_id ?? prpIdFromFileName(abs) ?? '') || null;
        writeFileAtomic(abs, document.withHeaderField('drift_justification', justification).text);
        prpFile = relative(root, abs).split('\\').join('/');
      }
      const entry: DriftLogEntry = {
        prpId,
        file: prpFile,
        driftScore: justification.drift_score,
        decision: justification.decision,
        reason: justification.reason,
        categoryBreakdown: justification.category_breakdown ?? {},
        approvedBy: justification.approved_by ?? null,
        date: justification.date ?? isoNow(),
        references: justification.references ?? [],
      };
      const logFile = driftLogFile(root);
      mkdirSync(dirname(logFile), { recursive: true });
      appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
      return { justification, prpFile, logFile, repaired: lock.repaired };
    },
    { purpose: 'ce drift decision' },
  );
}

/** The decisions logged for a repository (optionally one PRP's), oldest first; torn lines are skipped. */
export function readDriftLog(root: string, prpId?: string): DriftLogEntry[] {
  let text: string;
  try {
    text = readFileSync(driftLogFile(root), 'utf8');
  } catch {
    return [];
  }
  const out: DriftLogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as DriftLogEntry;
      if (prpId === undefined || entry.prpId === prpId) out.push(entry);
    } catch {
      /* a line torn by a crash: skip it */
    }
  }
  return out;
}

function readPrpText(abs: string, given: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    throw new UsageError('prp-not-found', `${given}: PRP file not found`, {
      file: given,
      hint: 'pass the path of the PRP file, e.g. PRPs/PRP-3-auth.md',
    });
  }
}
