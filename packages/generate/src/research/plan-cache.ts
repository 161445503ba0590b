import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexManifest } from '@ce/context';
import { writeFileAtomic } from '@ce/core';
import type { LevelCommands } from '../generation-facts.js';

interface StoredPlan {
  version: number;
  key: string;
  commands: LevelCommands;
}

const VERSION = 1;

/**
 * What inference reads, as a key: the path and content hash of every file the code index holds
 * (manifests, lock files, CI workflows and scripts among them; a folder's presence through its
 * files), the skipped ones by size, and `.ce/config.yml`. Any change in the repository makes a new key,
 * except in PRPs/ and .ce/ (inference reads neither; each generation writes a PRP).
 */
function planKey(root: string, manifest: IndexManifest): string {
  const hash = createHash('sha256');
  const paths = Object.keys(manifest.files).filter((p) => !p.startsWith('PRPs/') && !p.startsWith('.ce/'));
  for (const path of paths.sort()) hash.update(`${path}\0${manifest.files[path]?.hash ?? ''}\n`);
  for (const skipped of manifest.skipped) hash.update(`${JSON.stringify(skipped)}\n`);
  const config = join(root, '.ce', 'config.yml');
  hash.update(existsSync(config) ? readFileSync(config) : 'no config');
  return hash.digest('hex');
}

/**
 * The validation commands per level, from `.ce/index/generate-plan.json` when the repository is as
 * it was when they were inferred (`planKey`), else inferred by `infer` and kept there.
 */
export function cachedCommands(root: string, manifest: IndexManifest | null, infer: () => LevelCommands): LevelCommands {
  if (!manifest) return infer();
  const file = join(root, '.ce', 'index', 'generate-plan.json');
  const key = planKey(root, manifest);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredPlan;
    if (stored.version === VERSION && stored.key === key) return stored.commands;
  } catch {
    /* no cache yet, or a damaged one: inferred again */
  }
  const commands = infer();
  writeFileAtomic(file, JSON.stringify({ version: VERSION, key, commands } satisfies StoredPlan));
  return commands;
}
