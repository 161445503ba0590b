import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { isInside, resolveInRepo } from '@ce/core';

export interface CheckedExamples {
  /** The EXAMPLES paths inside the repository, and whether each exists. */
  examples: { path: string; exists: boolean }[];
  /** Paths left out of the PRP: outside the repository, each with why. */
  outside: { path: string; reason: string }[];
  warnings: string[];
}

/** Why a path that `resolveInRepo` refused leaves the repository. */
function whyOutside(root: string, path: string): string {
  if (isAbsolute(path)) return 'an absolute path outside the repository';
  const target = resolve(root, path);
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    /* the root as given */
  }
  return isInside(resolve(realRoot), resolve(realRoot, path)) && existsSync(target)
    ? 'a symlink leading out of the repository'
    : 'a relative path that climbs out of the repository';
}

/**
 * The EXAMPLES paths of an INITIAL.md checked against the repository: a path that leaves it
 * (`../../etc/passwd`, an absolute path elsewhere, a symlink leading out) is kept out of the PRP
 * with a warning naming it and why; a missing one stays (the PRP may create it) with a warning.
 */
export function checkExamples(root: string, paths: readonly string[]): CheckedExamples {
  const out: CheckedExamples = { examples: [], outside: [], warnings: [] };
  for (const path of paths) {
    let full: string;
    try {
      full = resolveInRepo(root, path, 'EXAMPLES path');
    } catch {
      const reason = whyOutside(root, path);
      out.outside.push({ path, reason });
      out.warnings.push(`EXAMPLES names ${path}, ${reason}: it is left out of the PRP`);
      continue;
    }
    const exists = existsSync(full);
    out.examples.push({ path, exists });
    if (!exists) out.warnings.push(`EXAMPLES names ${path}, which does not exist`);
  }
  return out;
}
