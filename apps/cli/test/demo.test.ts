// The README's main job (`npm run demo`) runs in npm test, so a change to generation, execution or
// the agent adapters cannot break it unnoticed: the demo fails by itself unless the execution shows
// a problem healed by the fixers, a failure healed by the agent, and confidence 10/10.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { repoRoot } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

describe('the main job (npm run demo)', () => {
  it('runs the whole workflow offline on the example repository with the replayed agent', { timeout: 300_000 }, () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'tools', 'demo', 'run-demo.mjs'), '--no-build'], {
      env: cleanTestEnv(),
      encoding: 'utf8',
      timeout: 290_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('The coding agent in this demo is REPLAYED');
    expect(run.stdout).toMatch(/attempt 1 failed: .* → the fixers fixed it/);
    expect(run.stdout).toMatch(/attempt 1 failed: .* → the agent fixed it/);
    expect(run.stdout).toContain('status: completed, confidence 10/10');
    expect(run.stdout).toContain('Demo complete.');
  });
});
