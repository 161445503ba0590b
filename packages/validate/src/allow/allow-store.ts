import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { cePaths, isInside, readPrp, repoRelative, withLock, writeFileAtomic, type Prp } from '@ce/core';

/** One allow: the hash of a PRP's command list when a person allowed it, and that list. */
export interface AllowRecord {
  hash: string;
  commands: string[];
  allowedAt: string;
}

interface AllowFile {
  version: 1;
  /** By the PRP's path relative to the repository root (absolute for a PRP outside it). */
  prps: Record<string, AllowRecord>;
}

/** Where the allows live: `.ce/state/allowed.json` (ignored by git, so an allow never travels with a clone). */
export function allowFile(root: string): string {
  return join(cePaths(root).state, 'allowed.json');
}

/** A PRP given by path or already parsed, with the key its allow is stored under. */
export function loadPrp(root: string, prp: string | Prp): { prp: Prp; key: string; file: string } {
  const parsed = typeof prp === 'string' ? readPrp(isAbsolute(prp) ? prp : resolve(root, prp)) : prp;
  const file = parsed.file ?? '(unnamed PRP)';
  const real = realOrSelf(resolve(root, file));
  const realRoot = realOrSelf(root);
  return { prp: parsed, file, key: isInside(realRoot, real) ? repoRelative(realRoot, real) : real };
}

/** The recorded allow of a PRP, if any. A damaged file allows nothing (and is rewritten by the next allow). */
export function readAllow(root: string, key: string): AllowRecord | undefined {
  return readAllowFile(root).prps[key];
}

/** Records an allow, under the `.ce` lock so that two allows at once both land. */
export async function writeAllow(root: string, key: string, record: AllowRecord): Promise<void> {
  await withLock(
    cePaths(root).lock,
    () => {
      const current = readAllowFile(root);
      current.prps[key] = record;
      writeFileAtomic(allowFile(root), `${JSON.stringify(current, null, 2)}\n`);
    },
    { purpose: 'ce prp allow' },
  );
}

function readAllowFile(root: string): AllowFile {
  try {
    const value = JSON.parse(readFileSync(allowFile(root), 'utf8')) as Partial<AllowFile> | null;
    if (value && typeof value.prps === 'object' && value.prps !== null) return { version: 1, prps: value.prps };
  } catch {
    /* missing or damaged: nothing is allowed */
  }
  return { version: 1, prps: {} };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
