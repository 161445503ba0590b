import { envVersionShape } from './env-version-shape.js';

/**
 * A job that calls another repository's reusable workflow made to run one task runner
 * (`uses: asottile/workflows/.github/workflows/tox.yml@v1` with `env: '["py310", "py311"]'`,
 * `uses: tox-dev/workflow/.github/workflows/reusable-tox.yml@…` with `toxenv: pre-commit`) runs that
 * runner's environments named by its inputs. The called file cannot be read, but the runner and the
 * environments are both written in the caller: `tox -e py310`. A Trunk workflow (`…/trunk.yml@main`)
 * runs `trunk check`; a pre-commit one (`less-action/reusables/.github/workflows/pre-commit.yaml@v10`)
 * runs the repository's hooks, `pre-commit run --all-files` (`prek.yml`: `prek run --all-files`).
 */

/** The runner a remote workflow's file name says it wraps (`tox.yml`, `reusable-tox.yml`, `nox.yaml`, `trunk.yml`). */
function runnerOfWorkflow(uses: string): 'tox' | 'nox' | 'trunk' | 'pre-commit' | 'prek' | undefined {
  const m = /^[\w.-]+\/[\w.-]+\/\.github\/workflows\/(?:[\w.-]*[-_])?(tox|nox|trunk|pre-?commit|prek)\.ya?ml@\S+$/.exec(uses.trim());
  const name = m?.[1];
  return name === 'precommit' ? 'pre-commit' : (name as 'tox' | 'nox' | 'trunk' | 'pre-commit' | 'prek' | undefined);
}

/** Inputs that name the environments or sessions to run. */
const ENV_INPUT = /^(envs?|toxenvs?|tox[-_]envs?|environments?|sessions?|nox[-_]?sessions?)$/;

/** A value given as a JSON list (`'["py310", "py311"]'`), a comma list, or one name. */
function namesOf(value: string): string[] {
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }
  return text.split(',').map((n) => n.trim());
}

/**
 * The runner lines such a job runs (`tox -e py310`, …), `${{ matrix.x }}` in an input left for the
 * matrix expansion of the caller's steps; empty when the job calls no such workflow.
 */
export function remoteRunnerCommands(job: Record<string, unknown>): string[] {
  const runner = typeof job['uses'] === 'string' ? runnerOfWorkflow(job['uses']) : undefined;
  // Trunk's one gate is `trunk check` (what trunk-io/trunk-action runs), its linters set in `.trunk/`.
  if (runner === 'trunk') return ['trunk check'];
  if (runner === 'pre-commit' || runner === 'prek') return [`${runner} run --all-files`];
  const withs = job['with'];
  if (!runner || !withs || typeof withs !== 'object') return [];
  const flag = runner === 'tox' ? '-e' : '-s';
  const out: string[] = [];
  for (const [name, value] of Object.entries(withs as Record<string, unknown>)) {
    if (!ENV_INPUT.test(name) || typeof value !== 'string') continue;
    // `env: '["py310", "py311", "py312"]'`: one interpreter stands for the others, as in a matrix.
    const seen = new Set<string>();
    for (const env of namesOf(value)) {
      if (!/^[\w.${}\s-]+$/.test(env) || env === '' || seen.has(envVersionShape(env))) continue;
      seen.add(envVersionShape(env));
      out.push(`${runner} ${flag} ${env}`);
    }
  }
  return out;
}
