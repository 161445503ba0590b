// Shared vitest settings. Tests import sibling packages through the "@ce/source" export
// condition, so they run against sources without a build.
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
    },
  };
}
