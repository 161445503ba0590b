import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { cleanTestEnv } from '@ce/build-config/test-env';

// The colour-sensitive tests (a child's `console.log(1)` is coloured when FORCE_COLOR reaches it)
// must pass whatever the caller exports: Nx forces colour into the tasks it runs, and a
// developer's shell may say NO_COLOR. Run them in a fresh vitest with each switch set.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

function runColourSensitiveTests(overrides: Record<string, string>) {
  const env = cleanTestEnv(process.env, overrides);
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return spawnSync(process.execPath, [vitestBin, 'run', 'src/process/run-process.test.ts'], {
    cwd: packageRoot,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('the test environment', () => {
  const callers: Record<string, string>[] = [{ FORCE_COLOR: '1' }, { NO_COLOR: '1' }, { FORCE_COLOR: '3', CI: 'true', DEBUG: '*' }];
  it.each(callers)('the process tests pass when the caller exports %o', (overrides) => {
    const run = runColourSensitiveTests(overrides);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // Every test of the file ran and passed (the count grows with the file; none failed or was skipped).
    const report = stripVTControlCharacters(run.stdout);
    expect(report).toMatch(/Tests\s+\d+ passed/);
    expect(report).not.toMatch(/Tests .*(failed|skipped)/);
  });
});
