/** Validation levels whose counters a PRP session keeps (reset by cleanup). */
export type ValidationLevel = 'L1' | 'L2' | 'L3' | 'L4';

export interface ValidationCounter {
  attempts: number;
  passed: boolean;
  /** ISO 8601 UTC of the last attempt. */
  date: string;
}

export type SessionStatus = 'active' | 'paused' | 'cleaned';

/** One PRP's session, kept in `.ce/state/sessions/{prp_id}.json`. */
export interface PrpSession {
  version: 1;
  prpId: string;
  status: SessionStatus;
  /** The commit HEAD pointed at when the PRP started. */
  baseCommit: string;
  /** The branch HEAD was on when the PRP started (null on a detached HEAD). */
  baseBranch: string | null;
  startedAt: string;
  updatedAt: string;
  lastCheckpoint?: { tag: string; phase: string; commit: string; date: string };
  lastRestore?: { tag: string; safetyTag: string; date: string };
  validation: Partial<Record<ValidationLevel, ValidationCounter>>;
  cleanedAt?: string;
}
