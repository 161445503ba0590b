import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A dependency loaded on its first use. Every `ce` process imports @ce/core, few read an agent's
 * JSON or TOML settings: loading jsonc-parser and smol-toml up front cost each process ≈ 25 ms.
 */
export function lazyDependency<T>(name: 'jsonc-parser' | 'smol-toml'): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(name) as T);
}
