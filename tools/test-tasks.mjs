#!/usr/bin/env node
// The Nx part of `npm test`: every project's build, lint, type-check and tests, with the CLI's tests
// started as soon as the builds are done. They are the longest task (≈ 8 minutes of real `ce`
// processes on 2 cores), and Nx starts the ready task whose project most others depend on first, so
// one `nx run-many` ran them last, after everything else, with nothing left to share the machine
// with: about half of CI's time. Here two Nx runs share it instead — the CLI's tests, and every other
// task (lint and type-check first, then the other tests) — and a failure of either fails `npm test`
// (the other is let finish, so its failures are reported too). Nx's cache and inputs apply as before.
import { spawn, spawnSync } from 'node:child_process';

const CLI_TESTS = '@ce/cli';

/** `npx nx …` with the given arguments; the exit code of a synchronous run. */
function nxSync(args) {
  return spawnSync('npx', ['--no-install', 'nx', ...args], { stdio: 'inherit' }).status ?? 1;
}

/** The same, running alongside: resolves with the exit code. */
function nx(args) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', 'nx', ...args], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const build = nxSync(['run-many', '-t', 'build', '--output-style=stream-without-prefixes']);
if (build !== 0) {
  process.exitCode = build;
} else {
  // `stream` prefixes each line with its task, so the two runs' output can be told apart.
  const codes = await Promise.all([
    nx(['run', `${CLI_TESTS}:test`, '--output-style=stream']),
    // Lint and type-check one at a time beside the CLI's two workers, then the other tests two at a time.
    nx(['run-many', '-t', 'lint', 'typecheck', '--parallel=1', '--output-style=stream']).then(
      async (code) => (await nx(['run-many', '-t', 'test', `--exclude=${CLI_TESTS}`, '--output-style=stream'])) || code,
    ),
  ]);
  process.exitCode = codes.find((code) => code !== 0) ?? 0;
}
