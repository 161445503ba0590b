/**
 * A line whose program is a JavaScript test runner (`node ./node_modules/.bin/jest eslint`,
 * `yarn c8 jest --ci`, `npx vitest run`) runs tests, whatever its arguments name: `eslint` there is
 * a path filter selecting the suites of the repository's eslint packages, not the linter.
 */
const RUNNER_HEAD =
  /^(node\s+)?(\S*node_modules\/\.bin\/)?((npx|bunx|yarn|pnpm(\s+exec)?|bun\s+x)\s+)?((c8|nyc)(\s+-\S+)*\s+)?(jest|vitest|mocha|ava|tap)(\s|$)/;

/**
 * pytest, as such or through `python -m` / `coverage run -m`: its arguments (`--ignore=tests/mypy/`,
 * `-k ruff`) select tests, they run no linter.
 */
const PYTEST_HEAD = /^((python[\d.]*|coverage\s+run(\s+-\S+)*)\s+-m\s+)?(pytest|py\.test)(\s|$)/;

export function isTestRunnerLine(command: string): boolean {
  return RUNNER_HEAD.test(command.trim()) || PYTEST_HEAD.test(command.trim());
}
