import { createRequire } from 'node:module';

/**
 * A dependency loaded on its first use. Every `ce` process imports @ce/core, and many never read
 * YAML (no `.ce/config.yml`, no PRP) or an agent's JSON or TOML settings: loading yaml up front cost
 * each process ≈ 80 ms of CPU (72 files), jsonc-parser and smol-toml ≈ 25 ms more.
 */
export function lazyDependency<T>(name: 'jsonc-parser' | 'smol-toml' | 'yaml'): () => T {
  return lazyRequire<T>(import.meta.url, name);
}

/**
 * A package loaded on its first use, resolved from the module at `from` (so a package finds its own
 * dependencies): for a large dependency only some commands of a package need.
 */
export function lazyRequire<T>(from: string, name: string): () => T {
  const requireFrom = createRequire(from);
  let loaded: T | undefined;
  return () => (loaded ??= requireFrom(name) as T);
}
