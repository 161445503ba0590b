import { existsSync, lstatSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assertPrpId, isoNow, UsageError } from '@ce/core';
import { assertCheckpointPhase, SAFETY_PHASE } from './checkpoint-tag.js';
import type { Checkpoint } from './checkpoint-types.js';
import { listCheckpoints, tagSnapshot } from './checkpoints.js';
import { git, gitDir as requireGitDir, headCommit, splitNul } from './git.js';
import { contentConversionsPossible, writeRawFromTree } from './exact-content.js';
import { clearJournal, writeJournal } from './repair.js';
import { isExcluded, snapshotTree, temporaryIndex } from './snapshot.js';
import { readSession, writeSession } from './state-store.js';
import { withState } from './with-state.js';

export interface RestoreOptions {
  /** Restore even when the working tree holds changes that no commit or checkpoint has saved. */
  force?: boolean;
}

export interface RestoreResult {
  prpId: string;
  /** The checkpoint restored. */
  tag: string;
  phase: string;
  date: string;
  commit: string;
  /** The checkpoint taken just before (restore it to undo this restore). */
  safetyTag: string;
  /** Files written (added or changed) and deleted, relative to the root. */
  written: string[];
  deleted: string[];
  /** Files the snapshot holds that now exist as ignored files: left alone. */
  skippedIgnored: string[];
  repaired: string[];
}

/**
 * Brings the working tree back to a checkpoint of the PRP (the latest, not counting safety
 * checkpoints, when no phase is given): tracked files' content, additions, and deletion of files
 * the snapshot does not hold. Ignored files and ce's own state are never touched. First takes a
 * safety checkpoint; refuses over work that no commit or checkpoint holds unless `force`.
 */
export async function restoreCheckpoint(root: string, prpId: string, phase?: string, opts: RestoreOptions = {}): Promise<RestoreResult> {
  assertPrpId(prpId);
  if (phase !== undefined) assertCheckpointPhase(phase);
  await requireGitDir(root);
  return withState(root, `ce prp restore ${prpId}${phase ? ` ${phase}` : ''}`, async (ctx) => {
    const head = await headCommit(root);
    const all = await listCheckpoints(root);
    const target = pickCheckpoint(
      all.filter((c) => c.prpId === prpId),
      prpId,
      phase,
    );
    const gitDir = ctx.gitDir ?? (await requireGitDir(root));

    const current = await snapshotTree(root, gitDir, ctx.excludes);
    const saved = all.some((c) => c.tree === current) || (await sameTrees(root, current, `${head}^{tree}`, ctx.excludes));
    if (!saved && !opts.force) {
      throw new UsageError(
        'uncommitted-work',
        `the working tree of ${root} has changes that no commit or checkpoint holds; restoring ${target.tag} would replace them`,
        {
          hint: `commit them, take a checkpoint (ce prp checkpoint <phase>), or pass --force (a safety checkpoint is still taken first)`,
        },
      );
    }

    writeJournal(root, { op: 'restore', pid: process.pid, prpId, startedAt: isoNow(), tag: target.tag });
    const safety = await tagSnapshot(ctx, {
      prpId,
      phase: SAFETY_PHASE,
      message: `safety checkpoint before restoring ${target.tag}`,
      tree: current,
      head,
    });
    writeJournal(root, { op: 'restore', pid: process.pid, prpId, startedAt: isoNow(), tag: target.tag, safetyTag: safety.tag });

    const changes = await applyTree(root, gitDir, current, target.tree, ctx.excludes);
    const session = readSession(root, prpId);
    const date = isoNow();
    if (session) writeSession(root, { ...session, updatedAt: date, lastRestore: { tag: target.tag, safetyTag: safety.tag, date } });
    clearJournal(root);
    return {
      prpId,
      tag: target.tag,
      phase: target.phase,
      date: target.date,
      commit: target.commit,
      safetyTag: safety.tag,
      ...changes,
      repaired: ctx.repaired,
    };
  });
}

function pickCheckpoint(checkpoints: Checkpoint[], prpId: string, phase: string | undefined): Checkpoint {
  const candidates = phase === undefined ? checkpoints.filter((c) => !c.safety) : checkpoints.filter((c) => c.phase === phase);
  const latest = candidates.at(-1);
  if (latest) return latest;
  const phases = [...new Set(checkpoints.map((c) => c.phase))];
  throw new UsageError(
    'no-checkpoint',
    phase === undefined ? `${prpId} has no checkpoint to restore` : `${prpId} has no checkpoint of phase "${phase}"`,
    {
      hint: phases.length > 0 ? `phases of ${prpId}: ${phases.join(', ')}` : `take one with: ce prp checkpoint <phase> (see ce prp list)`,
    },
  );
}

/** Whether two trees hold the same files, not counting ce's own folders. */
async function sameTrees(root: string, a: string, b: string, excludes: readonly string[]): Promise<boolean> {
  const names = splitNul((await git(root, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', a, b])).stdout);
  return names.every((path) => isExcluded(path, excludes));
}

/** Turns the working tree from tree `from` (what is there now) into tree `to`, file by file. */
async function applyTree(
  root: string,
  gitDir: string,
  from: string,
  to: string,
  excludes: readonly string[],
): Promise<{ written: string[]; deleted: string[]; skippedIgnored: string[] }> {
  const diff = splitNul((await git(root, ['diff-tree', '-r', '-z', '--no-renames', '--name-status', from, to])).stdout);
  const deleted: string[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  for (let i = 0; i + 1 < diff.length; i += 2) {
    const status = diff[i] ?? '';
    const path = diff[i + 1] ?? '';
    if (isExcluded(path, excludes)) continue;
    if (status === 'D') deleted.push(path);
    else if (status === 'A') added.push(path);
    else changed.push(path);
  }

  for (const path of deleted) {
    const file = join(root, path);
    if (isPresent(file)) rmSync(file, { force: true });
    pruneEmptyParents(root, dirname(file));
  }

  // A file the snapshot adds that exists although the current snapshot lacks it can only be an
  // ignored file (or a folder of them): the ignore rules changed since. Never overwrite it.
  const skippedIgnored = added.filter((p) => isPresent(join(root, p)));
  const skip = new Set(skippedIgnored);
  const write = [...changed, ...added.filter((p) => !skip.has(p))].sort();

  if (write.length > 0) {
    const index = temporaryIndex(gitDir);
    try {
      await git(root, ['read-tree', to], { env: index.env });
      // Where git would convert content on checkout, the snapshot holds raw bytes: write those.
      if (await contentConversionsPossible(root, gitDir, index.env, [from])) await writeRawFromTree(root, to, write);
      else await git(root, ['checkout-index', '-f', '-z', '--stdin'], { env: index.env, input: `${write.join('\0')}\0` });
    } finally {
      index.dispose();
    }
  }
  return { written: write, deleted, skippedIgnored };
}

function isPresent(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function pruneEmptyParents(root: string, dir: string): void {
  let current = dir;
  while (current.length > root.length && current.startsWith(root)) {
    try {
      if (!existsSync(current) || readdirSync(current).length > 0) return;
      rmdirSync(current);
    } catch {
      return;
    }
    current = dirname(current);
  }
}
