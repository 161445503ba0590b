/**
 * GitHub Actions' `continue-on-error: true` on a step lets it fail without failing its job (the step
 * is marked and the job goes on to succeed): what it runs gates nothing, like an autofix workflow's
 * `npm run lint-fix:js`. Two cases still gate: a later step that reads the step's result
 * (`if: steps.precommit.outcome == 'failure'` then `exit 1`, a fix-then-fail lint job), and an
 * expression (`${{ matrix.experimental }}`), true for some rows only. A job-level
 * `continue-on-error` is left alone: the job's own check still shows its failure on the pull request.
 */
export function failsNothing(step: Record<string, unknown>, job: Record<string, unknown>): boolean {
  const flag = step['continue-on-error'];
  if (flag !== true && flag !== 'true') return false;
  const id = step['id'];
  return typeof id !== 'string' || !resultIsRead(id, job);
}

function resultIsRead(id: string, job: Record<string, unknown>): boolean {
  const text = JSON.stringify(job['steps'] ?? []);
  const name = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`steps(\\.${name}|\\[\\\\?["']${name}\\\\?["']\\])\\.(outcome|conclusion)`).test(text);
}
