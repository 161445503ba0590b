import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runProcess } from '@ce/core';

/** The state of a working tree, enough to tell which files an agent changed. */
export interface TreeSnapshot {
  kind: 'git' | 'files';
  /** path (relative to the snapshot's base, forward slashes) → signature of its state */
  entries: Map<string, string>;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.ce']);

/**
 * Snapshots `root`: in a git repository, `git status` plus a hash of each dirty file (so a second edit
 * of an already-modified file is seen); elsewhere, size and mtime of every file.
 */
export async function snapshotTree(root: string): Promise<TreeSnapshot> {
  const status = await runProcess(
    'git',
    ['-c', 'core.quotepath=off', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', '.'],
    {
      cwd: root,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
      timeoutMs: 60_000,
    },
  ).catch(() => undefined);
  if (status?.exitCode === 0) {
    const top = await runProcess('git', ['rev-parse', '--show-prefix'], { cwd: root, timeoutMs: 10_000 });
    const prefix = top.stdout.trim();
    const entries = new Map<string, string>();
    for (const record of status.stdout.split('\0')) {
      if (record.length < 4) continue;
      const code = record.slice(0, 2);
      const topPath = record.slice(3);
      const path = prefix && topPath.startsWith(prefix) ? topPath.slice(prefix.length) : topPath;
      entries.set(path, `${code}:${hashFile(join(root, path))}`);
    }
    return { kind: 'git', entries };
  }
  const entries = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile()) {
        const full = join(dir, entry.name);
        const stat = statSync(full);
        entries.set(relative(root, full).split(sep).join('/'), `${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(root);
  return { kind: 'files', entries };
}

/** Paths whose state differs between two snapshots (created, modified, deleted, reverted), sorted. */
export function changedFiles(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const changed = new Set<string>();
  for (const [path, signature] of after.entries) if (before.entries.get(path) !== signature) changed.add(path);
  for (const path of before.entries.keys()) if (!after.entries.has(path)) changed.add(path);
  return [...changed].sort();
}

function hashFile(file: string): string {
  if (!existsSync(file)) return 'deleted';
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return 'other';
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return 'unreadable';
  }
}
