import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors/index.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

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

/** The text of a repository file, or undefined when there is none; a directory there is bad input. */
export function readRepoFile(root: string, path: string): string | undefined {
  const file = join(root, path);
  if (!existsSync(file)) return undefined;
  if (!lstatSync(file).isFile()) {
    throw new UsageError('not-a-file', `${path} is not a regular file`, { file: path, hint: 'move it away and run again' });
  }
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
    if (change.text !== undefined) writeFileAtomic(join(root, change.path), change.text);
  }
}

/** The change as reported to the user (without the text that was written). */
export function reportedChange({ path, action, note }: FileChange): { path: string; action: InitAction; note?: string } {
  return note === undefined ? { path, action } : { path, action, note };
}
