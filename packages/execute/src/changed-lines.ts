import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '@ce/core';

/** What changed in one file since the execution's base commit. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  /** Lines added, with their line numbers in the new file. */
  added: { line: number; text: string }[];
  /** Lines removed (text only). */
  removed: string[];
}

async function git(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const run = await runProcess('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: root,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', ...env },
    timeoutMs: 60_000,
    maxOutputBytes: 50_000_000,
  });
  if (run.exitCode !== 0) throw new Error(`git ${args[0]} failed: ${run.stderr.trim()}`);
  return run.stdout;
}

/**
 * Every change of the working tree against `base` (a commit: the snapshot taken when the execution
 * started), untracked files that are not ignored included, outside `.ce/` and the excluded paths:
 * the lines each file gained and lost. The working tree is staged into a temporary index, so the
 * user's own index is never touched.
 */
export async function changesSince(root: string, base: string, exclude: readonly string[] = []): Promise<FileChange[]> {
  const skip = (p: string): boolean => p.startsWith('.ce/') || exclude.includes(p);
  const dir = mkdtempSync(join(tmpdir(), 'ce-changes-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  try {
    await git(root, ['read-tree', base], env);
    await git(root, ['add', '-A', '--', '.'], env);
    const changes = new Map<string, FileChange>();
    const status = await git(root, ['diff', '--cached', '--no-renames', '--name-status', base, '--', '.'], env);
    for (const row of status.split('\n').filter(Boolean)) {
      const [code, path] = row.split('\t') as [string, string];
      if (skip(path)) continue;
      const kind = code.startsWith('D') ? 'deleted' : code.startsWith('A') ? 'added' : 'modified';
      changes.set(path, { path, status: kind, added: [], removed: [] });
    }
    await attachHunks(root, base, changes, env);
    return [...changes.values()].sort((a, b) => a.path.localeCompare(b.path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One `git diff -U0` for all files; hunks are attached to the file of the `diff --git` header above them. */
async function attachHunks(root: string, base: string, changes: Map<string, FileChange>, env: NodeJS.ProcessEnv): Promise<void> {
  const diff = await git(root, ['diff', '--cached', '--no-color', '--no-ext-diff', '--no-renames', '-U0', base, '--', '.'], env);
  let current: FileChange | undefined;
  let nextLine = 0;
  for (const line of diff.split('\n')) {
    const file = /^diff --git a\/(.*) b\/(.*)$/.exec(line);
    if (file) {
      current = changes.get(file[2] ?? '') ?? changes.get(file[1] ?? '');
      continue;
    }
    if (!current || line.startsWith('+++ ') || line.startsWith('--- ')) continue;
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) nextLine = Number(header[1]);
    else if (line.startsWith('+')) current.added.push({ line: nextLine++, text: line.slice(1) });
    else if (line.startsWith('-')) current.removed.push(line.slice(1));
  }
}

/** The content of `path` at `base` (undefined when it did not exist). */
export async function contentAt(root: string, base: string, path: string): Promise<string | undefined> {
  return git(root, ['show', `${base}:${path}`]).catch(() => undefined);
}
