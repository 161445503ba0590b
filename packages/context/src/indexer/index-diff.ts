import { readFileSync } from 'node:fs';
import { loadConfig } from '@ce/core';
import { scanFiles, type FileScan } from '../files/scan-files.js';
import { racyLimit, readManifest, type IndexManifest } from './index-store.js';
import { contentHash } from './process-file.js';

export interface IndexDiff {
  manifest: IndexManifest | null;
  scan: FileScan;
  added: string[];
  modified: string[];
  deleted: string[];
}

/**
 * What changed in the work tree since the last sync, without touching the index: files whose
 * size or mtime differ are hashed and compared with the recorded hash.
 */
export async function diffSinceSync(root: string): Promise<IndexDiff> {
  const { config } = loadConfig(root);
  const scan = await scanFiles(root, { exclude: config.context.exclude, maxFileBytes: config.context.maxFileBytes });
  const manifest = readManifest(root);
  const before = manifest?.files ?? {};
  const racyFrom = manifest ? racyLimit(manifest) : 0;
  const skippedBefore = new Map((manifest?.skipped ?? []).map((s) => [s.path, s]));
  const added: string[] = [];
  const modified: string[] = [];
  const present = new Set<string>();
  for (const file of scan.files) {
    present.add(file.path);
    const old = before[file.path];
    if (!old) {
      if (!skippedBefore.has(file.path)) added.push(file.path);
      else modified.push(file.path);
      continue;
    }
    if (old.size === file.size && old.mtimeMs === file.mtimeMs && file.mtimeMs < racyFrom) continue;
    let hash: string;
    try {
      hash = contentHash(readFileSync(file.fsPath));
    } catch {
      continue;
    }
    if (hash !== old.hash) modified.push(file.path);
  }
  for (const skipped of scan.skipped) {
    present.add(skipped.path);
    const old = skippedBefore.get(skipped.path);
    if (skipped.reason === 'too-large' && old && (old.size !== skipped.size || old.mtimeMs !== skipped.mtimeMs))
      modified.push(skipped.path);
  }
  const deleted = Object.keys(before).filter((path) => !present.has(path));
  return { manifest, scan, added, modified, deleted };
}
