import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { UsageError } from '../errors/index.js';
import { isInside } from './repo-paths.js';

/** The folders below `.ce/` that ce writes; each must stay inside the repository. */
const CE_FOLDERS = new Set(['state', 'index', 'memory', 'runs']);

/**
 * Refuses to write `file` unless it is absent or a regular file: ce never replaces a device, a
 * fifo, a socket, a directory or a symbolic link (renaming over `/dev/null` would turn the device
 * into a file; over a symlink it would quietly cut the link).
 */
export function assertRegularTarget(file: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(file);
  } catch {
    return; // absent (or unreadable, which the write itself will report)
  }
  if (stat.isFile()) return;
  throw new UsageError('not-a-regular-file', `${file} is ${fileKind(stat)}; ce writes regular files only`, {
    hint: stat.isSymbolicLink()
      ? 'give the path of the file itself, not of a link to it'
      : 'give the path of a regular file (or - for stdout)',
  });
}

/**
 * Refuses a path below `.ce/` whose `.ce` folder, or whose `.ce/state|index|memory|runs` folder, is a
 * symbolic link leading out of the folder holding `.ce` (the repository): ce would write through it.
 */
export function assertCeFolderConfined(path: string): void {
  const parts = resolve(path).split(sep);
  const at = parts.lastIndexOf('.ce');
  if (at <= 0) return;
  const repo = parts.slice(0, at).join(sep) || sep;
  const checked = [parts.slice(0, at + 1).join(sep)];
  if (CE_FOLDERS.has(parts[at + 1] ?? '')) checked.push(parts.slice(0, at + 2).join(sep));
  for (const folder of checked) {
    if (!isSymlink(folder)) continue;
    const target = realOrUndefined(folder);
    const realRepo = realOrUndefined(repo) ?? repo;
    if (target !== undefined && isInside(realRepo, target)) continue;
    throw new UsageError('ce-folder-outside', `${folder} is a symbolic link leading out of the repository (to ${target ?? 'nowhere'})`, {
      hint: `remove the link (ce recreates ${basename(folder)} as a plain folder) or point it inside the repository`,
    });
  }
}

/** What a non-regular file is, for an error message ("a fifo", "a device"). */
export function fileKind(stat: Stats): string {
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
