import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanTestEnv } from '@ce/build-config/test-env';

// Resolved from here so that children started in any working directory find tsx.
const tsxLoader = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;

/**
 * Node flags that let a child process import the packages' TypeScript sources (tsx, and the
 * `@ce/source` export condition for sibling packages), so tests can kill real processes that run
 * library code without a build.
 */
export const SOURCE_NODE_FLAGS = ['--conditions=@ce/source', '--import', tsxLoader, '--no-warnings'];

/** Spawns `node -e code` as an ES module able to import .ts sources (e.g. `import * as core from '@ce/core'`). */
export function spawnSourceScript(
  code: string,
  args: string[] = [],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ChildProcess {
  return spawn(process.execPath, [...SOURCE_NODE_FLAGS, '--input-type=module', '-e', code, ...args], {
    cwd: options.cwd,
    env: options.env ?? cleanTestEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
