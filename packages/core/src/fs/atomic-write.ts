import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { assertCeFolderConfined, assertRegularTarget } from './regular-target.js';

/**
 * Writes a file so that a reader (or a process killed mid-write) only ever sees the old content or
 * the new content: write a temp file beside it, fsync, rename over the target, fsync the directory.
 * Synchronous on purpose: the whole write is one step that cannot interleave with other async work.
 * Only a regular file is ever replaced (never a device, fifo, directory or symlink), and never
 * through a `.ce` folder that is a symlink leading out of the repository (UsageError, exit 2).
 * `durable: false` skips both fsyncs, for caches that are rebuilt when lost: after a power loss a
 * truncated file fails to parse and is rebuilt, and the write saves two disk flushes.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: { mode?: number; durable?: boolean } = {}): void {
  assertCeFolderConfined(file);
  assertRegularTarget(file);
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': a name planted beforehand (a symlink to elsewhere) is never written through.
    fd = openSync(temp, 'wx', options.mode ?? 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    if (options.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
    if (options.durable !== false) syncDirectory(dir);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

function syncDirectory(dir: string): void {
  // Makes the rename itself durable; not supported on every platform, which only weakens durability.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* directory fsync is best effort */
  }
}

/** Temp files left by a writer that was killed: `.name.pid.hex.tmp`. */
export const ATOMIC_TEMP_PATTERN = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
