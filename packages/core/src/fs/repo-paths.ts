import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { excerpt, UsageError } from '../errors/index.js';

/**
 * Resolves a user-given path against the repository root and refuses anything that lands outside it
 * (`../x`, an absolute path elsewhere, or a symlink that points out). Returns the absolute path.
 */
export function resolveInRepo(root: string, userPath: string, what = 'path'): string {
  const absRoot = realpathOrSelf(resolve(root));
  const target = resolve(absRoot, userPath);
  // Compare real paths so a symlink inside the repo that points outside is caught too.
  const real = realpathOfExistingPrefix(target);
  if (!isInside(absRoot, real) || !isInside(absRoot, target)) {
    throw new UsageError('path-outside-repo', `${what} "${excerpt(userPath)}" is outside the repository ${absRoot}`, {
      hint: 'give a path inside the repository',
    });
  }
  return target;
}

/** A path relative to the root with forward slashes, for display and for stored records. */
export function repoRelative(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The top of the git work tree that holds `start`, as `git rev-parse --show-toplevel` finds it:
 * the nearest folder (inclusive, walking up) whose `.git` is a git directory (holding `HEAD`) or a
 * `gitdir:` file (a linked worktree or a submodule) — never a folder merely because it holds `.ce`.
 * Undefined outside any work tree. The result is a real path (symlinks resolved), like git's.
 */
export function gitWorkTreeRoot(start: string): string | undefined {
  let dir = realpathOrSelf(resolve(start));
  for (;;) {
    if (isGitEntry(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The repository root ce works in: the top of the git work tree holding `start`. ce keeps its state
 * in a repository only, so outside one this is bad input (exit 2) and nothing may be written.
 */
export function findRepoRoot(start: string): string {
  const root = gitWorkTreeRoot(start);
  if (root === undefined) {
    throw new UsageError('not-a-git-repo', `not inside a git repository: ${resolve(start)}`, {
      hint: 'run ce inside a git work tree (git init creates one), or point --cwd at one',
    });
  }
  return root;
}

function isGitEntry(dotGit: string): boolean {
  let stat;
  try {
    stat = statSync(dotGit);
  } catch {
    return false;
  }
  if (stat.isDirectory()) return existsSync(join(dotGit, 'HEAD'));
  if (!stat.isFile()) return false;
  // A linked worktree or a submodule: `gitdir: <path>` (relative to the file's folder), which must exist.
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(readSmallFile(dotGit));
  return match?.[1] !== undefined && existsSync(resolve(dirname(dotGit), match[1]));
}

function readSmallFile(file: string): string {
  try {
    return statSync(file).size <= 4096 ? readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function realpathOfExistingPrefix(p: string): string {
  let current = p;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return p;
      rest.push(basename(current));
      current = parent;
    }
  }
}
