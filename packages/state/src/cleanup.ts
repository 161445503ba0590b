import { assertPrpId, isoNow } from '@ce/core';
import { listCheckpoints } from './checkpoints.js';
import { git } from './git.js';
import { createMemoryStore } from './memory/create-memory-store.js';
import type { MemoryStore } from './memory/memory-types.js';
import { clearJournal, writeJournal } from './repair.js';
import { readActive, readSession, writeActive, writeSession } from './state-store.js';
import { withState } from './with-state.js';

export interface CleanupReport {
  prpId: string;
  /** The final checkpoint, kept (null when the PRP has none). */
  keptTag: string | null;
  /** Intermediate checkpoints deleted. */
  deletedTags: string[];
  /** Learnings moved into project knowledge. */
  archived: Array<{ from: string; to: string }>;
  /** Temp memories deleted. */
  deletedTemp: string[];
  /** Whether the PRP had validation counters that were reset. */
  validationReset: boolean;
  /** Whether the PRP was the active one (it no longer is). */
  deactivated: boolean;
  repaired: string[];
}

/**
 * The cleanup protocol of a finished PRP: delete its intermediate checkpoint tags and keep the final
 * one, archive its learnings into project knowledge, delete its temp memories, reset its validation
 * counters. Touches nothing of any other PRP. Every step can be repeated, so an interrupted cleanup
 * is finished by running it again.
 */
export async function cleanupPrp(root: string, prpId: string, options: { memory?: MemoryStore } = {}): Promise<CleanupReport> {
  assertPrpId(prpId);
  const state = await withState(root, `ce prp cleanup ${prpId}`, async (ctx) => {
    writeJournal(root, { op: 'cleanup', pid: process.pid, prpId, startedAt: isoNow() });
    const checkpoints = ctx.gitDir ? await listCheckpoints(root, prpId) : [];
    const final = checkpoints.filter((c) => !c.safety).at(-1) ?? checkpoints.at(-1);
    const deletedTags = checkpoints.filter((c) => c !== final).map((c) => c.tag);
    for (let i = 0; i < deletedTags.length; i += 200) await git(root, ['tag', '-d', ...deletedTags.slice(i, i + 200)]);

    const session = readSession(root, prpId);
    const validationReset = session !== undefined && Object.keys(session.validation).length > 0;
    const now = isoNow();
    if (session) writeSession(root, { ...session, status: 'cleaned', validation: {}, updatedAt: now, cleanedAt: now });
    const deactivated = readActive(root)?.prpId === prpId;
    if (deactivated) writeActive(root, undefined);
    return { keptTag: final?.tag ?? null, deletedTags, validationReset, deactivated, repaired: ctx.repaired };
  });

  // Memory steps run outside the lock: an MCP memory server may itself be a ce serving this root.
  const store = options.memory ?? createMemoryStore(root);
  const archived: CleanupReport['archived'] = [];
  const deletedTemp: string[] = [];
  try {
    for (const learning of await store.list({ prpId, kind: 'learnings' })) {
      const project = await store.write({
        prpId,
        kind: 'project',
        name: `${prpId}-${learning.name}`,
        content: learning.content,
        references: learning.references,
        archivedFrom: learning.id,
        created: learning.created,
      });
      await store.delete(learning.id);
      archived.push({ from: learning.id, to: project.id });
    }
    for (const temp of await store.list({ prpId, kind: 'temp' })) {
      if (await store.delete(temp.id)) deletedTemp.push(temp.id);
    }
  } finally {
    if (!options.memory) await store.close();
  }
  await withState(root, `ce prp cleanup ${prpId}`, async () => clearJournal(root), { git: false });
  return { prpId, ...state, archived, deletedTemp };
}
