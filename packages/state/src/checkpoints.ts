import { assertPrpId, comparePrpIds, compactTimestamp, isoNow, UsageError } from '@ce/core';
import { assertCheckpointPhase, checkpointTagName, isoFromCompact, parseCheckpointTag, SAFETY_PHASE } from './checkpoint-tag.js';
import type { Checkpoint, CreatedCheckpoint } from './checkpoint-types.js';
import { git, headCommit, gitDir as requireGitDir } from './git.js';
import { commitIdentityEnv } from './identity.js';
import { clearJournal, writeJournal } from './repair.js';
import { snapshotTree } from './snapshot.js';
import { readActive, readSession, writeSession } from './state-store.js';
import { withState, type StateContext } from './with-state.js';

/**
 * Takes a checkpoint of the working tree for a PRP: an annotated tag
 * `checkpoint-{prp_id}-{phase}-{timestamp}` on a commit built from a temporary index, whose parent is
 * the current HEAD (a branch or a detached HEAD). The user's branch, index and stash stay as they are.
 */
export async function createCheckpoint(root: string, prpId: string, phase: string, message?: string): Promise<CreatedCheckpoint> {
  assertPrpId(prpId);
  assertCheckpointPhase(phase);
  await requireGitDir(root);
  return withState(root, `ce prp checkpoint ${prpId} ${phase}`, async (ctx) => {
    const head = await headCommit(root);
    const tree = await snapshotTree(root, ctx.gitDir ?? (await requireGitDir(root)), ctx.excludes);
    const created = await tagSnapshot(ctx, { prpId, phase, message, tree, head });
    const session = readSession(root, prpId);
    if (session) {
      writeSession(root, {
        ...session,
        updatedAt: created.date,
        lastCheckpoint: { tag: created.tag, phase, commit: created.commit, date: created.date },
      });
    }
    return { ...created, repaired: ctx.repaired };
  });
}

/** Writes the snapshot commit and its tag (journaled, so an interrupted checkpoint is reported). */
export async function tagSnapshot(
  ctx: StateContext,
  input: { prpId: string; phase: string; message?: string | undefined; tree: string; head: string },
): Promise<Omit<CreatedCheckpoint, 'repaired'>> {
  const { root } = ctx;
  const now = new Date();
  const timestamp = compactTimestamp(now);
  // Checkpoints of one PRP within the same second are ordered by a sequence suffix (`-1`, `-2`).
  const sameSecond = (await listCheckpoints(root, input.prpId))
    .map((c) => parseCheckpointTag(c.tag))
    .filter((p) => p?.timestamp === timestamp);
  let sequence = sameSecond.length === 0 ? 0 : Math.max(...sameSecond.map((p) => p?.sequence ?? 0)) + 1;
  let tag = checkpointTagName(input.prpId, input.phase, timestamp, sequence);
  while (await tagExists(root, tag)) tag = checkpointTagName(input.prpId, input.phase, timestamp, ++sequence);
  const message = input.message?.trim() || `${input.prpId} ${input.phase}`;
  writeJournal(root, { op: 'checkpoint', pid: process.pid, prpId: input.prpId, startedAt: isoNow(now), tag });
  const env = await commitIdentityEnv(root);
  const commit = (
    await git(
      root,
      [
        'commit-tree',
        input.tree,
        '-p',
        input.head,
        '-m',
        `checkpoint ${input.prpId} ${input.phase}\n\n${message}\n\nce-prp: ${input.prpId}\nce-phase: ${input.phase}\n`,
      ],
      { env },
    )
  ).stdout.trim();
  await git(root, ['tag', '-a', '-m', message, tag, commit], { env });
  clearJournal(root);
  return {
    tag,
    commit,
    prpId: input.prpId,
    phase: input.phase,
    date: isoFromCompact(timestamp),
    message,
    tree: input.tree,
    base: input.head,
  };
}

async function tagExists(root: string, tag: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { allowFailure: true })).exitCode === 0;
}

const FIELDS = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(*objectname)',
  '%(objectname)',
  '%(*tree)',
  '%(tree)',
  '%(*parent)',
  '%(parent)',
  '%(contents)',
];

/**
 * Every checkpoint tag in the repository (of one PRP when prpId is given), oldest first, read from
 * git itself so that tags are the single source of truth.
 */
export async function listCheckpoints(root: string, prpId?: string): Promise<Checkpoint[]> {
  if (prpId !== undefined) assertPrpId(prpId);
  await requireGitDir(root);
  const pattern = prpId ? `refs/tags/checkpoint-${prpId}-*` : 'refs/tags/checkpoint-*';
  const out = (await git(root, ['for-each-ref', `--format=${FIELDS.join('%00')}%00`, pattern])).stdout;
  const parts = out.split('\0');
  const checkpoints: Checkpoint[] = [];
  for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
    const [rawTag = '', type, peeled, object = '', peeledTree, tree, peeledParent, parent, contents = ''] = parts.slice(
      i,
      i + FIELDS.length,
    );
    const tag = rawTag.replace(/^\n/, '');
    const parsed = parseCheckpointTag(tag);
    if (!parsed || (prpId && parsed.prpId !== prpId)) continue;
    const annotated = type === 'tag';
    checkpoints.push({
      tag,
      prpId: parsed.prpId,
      phase: parsed.phase,
      date: isoFromCompact(parsed.timestamp),
      message: annotated ? contents.trim() : '',
      commit: annotated ? peeled || object : object,
      tree: (annotated ? peeledTree : tree) ?? '',
      base: ((annotated ? peeledParent : parent) ?? '').split(' ')[0] || null,
      safety: parsed.phase === SAFETY_PHASE,
    });
  }
  return checkpoints.sort(compareCheckpoints);
}

/** Oldest first: by PRP, then time, then the same-second sequence number. */
export function compareCheckpoints(a: Checkpoint, b: Checkpoint): number {
  const pa = parseCheckpointTag(a.tag);
  const pb = parseCheckpointTag(b.tag);
  return (
    comparePrpIds(a.prpId, b.prpId) ||
    (pa && pb ? pa.timestamp.localeCompare(pb.timestamp) || pa.sequence - pb.sequence : a.tag.localeCompare(b.tag))
  );
}

/** Checkpoints grouped by PRP (ids in numeric order), for `ce prp list`. */
export interface CheckpointGroup {
  prpId: string;
  checkpoints: Checkpoint[];
}

export function groupCheckpoints(checkpoints: readonly Checkpoint[]): CheckpointGroup[] {
  const groups = new Map<string, Checkpoint[]>();
  for (const c of checkpoints) groups.set(c.prpId, [...(groups.get(c.prpId) ?? []), c]);
  return [...groups.entries()].sort(([a], [b]) => comparePrpIds(a, b)).map(([id, list]) => ({ prpId: id, checkpoints: list }));
}

/** `ce prp checkpoint`: a checkpoint of the given PRP, or of the active one when none is given. */
export async function checkpointPrp(
  root: string,
  phase: string,
  options: { prpId?: string | undefined; message?: string | undefined } = {},
): Promise<CreatedCheckpoint> {
  const prpId = options.prpId ?? (await activePrp(root));
  return createCheckpoint(root, prpId, phase, options.message);
}

/** The active PRP id, or a usage error that says how to start one. */
export async function activePrp(root: string): Promise<string> {
  const active = readActive(root);
  if (!active)
    throw new UsageError('no-active-prp', 'no PRP is active', { hint: 'start one with ce prp start PRP-N, or name it with --prp' });
  return active.prpId;
}

/** `ce prp list`: checkpoints grouped by PRP (of one PRP when given). */
export async function listCheckpointGroups(root: string, prpId?: string): Promise<CheckpointGroup[]> {
  return groupCheckpoints(await listCheckpoints(root, prpId));
}
