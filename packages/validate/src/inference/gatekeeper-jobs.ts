/**
 * Jobs that only decide whether the others run: another job's `if:` reads their outputs
 * (`if: needs.pre_ci.outputs.continue`). Such a job (often a reusable workflow of another
 * repository, e.g. one that skips a run already done for the same commit) gates the run, not the
 * change, so it says nothing about which checks the project runs.
 */
export function gatekeeperJobs(jobs: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const job of Object.values(jobs)) {
    const condition = job && typeof job === 'object' ? (job as Record<string, unknown>)['if'] : undefined;
    if (typeof condition !== 'string') continue;
    for (const m of condition.matchAll(/needs\.([\w-]+)\.outputs\b/g)) out.add(m[1] as string);
  }
  return out;
}
