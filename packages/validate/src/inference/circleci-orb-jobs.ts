/**
 * Jobs of CircleCI orbs whose work is a script of the project, named by the job's parameters: the
 * `circleci/node` orb's `test` job installs the packages and runs `<pkg-manager> run <run-command>`
 * (`run-command` defaults to `test`), in `app-dir`. `- node/test: { run-command: lint }` runs the
 * project's `lint` script. Other orbs' jobs run steps the repository does not hold, and are left.
 * https://circleci.com/developer/orbs/orb/circleci/node#jobs-test
 */

/** What an orb's job runs, when the orb and job are known: the command and its folder as CircleCI writes it. */
export interface OrbJobRun {
  command: string;
  /** `app-dir`, relative to the checkout (`~/project`) or absolute; undefined for the checkout itself. */
  dir?: string;
}

/** The package managers the node orb's `pkg-manager` parameter takes, and how each runs a script. */
const RUNNERS: Record<string, string> = { npm: 'npm run', yarn: 'yarn run', 'yarn-berry': 'yarn run', pnpm: 'pnpm run' };

/**
 * The run of `<alias>/<job>` of a workflow, `orbs` mapping aliases to the orbs the file imports
 * (`node: circleci/node@5.1`), `params` the entry's parameters.
 */
export function orbJobRun(entry: string, orbs: Record<string, unknown>, params: Record<string, unknown>): OrbJobRun | undefined {
  const [alias, job] = entry.split('/');
  const orb = alias === undefined ? undefined : orbs[alias];
  if (typeof orb !== 'string' || !/^circleci\/node@/.test(orb.trim()) || job !== 'test') return undefined;
  const script = stringParam(params['run-command']) ?? 'test';
  const runner = RUNNERS[stringParam(params['pkg-manager']) ?? 'npm'];
  if (runner === undefined || !/^[\w:.-]+$/.test(script)) return undefined;
  const dir = stringParam(params['app-dir']);
  return { command: `${runner} ${script}`, ...(dir === undefined ? {} : { dir }) };
}

function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
