import { cePaths, checkConfig, excerpt, findRepoRoot, gitWorkTreeRoot, UsageError } from '@ce/core';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandRun } from './command-run.js';

/**
 * The commands that work outside a git repository, and why: they keep no ce state and write only
 * where the person points them (`--out`). Every other command reads or writes ce state, so outside
 * a git work tree it exits 2 ("not inside a git repository") before it reads or writes anything.
 * This is the one place that decision is made.
 */
const WORKS_OUTSIDE_A_REPOSITORY: ReadonlyMap<string, string> = new Map([
  ['ci:validate', 'checks a pipeline file'],
  ['ci:render', 'renders a pipeline file to stdout or --out'],
  ['ci:diff', 'compares rendered files with files on disk'],
  ['agents:check', 'reports which agent programs are installed'],
  ['agents:ask', 'one completion, nothing stored'],
  ['pipeline:graph', 'draws a named pipeline'],
]);

/** Whether the command `id` may run outside a git work tree. */
export function worksOutsideRepository(id: string): boolean {
  return WORKS_OUTSIDE_A_REPOSITORY.has(id);
}

/** The working directory: `--cwd` (which must be a directory) or the process's own. */
export function commandCwd(given: string | undefined): string {
  if (!given) return process.cwd();
  const dir = resolve(given);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError('bad-cwd', `--cwd "${excerpt(given)}" is not a directory`);
  }
  return dir;
}

/**
 * The repository root of command `id` run in `cwd`: the top of the git work tree holding it (never
 * a folder merely holding `.ce`). Outside a work tree a UsageError, except for the commands that
 * work outside a repository, which then work in `cwd` itself.
 */
export function commandRoot(id: string, cwd: string): string {
  return worksOutsideRepository(id) ? (gitWorkTreeRoot(cwd) ?? cwd) : findRepoRoot(cwd);
}

/**
 * What every command does once its argv is read, before it reads or writes anything: find its root
 * (exit 2 outside a git work tree), keep its run log there, and refuse a malformed
 * `.ce/config.yml` (exit 2 naming the key) when the command checks the configuration.
 */
export function enterRoot(
  id: string,
  cwdFlag: string | undefined,
  options: { run?: CommandRun | undefined; checksConfig: boolean },
): string {
  const root = commandRoot(id, commandCwd(cwdFlag));
  if (!worksOutsideRepository(id)) options.run?.attach(root);
  if (options.checksConfig && existsSync(cePaths(root).config)) checkConfig(root);
  return root;
}
