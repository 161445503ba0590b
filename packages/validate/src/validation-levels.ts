import { UsageError } from '@ce/core';

export type ValidationLevelArg = 1 | 2 | 3 | 4;

/** A level as a person or an agent names it: one level, or `all`. */
export type ValidationLevelChoice = '1' | '2' | '3' | '4' | 'all';

export const VALIDATION_LEVEL_CHOICES: readonly ValidationLevelChoice[] = ['1', '2', '3', '4', 'all'];

export interface LevelRequest {
  /** Default: `1` with `fix`, otherwise `all`. */
  level?: ValidationLevelChoice;
  fix?: boolean;
  prp?: string;
  examples?: string[];
}

export interface LevelSelection {
  levels: ValidationLevelArg[];
  /** Why level 4 is left out of `all` (nothing to compare with); absent when it runs or was not asked for. */
  level4Skipped?: string;
}

export const LEVEL4_NOTHING_TO_COMPARE = 'no examples to compare with: pass --prp FILE or --examples PATH…';

/**
 * Which levels a request runs. `all` runs level 4 only when there is something to compare the
 * implementation with (a PRP or examples); asked for by number, level 4 always runs (and says
 * what is missing). The CLI and the MCP tool both come through here, so they never disagree.
 */
export function selectValidationLevels(request: LevelRequest): LevelSelection {
  const choice = request.level ?? (request.fix ? '1' : 'all');
  if (!VALIDATION_LEVEL_CHOICES.includes(choice))
    throw new UsageError('bad-level', `unknown validation level "${String(choice)}"`, { hint: 'use 1, 2, 3, 4 or all' });
  if (choice !== 'all') return { levels: [Number(choice) as ValidationLevelArg] };
  if (request.prp === undefined && !request.examples?.length) return { levels: [1, 2, 3], level4Skipped: LEVEL4_NOTHING_TO_COMPARE };
  return { levels: [1, 2, 3, 4] };
}
