import { readFileSync, statSync } from 'node:fs';
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

const MAX_FILE_BYTES = 1_000_000;

async function git(root: string, args: string[]): Promise<string> {
  const run = await runProcess('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: root,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    timeoutMs: 60_000,
    maxOutputBytes: 50_000_000,
  });
  if (run.exitCode !== 0) throw new Error(`git ${args[0]} failed: ${run.stderr.trim()}`);
  return run.stdout;
}

/**
 * Every change of the working tree against `base` (tracked files and untracked ones not ignored),
 * outside `.ce/` and the given excluded paths: the lines each file gained and lost.
 */
export async function changesSince(root: string, base: string, exclude: readonly string[] = []): Promise<FileChange[]> {
  const skip = (p: string): boolean => p.startsWith('.ce/') || exclude.includes(p);
  const changes = new Map<string, FileChange>();
  const status = await git(root, ['diff', '--no-renames', '--name-status', base, '--', '.']);
  for (const row of status.split('\n').filter(Boolean)) {
    const [code, path] = row.split('\t') as [string, string];
    if (skip(path)) continue;
    changes.set(path, {
      path,
      status: code.startsWith('D') ? 'deleted' : code.startsWith('A') ? 'added' : 'modified',
      added: [],
      removed: [],
    });
  }
  await attachHunks(root, base, changes);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const path of untracked.split('\0').filter(Boolean)) {
    if (skip(path)) continue;
    changes.set(path, { path, status: 'added', added: fileLines(join(root, path)), removed: [] });
  }
  return [...changes.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** One `git diff -U0` for all files; hunks are attached to the file of the `diff --git` header above them. */
async function attachHunks(root: string, base: string, changes: Map<string, FileChange>): Promise<void> {
  const diff = await git(root, ['diff', '--no-color', '--no-ext-diff', '--no-renames', '-U0', base, '--', '.']);
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

function fileLines(file: string): FileChange['added'] {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return [];
    const text = readFileSync(file, 'utf8');
    if (text.includes('\0')) return []; // binary
    return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
  } catch {
    return [];
  }
}

/** The content of `path` at `base` (undefined when it did not exist). */
export async function contentAt(root: string, base: string, path: string): Promise<string | undefined> {
  return git(root, ['show', `${base}:${path}`]).catch(() => undefined);
}
