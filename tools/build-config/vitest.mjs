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
      // npm test runs the CLI's tests alongside the other tasks (tools/test-tasks.mjs): on 2 cores a
      // test of real processes may take twice its time on a quiet machine.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      pool: 'forks',
      // A worker runs its files one after another in one module graph instead of importing every
      // package anew for each file: the tests mock no module and change no global (process.env is
      // scrubbed before each file by the setup file), and @ce/validate's 83 files went from 137 s
      // to 45 s (most of it was importing the sources 83 times).
      isolate: false,
      ...overrides,
      setupFiles: [envSetup, ...[overrides.setupFiles ?? []].flat()],
    },
  };
}
