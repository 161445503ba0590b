/** Events on which a job's checks reach a pull request before it is merged. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

const EVENT_TERM = String.raw`github\.event_name\s*==\s*['"]\w+['"]`;
/** `github.event_name == 'push' || github.event_name == 'merge_group'`: one run of event alternatives. */
const EVENT_ALTERNATIVES = new RegExp(`${EVENT_TERM}(\\s*\\|\\|\\s*${EVENT_TERM})*`, 'g');

/**
 * True when a job's `if:` admits only other events than a pull request
 * (`if: (github.event_name == 'push' || github.event_name == 'merge_group') && …`): the workflow may
 * run on pull requests, but this job does not, so what it runs gates no submitted change. A condition
 * with another way in (`github.event_name == 'push' || github.event.pull_request.head.repo.fork`), or
 * that reads the event otherwise (`!=`), is left alone.
 */
export function jobSkipsPullRequests(job: Record<string, unknown>): boolean {
  const condition = job['if'];
  if (typeof condition !== 'string' || !/github\.event_name/.test(condition)) return false;
  const rest = condition.replace(EVENT_ALTERNATIVES, 'EVENT');
  if (/github\.event_name|pull_request|\|\|/.test(rest)) return false;
  const admitted = [...condition.matchAll(/github\.event_name\s*==\s*['"](\w+)['"]/g)].map((m) => m[1] as string);
  return !admitted.some((event) => PULL_REQUEST_EVENTS.has(event));
}
