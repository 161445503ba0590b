import { assertPrpId, loadConfig } from '@ce/core';
import type { CleanupReport, CreatedCheckpoint } from '@ce/state';
import { uncommittedChanges } from '../git/git-info.js';
import { contextHealth, type HealthReport } from '../health/context-health.js';
import { syncIndex, type SyncResult } from '../indexer/sync-index.js';

export interface PreSyncResult {
  phase: 'pre';
  prpId: string;
  /** False when generation/execution must stop (exit 3): health at or above the threshold, or a dirty tree. */
  proceed: boolean;
  forced: boolean;
  /** Why it would stop (also listed when --force let it go on). */
  reasons: string[];
  sync: SyncResult | null;
  health: HealthReport | null;
}

export interface PostSyncResult {
  phase: 'post';
  prpId: string;
  cleanup: CleanupReport;
  sync: SyncResult;
  health: HealthReport;
  checkpoint: CreatedCheckpoint;
}

/**
 * The hook before a PRP is generated or executed: requires a clean work tree, syncs the index,
 * measures health, and says whether to proceed (not when health ≥ `context.healthThreshold` or the
 * tree is dirty, unless forced).
 */
export async function autoSyncPre(root: string, prpId: string, options: { force?: boolean } = {}): Promise<PreSyncResult> {
  assertPrpId(prpId);
  const force = options.force ?? false;
  const reasons: string[] = [];
  const dirty = await uncommittedChanges(root);
  if (dirty && dirty.length > 0) {
    reasons.push(
      `the work tree has ${dirty.length} uncommitted changes (${dirty
        .slice(0, 3)
        .map((c) => c.path)
        .join(', ')}${dirty.length > 3 ? ', …' : ''}); commit or stash them first`,
    );
  }
  const sync = await syncIndex(root);
  const health = await contextHealth(root);
  const threshold = loadConfig(root).config.context.healthThreshold;
  if (health.score >= threshold) {
    reasons.push(
      `context health drift ${health.score} is at or above ${threshold}: ${health.recommendations[0] ?? 'see ce context health'}`,
    );
  }
  return { phase: 'pre', prpId, proceed: reasons.length === 0 || force, forced: force && reasons.length > 0, reasons, sync, health };
}

/**
 * The hook after a PRP was executed: cleans up its state (@ce/state `cleanupPrp`), re-syncs the
 * index, measures health and makes the final checkpoint.
 */
export async function autoSyncPost(root: string, prpId: string): Promise<PostSyncResult> {
  assertPrpId(prpId);
  const { cleanupPrp, createCheckpoint } = await import('@ce/state');
  const cleanup = await cleanupPrp(root, prpId);
  const sync = await syncIndex(root);
  const health = await contextHealth(root);
  const checkpoint = await createCheckpoint(
    root,
    prpId,
    'final',
    `final: context synced (${sync.symbols} symbols), health drift ${health.score}`,
  );
  return { phase: 'post', prpId, cleanup, sync, health, checkpoint };
}
