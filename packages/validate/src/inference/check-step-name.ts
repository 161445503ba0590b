import { scriptInvocation } from './invocation.js';
import type { GateLevel } from './types.js';

/**
 * A step whose whole name is a kind of static check ("Type check", "Lint", "Format check", "Code
 * Verification"), running a project script whose name and body say no gate (`deno task -r
 * ensure-no-project-compile-errors`, a `deno run -A scripts/verification/main.ts …` behind it): the step
 * says which gate it is, level 1. Only a script of the project's runners, never a raw line, and only a
 * name that is that kind alone ("Type check docs build" builds).
 */
const CHECK_STEP =
  /^\s*(run\s+)?(type[\s-]?check(s|ing)?|typings?\s+check|lint(ing)?|format(ting)?\s+check|(code|source)\s+(verification|checks?)|static\s+(analysis|checks?))\s*$/i;

/** A script named for set-up, building or rewriting (`make requirements`, `pnpm build`, `fix`) only prepares the check. */
const PREPARES =
  /^(install|setup|set-up|bootstrap|deps|dependencies|requirements|build|compile|clean|generate|codegen|fix|format|fmt|prepare)([:_-]|$)/i;

export function levelByCheckStepName(command: string, stepName: string | undefined): GateLevel | undefined {
  if (stepName === undefined || !CHECK_STEP.test(stepName)) return undefined;
  const inv = scriptInvocation(command);
  return inv !== undefined && inv.runner !== 'file' && inv.name !== '' && !PREPARES.test(inv.name) ? 1 : undefined;
}
