import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, relative } from 'node:path';
import { CeError } from '../errors/index.js';
import { assertCeFolderConfined } from './regular-target.js';

export interface LockHolder {
  pid: number;
  host: string;
  acquiredAt: string;
  purpose: string;
}

export interface LockOptions {
  /** How long to wait for another process to release it. */
  timeoutMs?: number;
  /** What this process holds the lock for, shown to a process that has to wait. */
  purpose?: string;
}

export interface HeldLock {
  /** Repairs made while acquiring (a lock left by a killed process), for the user to see. */
  repaired: string[];
  release(): void;
}

const heldInThisProcess = new Map<string, number>();
/** The outermost folder this process created to hold a lock, removed again on release when empty. */
const foldersCreatedFor = new Map<string, string>();

/**
 * An advisory lock file that two `ce` processes respect. It records the holder's pid, so a lock
 * left behind by a process killed with SIGKILL is recognised at once (the pid is gone) and broken,
 * rather than after a timeout as with mtime-based locks; the repair is reported to the caller.
 * Re-entrant within one process.
 */
export async function acquireLock(lockFile: string, options: LockOptions = {}): Promise<HeldLock> {
  const depth = heldInThisProcess.get(lockFile) ?? 0;
  if (depth > 0) {
    heldInThisProcess.set(lockFile, depth + 1);
    return { repaired: [], release: () => releaseOnce(lockFile) };
  }
  assertCeFolderConfined(lockFile);
  const created = mkdirSync(dirname(lockFile), { recursive: true });
  if (created) foldersCreatedFor.set(lockFile, created);
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const repaired: string[] = [];
  let wait = 20;
  for (;;) {
    if (tryCreate(lockFile, options.purpose ?? 'ce')) {
      heldInThisProcess.set(lockFile, 1);
      return { repaired, release: () => releaseOnce(lockFile) };
    }
    const holder = readHolder(lockFile);
    if (isStale(lockFile, holder)) {
      if (breakStale(lockFile, holder)) {
        repaired.push(
          holder
            ? `removed a lock left by process ${holder.pid} (${holder.purpose}), which is no longer running`
            : 'removed an empty lock file left by a killed process',
        );
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new CeError('lock-busy', `${lockFile} is held by process ${holder?.pid ?? '?'} (${holder?.purpose ?? 'unknown'})`, {
        hint: 'wait for the other ce command to finish, then try again',
        file: lockFile,
      });
    }
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, 250);
  }
}

/** Runs fn while holding the lock. */
export async function withLock<T>(lockFile: string, fn: (lock: HeldLock) => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const lock = await acquireLock(lockFile, options);
  try {
    return await fn(lock);
  } finally {
    lock.release();
  }
}

function tryCreate(lockFile: string, purpose: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT') {
      // Another process released its lock and removed the folder it had created: make it again.
      mkdirSync(dirname(lockFile), { recursive: true });
      return false;
    }
    throw error;
  }
  try {
    const holder: LockHolder = { pid: process.pid, host: hostname(), acquiredAt: new Date().toISOString(), purpose };
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isStale(lockFile: string, holder: LockHolder | undefined): boolean {
  if (!holder) {
    // Empty or torn: the holder died between creating and writing it. Give a live writer a moment.
    try {
      return Date.now() - statSync(lockFile).mtimeMs > 1000;
    } catch {
      return false; // gone already: just retry
    }
  }
  if (holder.host !== hostname()) return false; // cannot see another machine's processes
  return !isProcessAlive(holder.pid);
}

/** Whether a process is running: it exists and, where /proc tells, is not a zombie awaiting its reaper. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): kill(0) succeeding is all we know
  }
}

/**
 * Removes a stale lock, guarded so that two processes breaking it at once cannot remove a fresh
 * lock the other has just taken: the guard file is exclusive and the holder is re-read under it.
 */
function breakStale(lockFile: string, seen: LockHolder | undefined): boolean {
  const guard = `${lockFile}.break`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch {
    // Someone else is breaking it, or a breaker died holding the guard: clear a dead guard.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 2000) rmSync(guard, { force: true });
    } catch {
      /* already gone */
    }
    return false;
  }
  closeSync(fd);
  try {
    const now = readHolder(lockFile);
    const same = seen === undefined ? now === undefined : now !== undefined && now.pid === seen.pid && now.acquiredAt === seen.acquiredAt;
    if (!same) return false;
    rmSync(lockFile, { force: true });
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

function releaseOnce(lockFile: string): void {
  const depth = heldInThisProcess.get(lockFile) ?? 0;
  if (depth > 1) {
    heldInThisProcess.set(lockFile, depth - 1);
    return;
  }
  if (depth === 1) {
    heldInThisProcess.delete(lockFile);
    const holder = readHolder(lockFile);
    if (holder?.pid === process.pid) rmSync(lockFile, { force: true });
    removeEmptyFoldersCreatedFor(lockFile);
  }
}

/**
 * A command refused before it wrote anything (a first `ce init` that meets a symlinked CLAUDE.md)
 * must leave the repository as it found it, so the folders made only to hold the lock go again —
 * innermost first, and only while empty (anything the command wrote there keeps them).
 */
function removeEmptyFoldersCreatedFor(lockFile: string): void {
  const outermost = foldersCreatedFor.get(lockFile);
  foldersCreatedFor.delete(lockFile);
  if (!outermost) return;
  for (let dir = dirname(lockFile); !relative(outermost, dir).startsWith('..'); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (or already gone): what lies above stays too
    }
    if (dir === outermost) return;
  }
}
