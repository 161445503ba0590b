import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cePaths, loadConfig } from '@ce/core';
import { indexPaths, writeCacheFile } from './index-store.js';

/** The settings a sync reads from `.ce/config.yml`. */
export interface SyncConfig {
  exclude: string[];
  maxFileBytes: number;
}

interface CachedSyncConfig {
  key: string;
  /** When the config file was read (ms since the epoch). */
  readAtMs: number;
  context: SyncConfig;
}

/**
 * The `context` settings a sync needs. Validating `.ce/config.yml` compiles its JSON Schema, which
 * costs more than an incremental sync itself, so the validated settings are cached in the index
 * beside a stamp of the config file (size, mtime, ctime, inode) and of the `CE_*` environment. The
 * cache is used only when the stamp is the same and the file was last written more than a second
 * before it was read (a later write in the same second could keep size and mtime); otherwise the
 * config is loaded and validated as usual, and an invalid config fails exactly as before.
 */
export function syncConfig(root: string, env: NodeJS.ProcessEnv = process.env): SyncConfig {
  const cacheFile = join(indexPaths(root).dir, 'config-cache.json');
  const key = configStamp(root, env);
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CachedSyncConfig;
    if (cached.key === key && mtimeOf(root) < cached.readAtMs - 1000) return cached.context;
  } catch {
    // no cache yet, or a damaged one: load the config
  }
  const readAtMs = Date.now();
  const { config } = loadConfig(root, env);
  const context: SyncConfig = { exclude: config.context.exclude, maxFileBytes: config.context.maxFileBytes };
  try {
    writeCacheFile(cacheFile, JSON.stringify({ key, readAtMs, context } satisfies CachedSyncConfig));
  } catch {
    // a cache that cannot be written only costs the next sync a validation
  }
  return context;
}

function mtimeOf(root: string): number {
  try {
    return statSync(cePaths(root).config).mtimeMs;
  } catch {
    return -Infinity;
  }
}

function configStamp(root: string, env: NodeJS.ProcessEnv): string {
  let file: (number | bigint)[] = [];
  try {
    const s = statSync(cePaths(root).config);
    file = [s.size, s.mtimeMs, s.ctimeMs, s.ino];
  } catch {
    // no config file: the defaults (and the environment) decide
  }
  const overrides = Object.entries(env)
    .filter(([name]) => name.startsWith('CE_'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ file, overrides });
}
