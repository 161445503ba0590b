import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ATOMIC_TEMP_PATTERN, cePaths, withLock } from '@ce/core';
import type { MemoryStore } from '@ce/state';
import { diffSinceSync } from '../indexer/index-diff.js';
import { indexPaths, readManifest, readSymbols, writeManifest, writeSymbols } from '../indexer/index-store.js';
import { checkMemory } from '../memory/memory-references.js';
import { CodeIndex } from '../query/code-index.js';

export interface PruneOptions {
  /** Report what would be removed, change nothing. */
  dryRun?: boolean;
  /** The memory store to prune (default: the configured one). */
  memory?: MemoryStore;
}

export interface PruneResult {
  dryRun: boolean;
  index: {
    /** Index entries of files that are gone (deleted, now ignored or excluded). */
    files: string[];
    symbols: number;
    /** Temp files left in .ce/index/ by a killed writer. */
    tempFiles: string[];
  };
  /** Memories whose every referenced file or symbol is gone. */
  memories: { id: string; gone: string[] }[];
  /** Memories with some references gone, kept for a person to review. */
  review: { id: string; gone: string[] }[];
}

/**
 * Drops index entries of files that no longer exist and memories that refer only to code that is
 * gone (a memory that still names some existing code is reported for review, not deleted).
 */
export async function pruneContext(root: string, options: PruneOptions = {}): Promise<PruneResult> {
  const dryRun = options.dryRun ?? false;
  const store = options.memory ?? (await import('@ce/state')).createMemoryStore(root);
  try {
    return await withLock(
      cePaths(root).lock,
      async () => {
        const diff = await diffSinceSync(root);
        const symbols = diff.manifest ? readSymbols(root) : null;
        const gone = diff.deleted;
        let symbolCount = 0;
        for (const path of gone) symbolCount += symbols?.get(path)?.length ?? 0;
        const tempFiles = listTemps(indexPaths(root).dir);

        const index = diff.manifest && symbols ? CodeIndex.open(root) : null;
        const goneFiles = new Set(gone);
        const memories: PruneResult['memories'] = [];
        const review: PruneResult['review'] = [];
        for (const memory of await store.list()) {
          const check = checkMemory(root, memory, index, goneFiles);
          const total = check.references.files.length + check.references.symbols.length;
          if (check.gone.length === 0) continue;
          (check.gone.length === total ? memories : review).push({ id: memory.id, gone: check.gone });
        }

        if (!dryRun) {
          const manifest = readManifest(root);
          if (manifest && gone.length > 0) {
            for (const path of gone) delete manifest.files[path];
            writeManifest(root, manifest);
            if (symbols) {
              for (const path of gone) symbols.delete(path);
              writeSymbols(root, symbols);
            }
          }
          for (const temp of tempFiles) rmSync(join(indexPaths(root).dir, temp), { force: true });
          for (const memory of memories) await store.delete(memory.id);
        }
        return { dryRun, index: { files: gone, symbols: symbolCount, tempFiles }, memories, review };
      },
      { purpose: 'ce context prune', timeoutMs: 30_000 },
    );
  } finally {
    if (!options.memory) await store.close();
  }
}

function listTemps(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => ATOMIC_TEMP_PATTERN.test(name));
  } catch {
    return [];
  }
}
