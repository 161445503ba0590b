import { cePaths, isoNow, MarkdownDocument, withLock, writeFileAtomic, type PrpStatus } from '@ce/core';

/** What execution writes into the PRP header as it goes. */
export interface PrpProgress {
  status?: PrpStatus;
  filesTouched?: string[];
  /** Checkpoint tags, oldest first. */
  checkpoints?: string[];
}

/**
 * Writes execution progress into the PRP header (under the `.ce/` lock, atomically; only the
 * fields given change, and `last_updated`), so the file says where the execution stands even
 * when the process is killed right after.
 */
export async function recordPrpProgress(root: string, prpFile: string, progress: PrpProgress): Promise<void> {
  await withLock(
    cePaths(root).lock,
    () => {
      const doc = MarkdownDocument.read(prpFile);
      const fields: Record<string, unknown> = {};
      if (progress.status) fields['status'] = progress.status;
      if (progress.filesTouched) fields['files_touched'] = [...progress.filesTouched].sort();
      if (progress.checkpoints) fields['checkpoints'] = progress.checkpoints;
      const changed = Object.entries(fields).some(([k, v]) => JSON.stringify(doc.header[k]) !== JSON.stringify(v));
      if (!changed) return;
      const updated = doc.withHeaderFields({ ...fields, last_updated: isoNow() });
      writeFileAtomic(prpFile, updated.text);
    },
    { purpose: 'ce execute: PRP progress' },
  );
}
