import { posix } from 'node:path';
import type { ProjectDir } from './project-dir.js';

/**
 * `deno run -A tests/deno/sqlite.test.ts` in a repository that is no deno project (a package.json, no
 * deno.json): CI runs a test file of the tree under another runtime than the project's, the built
 * package used as that runtime's users do. A runtime-compatibility suite, level 3, as kysely's
 * runtime jobs are; not a variant of the unit run, nor another runtime's project to leave out. The
 * file's folder must be the repository's own (not a checkout of something else).
 */
const DENO_TEST_FILE = /^deno\s+(?:run|test)\s(?:.*\s)?(?:\.\/)?((?:[\w.-]+\/)*)[\w.-]*test[\w.-]*\.[cm]?[jt]sx?(?:\s|$)/;

export function runsTestUnderOtherRuntime(root: ProjectDir | undefined, command: string): boolean {
  const folder = DENO_TEST_FILE.exec(command.trim())?.[1];
  if (folder === undefined || root === undefined) return false;
  const inTree = folder === '' || root.isDir(posix.normalize(folder));
  return inTree && root.has('package.json') && !root.has('deno.json') && !root.has('deno.jsonc');
}
