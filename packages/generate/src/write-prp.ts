import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { cePaths } from '@ce/core';

/** A slug for a file name: lower case words joined by hyphens, at most 40 characters. */
export function slugOf(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)
      .replace(/-$/, '') || 'feature'
  );
}

function createExclusive(file: string, content = ''): boolean {
  try {
    const fd = openSync(file, 'wx');
    try {
      if (content) writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function usedNumbers(dirs: string[]): number[] {
  return dirs
    .flatMap((dir) => (existsSync(dir) ? readdirSync(dir) : []))
    .map((name) => /^PRP-(\d+)(?:[-.]|$)/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
}

/** The PRP id the next generation would get, without reserving it (for runs that write no PRP). */
export function nextPrpId(root: string): string {
  const paths = cePaths(root);
  return `PRP-${Math.max(0, ...usedNumbers([paths.prps, join(paths.state, 'prp-ids')])) + 1}`;
}

/**
 * Reserves the next PRP number: one above every `PRPs/PRP-{n}-*.md` and every number reserved
 * before, claimed by creating `.ce/state/prp-ids/PRP-{n}` exclusively — so two generations running
 * at once (in one process or two) never get the same id.
 */
export function reservePrpId(root: string): string {
  const paths = cePaths(root);
  const reserved = join(paths.state, 'prp-ids');
  mkdirSync(reserved, { recursive: true });
  mkdirSync(paths.prps, { recursive: true });
  const numbers = usedNumbers([paths.prps, reserved]);
  for (let n = Math.max(0, ...numbers) + 1; ; n++) {
    if (createExclusive(join(reserved, `PRP-${n}`), `${process.pid}\n`)) return `PRP-${n}`;
  }
}

/** Writes a new PRP file, never over an existing one; returns the path relative to the root. */
export function writeNewPrp(root: string, prpId: string, slug: string, markdown: string): string {
  for (let i = 1; ; i++) {
    const name = `${prpId}-${slug}${i > 1 ? `-${i}` : ''}.md`;
    if (createExclusive(join(cePaths(root).prps, name), markdown)) return `PRPs/${name}`;
  }
}
