/**
 * What GitLab CI's documented job keys say about a job of `.gitlab-ci.yml`, for reading its `script:` lines
 * as the merge-request gates they are. https://docs.gitlab.com/ci/yaml/
 */

type Job = Record<string, unknown>;

/** A rule's `if:` that holds only outside merge-request pipelines: a branch's or a tag's pipeline, a schedule. */
const OUTSIDE_MERGE_REQUESTS =
  /\$CI_COMMIT_BRANCH\s*==|\$CI_COMMIT_TAG\b|\$CI_COMMIT_REF_NAME\s*==|\$CI_PIPELINE_SOURCE\s*==\s*["'](schedule|push|web|trigger|api)["']/;

/**
 * A job whose every rule requires a branch, a tag or a schedule (`if: $CI_COMMIT_BRANCH == "master" && …`)
 * never runs in a merge request's pipeline, where `$CI_COMMIT_BRANCH` is not set: it checks what was
 * merged, not what is proposed. So is a job limited by `only:` to named branches, tags or schedules.
 * https://docs.gitlab.com/ci/variables/predefined_variables/
 */
export function runsOnMergeRequests(job: Job): boolean {
  const rules = job['rules'];
  if (Array.isArray(rules) && rules.length > 0) {
    const conditions = rules.map((r) => (r && typeof r === 'object' ? (r as Job)['if'] : undefined));
    if (conditions.every((c) => typeof c === 'string' && !c.includes('||') && OUTSIDE_MERGE_REQUESTS.test(c))) return false;
  }
  const only = job['only'];
  const refs = Array.isArray(only) ? only : only && typeof only === 'object' ? (only as Job)['refs'] : undefined;
  if (
    Array.isArray(refs) &&
    refs.length > 0 &&
    refs.every((r) => typeof r === 'string' && /^(main|master|tags|schedules|web|triggers|api)$/.test(r))
  )
    return false;
  return true;
}

/** A stage named for static checks (`stage: lint`): the project files its linters there. */
export function isLintStage(job: Job): boolean {
  const stage = job['stage'];
  return typeof stage === 'string' && /^(lint|linting|linters?|static[-_ ]?analysis|style|code[-_ ]?quality)$/i.test(stage.trim());
}

/**
 * `$CI_PROJECT_DIR` is the folder GitLab cloned the repository into: the repository's root, `.` for a
 * developer (`black --check $CI_PROJECT_DIR`, `cd $CI_PROJECT_DIR/locale`).
 */
export function withProjectDir(line: string): string {
  return line.replace(/(["']?)\$\{?CI_PROJECT_DIR\}?\1(?=\/|\s|$|;)/g, '.');
}
