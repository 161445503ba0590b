import { assertPrpId, isoNow, UsageError } from '@ce/core';
import type { Checkpoint } from './checkpoint-types.js';
import { listCheckpoints } from './checkpoints.js';
import { currentBranch, headCommit } from './git.js';
import type { PrpSession, ValidationLevel } from './session-types.js';
import { listSessions, readActive, readSession, writeActive, writeSession } from './state-store.js';
import { withState } from './with-state.js';

export interface StartResult {
  prpId: string;
  baseCommit: string;
  baseBranch: string | null;
  startedAt: string;
  /** The PRP had a session already (paused by a switch): it is active again with its old base. */
  resumed: boolean;
  /** The PRP that was active before `switch`. */
  switchedFrom: string | null;
  repaired: string[];
}

/**
 * Starts (or resumes) a PRP: records the commit HEAD points at as its base and makes it the active
 * PRP. Refuses while another PRP is active unless `switch` (which pauses the other one).
 */
export async function startPrp(root: string, prpId: string, opts: { switch?: boolean } = {}): Promise<StartResult> {
  assertPrpId(prpId);
  const head = await headCommit(root);
  const branch = (await currentBranch(root)) ?? null;
  return withState(root, `ce prp start ${prpId}`, async (ctx) => {
    const active = readActive(root);
    let switchedFrom: string | null = null;
    if (active && active.prpId !== prpId) {
      if (!opts.switch) {
        throw new UsageError('prp-active', `${active.prpId} is the active PRP (since ${active.since}); ${prpId} was not started`, {
          hint: `finish it with ce prp cleanup ${active.prpId}, or pass --switch to pause it and start ${prpId}`,
        });
      }
      const other = readSession(root, active.prpId);
      if (other) writeSession(root, { ...other, status: 'paused', updatedAt: isoNow() });
      switchedFrom = active.prpId;
    }
    const now = isoNow();
    const existing = readSession(root, prpId);
    const resumed = existing !== undefined && existing.status !== 'cleaned';
    const session: PrpSession = resumed
      ? { ...existing, status: 'active', updatedAt: now }
      : { version: 1, prpId, status: 'active', baseCommit: head, baseBranch: branch, startedAt: now, updatedAt: now, validation: {} };
    writeSession(root, session);
    writeActive(root, { prpId, since: now });
    return {
      prpId,
      baseCommit: session.baseCommit,
      baseBranch: session.baseBranch,
      startedAt: session.startedAt,
      resumed,
      switchedFrom,
      repaired: ctx.repaired,
    };
  });
}

export interface PrpSessionStatus extends PrpSession {
  active: boolean;
  checkpoints: number;
  latestCheckpoint: Checkpoint | null;
}

export interface StatusResult {
  /** The active PRP, or null. */
  active: string | null;
  sessions: PrpSessionStatus[];
  repaired: string[];
}

/** Every PRP session with its checkpoints, after repairing what a killed ce left behind. */
export async function prpStatus(root: string): Promise<StatusResult> {
  return withState(root, 'ce prp status', async (ctx) => {
    const active = readActive(root)?.prpId ?? null;
    const checkpoints = ctx.gitDir ? await listCheckpoints(root) : [];
    const sessions = listSessions(root).map((s): PrpSessionStatus => {
      const own = checkpoints.filter((c) => c.prpId === s.prpId);
      return {
        ...s,
        status: s.prpId === active ? 'active' : s.status === 'active' ? 'paused' : s.status,
        active: s.prpId === active,
        checkpoints: own.length,
        latestCheckpoint: own.filter((c) => !c.safety).at(-1) ?? own.at(-1) ?? null,
      };
    });
    return { active, sessions, repaired: ctx.repaired };
  });
}

/** Counts one validation attempt of a level for a PRP (cleanup resets the counters). */
export async function recordValidation(root: string, prpId: string, level: ValidationLevel, passed: boolean): Promise<PrpSession> {
  assertPrpId(prpId);
  return withState(
    root,
    `record ${level} for ${prpId}`,
    async () => {
      const session = readSession(root, prpId);
      if (!session) throw new UsageError('no-session', `${prpId} has not been started`, { hint: `ce prp start ${prpId}` });
      const date = isoNow();
      const previous = session.validation[level];
      const next: PrpSession = {
        ...session,
        updatedAt: date,
        validation: { ...session.validation, [level]: { attempts: (previous?.attempts ?? 0) + 1, passed, date } },
      };
      writeSession(root, next);
      return next;
    },
    { git: false },
  );
}
