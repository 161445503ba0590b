import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors/index.js';

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
    throw new UsageError('path-outside-repo', `${what} "${userPath}" is outside the repository ${absRoot}`, {
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

/** The nearest ancestor of `start` (inclusive) that holds `.git` or `.ce`, else `start` itself. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git')) || existsSync(join(dir, '.ce', 'config.yml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(start);
    dir = parent;
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
