import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors/index.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { isInside } from '../fs/repo-paths.js';

export type InitAction = 'created' | 'unchanged' | 'kept' | 'overwritten' | 'updated';

/**
 * One file `ce init` plans to leave in a state: what it will do and, when it writes, the whole new
 * text. Every change is planned (and every existing file parsed) before the first one is written,
 * so bad input changes nothing.
 */
export interface FileChange {
  path: string;
  action: InitAction;
  note?: string;
  /** The new content, present exactly when the action writes. */
  text?: string;
}

export const KEPT_NOTE = 'differs from the ce default; use --force to overwrite';

/**
 * The file a repository path stands for. A symbolic link to a regular file inside the repository
 * is followed — `CLAUDE.md -> AGENTS.md` is how many projects share one instructions file, and ce
 * writes its section into that file, the link staying a link. Anything else that is not a regular
 * file (a folder, a fifo, a link out of the repository or to nothing) is bad input.
 */
export function repoFileTarget(root: string, path: string): string {
  const file = join(root, path);
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat || stat.isFile()) return file;
  if (stat.isSymbolicLink()) {
    const target = realOrUndefined(file);
    const inside = target !== undefined && isInside(realOrUndefined(root) ?? root, target);
    if (inside && lstatSync(target).isFile()) return target;
    const where = target === undefined ? 'nowhere' : inside ? 'something that is not a regular file' : 'outside the repository';
    throw new UsageError('not-a-file', `${path} is a symbolic link to ${where}`, {
      file: path,
      hint: 'point it at a file inside the repository, or move it away, and run again',
    });
  }
  throw new UsageError('not-a-file', `${path} is not a regular file`, { file: path, hint: 'move it away and run again' });
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The text of a repository file (through a link inside the repository), or undefined when there is none. */
export function readRepoFile(root: string, path: string): string | undefined {
  const file = repoFileTarget(root, path);
  if (!existsSync(file)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file));
  } catch {
    throw new UsageError('not-utf8', `${path} is not UTF-8 text; ce will not rewrite it`, { file: path });
  }
}

/** A file ce owns whole (a command, a template): created, left as it is, kept, or overwritten. */
export function planWholeFile(root: string, path: string, wanted: string, force: boolean): FileChange {
  const current = readRepoFile(root, path);
  if (current === undefined) return { path, action: 'created', text: wanted };
  if (current === wanted) return { path, action: 'unchanged' };
  if (force) return { path, action: 'overwritten', text: wanted };
  return { path, action: 'kept', note: KEPT_NOTE };
}

/** Writes the planned changes that write, each atomically. */
export function writeChanges(root: string, changes: readonly FileChange[]): void {
  for (const change of changes) {
    if (change.text !== undefined) writeFileAtomic(repoFileTarget(root, change.path), change.text);
  }
}

/** The change as reported to the user (without the text that was written). */
export function reportedChange({ path, action, note }: FileChange): { path: string; action: InitAction; note?: string } {
  return note === undefined ? { path, action } : { path, action, note };
}
