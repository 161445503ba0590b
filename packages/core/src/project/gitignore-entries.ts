import { readRepoFile, type FileChange } from './file-change.js';

/**
 * What ce keeps out of git: local state, caches, run logs, and PRP-scoped temp memories. Without the
 * last two, ce's own clean-tree check before generation refuses a tree only ce made dirty.
 */
export const IGNORED_ENTRIES = ['.ce/state/', '.ce/index/', '.ce/runs/', '.ce/memory/PRP-*-temp-*'];

/** Appends the missing entries to `.gitignore` (an entry with or without its slashes counts). */
export function planGitignore(root: string): FileChange {
  const path = '.gitignore';
  const current = readRepoFile(root, path) ?? '';
  const lines = new Set(current.split(/\r?\n/).map((line) => line.trim()));
  const missing = IGNORED_ENTRIES.filter((entry) => ![entry, entry.replace(/\/$/, ''), `/${entry}`].some((form) => lines.has(form)));
  if (missing.length === 0) return { path, action: 'unchanged' };
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const prefix = current.length > 0 && !current.endsWith('\n') ? eol : '';
  const block = `${prefix}${current.length > 0 ? eol : ''}# ce: local state, caches, run logs and temp memories${eol}${missing.join(eol)}${eol}`;
  return { path, action: current ? 'updated' : 'created', note: `added ${missing.join(', ')}`, text: current + block };
}
