import { isoNow, type Prp } from '@ce/core';
import { loadPrp, readAllow, writeAllow } from './allow-store.js';
import { commandKey, commandListHash, prpCommandList } from './prp-commands.js';
import { trustedCommandKeys } from './trusted-commands.js';

export interface AllowPrpOptions {
  root: string;
  /** The PRP file (relative to the root, or absolute), or the PRP already parsed. */
  prp: string | Prp;
}

export interface AllowPrpResult {
  /** The PRP as its allow is stored: relative to the root. */
  prp: string;
  hash: string;
  /** Every command of the PRP, the list the hash covers. */
  commands: string[];
  /** The part of it that needed this allow (the rest ce infers or the config names). */
  allowedNow: string[];
  /** False when the same list was allowed before (nothing changed). */
  changed: boolean;
  allowedAt: string;
}

/**
 * Allows a PRP's commands, as a person does with `ce prp allow <file>` (never over MCP): records
 * the hash of its command list under `.ce/state/`. Any later change to the list needs a new allow.
 */
export async function allowPrp(options: AllowPrpOptions): Promise<AllowPrpResult> {
  const { root } = options;
  const { prp, key } = loadPrp(root, options.prp);
  const commands = prpCommandList(prp);
  const hash = commandListHash(commands);
  const before = readAllow(root, key);
  const trusted = trustedCommandKeys(root);
  const allowedAt = isoNow();
  await writeAllow(root, key, { hash, commands, allowedAt });
  return {
    prp: key,
    hash,
    commands,
    allowedNow: commands.filter((c) => !trusted.has(commandKey(c))),
    changed: before?.hash !== hash,
    allowedAt,
  };
}
