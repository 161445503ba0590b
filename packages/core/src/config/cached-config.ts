import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../documents/read-text-file.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { cePaths } from '../fs/ce-paths.js';
import { assertCeFolderConfined } from '../fs/regular-target.js';
import { configuredSecretVariables } from '../log/configured-secrets.js';
import { registerSecret } from '../log/redact.js';
import { configSchema } from './config-schema.js';
import type { CeConfig } from './config-types.js';
import { loadConfig } from './load-config.js';

interface CachedPart<T> {
  key: string;
  /** When the config file was read (ms since the epoch). */
  readAtMs: number;
  value: T;
}

/**
 * A part of the validated configuration, without parsing and validating `.ce/config.yml` again
 * when it has not changed: loading YAML costs more than the commands that only need a setting or
 * two (an incremental `ce context sync`, `ce memory read`). The part `pick` returns is cached in
 * `cacheFile` beside a stamp of the config file (size, mtime, ctime, inode), of the `CE_*`
 * environment and of the schema. The cache is used only when the stamp is the same and the file was
 * last written more than a second before it was read (a later write in the same second could keep
 * size and mtime); otherwise the config is loaded and validated as usual, and an invalid config
 * fails exactly as before. Only what `pick` returns is stored: never a secret's value.
 */
export function cachedConfigPart<T>(
  root: string,
  cacheFile: string,
  pick: (config: CeConfig) => T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const key = configStamp(root, env);
  const usable = confined(cacheFile);
  if (usable) {
    try {
      // Through readTextFile: a fifo or a device planted as the cache is refused (a miss), never waited on.
      const cached = JSON.parse(readTextFile(cacheFile, { maxBytes: 1024 * 1024 })) as CachedPart<T>;
      if (cached.key === key && configMtime(root) < cached.readAtMs - 1000) return cached.value;
    } catch {
      // no cache yet, or a damaged one: load the config
    }
  }
  const readAtMs = Date.now();
  const value = pick(loadConfig(root, env).config);
  if (usable) {
    try {
      writeFileAtomic(cacheFile, JSON.stringify({ key, readAtMs, value } satisfies CachedPart<T>), { durable: false });
    } catch {
      // a cache that cannot be written only costs the next command a validation
    }
  }
  return value;
}

/**
 * Refuses a malformed `.ce/config.yml` (UsageError, exit 2, naming the key) as `loadConfig` does,
 * and registers the values of the secret variables it names for redaction, through the cache of
 * `cachedConfigPart` (kept in `.ce/state/`): what every command does before it runs.
 */
export function checkConfig(root: string, env: NodeJS.ProcessEnv = process.env): void {
  const cacheFile = join(cePaths(root).state, 'config-check.json');
  const names = cachedConfigPart(root, cacheFile, (config) => configuredSecretVariables(config.agents), env);
  for (const name of names) registerSecret(env[name]);
}

/** Whether the cache may be read and written: never through a `.ce` folder linked out of the repository. */
function confined(cacheFile: string): boolean {
  try {
    assertCeFolderConfined(cacheFile);
    return true;
  } catch {
    return false;
  }
}

function configMtime(root: string): number {
  try {
    return statSync(cePaths(root).config).mtimeMs;
  } catch {
    return -Infinity;
  }
}

let schemaDigest: string | undefined;

/** The config file's identity, the `CE_*` overrides and the schema (another ce version may validate differently). */
function configStamp(root: string, env: NodeJS.ProcessEnv): string {
  let file: number[] = [];
  try {
    const s = statSync(cePaths(root).config);
    file = [s.size, s.mtimeMs, s.ctimeMs, s.ino];
  } catch {
    // no config file: the defaults (and the environment) decide
  }
  const overrides = Object.entries(env)
    .filter(([name]) => name.startsWith('CE_'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  schemaDigest ??= createHash('sha256').update(JSON.stringify(configSchema)).digest('hex').slice(0, 16);
  // The overrides are hashed, not stored: a CE_ variable may hold a secret.
  const environment = createHash('sha256').update(JSON.stringify(overrides)).digest('hex');
  return JSON.stringify({ file, environment, schema: schemaDigest });
}
