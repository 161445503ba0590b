import { realpathSync } from 'node:fs';
import { loadConfig, repoRelative, resolveInRepo, withLock, type CeConfig } from '@ce/core';
import { git } from './git.js';
import { repairState } from './repair.js';
import { stateExcludes } from './snapshot.js';
import { statePaths } from './state-store.js';

export interface StateContext {
  root: string;
  /** What was repaired before the operation ran (stale lock, temp files, interrupted operations). */
  repaired: string[];
  /** The git dir, when the root is a git repository. */
  gitDir: string | undefined;
  /** Absolute folder of the file memory backend. */
  memoryDir: string;
  /** Paths a snapshot leaves out and a restore never touches. */
  excludes: string[];
}

/** The memory folder from `memory.dir` (default `.ce/memory`), confined to the repository. */
export function memoryDirOf(root: string, config?: Partial<CeConfig['memory']>): string {
  const dir = config?.dir ?? loadConfig(root).config.memory.dir;
  return resolveInRepo(root, dir, 'memory.dir');
}

/**
 * Runs one state operation under the `.ce/` lock, after repairing whatever a killed `ce` left
 * behind. Every write of the state package happens inside this.
 */
export async function withState<T>(
  root: string,
  purpose: string,
  fn: (ctx: StateContext) => Promise<T>,
  options: { memoryDir?: string; git?: boolean } = {},
): Promise<T> {
  const memory = options.memoryDir ?? memoryDirOf(root);
  const probe = options.git === false ? undefined : await git(root, ['rev-parse', '--absolute-git-dir'], { allowFailure: true });
  const gitDir = probe?.exitCode === 0 ? probe.stdout.trim() : undefined;
  return withLock(
    statePaths(root).lock,
    async (lock) => {
      const repaired = [...lock.repaired];
      repaired.push(
        ...(await repairState({
          root,
          dirs: [memory, `${memory}/project`],
          gitDir,
          tagExists: async (tag) =>
            (await git(root, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { allowFailure: true })).exitCode === 0,
        })),
      );
      return fn({ root, repaired, gitDir, memoryDir: memory, excludes: stateExcludes(repoRelative(realpathSync(root), memory)) });
    },
    { purpose, timeoutMs: 30_000 },
  );
}
