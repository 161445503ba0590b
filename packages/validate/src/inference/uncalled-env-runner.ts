import { scriptInvocation } from './invocation.js';
import type { Candidate } from './types.js';

/** Runners that build environments of their own (virtualenvs with their own dependencies) to run a gate in. */
const ENV_RUNNERS = new Set(['tox', 'nox', 'hatch']);

/**
 * A CI line run in the project's own locked environment (`poetry run pytest`, `uv run --frozen mypy`),
 * also when the shell sets variables for it first (`PENDULUM_EXTENSIONS=0 poetry run pytest`): the
 * assignments change the run's settings, not the environment it runs in.
 */
const PROJECT_ENV_RUN = /^(env\s+)?([A-Za-z_]\w*=\S*\s+)*(poetry|uv|pdm|pipenv|rye) run\s/;

/**
 * tox, nox and hatch build environments of their own and run their configured commands in them. An
 * environment that CI confirms only by a tool it shares (`tox -e py312` running `poetry run pytest
 * tests/`), where every confirming CI line runs the tool in the project's own environment (`poetry run
 * pytest -q tests`) and CI never calls that runner anywhere, is a way to the gate CI does not take:
 * CI's line is how the project runs it, and the environment gives way to it (the caller adds the CI
 * line back as a command no kept candidate covers). A bare CI line (`pytest` after `pip install .`)
 * leaves the environment as the project's own spelling of it.
 */
export function withoutUncalledEnvRunners<T extends Candidate>(
  kept: T[],
  ciCommands: readonly string[],
  witnessOf: (c: T) => { byName: boolean; lines: readonly string[] },
): T[] {
  const called = new Set(ciCommands.map((c) => scriptInvocation(c)?.runner));
  return kept.filter((c) => {
    const runner = scriptInvocation(c.command)?.runner;
    if (runner === undefined || !ENV_RUNNERS.has(runner) || called.has(runner)) return true;
    const own = witnessOf(c);
    return own.byName || own.lines.length === 0 || !own.lines.every((line) => PROJECT_ENV_RUN.test(line.trim()));
  });
}
