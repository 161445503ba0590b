import { loadConfig } from '@ce/core';
import { inferPlan } from '../inference/index.js';
import { GATE_LEVELS } from '../inference/types.js';
import { commandKey } from './prp-commands.js';

/**
 * The commands that need no allow: those ce infers from the repository itself (its package.json
 * scripts, Makefile, CI, …) and those `.ce/config.yml` names. Keys as compared by `commandKey`.
 */
export function trustedCommandKeys(root: string): Set<string> {
  const keys = new Set<string>();
  const inferred = inferPlan(root);
  const configured = loadConfig(root).config.validation.commands;
  for (const level of GATE_LEVELS) {
    const key = String(level) as '1';
    for (const planned of inferred.levels[key]) keys.add(commandKey(planned.command));
    for (const spec of configured[key] ?? []) keys.add(commandKey(spec.command));
  }
  return keys;
}
