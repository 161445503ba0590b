/**
 * A job granted write access to the repository's contents (`permissions: contents: write`, or
 * `write-all`) pushes commits: a formatting bot (`withastro/automation/…/format.yml` with
 * `command: format`), a release. A gate only reads the code it checks, so another repository's
 * workflow called with that grant is no hidden check of the project's own. Job-level permissions
 * replace the workflow's.
 */
export function writesToRepository(job: Record<string, unknown>, workflow: Record<string, unknown>): boolean {
  const granted = 'permissions' in job ? job['permissions'] : workflow['permissions'];
  if (granted === 'write-all') return true;
  return typeof granted === 'object' && granted !== null && (granted as Record<string, unknown>)['contents'] === 'write';
}
