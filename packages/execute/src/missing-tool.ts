import type { GateRun } from './gate-run.js';

/**
 * How a missing program shows in a failing command's output, by who reports it: ce itself (a
 * command run without a shell), a POSIX shell, bash or zsh, make, and `#!/usr/bin/env` scripts.
 * Anchored to whole lines and free of nested repetition, so long outputs stay linear.
 */
const MISSING_PROGRAM: RegExp[] = [
  /^cannot run "([^"\s]+)": not found on PATH/m,
  /^(?:\/bin\/)?(?:da|ba|z)?sh: (?:line )?\d+: ([^:\s]+): (?:command )?not found$/m,
  /^(?:ba|z)?sh: ([^:\s]+): command not found$/m,
  /^make(?:\[\d+\])?: ([^:\s]+): (?:No such file or directory|Command not found)$/m,
  /^\/usr\/bin\/env: ['‘]?([^'’:\s]+)['’]?: No such file or directory$/m,
];

export interface MissingTool {
  /** The gate command that failed. */
  command: string;
  /** The program it needed. */
  program: string;
}

/**
 * The program a failed gate needed but this machine does not have (`make format-check` running
 * `poetry`). An agent cannot install it and must not "fix" the gate by other means, so the failure
 * goes to a person at once instead of to fix attempts.
 */
export function missingTool(run: GateRun): MissingTool | undefined {
  for (const c of run.unparsed) {
    for (const pattern of MISSING_PROGRAM) {
      const program = pattern.exec(c.outputTail)?.[1];
      if (program) return { command: c.command, program };
    }
  }
  return undefined;
}
