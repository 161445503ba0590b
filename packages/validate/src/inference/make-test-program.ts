/** The parts of a CI step this rule reads. */
interface Step {
  command: string;
  cwd: string;
}

/**
 * `make test_thread_pool && ./test_thread_pool`: CI builds a program with the make target of its
 * name, then runs it. The run alone names a file the repository does not have, and the make target
 * alone only compiles; together (from the same folder) they are the test, as a developer runs it.
 */
export function makeProgramRun(steps: Step[], index: number): string | undefined {
  const run = steps[index] as Step;
  const program = /^\.\/([\w.-]+)(\s.*)?$/.exec(run.command)?.[1];
  if (program === undefined) return undefined;
  for (const earlier of steps.slice(0, index).reverse()) {
    if (earlier.cwd !== run.cwd) continue;
    const targets = /^g?make(\s+-[\w-]+)*((\s+[\w.-]+)+)$/.exec(earlier.command)?.[2]?.trim().split(/\s+/);
    if (targets?.includes(program)) return `make ${program} && ${run.command}`;
  }
  return undefined;
}
