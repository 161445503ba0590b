/** Gate levels that run commands (level 4 is pattern conformance, built in). */
export type GateLevel = 1 | 2 | 3;
export const GATE_LEVELS: readonly GateLevel[] = [1, 2, 3];

/** Where a command came from: a file relative to the repository root and its 1-based line (0 when unknown). */
export interface Evidence {
  file: string;
  line: number;
  /** Why, when the file and line alone do not say it (`commit 1a2b3c4 is by pre-commit-ci[bot]`). */
  note?: string;
}

/** One command of the validation plan. `cwd` is relative to the repository root ("." for the root). */
export interface PlannedCommand {
  name: string;
  command: string;
  cwd: string;
  /** The file and line that call for it (a script, a target, a CI step, a tool's configuration). */
  evidence?: Evidence;
}

/** The plan: `{"levels":{"1":[…],"2":[…],"3":[…]}}`, an empty list where nothing applies. */
export interface ValidationPlan {
  levels: Record<'1' | '2' | '3', PlannedCommand[]>;
}

/**
 * How a candidate came to be: a project's own script (package.json, Makefile, tox, …) is preferred
 * over a raw tool inferred from its configuration; CI workflow commands fill gaps only.
 */
export type CandidateKind = 'script' | 'tool' | 'ci';

export interface Candidate {
  level: GateLevel;
  name: string;
  command: string;
  kind: CandidateKind;
  /** Which ecosystem proposed it ("node", "make", …); a script only displaces tools of its own ecosystem, except make/just. */
  ecosystem: string;
  /** What a task runner's target runs (its recipe), to drop the commands it already covers. */
  body?: string;
  /** The file (relative to the folder) and line that call for it. */
  evidence?: Evidence;
}

export function emptyPlan(): ValidationPlan {
  return { levels: { '1': [], '2': [], '3': [] } };
}
