// Shared vitest settings. Tests import sibling packages through the "@ce/source" export
// condition, so they run against sources without a build. Every worker starts from a scrubbed
// environment (test-env.mjs), so where the tests run (a shell, Nx, CI) does not change them.
import { fileURLToPath } from 'node:url';

const envSetup = fileURLToPath(new URL('./test-env-setup.mjs', import.meta.url));

/** @param {Record<string, unknown>} [overrides] */
export function packageTests(overrides = {}) {
  return {
    resolve: { conditions: ['@ce/source'] },
    ssr: { resolve: { conditions: ['@ce/source'] } },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 30_000,
      pool: 'forks',
      ...overrides,
      setupFiles: [envSetup, ...[overrides.setupFiles ?? []].flat()],
    },
  };
}
