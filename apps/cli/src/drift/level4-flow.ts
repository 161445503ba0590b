// CONTRACT between `ce validate` (issue 4, commands/validate.ts) and the L4 decision flow
// (issue 5, which owns this file): `ce validate --level 4|all` calls runLevel4Flow and uses the
// returned result (the JSON document of level 4) and exit code (0 accept/auto-fix, 3 halt/escalate).
import type { BaseCommand } from '../base-command.js';

export interface Level4FlowOptions {
  root: string;
  prp?: string;
  examples?: string[];
  files?: string[];
  /** True when the user can be asked (a TTY and not --json). */
  interactive: boolean;
}

export interface Level4FlowResult {
  /** The level-4 JSON document (`{"level":4,"driftScore",…}`). */
  result: Record<string, unknown>;
  /** Whether level 4 counts as passed for confidence. */
  passed: boolean;
  exitCode: number;
}

export async function runLevel4Flow(_command: BaseCommand, _options: Level4FlowOptions): Promise<Level4FlowResult> {
  throw new Error('runLevel4Flow: not implemented yet (issue 5)');
}
