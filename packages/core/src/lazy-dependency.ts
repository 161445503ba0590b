import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A dependency loaded on its first use. Every `ce` process imports @ce/core, and many never read
 * YAML (no `.ce/config.yml`, no PRP) or an agent's JSON or TOML settings: loading yaml up front cost
 * each process ≈ 80 ms of CPU (72 files), jsonc-parser and smol-toml ≈ 25 ms more.
 */
export function lazyDependency<T>(name: 'jsonc-parser' | 'smol-toml' | 'yaml'): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(name) as T);
}
