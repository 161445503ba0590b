import type { Prp } from '@ce/core';
import { loadPrp, readAllow } from './allow-store.js';
import { commandKey, commandListHash, prpCommandList } from './prp-commands.js';
import { trustedCommandKeys } from './trusted-commands.js';

export interface UnallowedOptions {
  root: string;
  /** The PRP the commands come from (its allow counts); without one only trusted commands pass. */
  prp?: string | Prp;
  /** The commands about to run; default: every command of the PRP. */
  commands?: readonly string[];
}

/**
 * The commands that would need an allow before they may run: not inferred for the repository, not
 * named by `.ce/config.yml`, and not in the PRP's allowed command list (allowed with the same hash,
 * so an edit since the allow counts as not allowed). Empty when everything may run.
 */
export function unallowedCommands(options: UnallowedOptions): string[] {
  const { root } = options;
  const loaded = options.prp === undefined ? undefined : loadPrp(root, options.prp);
  const prpCommands = loaded ? prpCommandList(loaded.prp) : [];
  const commands = options.commands ?? prpCommands;
  if (commands.length === 0) return [];
  const record = loaded ? readAllow(root, loaded.key) : undefined;
  const allowed = new Set<string>();
  if (record && record.hash === commandListHash(prpCommands)) for (const c of prpCommands) allowed.add(commandKey(c));
  const pending = commands.filter((c) => !allowed.has(commandKey(c)));
  if (pending.length === 0) return [];
  const trusted = trustedCommandKeys(root);
  return [...new Set(pending.filter((c) => !trusted.has(commandKey(c))))];
}

/** Whether a PRP's recorded allow still matches its command list. */
export function isPrpAllowed(root: string, prp: string | Prp): boolean {
  const loaded = loadPrp(root, prp);
  const record = readAllow(root, loaded.key);
  return record !== undefined && record.hash === commandListHash(prpCommandList(loaded.prp));
}
