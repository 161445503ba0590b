#!/usr/bin/env node
// Start-up benchmark: `ce --version`, `ce --help` and `node -e 0`, run in turn (interleaved, so
// machine noise hits all three alike), medians of N runs, ratios against `node -e 0`.
// Targets (issue 3): --version ≤ 3×, --help ≤ 4×. Needs a build (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json'))) {
  console.error('build first: npm run build');
  process.exitCode = 2;
} else {
  const runs = Number(process.env.RUNS ?? 15);
  const cases = {
    'node -e 0': [process.execPath, '-e', '0'],
    'ce --version': [process.execPath, bin, '--version'],
    'ce --help': [process.execPath, bin, '--help'],
  };
  const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true' };
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, ...args]] of Object.entries(cases)) {
      const start = process.hrtime.bigint();
      const result = spawnSync(cmd, args, { env, stdio: 'ignore' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
      times[name].push(ms);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(times['node -e 0']);
  const targets = { 'ce --version': 3, 'ce --help': 4 };
  console.log(`start-up, median of ${runs} runs each`);
  let ok = true;
  for (const name of Object.keys(cases)) {
    const m = median(times[name]);
    const ratio = m / base;
    const target = targets[name];
    if (target && ratio > target) ok = false;
    console.log(
      `${name.padEnd(14)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× node -e 0${target ? `  (target ≤ ${target}×: ${ratio <= target ? 'ok' : 'MISSED'})` : ''}`,
    );
  }
  if (!ok) process.exitCode = 1;
}
