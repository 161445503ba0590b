import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { contentConversionsPossible, rehashWithoutFilters } from './exact-content.js';
import { git } from './git.js';

/**
 * Paths a snapshot leaves out and a restore never touches: ce's own state (sessions, lock, index
 * cache, run logs) and the memory folder, so that restoring code never rolls back what ce knows.
 * Relative to the repository root, forward slashes.
 */
export function stateExcludes(memoryDir: string): string[] {
  return ['.ce/state', '.ce/index', '.ce/runs', memoryDir].filter(
    (p, i, all) => p && p !== '.' && !p.startsWith('..') && all.indexOf(p) === i,
  );
}

export function isExcluded(path: string, excludes: readonly string[]): boolean {
  return excludes.some((e) => path === e || path.startsWith(`${e}/`));
}

/** A temporary index file in the git dir, removed by `dispose` (or by repair if the process dies). */
export function temporaryIndex(gitDir: string): { file: string; env: NodeJS.ProcessEnv; dispose(): void } {
  const file = join(gitDir, `ce-snapshot-${process.pid}-${randomBytes(6).toString('hex')}.index`);
  return {
    file,
    env: { GIT_INDEX_FILE: file },
    dispose: () => {
      rmSync(file, { force: true });
      rmSync(`${file}.lock`, { force: true });
    },
  };
}

/**
 * The tree of the working tree as it is — tracked files with their changes, untracked files that are
 * not ignored, without deleted ones, without ce's own folders (`excludes`) — written to the object store through a temporary index (a copy
 * of the real one, so unchanged files are not hashed again). The user's index, branch and stash are
 * never touched.
 */
export async function snapshotTree(root: string, gitDir: string, excludes: readonly string[]): Promise<string> {
  const index = temporaryIndex(gitDir);
  try {
    const realIndex = join(gitDir, 'index');
    if (existsSync(realIndex)) {
      copyFileSync(realIndex, index.file);
      // Keep the real index's timestamp: git treats entries modified at or after it as "racy" and
      // re-reads them. A fresh mtime on the copy would make a same-size edit made in the same second
      // as the last `git add` look unchanged, and the checkpoint would miss it.
      const { atime, mtime } = statSync(realIndex);
      utimesSync(index.file, atime, mtime);
    }
    await git(root, ['add', '-A'], { env: index.env });
    // Exclude pathspecs on `add` fail when the path is ignored, so ce's own folders are dropped after.
    if (excludes.length > 0) await git(root, ['rm', '-r', '--cached', '-q', '--ignore-unmatch', '--', ...excludes], { env: index.env });
    if (await contentConversionsPossible(root, gitDir, index.env)) await rehashWithoutFilters(root, index.env);
    return (await git(root, ['write-tree'], { env: index.env })).stdout.trim();
  } finally {
    index.dispose();
  }
}
