import { parseCommandLine, type Prp } from '@ce/core';
import { explainPlan, type ExplainedPlan, type PlanSource } from '../inference/plan.js';
import { GATE_LEVELS, type GateLevel, type PlannedCommand } from '../inference/types.js';
import { loadPrp } from './allow-store.js';
import { NotAllowedError } from './not-allowed-error.js';
import { unallowedCommands } from './unallowed-commands.js';

/** A planned command as it would run: its exact text (comments included), where it came from, whether it may run. */
export interface ReviewedCommand extends PlannedCommand {
  source: PlanSource;
  allowed: boolean;
  /** Why it runs through /bin/sh (operators, substitutions, comments); absent when it runs as argv without a shell. */
  shell?: string;
}

export interface ReviewedPlan {
  levels: Record<'1' | '2' | '3', ReviewedCommand[]>;
  sources: ExplainedPlan['sources'];
  /** The commands that need `ce prp allow` before they run; empty when all may run. */
  unallowed: string[];
  /** The command a person runs to allow them, when some need it. */
  allowCommand?: string;
}

export interface ReviewPlanOptions {
  root: string;
  prp?: string;
}

/** The validation plan with, for each command, whether it is allowed to run (what `ce validate --plan` shows). */
export function reviewPlan(options: ReviewPlanOptions): ReviewedPlan {
  const explained = explainPlan(options);
  const unallowed = planUnallowed(options.root, options.prp, explained, GATE_LEVELS);
  const review = (level: '1' | '2' | '3'): ReviewedCommand[] =>
    explained.plan.levels[level].map((command) => {
      const { shellReason } = parseCommandLine(command.command);
      return {
        ...command,
        source: explained.sources[level],
        allowed: !unallowed.includes(command.command),
        ...(shellReason ? { shell: shellReason } : {}),
      };
    });
  return {
    levels: { '1': review('1'), '2': review('2'), '3': review('3') },
    sources: explained.sources,
    unallowed,
    ...(unallowed.length > 0 && options.prp !== undefined
      ? { allowCommand: `ce prp allow ${displayName(options.root, options.prp)}` }
      : {}),
  };
}

/** Throws NotAllowedError when a command of the given levels still needs an allow; runs nothing. */
export function assertPlanAllowed(
  root: string,
  prp: string | Prp | undefined,
  explained: ExplainedPlan,
  levels: readonly GateLevel[],
): void {
  const unallowed = planUnallowed(root, prp, explained, levels);
  if (unallowed.length > 0 && prp !== undefined) throw new NotAllowedError(unallowed, displayName(root, prp));
}

/** Only a PRP's commands can need an allow: configured and inferred ones never do. */
function planUnallowed(root: string, prp: string | Prp | undefined, explained: ExplainedPlan, levels: readonly GateLevel[]): string[] {
  if (prp === undefined) return [];
  const fromPrp = levels
    .filter((level) => explained.sources[String(level) as '1'] === 'prp')
    .flatMap((level) => explained.plan.levels[String(level) as '1'].map((c) => c.command));
  return fromPrp.length === 0 ? [] : unallowedCommands({ root, prp, commands: fromPrp });
}

function displayName(root: string, prp: string | Prp): string {
  return loadPrp(root, prp).key;
}
