import type { Candidate } from './types.js';

/**
 * A shell script of the repository that CI runs by its path (`script/test.sh -race ./...`) is
 * executable: git keeps the mode, and the job would fail with "permission denied" otherwise. So it is
 * run the way CI runs it, `script/test.sh`, not through an interpreter chosen for a script whose mode
 * nobody knows (`bash script/test.sh`, which also ignores the script's own `#!/bin/sh`).
 */
export function asCiRunsIt(c: Candidate, ciCommands: string[]): Candidate {
  // A script file found by its folder (`scripts/lint`) is run by CI as `./scripts/lint` just as well.
  const file =
    /^(?:bash|sh)\s+(\.\/)?([\w./-]+\.(?:sh|bash))$/.exec(c.command)?.[2] ??
    (c.ecosystem === 'scripts' && /^[\w.-]+\/[\w.-]+$/.test(c.command) ? c.command : undefined);
  if (file === undefined) return c;
  const byPath = ciCommands.map((command) => command.trim().split(/\s+/)[0] ?? '').find((head) => head === file || head === `./${file}`);
  return byPath === undefined ? c : { ...c, command: byPath };
}
