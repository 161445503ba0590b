import { cePaths, isoNow, throwIfCancelled, withLock } from '@ce/core';
import { languageForFile, type LanguageId } from '@ce/parse';
import { scanFiles, type ScannedFile, type SkippedFile } from '../files/scan-files.js';
import { headCommit } from '../git/git-info.js';
import type { SyntaxErrorLocation } from '../symbols/code-symbol.js';
import { existsSync } from 'node:fs';
import {
  racyLimit,
  INDEX_FORMAT_VERSION,
  indexPaths,
  readManifest,
  dropManifest,
  writeManifest,
  updateStoredSymbols,
  writeStoredSymbols,
  type IndexedFile,
  type IndexManifest,
  type StoredSymbol,
} from './index-store.js';
import { processFiles, startWorkers, type WorkerPool } from './parse-pool.js';
import { hasKnownContent, type FileJob, type FileOutcome } from './process-file.js';
import { syncConfig } from './sync-config.js';

export interface SyncOptions {
  /** Ignore the previous index and re-parse everything. */
  full?: boolean;
  /** Progress callback: (done, total) files processed. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads (0 = parse in this thread); default chosen by the amount of work. */
  workers?: number;
  /** Cancels before anything is written (`cancelled` is thrown). */
  signal?: AbortSignal;
}

export interface SyncResult {
  root: string;
  /** Whether every file was parsed (first sync, `--full`, or a damaged index). */
  full: boolean;
  commit: string | null;
  previousCommit: string | null;
  syncedAt: string;
  durationMs: number;
  /** Worker threads used for parsing (0: parsed in the calling thread). */
  workers: number;
  files: {
    /** Files considered (after .gitignore and context.exclude). */
    scanned: number;
    /** Files with a parser (code files) in the index. */
    code: number;
    added: number;
    modified: number;
    deleted: number;
    /** Code files parsed in this sync. */
    parsed: number;
    unchanged: number;
  };
  symbols: number;
  /** Files left out: symlinks, files above context.maxFileBytes, binary files. */
  skipped: SkippedFile[];
  /** Files indexed as far as they parse. */
  syntaxErrors: { path: string; locations: SyntaxErrorLocation[] }[];
  /** Files whose names are not UTF-8 (indexed under an escaped name). */
  nonUtf8Names: string[];
  /** Code files whose content is not valid UTF-8 (parsed with replacement characters). */
  nonUtf8Content: string[];
  /** Paths added, modified and deleted (the first 200 of each). */
  changes: { added: string[]; modified: string[]; deleted: string[] };
}

/**
 * Brings the code index under `.ce/index/` up to date. Incremental since the last sync: a file
 * whose size and mtime are unchanged is trusted; otherwise its content hash decides, and only files
 * whose hash changed are re-parsed; files gone from the work tree are dropped. Holds the `.ce/` lock.
 */
export async function syncIndex(root: string, options: SyncOptions = {}): Promise<SyncResult> {
  const started = performance.now();
  // Without a previous index every file is parsed: start the workers now, while the files are listed.
  const pool = options.workers === 0 || !(options.full || !existsSync(indexPaths(root).manifest)) ? undefined : startWorkers();
  try {
    return await syncWith(root, options, started, pool);
  } finally {
    pool?.close();
  }
}

async function syncWith(root: string, options: SyncOptions, started: number, pool: WorkerPool | undefined): Promise<SyncResult> {
  const config = syncConfig(root);
  const scanStartedMs = Date.now();
  const [scan, commit] = await Promise.all([
    scanFiles(root, { exclude: config.exclude, maxFileBytes: config.maxFileBytes }),
    headCommit(root),
  ]);
  return withLock(
    cePaths(root).lock,
    async () => {
      const previous = options.full ? null : readManifest(root);
      const full = previous === null || !existsSync(indexPaths(root).symbols);
      const before = full ? {} : previous.files;
      const racyFrom = full ? 0 : racyLimit(previous);

      const files: Record<string, IndexedFile> = {};
      const jobs: FileJob[] = [];
      // Files that only look changed (touched, or racy) are hashed here: no parser, no worker for them.
      const known: FileOutcome[] = [];
      const byPath = new Map<string, ScannedFile>();
      for (const file of scan.files) {
        byPath.set(file.path, file);
        const old = before[file.path];
        if (old && old.size === file.size && old.mtimeMs === file.mtimeMs && file.mtimeMs < racyFrom) {
          files[file.path] = old;
          continue;
        }
        const language: LanguageId | null = languageForFile(file.path) ?? null;
        const job: FileJob = { path: file.path, fsPath: file.fsPath, language, size: file.size, ...(old ? { knownHash: old.hash } : {}) };
        if (old && hasKnownContent(job)) known.push({ path: file.path, status: 'unchanged', hash: old.hash });
        else jobs.push(job);
      }

      const { outcomes, workers } = await processFiles(jobs, {
        ...(pool ? { pool } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.workers === undefined ? {} : { workers: options.workers }),
      });
      // Nothing is written by a cancelled sync: the index stays as the last one left it.
      throwIfCancelled(options.signal, 'context sync');
      const changed = new Map<string, StoredSymbol[]>();
      const added: string[] = [];
      const modified: string[] = [];
      const nonUtf8Content: string[] = [];
      let parsed = 0;
      for (const outcome of [...known, ...outcomes]) {
        const file = byPath.get(outcome.path)!;
        const old = before[outcome.path];
        const base = { size: file.size, mtimeMs: file.mtimeMs, ...(file.rawName ? { rawName: file.rawName } : {}) };
        switch (outcome.status) {
          case 'unreadable':
            continue;
          case 'unchanged':
            files[outcome.path] = { ...old!, ...base };
            continue;
          case 'parsed':
            parsed++;
            changed.set(outcome.path, outcome.symbols);
            if (outcome.notUtf8) nonUtf8Content.push(outcome.path);
            files[outcome.path] = {
              hash: outcome.hash,
              ...base,
              language: outcome.language,
              symbols: outcome.symbols.length,
              ...(outcome.syntaxErrors.length > 0 ? { syntaxErrors: outcome.syntaxErrors } : {}),
              ...(outcome.notUtf8 ? { notUtf8: true as const } : {}),
            };
            break;
          case 'binary':
          case 'text':
            if (old?.symbols) changed.set(outcome.path, []);
            files[outcome.path] = {
              hash: outcome.hash,
              ...base,
              language: null,
              symbols: 0,
              ...(outcome.status === 'binary' ? { binary: true as const } : {}),
            };
            break;
        }
        (old ? modified : added).push(outcome.path);
      }
      const deleted = Object.keys(before).filter((path) => !(path in files));

      const syncedAt = isoNow();
      const symbolsChanged = full || changed.size > 0 || deleted.some((path) => (before[path]?.symbols ?? 0) > 0);
      let total = 0;
      if (symbolsChanged) {
        if (full) {
          dropManifest(root);
          writeStoredSymbols(root, changed);
        }
        // A damaged symbol store cannot be patched: parse everything again.
        else if (!updateStoredSymbols(root, changed, deleted)) return syncIndex(root, { ...options, full: true });
      }
      for (const entry of Object.values(files)) total += entry.symbols;

      const skipped = [
        ...scan.skipped,
        ...Object.entries(files)
          .filter(([, f]) => f.binary)
          .map(([path, f]) => ({ path, reason: 'binary' as const, size: f.size })),
      ];
      const durationMs = Math.round(performance.now() - started);
      const manifest: IndexManifest = {
        version: INDEX_FORMAT_VERSION,
        commit,
        syncedAt,
        scanStartedMs,
        durationMs,
        files,
        skipped: scan.skipped,
      };
      writeManifest(root, manifest);

      const syntaxErrors = Object.entries(files)
        .filter(([, f]) => f.syntaxErrors)
        .map(([path, f]) => ({ path, locations: f.syntaxErrors! }));
      return {
        root,
        full,
        commit,
        previousCommit: previous?.commit ?? null,
        syncedAt,
        durationMs,
        workers,
        files: {
          scanned: scan.files.length,
          code: Object.values(files).filter((f) => f.language).length,
          added: added.length,
          modified: modified.length,
          deleted: deleted.length,
          parsed,
          unchanged: scan.files.length - added.length - modified.length,
        },
        symbols: total,
        skipped,
        syntaxErrors,
        nonUtf8Names: scan.nonUtf8Names,
        nonUtf8Content,
        changes: { added: added.slice(0, 200), modified: modified.slice(0, 200), deleted: deleted.slice(0, 200) },
      };
    },
    { purpose: 'ce context sync', timeoutMs: 60_000 },
  );
}
