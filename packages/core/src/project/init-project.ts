import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { withLock } from '../fs/lock.js';
import { cePaths } from '../fs/ce-paths.js';
import { loadConfig } from '../config/load-config.js';
import { readAsset } from './assets.js';

export interface InitOptions {
  /** Overwrite files that differ from what ce would write. */
  force?: boolean;
}

export type InitAction = 'created' | 'unchanged' | 'kept' | 'overwritten' | 'updated';

export interface InitResult {
  root: string;
  files: { path: string; action: InitAction; note?: string }[];
  /** True when the run changed nothing. */
  unchanged: boolean;
}

/** What `ce init` writes, relative to the repository root, and where each file comes from. */
const FILES: { path: string; asset: string }[] = [
  { path: '.ce/config.yml', asset: 'config.yml' },
  { path: 'PRPs/templates/prp_base.md', asset: 'templates/prp_base.md' },
  { path: 'PRPs/templates/prp_kiss.md', asset: 'templates/prp_kiss.md' },
  { path: '.claude/commands/generate-prp.md', asset: 'claude/generate-prp.md' },
  { path: '.claude/commands/execute-prp.md', asset: 'claude/execute-prp.md' },
  { path: 'INITIAL.md', asset: 'INITIAL.example.md' },
];

const IGNORED = ['.ce/state/', '.ce/index/'];

/**
 * Sets a repository up for ce. Idempotent: files that already hold what ce would write are left
 * alone, and files the user changed are kept (reported as `kept`) unless `force` is given.
 */
export async function initProject(root: string, options: InitOptions = {}): Promise<InitResult> {
  const paths = cePaths(root);
  return withLock(
    paths.lock,
    () => {
      const files: InitResult['files'] = [];
      for (const { path, asset } of FILES) {
        const target = join(root, path);
        const wanted = readAsset(asset);
        if (!existsSync(target)) {
          writeFileAtomic(target, wanted);
          files.push({ path, action: 'created' });
        } else if (readFileSync(target, 'utf8') === wanted) {
          files.push({ path, action: 'unchanged' });
        } else if (options.force) {
          writeFileAtomic(target, wanted);
          files.push({ path, action: 'overwritten' });
        } else {
          files.push({ path, action: 'kept', note: 'differs from the ce default; use --force to overwrite' });
        }
      }
      files.push(ensureGitignore(root));
      // A config the user kept must still be valid; this throws a UsageError naming the key if not.
      loadConfig(root, {});
      return { root, files, unchanged: files.every((f) => f.action === 'unchanged' || f.action === 'kept') };
    },
    { purpose: 'ce init' },
  );
}

function ensureGitignore(root: string): InitResult['files'][number] {
  const file = join(root, '.gitignore');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const missing = IGNORED.filter((entry) => !lines.has(entry) && !lines.has(entry.replace(/\/$/, '')) && !lines.has(`/${entry}`));
  if (missing.length === 0) return { path: '.gitignore', action: 'unchanged' };
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const prefix = current.length > 0 && !current.endsWith('\n') ? eol : '';
  const block = `${prefix}${current.length > 0 ? eol : ''}# ce: local state and caches${eol}${missing.join(eol)}${eol}`;
  writeFileAtomic(file, current + block);
  return { path: '.gitignore', action: current ? 'updated' : 'created', note: `added ${missing.join(', ')}` };
}
