import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanTestEnv } from '@ce/build-config/test-env';

/** The monorepo root (this file lives in tools/test-utils/src). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The built `ce` binary (apps/cli must be built: its test target depends on build). */
export const ceBinPath = join(repoRoot, 'apps', 'cli', 'bin', 'run.js');

export interface CeRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs the real `ce` binary as a child process, as a user would, from the scrubbed test
 * environment (no inherited colour, CI or `CE_*` switches) plus `options.env`.
 */
export function runCe(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number } = {},
): Promise<CeRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [ceBinPath, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: withOverrides(cleanTestEnv(), options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ stdout, stderr, exitCode: code ?? -1 });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** `base` with `overrides` applied; an override of `undefined` removes the variable. */
function withOverrides(base: Record<string, string>, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
