import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '@ce/core';

/** The files git reports as changed or untracked (repository-relative), or undefined outside a git work tree. */
export async function dirtyFiles(root: string): Promise<Set<string> | undefined> {
  try {
    const result = await runProcess('git', ['status', '--porcelain', '-z', '--untracked-files=all'], { cwd: root, timeoutMs: 30_000 });
    if (result.exitCode !== 0) return undefined;
    const files = new Set<string>();
    const parts = result.stdout.split('\0');
    for (let i = 0; i < parts.length; i++) {
      const entry = parts[i] as string;
      if (entry.length < 4) continue;
      files.add(entry.slice(3));
      if (entry[0] === 'R' || entry[0] === 'C') i++; // the rename's source follows
    }
    return files;
  } catch {
    return undefined;
  }
}

export function hashFile(file: string): string | undefined {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

const MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024;

/**
 * Keeps the user's uncommitted work outside the reported files exactly as it is: the content of
 * every changed or untracked file that is not one of `allowed` is saved before the fixers run and
 * written back if a fixer touched it (formatters such as `cargo fmt` work on the whole crate).
 */
export class WorktreeGuard {
  private constructor(
    private readonly root: string,
    private readonly saved: Map<string, Buffer>,
  ) {}

  static async protect(root: string, allowed: ReadonlySet<string>): Promise<WorktreeGuard> {
    const saved = new Map<string, Buffer>();
    const dirty = await dirtyFiles(root);
    for (const file of dirty ?? []) {
      if (allowed.has(file)) continue;
      const abs = join(root, file);
      try {
        if (statSync(abs).size > MAX_SNAPSHOT_BYTES) continue;
        saved.set(file, readFileSync(abs));
      } catch {
        /* deleted in the work tree: nothing to keep */
      }
    }
    return new WorktreeGuard(root, saved);
  }

  /** Writes back every protected file a fixer changed; returns their paths. */
  restore(): string[] {
    const restored: string[] = [];
    for (const [file, content] of this.saved) {
      const abs = join(this.root, file);
      let now: Buffer | undefined;
      try {
        now = readFileSync(abs);
      } catch {
        now = undefined;
      }
      if (now && now.equals(content)) continue;
      writeFileSync(abs, content);
      restored.push(file);
    }
    return restored;
  }
}
