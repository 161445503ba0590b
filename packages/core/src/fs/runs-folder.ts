import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cePaths } from './ce-paths.js';
import { assertCeFolderConfined, assertRegularTarget } from './regular-target.js';

const IGNORE_ALL = '# Written by ce: run logs and reports are not part of the project.\n*\n';

/**
 * Creates `.ce/runs/` (if needed) so that git never sees what is written there, whatever the
 * repository's own .gitignore says: a `.gitignore` of `*` inside it ignores the folder's files and
 * itself, as pytest's and ruff's caches do. Every ce command keeps a run log there, and a repository
 * set up before `ce init` listed `.ce/runs/` would otherwise turn dirty — which checkpoints, restores,
 * context health and the pre-generation hook all read as a person's unsaved work.
 */
export function ensureRunsFolder(root: string): string {
  const dir = cePaths(root).runs;
  const marker = join(dir, '.gitignore');
  // Refused before anything is created: `.ce` or `.ce/runs` may be a link leading out.
  assertCeFolderConfined(marker);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(marker)) {
    assertRegularTarget(marker);
    try {
      writeFileSync(marker, IGNORE_ALL, { flag: 'wx' });
    } catch (error) {
      // Another ce process wrote it first: the same content.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return dir;
}
