import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ATOMIC_TEMP_PATTERN } from './atomic-write.js';
import { isProcessAlive } from './lock.js';

/**
 * Removes the temporary files that atomic writers killed mid-write left in `dir`
 * (`.name.pid.hex.tmp` of a process no longer running; the file each was replacing is intact).
 * With `target`, only the temporary files of that file name. A missing folder has none. Returns
 * the paths removed.
 */
export function removeDeadTemps(dir: string, target?: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!ATOMIC_TEMP_PATTERN.test(name) || (target !== undefined && !name.startsWith(`.${target}.`))) continue;
    const pid = Number(/\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name)?.[1]);
    // Another live writer is still writing. This process's own temp files are leftovers: writeFileAtomic
    // is synchronous, so none of its writes is in progress while this runs.
    if (Number.isFinite(pid) && pid !== process.pid && isProcessAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
