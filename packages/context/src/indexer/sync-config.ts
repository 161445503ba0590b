import { join } from 'node:path';
import { cachedConfigPart } from '@ce/core';
import { indexPaths } from './index-store.js';

/** The settings a sync reads from `.ce/config.yml`. */
export interface SyncConfig {
  exclude: string[];
  maxFileBytes: number;
}

/**
 * The `context` settings a sync needs, cached in the index beside a stamp of the config file (see
 * `cachedConfigPart`): an incremental sync costs less than loading the YAML it would otherwise read.
 */
export function syncConfig(root: string, env: NodeJS.ProcessEnv = process.env): SyncConfig {
  return cachedConfigPart(
    root,
    join(indexPaths(root).dir, 'config-cache.json'),
    (config) => ({ exclude: config.context.exclude, maxFileBytes: config.context.maxFileBytes }),
    env,
  );
}
